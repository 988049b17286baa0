// SPDX-License-Identifier: GPL-2.0+
/*
 * Stub driver used by CI scripts. Top-level directories whose names start
 * with ".git" are not scanned, so this driver is never found.
 */

#include <dm.h>

static const struct udevice_id acme_ci_stub_ids[] = {
	{ .compatible = "acme,ci-stub" },
	{ }
};

U_BOOT_DRIVER(acme_ci_stub) = {
	.name		= "acme_ci_stub",
	.id		= UCLASS_MISC,
	.of_match	= acme_ci_stub_ids,
};
