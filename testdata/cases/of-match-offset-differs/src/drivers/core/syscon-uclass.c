// SPDX-License-Identifier: GPL-2.0+
/*
 * System controller uclass
 */

#include <dm.h>

UCLASS_DRIVER(syscon) = {
	.id		= UCLASS_SYSCON,
	.name		= "syscon",
};
