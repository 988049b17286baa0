/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The runtime returns the C library's errno values, negated (-ENOENT etc.).
 * U-Boot code includes <linux/errno.h>; on a host that is just <errno.h>.
 */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <errno.h>

#endif /* _LINUX_ERRNO_H */
