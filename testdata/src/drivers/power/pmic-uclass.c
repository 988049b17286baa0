// SPDX-License-Identifier: GPL-2.0+
/*
 * PMIC uclass
 */

#include <dm.h>

UCLASS_DRIVER(pmic) = {
	.id		= UCLASS_PMIC,
	.name		= "pmic",
};
