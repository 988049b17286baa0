// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME legacy device
 *
 * Written by René (this file is ISO-8859-1, not UTF-8, so the scanner
 * skips it)
 */

#include <dm.h>

static const struct udevice_id acme_legacy_ids[] = {
	{ .compatible = "acme,legacy" },
	{ }
};

U_BOOT_DRIVER(acme_legacy) = {
	.name		= "acme_legacy",
	.id		= UCLASS_MISC,
	.of_match	= acme_legacy_ids,
};
