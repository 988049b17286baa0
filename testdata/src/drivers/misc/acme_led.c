// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME status LED
 */

#include <dm.h>

/* Only this file needs the LED state, so it is not in a header */
struct acme_led_priv {
	int on;
	int blink_ms;
};

static int acme_led_probe(struct udevice *dev)
{
	struct acme_led_priv *priv = dev_get_priv(dev);

	priv->on = 0;
	priv->blink_ms = 0;

	return 0;
}

static const struct udevice_id acme_led_ids[] = {
	{ .compatible = "acme,led" },
	{ }
};

U_BOOT_DRIVER(acme_led) = {
	.name		= "acme_led",
	.id		= UCLASS_MISC,
	.of_match	= acme_led_ids /* one table for every board */,
	.probe		= acme_led_probe,
	.priv_auto	= sizeof(struct acme_led_priv),
};
