/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * MMIO accessors with U-Boot's names. U-Boot's drivers pass either a
 * pointer (&regs->dr) or an address held in an integer (base + reg), so
 * each accessor takes both. The MMU is off: device memory, no caches.
 */
#ifndef __UBC_ASM_IO_H
#define __UBC_ASM_IO_H

#include <linux/types.h>

#define __ubc_io(a)	((uintptr_t)(a))
#define __ubc_rd(t, a)	({ t __v = *(volatile t *)__ubc_io(a);		\
			   __asm__ volatile("" ::: "memory"); __v; })
#define __ubc_wr(t, v, a) do { __asm__ volatile("" ::: "memory");	\
			       *(volatile t *)__ubc_io(a) = (t)(v); } while (0)

#define readb(a)	__ubc_rd(u8, a)
#define readw(a)	__ubc_rd(u16, a)
#define readl(a)	__ubc_rd(u32, a)
#define readq(a)	__ubc_rd(u64, a)
#define writeb(v, a)	__ubc_wr(u8, v, a)
#define writew(v, a)	__ubc_wr(u16, v, a)
#define writel(v, a)	__ubc_wr(u32, v, a)
#define writeq(v, a)	__ubc_wr(u64, v, a)

#define clrbits_le32(a, clr)	writel(readl(a) & ~(u32)(clr), a)
#define setbits_le32(a, set)	writel(readl(a) | (u32)(set), a)
#define clrsetbits_le32(a, clr, set) \
	writel((readl(a) & ~(u32)(clr)) | (u32)(set), a)

#define in_le32(a)		readl(a)
#define out_le32(a, v)		writel(v, a)
#define in_be32(a)		__builtin_bswap32(readl(a))
#define out_be32(a, v)		writel(__builtin_bswap32(v), a)

#define __raw_readl(a)		readl(a)
#define __raw_writel(v, a)	writel(v, a)

#endif /* __UBC_ASM_IO_H */
