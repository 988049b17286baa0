// SPDX-License-Identifier: GPL-2.0+
/*
 * Emulator for the ACME I2C EEPROM, used on sandbox
 */

#include <dm.h>
#include <asm/acme-emul.h>

static int acme_eeprom_emul_probe(struct udevice *dev)
{
	struct acme_eeprom_emul_priv *priv = dev_get_priv(dev);
	int i;

	for (i = 0; i < ACME_EEPROM_EMUL_SIZE; i++)
		priv->data[i] = 0xff;
	priv->offset = 0;

	return 0;
}

static const struct udevice_id acme_eeprom_emul_ids[] = {
	{ .compatible = "acme,eeprom-emul" },
	{ }
};

U_BOOT_DRIVER(acme_eeprom_emul) = {
	.name		= "acme_eeprom_emul",
	.id		= UCLASS_I2C_EMUL,
	.of_match	= acme_eeprom_emul_ids,
	.probe		= acme_eeprom_emul_probe,
	.priv_auto	= sizeof(struct acme_eeprom_emul_priv),
};
