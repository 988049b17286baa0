// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME meter: its private data is declared in a header that is not
 * valid UTF-8 (acme/meter.h).
 */

#include <dm.h>
#include <acme/meter.h>

static const struct udevice_id acme_meter_ids[] = {
	{ .compatible = "acme,meter" },
	{ }
};

U_BOOT_DRIVER(acme_meter) = {
	.name		= "acme_meter",
	.id		= UCLASS_MISC,
	.of_match	= acme_meter_ids,
	.priv_auto	= sizeof(struct acme_meter_priv),
};
