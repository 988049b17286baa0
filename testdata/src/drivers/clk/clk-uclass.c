// SPDX-License-Identifier: GPL-2.0+
/*
 * Clock uclass
 */

#include <dm.h>

UCLASS_DRIVER(clk) = {
	.id		= UCLASS_CLK,
	.name		= "clk",
};
