// SPDX-License-Identifier: GPL-2.0+
/*
 * System-controller uclass
 */

#include <dm.h>
#include <acme/syscon.h>

static int syscon_pre_probe(struct udevice *dev)
{
	struct acme_syscon_uc_priv *uc_priv = dev_get_uclass_priv(dev);

	uc_priv->type = (int)dev_get_driver_data(dev);

	return 0;
}

UCLASS_DRIVER(syscon) = {
	.id		= UCLASS_SYSCON,
	.name		= "syscon",
	.pre_probe	= syscon_pre_probe,
	.per_device_auto	= sizeof(struct acme_syscon_uc_priv),
};
