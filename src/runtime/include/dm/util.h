/* SPDX-License-Identifier: GPL-2.0+ */
/* Inspecting driver model. */
#ifndef _DM_UTIL_H
#define _DM_UTIL_H

#if __STDC_HOSTED__
#include <stdio.h>
#endif

/**
 * dm_dump_tree() - print the device tree, like U-Boot's "dm tree"
 *
 * One line per device, parents before children, children in list order:
 * uclass name, sequence number, "[ + ]" if probed, driver name, then the
 * device name indented under its parent with "|-- " / "`-- ". Prints
 * nothing but the header if driver model is not set up. The lines go to
 * the board's console, board_puts() (<dm/board.h>): stdout by default on a
 * host.
 */
void dm_dump_tree(void);

#if __STDC_HOSTED__
/**
 * dm_dump_tree_to() - dm_dump_tree() into @out (hosted builds only)
 * @out: where to print
 */
void dm_dump_tree_to(FILE *out);
#endif

#endif /* _DM_UTIL_H */
