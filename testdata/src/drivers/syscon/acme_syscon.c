// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME system controllers: one driver for the general register file and
 * the power-management unit, told apart by the driver data.
 */

#include <dm.h>
#include <acme/syscon.h>

static int acme_syscon_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_syscon_ids[] = {
	{ .compatible = "acme,syscon" },
	{ .compatible = "acme,grf", .data = ACME_SYSCON_GRF },
	{ .compatible = "acme,pmugrf", .data = ACME_SYSCON_PMU },
	{ }
};

U_BOOT_DRIVER(acme_syscon) = {
	.name		= "acme_syscon",
	.id		= UCLASS_SYSCON,
	.of_match	= acme_syscon_ids,
	.probe		= acme_syscon_probe,
	DM_HEADER(<acme/syscon.h>)
};
