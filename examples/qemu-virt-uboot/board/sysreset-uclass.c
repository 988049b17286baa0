// SPDX-License-Identifier: GPL-2.0+
/*
 * The sysreset uclass for U-Boot's reset drivers (struct sysreset_ops
 * from U-Boot's <sysreset.h>): a request goes to one device.
 */

#include <dm.h>
#include <sysreset.h>
#include <linux/errno.h>

int sysreset_request(struct udevice *dev, enum sysreset_t type)
{
	struct sysreset_ops *ops = sysreset_get_ops(dev);

	return ops->request ? ops->request(dev, type) : -ENOSYS;
}

int sysreset_get_status(struct udevice *dev, char *buf, int size)
{
	struct sysreset_ops *ops = sysreset_get_ops(dev);

	return ops->get_status ? ops->get_status(dev, buf, size) : -ENOSYS;
}

UCLASS_DRIVER(sysreset) = {
	.id		= UCLASS_SYSRESET,
	.name		= "sysreset",
};
