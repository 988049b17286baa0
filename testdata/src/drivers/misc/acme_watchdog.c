// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME watchdog
 *
 * The watchdog has no devicetree node of its own on most boards: the
 * system controller binds it by name. So it has no compatible strings.
 */

#include <dm.h>

static int acme_watchdog_probe(struct udevice *dev)
{
	return 0;
}

U_BOOT_DRIVER(acme_watchdog) = {
	.name		= "acme_watchdog",
	.id		= UCLASS_MISC,
	.probe		= acme_watchdog_probe,
};
