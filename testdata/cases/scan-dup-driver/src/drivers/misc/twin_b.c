// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME twin device, version B
 *
 * Both versions declare a driver named acme_twin, and neither has a
 * DM_PHASE, so the scanner cannot tell them apart: the one it reads last
 * is used.
 */

#include <dm.h>
#include <acme/twin.h>

static int acme_twin_b_probe(struct udevice *dev)
{
	struct acme_twin_b_priv *priv = dev_get_priv(dev);

	priv->count = 0;

	return 0;
}

static const struct udevice_id acme_twin_b_ids[] = {
	{ .compatible = "acme,twin" },
	{ }
};

U_BOOT_DRIVER(acme_twin) = {
	.name		= "acme_twin",
	.id		= UCLASS_MISC,
	.of_match	= acme_twin_b_ids,
	.probe		= acme_twin_b_probe,
	.priv_auto	= sizeof(struct acme_twin_b_priv),
};
