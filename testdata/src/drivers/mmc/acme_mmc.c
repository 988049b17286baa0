// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME SD/MMC controller
 */

#include <dm.h>
#include <acme/mmc.h>
#include <acme/mmc-plat.h>
#include "acme_mmc_host.h"

static int acme_mmc_of_to_plat(struct udevice *dev)
{
	struct acme_mmc_plat *plat = dev_get_plat(dev);

	plat->bus_width = 4;

	return 0;
}

static int acme_mmc_probe(struct udevice *dev)
{
	struct acme_mmc_host *host = dev_get_priv(dev);

	host->clock_hz = 400000;
	host->cmd_count = 0;

	return 0;
}

static const struct udevice_id acme_mmc_ids[] = {
	{ .compatible = "acme,mmc" },
	{ }
};

U_BOOT_DRIVER(acme_mmc) = {
	.name		= "acme_mmc",
	.id		= UCLASS_MMC,
	.of_match	= acme_mmc_ids,
	.of_to_plat	= acme_mmc_of_to_plat,
	.probe		= acme_mmc_probe,
	.plat_auto	= sizeof(struct acme_mmc_plat),
	.priv_auto	= sizeof(struct acme_mmc_host),
};
