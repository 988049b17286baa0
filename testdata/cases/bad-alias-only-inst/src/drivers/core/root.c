// SPDX-License-Identifier: GPL-2.0+
/*
 * Root device and root uclass
 *
 * The test runtime has its own copy of these two; this one exists so that
 * the scanner sees a root driver, as it does in a full source tree. Do not
 * link it together with the runtime.
 */

#include <dm.h>

U_BOOT_DRIVER(root_driver) = {
	.name	= "root_driver",
	.id	= UCLASS_ROOT,
};

UCLASS_DRIVER(root) = {
	.name	= "root",
	.id	= UCLASS_ROOT,
};
