/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The runtime's <linux/kernel.h>, plus the helpers U-Boot's drivers take
 * from U-Boot's header of this name (which would redefine the runtime's).
 */
#ifndef __UBC_LINUX_KERNEL_H
#define __UBC_LINUX_KERNEL_H

#include_next <linux/kernel.h>

#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))
#define ALIGN(x, a)		(((x) + (a) - 1) & ~((typeof(x))(a) - 1))
#define roundup(x, y)		((((x) + ((y) - 1)) / (y)) * (y))
#define upper_32_bits(n)	((u32)(((n) >> 16) >> 16))
#define lower_32_bits(n)	((u32)(n))

#define min(x, y)		({ typeof(x) _a = (x); typeof(y) _b = (y); \
				   _a < _b ? _a : _b; })
#define max(x, y)		({ typeof(x) _a = (x); typeof(y) _b = (y); \
				   _a > _b ? _a : _b; })
#define min_t(t, x, y)		min((t)(x), (t)(y))
#define max_t(t, x, y)		max((t)(x), (t)(y))

/* A build-time check that a register struct matches the datasheet */
#define check_member(structure, member, offset)				\
	_Static_assert(offsetof(struct structure, member) == (offset),	\
		       "`struct " #structure "` offset for `" #member	\
		       "` is not " #offset)

#endif /* __UBC_LINUX_KERNEL_H */
