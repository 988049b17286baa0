// SPDX-License-Identifier: GPL-2.0+
/*
 * Test bus driver (UCLASS_SIMPLE_BUS): keeps data for each child
 * (per_child_auto, per_child_plat_auto) and has every child hook.
 */

#include <dm.h>
#include <dt-structs.h>
#include <rt-test.h>

static void rt_bus_info(const struct udevice *dev, struct rt_info *info)
{
	const struct dtd_rt_bus *plat = dev_get_plat(dev);

	RT_INFO_FROM(info, plat);
}

static const struct rt_ops rt_bus_ops = {
	.info	= rt_bus_info,
};

static int rt_bus_bind(struct udevice *dev)
{
	return rt_hook("rt_bus", "bind", dev);
}

static int rt_bus_of_to_plat(struct udevice *dev)
{
	return rt_hook("rt_bus", "of_to_plat", dev);
}

static int rt_bus_probe(struct udevice *dev)
{
	struct rt_bus_priv *priv = dev_get_priv(dev);

	priv->probe_calls++;

	return rt_hook("rt_bus", "probe", dev);
}

static int rt_bus_remove(struct udevice *dev)
{
	return rt_hook("rt_bus", "remove", dev);
}

static int rt_bus_unbind(struct udevice *dev)
{
	return rt_hook("rt_bus", "unbind", dev);
}

static int rt_bus_child_post_bind(struct udevice *dev)
{
	struct rt_bus_child_plat *cplat = dev_get_parent_plat(dev);

	cplat->child_post_bind_calls++;

	return rt_hook("rt_bus", "child_post_bind", dev);
}

static int rt_bus_child_pre_probe(struct udevice *dev)
{
	struct rt_bus_child_priv *cpriv = dev_get_parent_priv(dev);

	cpriv->child_pre_probe_calls++;

	return rt_hook("rt_bus", "child_pre_probe", dev);
}

static int rt_bus_child_post_remove(struct udevice *dev)
{
	return rt_hook("rt_bus", "child_post_remove", dev);
}

static const struct udevice_id rt_bus_ids[] = {
	{ .compatible = "rt,bus" },
	{ }
};

U_BOOT_DRIVER(rt_bus) = {
	.name		= "rt_bus",
	.id		= UCLASS_SIMPLE_BUS,
	.of_match	= rt_bus_ids,
	.bind		= rt_bus_bind,
	.of_to_plat	= rt_bus_of_to_plat,
	.probe		= rt_bus_probe,
	.remove		= rt_bus_remove,
	.unbind		= rt_bus_unbind,
	.child_post_bind = rt_bus_child_post_bind,
	.child_pre_probe = rt_bus_child_pre_probe,
	.child_post_remove = rt_bus_child_post_remove,
	.priv_auto	= sizeof(struct rt_bus_priv),
	.per_child_auto	= sizeof(struct rt_bus_child_priv),
	.per_child_plat_auto = sizeof(struct rt_bus_child_plat),
	.ops		= &rt_bus_ops,
};
