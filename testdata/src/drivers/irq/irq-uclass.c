// SPDX-License-Identifier: GPL-2.0+
/*
 * Interrupt-controller uclass
 */

#include <dm.h>

UCLASS_DRIVER(irq) = {
	.id		= UCLASS_IRQ,
	.name		= "irq",
};
