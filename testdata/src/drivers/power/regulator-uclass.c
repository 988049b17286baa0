// SPDX-License-Identifier: GPL-2.0+
/*
 * Regulator uclass
 */

#include <dm.h>
#include <acme/pmic.h>

static int regulator_pre_probe(struct udevice *dev)
{
	struct acme_regulator_uc_plat *uc_plat = dev_get_uclass_plat(dev);

	if (!uc_plat->max_uv)
		uc_plat->max_uv = 3300000;

	return 0;
}

UCLASS_DRIVER(regulator) = {
	.id		= UCLASS_REGULATOR,
	.name		= "regulator",
	.pre_probe	= regulator_pre_probe,
	.per_device_plat_auto	= sizeof(struct acme_regulator_uc_plat),
};
