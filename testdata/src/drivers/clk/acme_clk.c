// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME clocks: a fixed-rate oscillator, the clock controller (one argument:
 * the clock number) and the PLLs (two arguments: PLL number and output).
 */

#include <dm.h>
#include <acme/clk.h>

static int acme_fixed_clock_probe(struct udevice *dev)
{
	struct acme_fixed_clk_priv *priv = dev_get_priv(dev);

	priv->rate = 24000000;
	priv->enable_count = 0;

	return 0;
}

static const struct udevice_id acme_fixed_clock_ids[] = {
	{ .compatible = "acme,fixed-clock" },
	{ }
};

U_BOOT_DRIVER(acme_fixed_clock) = {
	.name		= "acme_fixed_clock",
	.id		= UCLASS_CLK,
	.of_match	= of_match_ptr(acme_fixed_clock_ids),
	.probe		= acme_fixed_clock_probe,
	.priv_auto	= sizeof(struct acme_fixed_clk_priv),
};

static int acme_clkctrl_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_clkctrl_ids[] = {
	{ .compatible = "acme,clkctrl" },
	{ }
};

U_BOOT_DRIVER(acme_clkctrl) = {
	.name		= "acme_clkctrl",
	.id		= UCLASS_CLK,
	.of_match	= acme_clkctrl_ids,
	.probe		= acme_clkctrl_probe,
};

static int acme_pll_probe(struct udevice *dev)
{
	struct acme_pll_priv *priv = dev_get_priv(dev);

	priv->mult = 1;
	priv->div = 1;

	return 0;
}

static const struct udevice_id acme_pll_ids[] = {
	{ .compatible = "acme,pll" },
	{ }
};

U_BOOT_DRIVER(acme_pll) = {
	.name		= "acme_pll",
	.id		= UCLASS_CLK,
	.of_match	= acme_pll_ids,
	.probe		= acme_pll_probe,
	.priv_auto	= sizeof(struct acme_pll_priv),
};
