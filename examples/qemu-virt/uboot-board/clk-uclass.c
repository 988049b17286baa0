// SPDX-License-Identifier: GPL-2.0+
/*
 * The clock uclass for U-Boot's clock drivers (struct clk_ops from
 * U-Boot's <clk-uclass.h>): consumers reach a provider through an
 * of-platdata phandle entry, then call its operations.
 */

#include <clk-uclass.h>
#include <dm.h>
#include <dt-structs.h>
#include <linux/errno.h>

int clk_get_by_phandle(struct udevice *dev, const struct phandle_0_arg *cells,
		       struct clk *clk)
{
	struct udevice *clkdev;
	int ret;

	clk->dev = NULL;
	ret = device_get_by_ofplat_idx(cells->idx, &clkdev);
	if (ret)
		return ret;
	if (device_get_uclass_id(clkdev) != UCLASS_CLK)
		return -ENODEV;
	clk->dev = clkdev;
	clk->id = CLK_ID(clkdev, 0);
	clk->enable_count = 0;

	return 0;
}

ulong clk_get_rate(struct clk *clk)
{
	const struct clk_ops *ops = device_get_ops(clk->dev);

	return ops->get_rate ? ops->get_rate(clk) : (ulong)-ENOSYS;
}

int clk_enable(struct clk *clk)
{
	const struct clk_ops *ops = device_get_ops(clk->dev);
	int ret = ops->enable ? ops->enable(clk) : 0;

	if (!ret)
		clk->enable_count++;

	return ret;
}

int clk_disable(struct clk *clk)
{
	const struct clk_ops *ops = device_get_ops(clk->dev);

	return ops->disable ? ops->disable(clk) : 0;
}

UCLASS_DRIVER(clk) = {
	.id		= UCLASS_CLK,
	.name		= "clk",
};
