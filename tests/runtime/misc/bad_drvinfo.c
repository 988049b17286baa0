// SPDX-License-Identifier: GPL-2.0+
/*
 * Must NOT compile: a U_BOOT_DRVINFO() record outside dtoc's dt-plat.c
 * would shift the idx of every record sorting after it. The build checks
 * that the compiler refuses it with the runtime's message.
 */

#include <dm.h>

U_BOOT_DRVINFO(stray) = {
	.name	= "root_driver",
};
