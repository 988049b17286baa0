// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME gizmo
 *
 * The .of_match line names a table that is not defined in this file (it
 * was renamed), which the scanner reports as an error.
 */

#include <dm.h>

static const struct udevice_id acme_gadget_ids[] = {
	{ .compatible = "acme,gizmo" },
	{ }
};

U_BOOT_DRIVER(acme_gizmo) = {
	.name		= "acme_gizmo",
	.id		= UCLASS_MISC,
	.of_match	= acme_gizmo_ids,
};
