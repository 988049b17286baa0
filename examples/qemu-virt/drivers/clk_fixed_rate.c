// SPDX-License-Identifier: GPL-2.0+
/* A fixed-rate clock (compatible "fixed-clock"), like QEMU's apb-pclk */

#include <dm.h>
#include <clk.h>
#include <qemu-virt/plat.h>

static ulong clk_fixed_rate_get_rate(struct clk *clk)
{
	const struct clk_fixed_rate *priv = dev_get_priv(clk->dev);

	return priv->fixed_rate;
}

static const struct clk_ops clk_fixed_rate_ops = {
	.get_rate	= clk_fixed_rate_get_rate,
};

static int clk_fixed_rate_of_to_plat(struct udevice *dev)
{
	const struct dtd_fixed_clock *dtplat = dev_get_plat(dev);
	struct clk_fixed_rate *priv = dev_get_priv(dev);

	priv->fixed_rate = dtplat->clock_frequency;

	return 0;
}

static const struct udevice_id clk_fixed_rate_ids[] = {
	{ .compatible = "fixed-clock" },
	{ }
};

U_BOOT_DRIVER(fixed_clock) = {
	.name		= "fixed_clock",
	.id		= UCLASS_CLK,
	.of_match	= clk_fixed_rate_ids,
	.of_to_plat	= clk_fixed_rate_of_to_plat,
	.ops		= &clk_fixed_rate_ops,
	.priv_auto	= sizeof(struct clk_fixed_rate),
	.flags		= DM_FLAG_PRE_RELOC,
};
