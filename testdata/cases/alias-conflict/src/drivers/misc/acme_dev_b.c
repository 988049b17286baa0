// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME device, variant B
 */

#include <dm.h>

static const struct udevice_id acme_dev_b_ids[] = {
	{ .compatible = "acme,dev-b" },
	{ }
};

U_BOOT_DRIVER(acme_dev_b) = {
	.name		= "acme_dev_b",
	.id		= UCLASS_MISC,
	.of_match	= acme_dev_b_ids,
};

/* "acme,same" repeats acme_dev_a.c's alias for the same driver: no clash */
DM_DRIVER_ALIAS(acme_dev_b, acme_dev)
DM_DRIVER_ALIAS(acme_dev_b, acme_spare)
DM_DRIVER_ALIAS(acme_dev_a, acme_same)
