// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME reset controller, small version for SPL
 *
 * It has the same driver name as the full one; dtoc -p spl picks this one.
 */

#include <dm.h>
#include <acme/reset.h>

static int acme_reset_spl_probe(struct udevice *dev)
{
	struct acme_reset_spl_priv *priv = dev_get_priv(dev);

	priv->asserted = 0;

	return 0;
}

static const struct udevice_id acme_reset_spl_ids[] = {
	{ .compatible = "acme,reset" },
	{ }
};

U_BOOT_DRIVER(acme_reset) = {
	.name		= "acme_reset",
	.id		= UCLASS_RESET,
	.of_match	= acme_reset_spl_ids,
	.probe		= acme_reset_spl_probe,
	.priv_auto	= sizeof(struct acme_reset_spl_priv),
	DM_PHASE(spl)
};
