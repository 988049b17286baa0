// SPDX-License-Identifier: GPL-2.0+
/* Clock uclass: finding a clock from of-platdata, reading its rate */

#include <dm.h>
#include <clk.h>
#include <dm/device-internal.h>
#include <linux/errno.h>

int clk_get_by_phandle(struct udevice *dev, const struct phandle_0_arg *cells,
		       struct clk *clk)
{
	struct udevice *clkdev;
	int ret;

	(void)dev;
	clk->dev = NULL;
	clk->id = 0;
	ret = device_get_by_ofplat_idx(cells->idx, &clkdev);
	if (ret)
		return ret;
	if (device_get_uclass_id(clkdev) != UCLASS_CLK)
		return -ENODEV;
	clk->dev = clkdev;

	return 0;
}

ulong clk_get_rate(struct clk *clk)
{
	const struct clk_ops *ops;

	if (!clk || !clk->dev)
		return 0;
	ops = device_get_ops(clk->dev);

	return ops->get_rate ? ops->get_rate(clk) : 0;
}

UCLASS_DRIVER(clk) = {
	.id		= UCLASS_CLK,
	.name		= "clk",
};
