/* SPDX-License-Identifier: GPL-2.0+ */
/* MMIO accessors for device registers, in the names U-Boot uses */
#ifndef __QV_ASM_IO_H
#define __QV_ASM_IO_H

#include <linux/types.h>

static inline u32 readl(uintptr_t addr)
{
	u32 val = *(volatile u32 *)addr;

	__asm__ volatile("" ::: "memory");
	return val;
}

static inline void writel(u32 val, uintptr_t addr)
{
	__asm__ volatile("" ::: "memory");
	*(volatile u32 *)addr = val;
}

static inline u8 readb(uintptr_t addr)
{
	u8 val = *(volatile u8 *)addr;

	__asm__ volatile("" ::: "memory");
	return val;
}

static inline void writew(u16 val, uintptr_t addr)
{
	__asm__ volatile("" ::: "memory");
	*(volatile u16 *)addr = val;
}

#endif /* __QV_ASM_IO_H */
