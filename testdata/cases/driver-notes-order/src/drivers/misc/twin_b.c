// SPDX-License-Identifier: GPL-2.0+
/* acme_twin once more, with .id but no .of_match: ignored too */

#include <dm.h>

U_BOOT_DRIVER(acme_twin) = {
	.name	= "acme_twin",
	.id	= UCLASS_MISC,
};
