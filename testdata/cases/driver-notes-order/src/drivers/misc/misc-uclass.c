// SPDX-License-Identifier: GPL-2.0+
/*
 * Uclass for devices that fit nowhere else
 */

#include <dm.h>

UCLASS_DRIVER(misc) = {
	.id		= UCLASS_MISC,
	.name		= "misc",
};
