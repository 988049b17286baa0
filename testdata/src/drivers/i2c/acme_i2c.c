// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME I2C controller
 */

#include <dm.h>
#include <acme/i2c-ctrl.h>
#include <asm/acme-regs.h>

static int acme_i2c_child_pre_probe(struct udevice *dev)
{
	struct acme_i2c_child_priv *cpriv = dev_get_parent_priv(dev);

	cpriv->nak_count = 0;

	return 0;
}

static int acme_i2c_probe(struct udevice *dev)
{
	struct acme_i2c_priv *priv = dev_get_priv(dev);

	priv->transfers = 0;
	priv->last_addr = 0;

	return 0;
}

static const struct udevice_id acme_i2c_ids[] = {
	{ .compatible = "acme,i2c", .data = ACME_I2C_FAST },
	{ .compatible = "acme,i2c-hs", .data = ACME_I2C_HS },
	{ }
};

U_BOOT_DRIVER(acme_i2c) = {
	.name			= "acme_i2c",
	.id			= UCLASS_I2C,
	.of_match		= of_match_ptr(acme_i2c_ids),
	.probe			= acme_i2c_probe,
	.child_pre_probe	= acme_i2c_child_pre_probe,
	.priv_auto		= sizeof(struct acme_i2c_priv),
	.per_child_auto		= sizeof(struct acme_i2c_child_priv),
	.per_child_plat_auto	= sizeof(struct acme_i2c_child_plat),
	DM_HEADER(<asm/acme-regs.h>)
};
