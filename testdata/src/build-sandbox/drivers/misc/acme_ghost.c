// SPDX-License-Identifier: GPL-2.0+
/*
 * A copy of a driver left in a build directory. Top-level directories whose
 * names start with "build" are not scanned, so this driver is never found.
 */

#include <dm.h>

static const struct udevice_id acme_ghost_ids[] = {
	{ .compatible = "acme,ghost" },
	{ }
};

U_BOOT_DRIVER(acme_ghost) = {
	.name		= "acme_ghost",
	.id		= UCLASS_MISC,
	.of_match	= acme_ghost_ids,
};
