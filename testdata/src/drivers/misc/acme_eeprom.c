// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME I2C EEPROM
 *
 * On sandbox the chip is backed by an emulator, found through the
 * "sandbox,emul" phandle in its node.
 */

#include <dm.h>

static int acme_eeprom_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_eeprom_ids[] = {
	{ .compatible = "acme,eeprom" },
	{ }
};

U_BOOT_DRIVER(acme_eeprom) = {
	.name		= "acme_eeprom",
	.id		= UCLASS_MISC,
	.of_match	= acme_eeprom_ids,
	.probe		= acme_eeprom_probe,
};
