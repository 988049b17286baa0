// SPDX-License-Identifier: GPL-2.0+
/*
 * Test drivers for the driver flags that removal and autoprobe act on,
 * all in UCLASS_I2C (whose uclass driver has no device hooks, so the log
 * shows the drivers' own): rt_dma (DM_FLAG_ACTIVE_DMA), rt_osprep
 * (DM_FLAG_OS_PREPARE), rt_vital (DM_FLAG_VITAL), rt_auto (its bind hook
 * sets DM_FLAG_PROBE_AFTER_BIND; its table goes through of_match_ptr())
 * and rt_none (no flag). Their nodes carry only the tag and ptag test
 * properties (dts/api.dts).
 */

#include <dm.h>
#include <dt-structs.h>
#include <rt-test.h>

/* The ops, info reader and hooks of driver @name, whose dtd is @dtd */
#define RT_FLAGS_DRIVER_CODE(name, dtd)					\
static void name##_info(const struct udevice *dev, struct rt_info *info) \
{									\
	const struct dtd *plat = dev_get_plat(dev);			\
									\
	info->tag = plat->tag;						\
	info->ptag = plat->ptag;					\
	info->pidx = info->iidx = info->pseq = info->iseq = -1;	\
}									\
									\
static const struct rt_ops name##_ops = {				\
	.info	= name##_info,						\
};									\
									\
static int name##_probe(struct udevice *dev)				\
{									\
	return rt_hook(#name, "probe", dev);				\
}									\
									\
static int name##_remove(struct udevice *dev)				\
{									\
	return rt_hook(#name, "remove", dev);				\
}

RT_FLAGS_DRIVER_CODE(rt_dma, dtd_rt_dma)
RT_FLAGS_DRIVER_CODE(rt_osprep, dtd_rt_osprep)
RT_FLAGS_DRIVER_CODE(rt_vital, dtd_rt_vital)
RT_FLAGS_DRIVER_CODE(rt_auto, dtd_rt_auto)
RT_FLAGS_DRIVER_CODE(rt_none, dtd_rt_none)

static const struct udevice_id rt_dma_ids[] = {
	{ .compatible = "rt,dma" },
	{ }
};

U_BOOT_DRIVER(rt_dma) = {
	.name		= "rt_dma",
	.id		= UCLASS_I2C,
	.of_match	= rt_dma_ids,
	.probe		= rt_dma_probe,
	.remove		= rt_dma_remove,
	.ops		= &rt_dma_ops,
	.flags		= DM_FLAG_ACTIVE_DMA,
};

static const struct udevice_id rt_osprep_ids[] = {
	{ .compatible = "rt,osprep" },
	{ }
};

U_BOOT_DRIVER(rt_osprep) = {
	.name		= "rt_osprep",
	.id		= UCLASS_I2C,
	.of_match	= rt_osprep_ids,
	.probe		= rt_osprep_probe,
	.remove		= rt_osprep_remove,
	.ops		= &rt_osprep_ops,
	.flags		= DM_FLAG_OS_PREPARE,
};

static const struct udevice_id rt_vital_ids[] = {
	{ .compatible = "rt,vital" },
	{ }
};

U_BOOT_DRIVER(rt_vital) = {
	.name		= "rt_vital",
	.id		= UCLASS_I2C,
	.of_match	= rt_vital_ids,
	.probe		= rt_vital_probe,
	.remove		= rt_vital_remove,
	.ops		= &rt_vital_ops,
	.flags		= DM_FLAG_VITAL,
};

/* Asks to be probed once everything is bound (dm_autoprobe()) */
static int rt_auto_bind(struct udevice *dev)
{
	dev_or_flags(dev, DM_FLAG_PROBE_AFTER_BIND);

	return rt_hook("rt_auto", "bind", dev);
}

/* dtoc -i copies .data into the device's driver_data */
static const struct udevice_id rt_auto_ids[] = {
	{ .compatible = "rt,auto", .data = 42 },
	{ }
};

U_BOOT_DRIVER(rt_auto) = {
	.name		= "rt_auto",
	.id		= UCLASS_I2C,
	.of_match	= of_match_ptr(rt_auto_ids),
	.bind		= rt_auto_bind,
	.probe		= rt_auto_probe,
	.remove		= rt_auto_remove,
	.ops		= &rt_auto_ops,
};

static const struct udevice_id rt_none_ids[] = {
	{ .compatible = "rt,none" },
	{ }
};

U_BOOT_DRIVER(rt_none) = {
	.name		= "rt_none",
	.id		= UCLASS_I2C,
	.of_match	= rt_none_ids,
	.probe		= rt_none_probe,
	.remove		= rt_none_remove,
	.ops		= &rt_none_ops,
};
