// SPDX-License-Identifier: GPL-2.0+
/* Printing the device tree, in the manner of U-Boot's "dm tree". */

#include <stdio.h>
#include <string.h>
#include <dm/device.h>
#include <dm/uclass.h>
#include <dm/util.h>
#include "core.h"

/* Indentation kept for at most this many levels; deeper ones line up */
#define DUMP_MAX_DEPTH	32
#define DUMP_STEP	4

/*
 * Print @dev and, below it, its children. @indent holds @len characters of
 * indentation for this device's line ("|   " or "    " per ancestor level
 * below the root); @branch is "|-- ", "`-- " or, for the root, "".
 */
static void show_device(FILE *out, const struct udevice *dev, char *indent,
			size_t len, const char *branch)
{
	const struct udevice *child;
	size_t child_len = len;

	fprintf(out, " %-10.10s %4d  [ %c ]   %-20.20s  %.*s%s%s\n",
		dev->uclass->uc_drv->name, dev_seq(dev),
		device_active(dev) ? '+' : ' ', dev->driver->name,
		(int)len, indent, branch, dev->name);

	/* Children line up under this device's branch, if it has one */
	if (*branch && len + DUMP_STEP <= DUMP_MAX_DEPTH * DUMP_STEP) {
		memcpy(indent + len, strcmp(branch, "`-- ") ? "|   " : "    ",
		       DUMP_STEP);
		child_len += DUMP_STEP;
	}
	device_foreach_child(child, dev) {
		bool last = list_is_last(&child->sibling_node,
					 &dev->child_head);

		show_device(out, child, indent, child_len,
			    last ? "`-- " : "|-- ");
	}
}

void dm_dump_tree_to(FILE *out)
{
	char indent[DUMP_MAX_DEPTH * DUMP_STEP];

	fprintf(out, " Class       Seq  Probed  Driver                Name\n");
	fprintf(out, "------------------------------------------------------"
		"------------\n");
	if (dm_core.root)
		show_device(out, dm_core.root, indent, 0, "");
}
