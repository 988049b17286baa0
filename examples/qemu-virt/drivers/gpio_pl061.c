// SPDX-License-Identifier: GPL-2.0+
/*
 * ARM PL061 GPIO: 8 lines. GPIODATA is addressed through a mask: bits
 * [9:2] of the offset select the lines an access touches, so line n is
 * read and written at base + (1 << (n + 2)) without touching the others.
 */

#include <dm.h>
#include <gpio.h>
#include <asm/io.h>
#include <linux/errno.h>
#include <qemu-virt/plat.h>

#define GPIODATA(line)	(1u << ((line) + 2))
#define GPIODIR		0x400
#define PL061_LINES	8

static int pl061_direction_input(struct udevice *dev, unsigned int offset)
{
	const struct pl061_priv *priv = dev_get_priv(dev);

	writel(readl(priv->base + GPIODIR) & ~(1u << offset),
	       priv->base + GPIODIR);

	return 0;
}

static int pl061_set_value(struct udevice *dev, unsigned int offset,
			   int value)
{
	const struct pl061_priv *priv = dev_get_priv(dev);

	writel(value ? 0xff : 0, priv->base + GPIODATA(offset));

	return 0;
}

static int pl061_direction_output(struct udevice *dev, unsigned int offset,
				  int value)
{
	const struct pl061_priv *priv = dev_get_priv(dev);

	pl061_set_value(dev, offset, value);
	writel(readl(priv->base + GPIODIR) | (1u << offset),
	       priv->base + GPIODIR);
	/* The level is only driven once the line is an output */
	return pl061_set_value(dev, offset, value);
}

static int pl061_get_value(struct udevice *dev, unsigned int offset)
{
	const struct pl061_priv *priv = dev_get_priv(dev);

	return !!readl(priv->base + GPIODATA(offset));
}

static int pl061_get_function(struct udevice *dev, unsigned int offset)
{
	const struct pl061_priv *priv = dev_get_priv(dev);

	return readl(priv->base + GPIODIR) & (1u << offset) ? GPIOF_OUTPUT :
		GPIOF_INPUT;
}

static const struct dm_gpio_ops pl061_ops = {
	.direction_input	= pl061_direction_input,
	.direction_output	= pl061_direction_output,
	.get_value		= pl061_get_value,
	.set_value		= pl061_set_value,
	.get_function		= pl061_get_function,
};

static int pl061_probe(struct udevice *dev)
{
	const struct dtd_gpio_pl061 *dtplat = dev_get_plat(dev);
	struct gpio_dev_priv *upriv = dev_get_uclass_priv(dev);
	struct pl061_priv *priv = dev_get_priv(dev);

	priv->base = (uintptr_t)dtplat->reg[0];
	upriv->bank_name = "pl061";
	upriv->gpio_count = PL061_LINES;

	return 0;
}

static const struct udevice_id pl061_ids[] = {
	{ .compatible = "arm,pl061" },
	{ }
};

U_BOOT_DRIVER(gpio_pl061) = {
	.name		= "gpio_pl061",
	.id		= UCLASS_GPIO,
	.of_match	= pl061_ids,
	.probe		= pl061_probe,
	.ops		= &pl061_ops,
	.priv_auto	= sizeof(struct pl061_priv),
	.flags		= DM_FLAG_PRE_RELOC,
};

DM_DRIVER_ALIAS(gpio_pl061, arm_pl061)
