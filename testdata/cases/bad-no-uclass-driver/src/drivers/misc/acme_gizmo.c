// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME gizmo
 *
 * Its uclass, UCLASS_GIZMO, has no UCLASS_DRIVER() anywhere in the tree.
 */

#include <dm.h>

static const struct udevice_id acme_gizmo_ids[] = {
	{ .compatible = "acme,gizmo" },
	{ }
};

U_BOOT_DRIVER(acme_gizmo) = {
	.name		= "acme_gizmo",
	.id		= UCLASS_GIZMO,
	.of_match	= acme_gizmo_ids,
};
