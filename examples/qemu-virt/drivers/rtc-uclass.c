// SPDX-License-Identifier: GPL-2.0+
/* RTC uclass */

#include <dm.h>
#include <rtc.h>
#include <linux/errno.h>

int rtc_get_seconds(struct udevice *dev, u32 *secsp)
{
	const struct rtc_ops *ops = device_get_ops(dev);

	*secsp = 0;
	if (!ops->get_seconds)
		return -ENOSYS;

	return ops->get_seconds(dev, secsp);
}

UCLASS_DRIVER(rtc) = {
	.id		= UCLASS_RTC,
	.name		= "rtc",
};
