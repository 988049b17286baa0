/* SPDX-License-Identifier: GPL-2.0+ */
/* GPIO uclass, the subset the QEMU example uses, in U-Boot's names. */
#ifndef __QV_GPIO_H
#define __QV_GPIO_H

#include <dm/device.h>

/**
 * struct dm_gpio_ops - what a GPIO driver provides (offset = line number)
 * @direction_input: make the line an input
 * @direction_output: make the line an output driving @value
 * @get_value: the line's level (0 or 1), or an error
 * @set_value: drive an output line to @value
 * @get_function: GPIOF_INPUT or GPIOF_OUTPUT
 */
struct dm_gpio_ops {
	int (*direction_input)(struct udevice *dev, unsigned int offset);
	int (*direction_output)(struct udevice *dev, unsigned int offset,
				int value);
	int (*get_value)(struct udevice *dev, unsigned int offset);
	int (*set_value)(struct udevice *dev, unsigned int offset, int value);
	int (*get_function)(struct udevice *dev, unsigned int offset);
};

enum gpio_func_t {
	GPIOF_INPUT = 0,
	GPIOF_OUTPUT,
};

/**
 * struct gpio_dev_priv - what the uclass keeps for each GPIO bank
 * @bank_name: name of the bank, set by the driver
 * @gpio_count: number of lines, set by the driver
 */
struct gpio_dev_priv {
	const char *bank_name;
	unsigned int gpio_count;
};

/* The uclass calls; each checks @offset against gpio_count (-EINVAL) */
int gpio_dev_direction_output(struct udevice *dev, unsigned int offset,
			      int value);
int gpio_dev_direction_input(struct udevice *dev, unsigned int offset);
int gpio_dev_set_value(struct udevice *dev, unsigned int offset, int value);
int gpio_dev_get_value(struct udevice *dev, unsigned int offset);
int gpio_dev_get_function(struct udevice *dev, unsigned int offset);

#endif /* __QV_GPIO_H */
