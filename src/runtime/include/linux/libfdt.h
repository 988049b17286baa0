/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The devicetree cell types used in dt-structs-gen.h.
 *
 * In a real libfdt these are big-endian on-disk types. Here they are plain
 * CPU-order integers: dtoc has already converted every value to CPU order
 * when it wrote the C initialisers, so no byte swapping is needed (or
 * wanted) when code reads them.
 */
#ifndef __DTOC_RT_LINUX_LIBFDT_H
#define __DTOC_RT_LINUX_LIBFDT_H

#include <linux/types.h>

typedef uint16_t fdt16_t;
typedef uint32_t fdt32_t;
typedef uint64_t fdt64_t;

/* Identity conversions, so code written for real libfdt still reads right */
#define fdt16_to_cpu(x)		((uint16_t)(x))
#define fdt32_to_cpu(x)		((uint32_t)(x))
#define fdt64_to_cpu(x)		((uint64_t)(x))
#define cpu_to_fdt16(x)		((fdt16_t)(x))
#define cpu_to_fdt32(x)		((fdt32_t)(x))
#define cpu_to_fdt64(x)		((fdt64_t)(x))

#endif /* __DTOC_RT_LINUX_LIBFDT_H */
