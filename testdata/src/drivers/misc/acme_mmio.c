// SPDX-License-Identifier: GPL-2.0+
/*
 * Generic ACME register windows, with 32-bit and 64-bit addressing
 *
 * These only record where their registers are; tests use them to check
 * how 'reg' comes out for each #address-cells / #size-cells layout.
 */

#include <dm.h>

static int acme_mmio_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_mmio32_ids[] = {
	{ .compatible = "acme,mmio32" },
	{ }
};

U_BOOT_DRIVER(acme_mmio32) = {
	.name		= "acme_mmio32",
	.id		= UCLASS_MISC,
	.of_match	= acme_mmio32_ids,
	.probe		= acme_mmio_probe,
};

static const struct udevice_id acme_mmio64_ids[] = {
	{ .compatible = "acme,mmio64" },
	{ }
};

U_BOOT_DRIVER(acme_mmio64) = {
	.name		= "acme_mmio64",
	.id		= UCLASS_MISC,
	.of_match	= acme_mmio64_ids,
	.probe		= acme_mmio_probe,
};
