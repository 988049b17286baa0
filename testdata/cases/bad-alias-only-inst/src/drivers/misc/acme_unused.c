// SPDX-License-Identifier: GPL-2.0+
/*
 * Drivers no node of the case uses: what the scanner says of them
 * concerns another board (notes, not warnings).
 */

#include <dm.h>

static const struct udevice_id acme_unused_ids[] = {
	{ .compatible = "acme,unused" },
	{ }
};

U_BOOT_DRIVER(acme_unused) = {
	.name		= "acme_unused",
	.of_match	= acme_unused_ids,
};

U_BOOT_DRIVER(acme_spare) = {
	.name		= "acme_spare",
	.id		= UCLASS_MISC,
	.of_match	= acme_unused_ids + 1,
	.priv_auto	= 4,
};

U_BOOT_DRIVER(acme_odd) = {
	.name		= "acme_odd",
	.id		= UCLASS_MISC,
	.of_match	= acme_unused_ids /* a comment */,
};
