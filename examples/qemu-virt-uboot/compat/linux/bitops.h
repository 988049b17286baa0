/* SPDX-License-Identifier: GPL-2.0+ */
/* The bit helpers U-Boot's headers use; U-Boot's own pulls in its asm/ */
#ifndef __UBC_LINUX_BITOPS_H
#define __UBC_LINUX_BITOPS_H

#define BIT(nr)			(1UL << (nr))
#define BIT_ULL(nr)		(1ULL << (nr))
#define GENMASK(h, l)		((~0UL << (l)) & \
				 (~0UL >> (__SIZEOF_LONG__ * 8 - 1 - (h))))

/* 1-based index of the lowest/highest set bit; 0 if none */
#define ffs(x)			__builtin_ffs(x)
#define fls(x)			((x) ? 32 - __builtin_clz(x) : 0)
/* 0-based index of the lowest set bit (x non-zero) */
#define __ffs(x)		__builtin_ctzl(x)

#endif /* __UBC_LINUX_BITOPS_H */
