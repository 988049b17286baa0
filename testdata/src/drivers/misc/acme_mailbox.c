// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME mailbox
 *
 * The uclass is chosen by a macro so that boards without a mailbox
 * uclass can still use the driver as a plain misc device.
 */

#include <dm.h>

#define ACME_MBOX_UCLASS	UCLASS_MISC

static int acme_mailbox_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_mailbox_ids[] = {
	{ .compatible = "acme,mailbox" },
	{ }
};

U_BOOT_DRIVER(acme_mailbox) = {
	.name		= "acme_mailbox",
	.id		= ACME_MBOX_UCLASS,
	.of_match	= acme_mailbox_ids,
	.probe		= acme_mailbox_probe,
};
