// SPDX-License-Identifier: GPL-2.0+
/*
 * Reset-controller uclass
 */

#include <dm.h>

UCLASS_DRIVER(reset) = {
	.id		= UCLASS_RESET,
	.name		= "reset",
};
