/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The part of U-Boot's Linux compatibility layer its driver headers use
 * (U-Boot's <linux/err.h> includes it, and headers rely on that): the
 * lock type, which one CPU without threads never takes.
 */
#ifndef __UBC_LINUX_COMPAT_H
#define __UBC_LINUX_COMPAT_H

typedef int spinlock_t;

#endif /* __UBC_LINUX_COMPAT_H */
