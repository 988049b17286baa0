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

/* The provider device of phandle entry @idx, which must be a clock */
static int clk_provider(uint idx, struct udevice **devp)
{
	int ret = device_get_by_ofplat_idx(idx, devp);

	if (!ret && device_get_uclass_id(*devp) != UCLASS_CLK)
		ret = -ENODEV;

	return ret;
}

static void clk_init(struct clk *clk, struct udevice *dev, ulong id)
{
	clk->dev = dev;
	clk->id = id;
	clk->enable_count = 0;
}

int clk_get_by_phandle(struct udevice *dev, const struct phandle_1_arg *cells,
		       struct clk *clk)
{
	struct udevice *clkdev;
	int ret;

	clk->dev = NULL;
	ret = clk_provider(cells->idx, &clkdev);
	if (!ret)
		clk_init(clk, clkdev, cells->arg[0]);

	return ret;
}

int clk_get_by_phandle_0(struct udevice *dev,
			 const struct phandle_0_arg *cells, struct clk *clk)
{
	struct udevice *clkdev;
	int ret;

	clk->dev = NULL;
	ret = clk_provider(cells->idx, &clkdev);
	if (!ret)
		clk_init(clk, clkdev, CLK_ID(clkdev, 0));

	return ret;
}

ulong clk_get_rate(struct clk *clk)
{
	const struct clk_ops *ops = device_get_ops(clk->dev);

	return ops->get_rate ? ops->get_rate(clk) : (ulong)-ENOSYS;
}

ulong clk_set_rate(struct clk *clk, ulong rate)
{
	const struct clk_ops *ops = device_get_ops(clk->dev);

	return ops->set_rate ? ops->set_rate(clk, rate) : (ulong)-ENOSYS;
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
