// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME pin controller
 *
 * The comments in the table and in the driver below contain the two
 * characters that end a declaration for the scanner. That cuts the table
 * short (so "acme,pinctrl-old" is not recorded) and ends the driver before
 * its .priv_auto, which is therefore not seen. The one in the .id line does
 * no harm, since that line is taken as the uclass ID first.
 */

#include <dm.h>
#include <acme/pinctrl.h>

static int acme_pinctrl_probe(struct udevice *dev)
{
	struct acme_pinctrl_priv *priv = dev_get_priv(dev);

	if (priv)
		priv->mux_count = 0;

	return 0;
}

static const struct udevice_id acme_pinctrl_ids[] = {
	{ .compatible = "acme,pinctrl" },
	/* the first revision had its own table: old_ids[] = { ... }; */
	{ .compatible = "acme,pinctrl-old", .data = 1 },
	{ }
};

U_BOOT_DRIVER(acme_pinctrl) = {
	.name		= "acme_pinctrl",
	.id		= UCLASS_PINCTRL,	/* see UCLASS_DRIVER(pinctrl) = { ... }; */
	.of_match	= acme_pinctrl_ids,
	.probe		= acme_pinctrl_probe,
	/* the state below was added later; older boards had none: }; */
	.priv_auto	= sizeof(struct acme_pinctrl_priv),
};
