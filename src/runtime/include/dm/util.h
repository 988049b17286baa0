/* SPDX-License-Identifier: GPL-2.0+ */
/* Inspecting driver model. */
#ifndef _DM_UTIL_H
#define _DM_UTIL_H

#include <stdio.h>

/**
 * dm_dump_tree_to() - print the device tree, like U-Boot's "dm tree"
 * @out: where to print
 *
 * One line per device, parents before children, children in list order:
 * uclass name, sequence number, "[ + ]" if probed, driver name, then the
 * device name indented under its parent with "|-- " / "`-- ". Prints
 * nothing but the header if driver model is not set up.
 */
void dm_dump_tree_to(FILE *out);

#endif /* _DM_UTIL_H */
