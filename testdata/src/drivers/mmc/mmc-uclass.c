// SPDX-License-Identifier: GPL-2.0+
/*
 * MMC uclass
 */

#include <dm.h>
#include <acme/mmc.h>

UCLASS_DRIVER(mmc) = {
	.id		= UCLASS_MMC,
	.name		= "mmc",
	.flags		= DM_UC_FLAG_SEQ_ALIAS,
	.per_device_auto	= sizeof(struct acme_mmc_uc_priv),
};
