/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The runtime's compiler annotations, plus the checker-only ones U-Boot's
 * headers use (they mean nothing to the compiler).
 */
#ifndef __UBC_LINUX_COMPILER_H
#define __UBC_LINUX_COMPILER_H

#include_next <linux/compiler.h>

#define __iomem
#define __force
#define __user

#endif /* __UBC_LINUX_COMPILER_H */
