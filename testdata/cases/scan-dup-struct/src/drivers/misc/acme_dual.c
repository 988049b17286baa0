// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME dual device
 *
 * Its state struct is defined in two headers (a generic one and a sandbox
 * one); which header dtoc names depends on which it reads last.
 */

#include <dm.h>
#include <acme/dual.h>

static int acme_dual_probe(struct udevice *dev)
{
	struct acme_dual_priv *priv = dev_get_priv(dev);

	priv->mode = 1;

	return 0;
}

static const struct udevice_id acme_dual_ids[] = {
	{ .compatible = "acme,dual" },
	{ }
};

U_BOOT_DRIVER(acme_dual) = {
	.name		= "acme_dual",
	.id		= UCLASS_MISC,
	.of_match	= acme_dual_ids,
	.probe		= acme_dual_probe,
	.priv_auto	= sizeof(struct acme_dual_priv),
};
