/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The types of U-Boot's <asm/types.h> and <linux/types.h>, for ARM (the
 * firmware's aarch64; 32-bit ARM for trying drivers, uboot-drivers.sh)
 */
#ifndef __UBC_ASM_TYPES_H
#define __UBC_ASM_TYPES_H

#include <linux/types.h>

#ifdef CONFIG_PHYS_64BIT
typedef u64 phys_addr_t;
typedef u64 phys_size_t;
#else
typedef u32 phys_addr_t;
typedef u32 phys_size_t;
#endif
typedef phys_addr_t dma_addr_t;
typedef phys_addr_t resource_size_t;
#ifdef CONFIG_FDT_64BIT
typedef u64 fdt_addr_t;
typedef u64 fdt_size_t;
#else
typedef u32 fdt_addr_t;
typedef u32 fdt_size_t;
#endif

typedef long ssize_t;

/* The kernel's names for them, which U-Boot's <linux/string.h> uses */
typedef size_t __kernel_size_t;
typedef ssize_t __kernel_ssize_t;
typedef long __kernel_off_t;
typedef long long __kernel_loff_t;
typedef __kernel_loff_t loff_t;
typedef long time_t;

typedef u8 __u8;
typedef u16 __u16;
typedef u32 __u32;
typedef u64 __u64;
typedef s8 __s8;
typedef s16 __s16;
typedef s32 __s32;
typedef s64 __s64;
typedef u16 __le16;
typedef u32 __le32;
typedef u64 __le64;
typedef u16 __be16;
typedef u32 __be32;
typedef u64 __be64;

#define BITS_PER_LONG		(__SIZEOF_LONG__ * 8)

#ifdef CONFIG_FDT_64BIT
#define FDT_ADDR_T_NONE		((ulong)(-1))
#else
#define FDT_ADDR_T_NONE		(-1U)
#endif

#endif /* __UBC_ASM_TYPES_H */
