/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * What every U-Boot source sees first when U-Boot's own drivers are built
 * on the runtime (make ... UBOOT=DIR), passed with -include as U-Boot
 * passes its autoconf.h: the options this firmware is built with (one
 * left undefined is off), then what U-Boot's <dm.h> would have brought
 * along that U-Boot's headers take for granted.
 */
#ifndef __UBC_UBOOT_CONFIG_H
#define __UBC_UBOOT_CONFIG_H

#define CONFIG_DM			1
#define CONFIG_DM_SERIAL		1
#define CONFIG_DM_RTC			1
#define CONFIG_OF_PLATDATA		1
#ifdef __aarch64__
#define CONFIG_ARM64			1
#define CONFIG_PHYS_64BIT		1
#define CONFIG_FDT_64BIT		1
#endif
#define CONFIG_ARM_PSCI_FW		1
#define CONFIG_BAUDRATE			115200
#define CONFIG_SYS_CACHELINE_SIZE	64

#include <linux/kconfig.h>

/* No devicetree at run time: U-Boot's definition drops the table */
#define of_match_ptr(_ptr)		NULL

/*
 * The address types (fdt_addr_t, phys_addr_t, ...), the dev_read_*()
 * calls, errno, the string functions
 */
#include <asm/types.h>
#include <dm/read.h>
#include <linux/errno.h>
#include <linux/string.h>

#endif /* __UBC_UBOOT_CONFIG_H */
