/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * U-Boot's global data, the part its drivers read: one static instance
 * (compat.c) instead of a register-held pointer.
 */
#ifndef __UBC_ASM_GLOBAL_DATA_H
#define __UBC_ASM_GLOBAL_DATA_H

/**
 * struct global_data - what U-Boot's drivers read of gd
 * @baudrate: console baud rate (serial drivers set their divisors from it)
 * @flags: GD_FLG_... (none is set)
 */
typedef struct global_data {
	unsigned int baudrate;
	unsigned long flags;
} gd_t;

/* gd->flags: U-Boot's values; this firmware runs where it was loaded */
enum gd_flags {
	GD_FLG_RELOC		= 0x00001,
	GD_FLG_FULL_MALLOC_INIT	= 0x00200,
	GD_FLG_SPL_INIT		= 0x00400,
};

extern gd_t ubc_gd;

#define gd	(&ubc_gd)
#define DECLARE_GLOBAL_DATA_PTR	extern gd_t ubc_gd

#endif /* __UBC_ASM_GLOBAL_DATA_H */
