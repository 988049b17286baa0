// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME plain device (this file is UTF-8: café)
 */

#include <dm.h>

static const struct udevice_id acme_plain_ids[] = {
	{ .compatible = "acme,plain" },
	{ }
};

U_BOOT_DRIVER(acme_plain) = {
	.name		= "acme_plain",
	.id		= UCLASS_MISC,
	.of_match	= acme_plain_ids,
};
