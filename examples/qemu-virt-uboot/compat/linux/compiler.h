/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The runtime's compiler annotations, plus the others U-Boot's headers
 * use (the checker-only ones mean nothing to the compiler).
 */
#ifndef __UBC_LINUX_COMPILER_H
#define __UBC_LINUX_COMPILER_H

#include_next <linux/compiler.h>

#define __iomem
#define __force
#define __user

#define __printf(a, b)		__attribute__((format(printf, a, b)))
#define __compiletime_error(msg) __attribute__((error(msg)))
#define __noreturn		__attribute__((noreturn))
#define __must_check		__attribute__((warn_unused_result))
#define __always_unused		__attribute__((unused))
#define __cold			__attribute__((cold))
#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)
#define __attribute_const__	__attribute__((const))
#define fallthrough		__attribute__((__fallthrough__))
#define barrier()		__asm__ volatile("" ::: "memory")

#endif /* __UBC_LINUX_COMPILER_H */
