// SPDX-License-Identifier: GPL-2.0+
/*
 * Gizmo uclass
 *
 * The uclass ID comes from a macro, so the scanner finds no .id = UCLASS_...
 * line, which it reports as an error.
 */

#include <dm.h>

#define GIZMO_UCLASS	UCLASS_MISC

UCLASS_DRIVER(gizmo) = {
	.name		= "gizmo",
	.id		= GIZMO_UCLASS,
};
