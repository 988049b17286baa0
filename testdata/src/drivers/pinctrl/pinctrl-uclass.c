// SPDX-License-Identifier: GPL-2.0+
/*
 * Pin-controller uclass
 */

#include <dm.h>

UCLASS_DRIVER(pinctrl) = {
	.id		= UCLASS_PINCTRL,
	.name		= "pinctrl",
};
