// SPDX-License-Identifier: GPL-2.0+
/* acme_twin declared twice here, without .id: both ignored */

#include <dm.h>

U_BOOT_DRIVER(acme_twin) = {
	.name	= "acme_twin",
};

U_BOOT_DRIVER(acme_twin) = {
	.name	= "acme_twin",
};
