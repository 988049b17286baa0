// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME GPIO bank
 */

#include <dm.h>
#include <acme/gpio.h>
#include <asm/acme-gpio.h>

static int acme_gpio_probe(struct udevice *dev)
{
	struct acme_gpio_uc_priv *uc_priv = dev_get_uclass_priv(dev);
	struct acme_gpio_priv *priv = dev_get_priv(dev);

	uc_priv->gpio_count = ACME_GPIO_PER_BANK;
	uc_priv->bank_name = dev->name;
	priv->dir = 0;
	priv->value = 0;

	return 0;
}

static const struct udevice_id acme_gpio_ids[] = {
	{ .compatible = "acme,gpio" },
	{ }
};

U_BOOT_DRIVER(acme_gpio) = {
	.name		= "acme_gpio",
	.id		= UCLASS_GPIO,
	.of_match	= acme_gpio_ids,
	.probe		= acme_gpio_probe,
	.priv_auto	= \
		sizeof(struct acme_gpio_priv),
};
