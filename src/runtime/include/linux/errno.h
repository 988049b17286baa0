/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Error numbers. Hosted, these are the C library's (<errno.h>); in a
 * freestanding build (-ffreestanding), where there is no C library, the
 * same values as Linux and U-Boot, for the codes driver model and drivers
 * use.
 */
#ifndef __DTOC_RT_LINUX_ERRNO_H
#define __DTOC_RT_LINUX_ERRNO_H

#if __STDC_HOSTED__
/*
 * As in <linux/types.h>: on a Linux host the C library's <errno.h> itself
 * includes <linux/errno.h>, which is this file: pass that on to the
 * kernel's header, which has the numbers.
 */
#ifdef __has_include_next
#if __has_include_next(<linux/errno.h>)
#include_next <linux/errno.h>
#define __DTOC_RT_HAVE_NEXT_ERRNO
#endif
#endif
#ifndef __DTOC_RT_HAVE_NEXT_ERRNO
#include <errno.h>
#endif

#else /* freestanding */

#define EPERM		1
#define ENOENT		2
#define EIO		5
#define ENXIO		6
#define E2BIG		7
#define EAGAIN		11
#define ENOMEM		12
#define EFAULT		14
#define EBUSY		16
#define EEXIST		17
#define ENODEV		19
#define EINVAL		22
#define ENOSPC		28
#define ERANGE		34
#define EDEADLK		35
#define ENOSYS		38
#define ENODATA		61
#define ETIME		62
#define EPROTO		71
#define EOVERFLOW	75
#define EOPNOTSUPP	95
#define EPFNOSUPPORT	96
#define ETIMEDOUT	110
#define EALREADY	114

#endif

#endif /* __DTOC_RT_LINUX_ERRNO_H */
