// SPDX-License-Identifier: GPL-2.0+
/*
 * Serial uclass
 */

#include <dm.h>

UCLASS_DRIVER(serial) = {
	.id		= UCLASS_SERIAL,
	.name		= "serial",
};
