/* SPDX-License-Identifier: GPL-2.0+ */
/* RTC uclass, reduced to what the QEMU example uses. */
#ifndef __QV_RTC_H
#define __QV_RTC_H

#include <dm/device.h>
#include <linux/types.h>

/**
 * struct rtc_ops - what an RTC driver provides
 * @get_seconds: the time, in seconds since 1970 (UTC)
 */
struct rtc_ops {
	int (*get_seconds)(struct udevice *dev, u32 *secsp);
};

/* Read @dev's time in seconds since 1970; 0 or an error */
int rtc_get_seconds(struct udevice *dev, u32 *secsp);

#endif /* __QV_RTC_H */
