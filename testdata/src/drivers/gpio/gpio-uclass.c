// SPDX-License-Identifier: GPL-2.0+
/*
 * GPIO uclass
 */

#include <dm.h>
#include <acme/gpio.h>

static int gpio_post_probe(struct udevice *dev)
{
	struct acme_gpio_uc_priv *uc_priv = dev_get_uclass_priv(dev);

	if (!uc_priv->bank_name)
		uc_priv->bank_name = "?";

	return 0;
}

UCLASS_DRIVER(gpio) = {
	.id		= UCLASS_GPIO,
	.name		= "gpio",
	.flags		= DM_UC_FLAG_SEQ_ALIAS,
	.post_probe	= gpio_post_probe,
	.per_device_auto	= sizeof(struct acme_gpio_uc_priv),
};
