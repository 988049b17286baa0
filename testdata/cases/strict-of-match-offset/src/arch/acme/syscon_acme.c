// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME system controllers: one table, several drivers, each matching the
 * table from its own entry on (U-Boot's syscon_rk3288.c does this).
 */

#include <dm.h>
#include <acme/syscon.h>

static const struct udevice_id acme_syscon_ids[] = {
	{ .compatible = "acme,noc", .data = ACME_SYSCON_NOC },
	{ .compatible = "acme,grf", .data = ACME_SYSCON_GRF },
	{ .compatible = "acme,pmu", .data = ACME_SYSCON_PMU },
	{ }
};

U_BOOT_DRIVER(acme_noc) = {
	.name		= "acme_noc",
	.id		= UCLASS_SYSCON,
	DM_HEADER(<acme/syscon.h>)
	.of_match	= acme_syscon_ids,
};

U_BOOT_DRIVER(acme_grf) = {
	.name		= "acme_grf",
	.id		= UCLASS_SYSCON,
	DM_HEADER(<acme/syscon.h>)
	.of_match	= acme_syscon_ids + 1,
};

U_BOOT_DRIVER(acme_pmu) = {
	.name		= "acme_pmu",
	.id		= UCLASS_SYSCON,
	DM_HEADER(<acme/syscon.h>)
	.of_match	= acme_syscon_ids + 2,
};
