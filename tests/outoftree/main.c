// SPDX-License-Identifier: GPL-2.0+
/* Start the driver model, probe the LEDs, print what they hold. */
#include <stdio.h>
#include <string.h>

#include <dm.h>
#include <dm/device-internal.h>
#include <dm/root.h>
#include <dm/uclass.h>
#include <dm/util.h>

#include "led.h"

int main(void)
{
	struct udevice *dev;
	int count = 0;

	if (dm_init_and_scan(false))
		return 1;
	for (uclass_first_device_err(UCLASS_MISC, &dev); dev;
	     uclass_next_device_err(&dev)) {
		const struct demo_led_priv *priv = dev_get_priv(dev);

		printf("led %s at %#x\n", priv->label, priv->base);
		count++;
	}
	dm_dump_tree_to(stdout);
	return count == 2 ? 0 : 1;
}
