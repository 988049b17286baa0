// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME timer: the driver lists "acme,timer" in its .of_match but is
 * declared as U_BOOT_DRIVER(timer_acme). With a devicetree, U-Boot
 * matches it; with of-platdata, a driver is looked up by the name in
 * U_BOOT_DRIVER(), so a node "acme,timer" finds no driver (acme_timer).
 */

#include <dm.h>

static const struct udevice_id acme_timer_ids[] = {
	{ .compatible = "acme,timer-v2" },
	{ .compatible = "acme,timer" },
	{ }
};

U_BOOT_DRIVER(timer_acme) = {
	.name		= "acme_timer",
	.id		= UCLASS_MISC,
	.of_match	= acme_timer_ids,
};
