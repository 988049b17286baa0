// SPDX-License-Identifier: GPL-2.0+
/* GPIO uclass: line calls, checked against the bank's size */

#include <dm.h>
#include <gpio.h>
#include <linux/errno.h>

static const struct dm_gpio_ops *gpio_ops_for(struct udevice *dev,
					      unsigned int offset)
{
	const struct gpio_dev_priv *upriv = dev_get_uclass_priv(dev);

	if (!upriv || offset >= upriv->gpio_count)
		return NULL;

	return device_get_ops(dev);
}

int gpio_dev_direction_output(struct udevice *dev, unsigned int offset,
			      int value)
{
	const struct dm_gpio_ops *ops = gpio_ops_for(dev, offset);

	return ops ? ops->direction_output(dev, offset, value) : -EINVAL;
}

int gpio_dev_direction_input(struct udevice *dev, unsigned int offset)
{
	const struct dm_gpio_ops *ops = gpio_ops_for(dev, offset);

	return ops ? ops->direction_input(dev, offset) : -EINVAL;
}

int gpio_dev_set_value(struct udevice *dev, unsigned int offset, int value)
{
	const struct dm_gpio_ops *ops = gpio_ops_for(dev, offset);

	return ops ? ops->set_value(dev, offset, value) : -EINVAL;
}

int gpio_dev_get_value(struct udevice *dev, unsigned int offset)
{
	const struct dm_gpio_ops *ops = gpio_ops_for(dev, offset);

	return ops ? ops->get_value(dev, offset) : -EINVAL;
}

int gpio_dev_get_function(struct udevice *dev, unsigned int offset)
{
	const struct dm_gpio_ops *ops = gpio_ops_for(dev, offset);

	return ops ? ops->get_function(dev, offset) : -EINVAL;
}

UCLASS_DRIVER(gpio) = {
	.id		= UCLASS_GPIO,
	.name		= "gpio",
	.flags		= DM_UC_FLAG_SEQ_ALIAS,
	.per_device_auto	= sizeof(struct gpio_dev_priv),
};
