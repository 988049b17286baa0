// SPDX-License-Identifier: GPL-2.0+
/*
 * Test serial driver (UCLASS_SERIAL): numbered by aliases under dtoc -i,
 * with driver data on its compatible string and DM_PHASE / DM_HEADER
 * markers.
 */

#include <dm.h>
#include <dt-structs.h>
#include <rt-test.h>
#include <rt-serial.h>

static void rt_serial_info(const struct udevice *dev, struct rt_info *info)
{
	const struct dtd_rt_serial *plat = dev_get_plat(dev);

	RT_INFO_FROM(info, plat);
}

static const struct rt_ops rt_serial_ops = {
	.info	= rt_serial_info,
};

static int rt_serial_bind(struct udevice *dev)
{
	return rt_hook("rt_serial", "bind", dev);
}

static int rt_serial_probe(struct udevice *dev)
{
	struct rt_serial_priv *priv = dev_get_priv(dev);

	priv->probe_calls++;

	return rt_hook("rt_serial", "probe", dev);
}

static int rt_serial_remove(struct udevice *dev)
{
	return rt_hook("rt_serial", "remove", dev);
}

static const struct udevice_id rt_serial_ids[] = {
	{ .compatible = "rt,serial", .data = RT_SERIAL_DATA },
	{ }
};

U_BOOT_DRIVER(rt_serial) = {
	.name		= "rt_serial",
	.id		= UCLASS_SERIAL,
	.of_match	= rt_serial_ids,
	.bind		= rt_serial_bind,
	.probe		= rt_serial_probe,
	.remove		= rt_serial_remove,
	.priv_auto	= sizeof(struct rt_serial_priv),
	.ops		= &rt_serial_ops,
	.flags		= DM_FLAG_PRE_RELOC,
	DM_PHASE(spl)
	DM_HEADER(<rt-serial.h>)
};
