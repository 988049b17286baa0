/* SPDX-License-Identifier: GPL-2.0+ */
/* U-Boot's dev_err() and friends: the message after the device's name */
#ifndef __UBC_DM_DEVICE_COMPAT_H
#define __UBC_DM_DEVICE_COMPAT_H

#include <dm/device.h>
#include <log.h>

#define dev_err(dev, fmt, ...)	printf("%s: " fmt, (dev)->name, ##__VA_ARGS__)
#define dev_warn(dev, fmt, ...)	printf("%s: " fmt, (dev)->name, ##__VA_ARGS__)
#define dev_info(dev, fmt, ...)	printf("%s: " fmt, (dev)->name, ##__VA_ARGS__)
#define dev_dbg(dev, fmt, ...)	\
	__ubc_quiet("%s: " fmt, (dev)->name, ##__VA_ARGS__)
#define dev_vdbg(dev, fmt, ...)	\
	__ubc_quiet("%s: " fmt, (dev)->name, ##__VA_ARGS__)

#endif /* __UBC_DM_DEVICE_COMPAT_H */
