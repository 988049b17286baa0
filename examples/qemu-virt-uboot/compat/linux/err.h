/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Errors carried in pointers, as U-Boot and Linux do: the top 4095
 * addresses stand for -1..-4095. (U-Boot's own header brings its Linux
 * compatibility layer with it.)
 */
#ifndef __UBC_LINUX_ERR_H
#define __UBC_LINUX_ERR_H

#include <linux/compat.h>
#include <stdbool.h>

#define MAX_ERRNO		4095
#define IS_ERR_VALUE(x)		((unsigned long)(x) >= (unsigned long)-MAX_ERRNO)

static inline void *ERR_PTR(long error)
{
	return (void *)error;
}

static inline long PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline bool IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE(ptr);
}

static inline bool IS_ERR_OR_NULL(const void *ptr)
{
	return !ptr || IS_ERR_VALUE(ptr);
}

static inline void *ERR_CAST(const void *ptr)
{
	return (void *)ptr;
}

static inline int PTR_ERR_OR_ZERO(const void *ptr)
{
	return IS_ERR(ptr) ? (int)PTR_ERR(ptr) : 0;
}

#endif /* __UBC_LINUX_ERR_H */
