// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME twin device, version A
 *
 * Both versions declare a driver named acme_twin, and neither has a
 * DM_PHASE, so the scanner cannot tell them apart: the one it reads last
 * is used.
 */

#include <dm.h>
#include <acme/twin.h>

static int acme_twin_a_probe(struct udevice *dev)
{
	struct acme_twin_a_priv *priv = dev_get_priv(dev);

	priv->count = 0;

	return 0;
}

static const struct udevice_id acme_twin_a_ids[] = {
	{ .compatible = "acme,twin" },
	{ }
};

U_BOOT_DRIVER(acme_twin) = {
	.name		= "acme_twin",
	.id		= UCLASS_MISC,
	.of_match	= acme_twin_a_ids,
	.probe		= acme_twin_a_probe,
	.priv_auto	= sizeof(struct acme_twin_a_priv),
};
