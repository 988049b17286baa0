/* SPDX-License-Identifier: GPL-2.0+ */
/* The string functions U-Boot's drivers call; the board's C library has them */
#ifndef __UBC_LINUX_STRING_H
#define __UBC_LINUX_STRING_H

#include <stddef.h>

void *memcpy(void *dest, const void *src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *s1, const void *s2, size_t n);
int strcmp(const char *s1, const char *s2);
size_t strlen(const char *s);

#endif /* __UBC_LINUX_STRING_H */
