// SPDX-License-Identifier: GPL-2.0+
/*
 * Test clock driver (UCLASS_CLK): a phandle target, bound even when only
 * pre-relocation drivers are wanted. Its uclass gives no sequence numbers.
 */

#include <dm.h>
#include <dt-structs.h>
#include <rt-test.h>

static void rt_clk_info(const struct udevice *dev, struct rt_info *info)
{
	const struct dtd_rt_clk *plat = dev_get_plat(dev);

	RT_INFO_FROM(info, plat);
}

static const struct rt_ops rt_clk_ops = {
	.info	= rt_clk_info,
};

static int rt_clk_bind(struct udevice *dev)
{
	return rt_hook("rt_clk", "bind", dev);
}

static int rt_clk_probe(struct udevice *dev)
{
	struct rt_clk_priv *priv = dev_get_priv(dev);

	priv->probe_calls++;

	return rt_hook("rt_clk", "probe", dev);
}

static int rt_clk_remove(struct udevice *dev)
{
	return rt_hook("rt_clk", "remove", dev);
}

static const struct udevice_id rt_clk_ids[] = {
	{ .compatible = "rt,clk" },
	{ }
};

U_BOOT_DRIVER(rt_clk) = {
	.name		= "rt_clk",
	.id		= UCLASS_CLK,
	.of_match	= rt_clk_ids,
	.bind		= rt_clk_bind,
	.probe		= rt_clk_probe,
	.remove		= rt_clk_remove,
	.priv_auto	= sizeof(struct rt_clk_priv),
	.ops		= &rt_clk_ops,
	.flags		= DM_FLAG_PRE_RELOC,
};
