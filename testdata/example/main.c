// SPDX-License-Identifier: GPL-2.0+
/*
 * The example board's program: start the driver model from what dtoc
 * generated for board.dts, probe every device, and print the tree, like
 * U-Boot's "dm tree".
 */
#include <stdio.h>

#include <dm.h>
#include <dm/device-internal.h>
#include <dm/root.h>
#include <dm/util.h>

/* Probe @dev and, below it, every device (parents first, as probe does) */
static int probe_all(struct udevice *dev)
{
	struct udevice *child;
	int ret = device_probe(dev);

	if (ret) {
		fprintf(stderr, "example: probing %s failed: %d\n", dev->name,
			ret);
		return ret;
	}
	for (device_find_first_child(dev, &child); child;
	     device_find_next_child(&child)) {
		ret = probe_all(child);
		if (ret)
			return ret;
	}
	return 0;
}

int main(void)
{
	int ret = dm_init_and_scan(false);

	if (ret) {
		fprintf(stderr, "example: dm_init_and_scan failed: %d\n", ret);
		return 1;
	}
	ret = probe_all(dm_root());
	dm_dump_tree_to(stdout);
	return ret ? 1 : 0;
}
