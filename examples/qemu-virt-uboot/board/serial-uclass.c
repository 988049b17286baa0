// SPDX-License-Identifier: GPL-2.0+
/*
 * The serial uclass for U-Boot's serial drivers (struct dm_serial_ops):
 * the baud rate at probe and sending characters, which is what this
 * firmware needs of U-Boot's console layer.
 */

#include <dm.h>
#include <serial.h>
#include <asm/global_data.h>
#include <linux/errno.h>

DECLARE_GLOBAL_DATA_PTR;

int serial_dev_putc(struct udevice *dev, char ch)
{
	struct dm_serial_ops *ops = serial_get_ops(dev);
	int ret;

	if (ch == '\n') {
		ret = serial_dev_putc(dev, '\r');
		if (ret)
			return ret;
	}
	do {
		ret = ops->putc(dev, ch);
	} while (ret == -EAGAIN);

	return ret;
}

int serial_dev_getinfo(struct udevice *dev, struct serial_device_info *info)
{
	struct dm_serial_ops *ops = serial_get_ops(dev);

	if (!ops->getinfo)
		return -ENOSYS;

	return ops->getinfo(dev, info);
}

static int serial_post_probe(struct udevice *dev)
{
	struct dm_serial_ops *ops = serial_get_ops(dev);

	return ops->setbrg ? ops->setbrg(dev, gd->baudrate) : 0;
}

UCLASS_DRIVER(serial) = {
	.id		= UCLASS_SERIAL,
	.name		= "serial",
	.flags		= DM_UC_FLAG_SEQ_ALIAS,
	.post_probe	= serial_post_probe,
};
