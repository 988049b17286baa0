// SPDX-License-Identifier: GPL-2.0+
/* A project's own driver and uclass driver, outside any U-Boot tree. */
#include <dm.h>
#include <dt-structs.h>

#include "led.h"

static int demo_led_of_to_plat(struct udevice *dev)
{
	struct demo_led_priv *priv = dev_get_priv(dev);
	struct dtd_demo_led *dtv = dev_get_plat(dev);

	priv->label = dtv->label;
	priv->base = dtv->reg[0];
	return 0;
}

static const struct udevice_id demo_led_ids[] = {
	{ .compatible = "demo,led" },
	{ }
};

U_BOOT_DRIVER(demo_led) = {
	.name	= "demo_led",
	.id	= UCLASS_MISC,
	.of_match = demo_led_ids,
	.of_to_plat = demo_led_of_to_plat,
	.priv_auto = sizeof(struct demo_led_priv),
};

UCLASS_DRIVER(misc) = {
	.id	= UCLASS_MISC,
	.name	= "misc",
};
