// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME reset controller, full version (U-Boot proper)
 */

#include <dm.h>
#include <acme/reset.h>

static int acme_reset_probe(struct udevice *dev)
{
	struct acme_reset_priv *priv = dev_get_priv(dev);

	priv->asserted = 0;
	priv->line_count = 32;

	return 0;
}

static const struct udevice_id acme_reset_ids[] = {
	{ .compatible = "acme,reset" },
	{ }
};

U_BOOT_DRIVER(acme_reset) = {
	.name		= "acme_reset",
	.id		= UCLASS_RESET,
	.of_match	= acme_reset_ids,
	.probe		= acme_reset_probe,
	.priv_auto	= sizeof(struct acme_reset_priv),
};
