// SPDX-License-Identifier: GPL-2.0+
/*
 * Test device driver (UCLASS_MISC): its platform data (plat_auto) is larger
 * than the dtoc struct, which it starts with; it is also reached through a
 * driver alias.
 */

#include <dm.h>
#include <dt-structs.h>
#include <rt-test.h>

static void rt_dev_info(const struct udevice *dev, struct rt_info *info)
{
	const struct rt_dev_plat *plat = dev_get_plat(dev);

	RT_INFO_FROM(info, &plat->dtplat);
}

static const struct rt_ops rt_dev_ops = {
	.info	= rt_dev_info,
};

static int rt_dev_bind(struct udevice *dev)
{
	return rt_hook("rt_dev", "bind", dev);
}

static int rt_dev_of_to_plat(struct udevice *dev)
{
	struct rt_dev_plat *plat = dev_get_plat(dev);

	plat->of_to_plat_calls++;

	return rt_hook("rt_dev", "of_to_plat", dev);
}

static int rt_dev_probe(struct udevice *dev)
{
	struct rt_dev_priv *priv = dev_get_priv(dev);

	priv->probe_calls++;

	return rt_hook("rt_dev", "probe", dev);
}

static int rt_dev_remove(struct udevice *dev)
{
	return rt_hook("rt_dev", "remove", dev);
}

static int rt_dev_unbind(struct udevice *dev)
{
	return rt_hook("rt_dev", "unbind", dev);
}

static const struct udevice_id rt_dev_ids[] = {
	{ .compatible = "rt,dev" },
	{ }
};

U_BOOT_DRIVER(rt_dev) = {
	.name		= "rt_dev",
	.id		= UCLASS_MISC,
	.of_match	= rt_dev_ids,
	.bind		= rt_dev_bind,
	.of_to_plat	= rt_dev_of_to_plat,
	.probe		= rt_dev_probe,
	.remove		= rt_dev_remove,
	.unbind		= rt_dev_unbind,
	.plat_auto	= sizeof(struct rt_dev_plat),
	.priv_auto	= sizeof(struct rt_dev_priv),
	.ops		= &rt_dev_ops,
};

DM_DRIVER_ALIAS(rt_dev, rt_dev_alt)
