// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME power-management chip and its LDO regulators
 */

#include <dm.h>
#include <acme/pmic.h>

static int acme_pmic_probe(struct udevice *dev)
{
	struct acme_pmic_priv *priv = dev_get_priv(dev);

	priv->reg_count = 0x40;
	priv->last_reg = -1;

	return 0;
}

static const struct udevice_id acme_pmic_ids[] = {
	{ .compatible = "acme,pmic" },
	{ }
};

U_BOOT_DRIVER(acme_pmic) = {
	.name		= "acme_pmic",
	.id		= UCLASS_PMIC,
	.of_match	= acme_pmic_ids,
	.probe		= acme_pmic_probe,
	.priv_auto	= sizeof(struct acme_pmic_priv),
};

static int acme_ldo_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_ldo_ids[] = {
	{ .compatible = "acme,ldo" },
	{ }
};

U_BOOT_DRIVER(acme_ldo) = {
	.name		= "acme_ldo",
	.id		= UCLASS_REGULATOR,
	.of_match	= acme_ldo_ids,
	.probe		= acme_ldo_probe,
};
