/* SPDX-License-Identifier: GPL-2.0+ */
/* U-Boot's board config header: the options are in uboot-config.h */
