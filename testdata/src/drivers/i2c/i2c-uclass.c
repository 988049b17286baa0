// SPDX-License-Identifier: GPL-2.0+
/*
 * I2C uclass
 */

#include <dm.h>
#include <acme/i2c.h>

static int i2c_post_probe(struct udevice *dev)
{
	struct acme_i2c_dev_uc *uc = dev_get_uclass_priv(dev);

	if (!uc->speed_hz)
		uc->speed_hz = 100000;
	uc->max_transfer = 32;

	return 0;
}

UCLASS_DRIVER(i2c) = {
	.id		= UCLASS_I2C,
	.name		= "i2c",
	.flags		= DM_UC_FLAG_SEQ_ALIAS,
	.post_probe	= i2c_post_probe,
	.priv_auto	= sizeof(struct acme_i2c_bus_uc),
	.per_device_auto	= sizeof(struct acme_i2c_dev_uc),
	.per_child_plat_auto	= sizeof(struct acme_i2c_chip),
};
