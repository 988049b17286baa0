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
#include <dm/util.h>
#include <dm/variant.h>
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

/*
 * Weak, so that the core alone does not link the variant code (variant.c):
 * dtoc --variant's table (dm_variants) refers to dm_variant_setup(), a
 * board may define board_fix_plat(). Their addresses are NULL when there
 * are none; without a table and without the hook nothing is to be done.
 */
#pragma weak dm_variant_setup
#pragma weak dm_variants
#pragma weak board_fix_plat

static int variant_setup(struct udevice *inst_root)
{
	if (CONFIG_IS_ENABLED(OF_PLATDATA_VARIANT) && dm_variant_setup)
		return dm_variant_setup(inst_root);

	/*
	 * No variant code: running the base of a variant build (a table
	 * from an older dtoc, without .setup), or not calling the board's
	 * hook, would hide the mistake
	 */
	return &dm_variants || board_fix_plat ? -ENOSYS : 0;
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
	if (!root || !&uclass_head)
		return -ENOENT;

	dm_core.inst = true;
	dm_core.uclass_root = &uclass_head;
	if (CONFIG_IS_ENABLED(OF_PLATDATA_RT)) {
		/* The flags of dtoc's records, all 0 to start with */
		dm_core.udevice_rt = board_calloc(n, sizeof(struct udevice_rt));
		if (!dm_core.udevice_rt) {
			memset(&dm_core, '\0', sizeof(dm_core));
			return -ENOMEM;
		}
		dm_core.udevice_rt_count = n;
	}
	ret = variant_setup(root);
	if (ret) {
		board_free(dm_core.nodes);
		board_free(dm_core.udevice_rt);
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
	if (dm_core.root || dm_core.uclass_root) {
		dm_warn("Virtual root driver already exists!\n");
		return -EINVAL;
	}
	if (DM_RT_HAS_INST && (!DM_RT_HAS_PLAIN || &uclass_head))
		return dm_setup_inst();
	/* dtoc -i output, and a runtime built for plain mode only */
	if (&uclass_head)
		return -ENOSYS;

	dm_core.inst = false;
	INIT_LIST_HEAD(&dm_core.uclass_head_s);
	dm_core.uclass_root = &dm_core.uclass_head_s;
	ret = variant_setup(NULL);
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
	int ret;

	if (!dm_core.root)
		return -EDEADLK;
	dm_core.pre_reloc_only = pre_reloc_only;
	if (dm_inst())
		return 0;

	ret = lists_bind_drivers(dm_core.root, pre_reloc_only);
	if (ret == -ENOENT)
		dm_warn("Some drivers were not found\n");

	return ret;
}

int dm_init_and_scan(bool pre_reloc_only)
{
	int ret;

	ret = dm_init(false);
	if (ret) {
		dm_warn("dm_init() failed: %d\n", ret);
		return ret;
	}

	return dm_scan_plat(pre_reloc_only);
}

/*
 * Probe @dev if it asked for it (DM_FLAG_PROBE_AFTER_BIND), which probes
 * its ancestors first; then do the same below it. With pre_reloc_only a
 * device whose driver lacks DM_FLAG_PRE_RELOC is not probed (there is no
 * devicetree to mark it otherwise), but its children are looked at.
 */
static int autoprobe(struct udevice *dev, bool pre_reloc_only)
{
	struct udevice *child;
	int ret;

	if ((!pre_reloc_only || (dev->driver->flags & DM_FLAG_PRE_RELOC)) &&
	    (dev_get_flags(dev) & DM_FLAG_PROBE_AFTER_BIND)) {
		ret = device_probe(dev);
		if (ret)
			return ret;
	}
	device_foreach_child(child, dev)
		autoprobe(child, pre_reloc_only);

	return 0;
}

int dm_autoprobe(void)
{
	if (!dm_core.root)
		return -EDEADLK;

	return autoprobe(dm_core.root, dm_core.pre_reloc_only);
}

#if CONFIG_IS_ENABLED(DM_DEVICE_REMOVE)
int dm_remove_devices_flags(uint flags)
{
	if (dm_core.root)
		device_remove(dm_core.root, flags);

	return 0;
}

void dm_remove_devices_active(void)
{
	/* The vital ones (clocks, ...) last: the others may need them */
	dm_remove_devices_flags(DM_REMOVE_ACTIVE_ALL | DM_REMOVE_NON_VITAL);
	dm_remove_devices_flags(DM_REMOVE_ACTIVE_ALL);
}
#endif

#if CONFIG_IS_ENABLED(DM_DEVICE_REMOVE)
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

/* Remove and unbind everything, calling the hooks */
static int dm_teardown(void)
{
	struct uclass *uc, *next;
	int ret = 0;

	if (dm_core.root) {
		/*
		 * The vital devices last, as U-Boot does; the first pass
		 * reports -EPROBE_DEFER when there are any, which is no error
		 */
		device_remove(dm_core.root, DM_REMOVE_NON_VITAL);
		keep_first(&ret, device_remove(dm_core.root, DM_REMOVE_NORMAL));
		if (dm_inst())
			keep_first(&ret, reset_inst_tree(dm_core.root));
		else
			keep_first(&ret, device_unbind(dm_core.root));
	}
	if (dm_core.uclass_root) {
		list_for_each_entry_safe(uc, next, dm_core.uclass_root,
					 sibling_node) {
			if (!dm_inst())
				keep_first(&ret, uclass_destroy(uc));
			else if (dm_is_static_data(uc->priv_))
				memset(uc->priv_, '\0',
				       (size_t)uc->uc_drv->priv_auto);
		}
	}

	return ret;
}
#else
/* No removal code: free what driver model allocated, calling no hook */
static int dm_teardown(void)
{
	struct uclass *uc, *next;

	if (dm_core.root)
		device_free_tree(dm_core.root);
	if (!dm_core.uclass_root)
		return 0;
	list_for_each_entry_safe(uc, next, dm_core.uclass_root,
				 sibling_node) {
		if (dm_inst()) {
			if (dm_is_static_data(uc->priv_))
				memset(uc->priv_, '\0',
				       (size_t)uc->uc_drv->priv_auto);
			continue;
		}
		list_del(&uc->sibling_node);
		if (uc->uc_drv->priv_auto > 0)
			board_free(uc->priv_);
		board_free(uc);
	}

	return 0;
}
#endif

int dm_uninit(void)
{
	int ret;

	ret = dm_teardown();
	board_free(dm_core.driver_rt);
	board_free(dm_core.nodes);
	board_free(dm_core.udevice_rt);
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
