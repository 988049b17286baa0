/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The little of a C library the runtime uses (not installed).
 *
 * Hosted: the C library's headers. Freestanding (-ffreestanding): only
 * the compiler's own headers exist, so the four string functions the
 * runtime calls are declared here; the board or a small libc provides
 * them. Memory comes from the board interface (<dm/board.h>) in both
 * cases.
 */
#ifndef _RUNTIME_RT_LIBC_H
#define _RUNTIME_RT_LIBC_H

#include <stddef.h>
#include <stdint.h>
#include <dm/board.h>
#include <linux/errno.h>

#if __STDC_HOSTED__
#include <string.h>
#else
void *memcpy(void *dest, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int strcmp(const char *s1, const char *s2);
size_t strlen(const char *s);
#endif

#endif /* _RUNTIME_RT_LIBC_H */
