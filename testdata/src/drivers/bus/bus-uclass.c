// SPDX-License-Identifier: GPL-2.0+
/*
 * Simple-bus uclass: a bus whose children are memory-mapped devices
 */

#include <dm.h>
#include <acme/bus.h>

static int simple_bus_post_bind(struct udevice *dev)
{
	struct acme_bus_uc_plat *plat = dev_get_uclass_plat(dev);

	plat->base = 0;
	plat->size = 0;

	return 0;
}

UCLASS_DRIVER(simple_bus) = {
	.id			= UCLASS_SIMPLE_BUS,
	.name			= "simple_bus",
	.post_bind		= simple_bus_post_bind,
	.per_device_plat_auto	= sizeof(struct acme_bus_uc_plat),
};
