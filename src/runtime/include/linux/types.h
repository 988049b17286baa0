/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Fixed-width and shorthand integer types used by U-Boot code and by the
 * files dtoc generates (u8 arrays for private data, uint in phandle
 * structs, ulong in struct udevice).
 */
#ifndef __DTOC_RT_LINUX_TYPES_H
#define __DTOC_RT_LINUX_TYPES_H

/*
 * On a Linux host this name hides the kernel's <linux/types.h>, which some
 * C library headers include: pull that in too, so they still find __u32
 * and friends. Freestanding there is no C library to serve, and a header
 * of this name further on the path (U-Boot's include/ behind a compat
 * layer) is not the kernel's: leave it alone.
 */
#if __STDC_HOSTED__ && defined(__has_include_next)
#if __has_include_next(<linux/types.h>)
#include_next <linux/types.h>
#endif
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

/*
 * The C library may already define these (glibc's <sys/types.h> does);
 * C11 allows repeating a typedef with the same type.
 */
typedef unsigned char uchar;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;

#endif /* __DTOC_RT_LINUX_TYPES_H */
