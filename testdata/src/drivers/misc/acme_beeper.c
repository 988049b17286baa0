// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME beeper
 *
 * The declaration below is indented. That is valid C, but the scanner
 * only sees declarations that start a line, so this driver is not found.
 */

#include <dm.h>

static int acme_beeper_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_beeper_ids[] = {
	{ .compatible = "acme,beeper" },
	{ }
};

	U_BOOT_DRIVER(acme_beeper) = {
	.name		= "acme_beeper",
	.id		= UCLASS_MISC,
	.of_match	= acme_beeper_ids,
	.probe		= acme_beeper_probe,
};
