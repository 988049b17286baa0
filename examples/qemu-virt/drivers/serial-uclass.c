// SPDX-License-Identifier: GPL-2.0+
/* Serial uclass: baud rate at probe, sending characters */

#include <dm.h>
#include <serial.h>
#include <linux/errno.h>

int serial_dev_putc(struct udevice *dev, char ch)
{
	const struct dm_serial_ops *ops = device_get_ops(dev);
	struct serial_dev_priv *upriv = dev_get_uclass_priv(dev);
	int ret;

	if (ch == '\n') {
		ret = serial_dev_putc(dev, '\r');
		if (ret)
			return ret;
	}
	do {
		ret = ops->putc(dev, ch);
	} while (ret == -EAGAIN);
	if (!ret)
		upriv->chars_out++;

	return ret;
}

static int serial_post_probe(struct udevice *dev)
{
	const struct dm_serial_ops *ops = device_get_ops(dev);
	struct serial_dev_priv *upriv = dev_get_uclass_priv(dev);
	int ret;

	upriv->baudrate = SERIAL_BAUDRATE;
	upriv->chars_out = 0;
	if (ops->setbrg) {
		ret = ops->setbrg(dev, upriv->baudrate);
		if (ret)
			return ret;
	}

	return 0;
}

UCLASS_DRIVER(serial) = {
	.id		= UCLASS_SERIAL,
	.name		= "serial",
	.flags		= DM_UC_FLAG_SEQ_ALIAS,
	.post_probe	= serial_post_probe,
	.per_device_auto	= sizeof(struct serial_dev_priv),
};
