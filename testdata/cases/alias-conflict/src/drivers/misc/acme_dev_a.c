// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME device, variant A
 */

#include <dm.h>

static const struct udevice_id acme_dev_a_ids[] = {
	{ .compatible = "acme,dev-a" },
	{ }
};

U_BOOT_DRIVER(acme_dev_a) = {
	.name		= "acme_dev_a",
	.id		= UCLASS_MISC,
	.of_match	= acme_dev_a_ids,
};

/* "acme,dev" and "acme,spare" are given to variant B too, in acme_dev_b.c:
 * which driver a node gets depends on the order the tree is read */
DM_DRIVER_ALIAS(acme_dev_a, acme_dev)
DM_DRIVER_ALIAS(acme_dev_a, acme_spare)
DM_DRIVER_ALIAS(acme_dev_a, acme_same)
