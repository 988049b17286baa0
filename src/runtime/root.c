// SPDX-License-Identifier: GPL-2.0+
/*
 * Starting and stopping driver model, and the root device: its driver and
 * its uclass driver live here, since every program needs them (dtoc also
 * finds them here when it scans this directory).
 */

#include "rt-libc.h"
#include <dm/device.h>
#include <dm/device-internal.h>
#include <dm/lists.h>
#include <dm/platdata.h>
#include <dm/root.h>
#include <dm/uclass.h>
#include <dm/uclass-internal.h>
#include "core.h"

struct dm_core dm_core;

/*
 * dtoc -i defines uclass_head in dt-uclass.c (<dm/root.h> declares it).
 * Weak here: a plain-mode program does not define it, and its address is
 * then NULL, which is how driver model tells the two modes apart.
 */
#pragma weak uclass_head

/* What dm_init() binds the root device from in plain mode */
static const struct driver_info root_info = {
	.name		= "root_driver",
	.parent_idx	= -1,
};

struct udevice *dm_root(void)
{
	return dm_core.root;
}

/* Start in inst mode: everything is already in dtoc's records */
static int dm_setup_inst(void)
{
	struct udevice *start = ll_entry_start(struct udevice, udevice);
	uint n = ll_entry_count(struct udevice, udevice);
	const struct driver *root_drv = DM_DRIVER_GET(root_driver);
	struct udevice *root = NULL;
	struct udevice *child;
	uint i;
	int ret;

	for (i = 0; i < n; i++) {
		if (start[i].driver == root_drv) {
			root = &start[i];
			break;
		}
	}
	if (!root)
		return -ENOENT;

	dm_core.inst = true;
	dm_core.uclass_root = &uclass_head;
	ret = dm_variant_setup(root);
	if (ret) {
		board_free(dm_core.nodes);
		memset(&dm_core, '\0', sizeof(dm_core));
		return ret;
	}
	dm_core.root = root;
	/*
	 * dtoc links the top-level devices into the root's child list but
	 * only writes .parent for deeper ones; point them at the root so that
	 * dev_get_parent() and the walks up the tree work for every device.
	 */
	device_foreach_child(child, root) {
		if (!child->parent)
			child->parent = root;
	}

	return 0;
}

int dm_init(bool of_live)
{
	struct udevice *root;
	int ret;

	(void)of_live;
	if (dm_core.root || dm_core.uclass_root)
		return -EINVAL;
	if (&uclass_head)
		return dm_setup_inst();

	dm_core.inst = false;
	INIT_LIST_HEAD(&dm_core.uclass_head_s);
	dm_core.uclass_root = &dm_core.uclass_head_s;
	ret = dm_variant_setup(NULL);
	if (!ret)
		ret = device_bind_by_name(NULL, false, &root_info, &root);
	if (ret) {
		dm_uninit();
		return ret;
	}
	dm_core.root = root;
	ret = device_probe(root);
	if (ret) {
		dm_uninit();
		return ret;
	}

	return 0;
}

int dm_scan_plat(bool pre_reloc_only)
{
	if (!dm_core.root)
		return -EDEADLK;
	if (dm_core.inst)
		return 0;

	return lists_bind_drivers(dm_core.root, pre_reloc_only);
}

int dm_init_and_scan(bool pre_reloc_only)
{
	int ret;

	ret = dm_init(false);
	if (ret)
		return ret;

	return dm_scan_plat(pre_reloc_only);
}

/*
 * Put an instantiated tree back as dtoc wrote it: unbind devices that were
 * bound at run time under it, and reset the static ones.
 */
static int reset_inst_tree(struct udevice *dev)
{
	struct udevice *child, *next;
	int ret = 0;

	device_foreach_child_safe(child, next, dev) {
		if (dev_get_flags(child) & DM_FLAG_ALLOC_DEV)
			keep_first(&ret, device_unbind(child));
		else
			keep_first(&ret, reset_inst_tree(child));
	}
	device_reset_inst(dev);

	return ret;
}

int dm_uninit(void)
{
	struct uclass *uc, *next;
	int ret = 0;

	if (dm_core.root) {
		keep_first(&ret, device_remove(dm_core.root, DM_REMOVE_NORMAL));
		if (dm_core.inst)
			keep_first(&ret, reset_inst_tree(dm_core.root));
		else
			keep_first(&ret, device_unbind(dm_core.root));
	}
	if (dm_core.uclass_root) {
		list_for_each_entry_safe(uc, next, dm_core.uclass_root,
					 sibling_node) {
			if (!dm_core.inst)
				keep_first(&ret, uclass_destroy(uc));
			else if (dm_is_static_data(uc->priv_))
				memset(uc->priv_, '\0',
				       (size_t)uc->uc_drv->priv_auto);
		}
	}
	board_free(dm_core.driver_rt);
	board_free(dm_core.nodes);
	memset(&dm_core, '\0', sizeof(dm_core));

	return ret;
}

/* The root device's driver: every other device descends from it */
U_BOOT_DRIVER(root_driver) = {
	.name	= "root_driver",
	.id	= UCLASS_ROOT,
};

/* The root device's uclass */
UCLASS_DRIVER(root) = {
	.name	= "root",
	.id	= UCLASS_ROOT,
};
