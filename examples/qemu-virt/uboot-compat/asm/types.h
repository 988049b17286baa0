/* SPDX-License-Identifier: GPL-2.0+ */
/* The address types of U-Boot's <asm/types.h>, for a 64-bit ARM */
#ifndef __UBC_ASM_TYPES_H
#define __UBC_ASM_TYPES_H

#include <linux/types.h>

typedef u64 phys_addr_t;
typedef u64 phys_size_t;
typedef u64 dma_addr_t;
typedef phys_addr_t fdt_addr_t;
typedef phys_size_t fdt_size_t;

typedef long ssize_t;

#define FDT_ADDR_T_NONE		((fdt_addr_t)-1)

#endif /* __UBC_ASM_TYPES_H */
