// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME gizmo
 *
 * The table's name has capitals, which the scanner's .of_match pattern
 * does not accept: it reads only the part before the first capital.
 */

#include <dm.h>

static const struct udevice_id acme_Gizmo_ids[] = {
	{ .compatible = "acme,gizmo" },
	{ }
};

U_BOOT_DRIVER(acme_gizmo) = {
	.name		= "acme_gizmo",
	.id		= UCLASS_MISC,
	.of_match	= acme_Gizmo_ids,
};
