/* SPDX-License-Identifier: GPL-2.0+ */
/* U-Boot's <errno.h>: the error numbers, no errno variable */
#include <linux/errno.h>
