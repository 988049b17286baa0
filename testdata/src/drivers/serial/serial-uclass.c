// SPDX-License-Identifier: GPL-2.0+
/*
 * Serial uclass
 */

#include <dm.h>
#include <acme/serial.h>

static int serial_pre_probe(struct udevice *dev)
{
	struct acme_serial_uc_priv *upriv = dev_get_uclass_priv(dev);

	upriv->baudrate = 115200;
	upriv->chars_out = 0;

	return 0;
}

UCLASS_DRIVER(serial) = {
	.id		= UCLASS_SERIAL,
	.name		= "serial",
	.flags		= DM_UC_FLAG_SEQ_ALIAS,
	.pre_probe	= serial_pre_probe,
	.per_device_auto	= sizeof(struct acme_serial_uc_priv),
};
