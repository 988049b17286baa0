// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME interrupt controller (two cells per interrupt: number and flags)
 */

#include <dm.h>

static int acme_intc_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_intc_ids[] = {
	{ .compatible = "acme,intc" },
	{ }
};

U_BOOT_DRIVER(acme_intc) = {
	.name		= "acme_intc",
	.id		= UCLASS_IRQ,
	.of_match	= acme_intc_ids,
	.probe		= acme_intc_probe,
};
