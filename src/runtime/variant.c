// SPDX-License-Identifier: GPL-2.0+
/*
 * Board variants (<dm/variant.h>): choosing the variant at dm_init(), the
 * board hooks, and which nodes are bound (plain) or linked (-i).
 *
 * Nothing in the core refers to this object but weakly: in the library it
 * is linked only with dtoc --variant's table (whose .setup is
 * dm_variant_setup()) or a program that calls it.
 */

#include "rt-libc.h"
#include <dm/device.h>
#include <dm/device-internal.h>
#include <dm/platdata.h>
#include <dm/root.h>
#include <dm/uclass.h>
#include <dm/uclass-internal.h>
#include <dm/variant.h>
#include "core.h"

#if CONFIG_IS_ENABLED(OF_PLATDATA_VARIANT)

/* dtoc --variant defines it; without variants its address is NULL */
#pragma weak dm_variants

__attribute__((weak)) int board_select_variant(void)
{
	return 0;
}

/* The default of board_fix_plat(): a board that does not override it
 * and has no variants costs no memory (-i then allocates nothing). */
static int default_fix_plat(int idx, const char *drv_name, int variant,
			    void **platp)
{
	(void)idx;
	(void)drv_name;
	(void)variant;
	(void)platp;

	return 0;
}

int board_fix_plat(int idx, const char *drv_name, int variant, void **platp)
	__attribute__((weak, alias("default_fix_plat")));

static const struct dm_variant_table *variant_table(void)
{
	return &dm_variants ? &dm_variants : NULL;
}

int dm_variant(void)
{
	return dm_core.root ? dm_core.variant : -1;
}

int dm_variant_count(void)
{
	const struct dm_variant_table *tab = variant_table();

	return tab ? tab->count : 1;
}

const char *dm_variant_name(int variant)
{
	const struct dm_variant_table *tab = variant_table();

	if (variant < 0 || variant >= dm_variant_count())
		return NULL;

	return tab ? tab->names[variant] : "base";
}

bool dm_variant_present(uint idx)
{
	return idx < dm_core.nnodes &&
	       (!dm_core.nodes || !dm_core.nodes[idx].absent);
}

/* The parent's idx of node @idx, or -1 for the root */
static int parent_of(struct udevice *devs, const struct driver_info *infos,
		     uint n, uint idx)
{
	int pidx;

	if (devs)
		pidx = devs[idx].parent ? (int)(devs[idx].parent - devs) : -1;
	else
		pidx = infos[idx].parent_idx;

	return pidx >= 0 && (uint)pidx < n ? pidx : -1;
}

/* Whether @idx or an ancestor is absent (bounded, in case of a cycle) */
static bool absent_above(struct udevice *devs, const struct driver_info *infos,
			 uint n, uint idx)
{
	int i = (int)idx;
	uint steps;

	for (steps = 0; i >= 0 && steps <= n; steps++) {
		if (dm_core.nodes[i].absent)
			return true;
		i = parent_of(devs, infos, n, (uint)i);
	}

	return false;
}

/* -i: the device and uclass lists with just the devices present */
static void relink(struct udevice *devs, uint n, struct udevice *root,
		   const struct dm_variant_table *tab)
{
	struct uclass *uc;
	uint i;

	list_for_each_entry(uc, dm_core.uclass_root, sibling_node)
		INIT_LIST_HEAD(&uc->dev_head);
	for (i = 0; i < n; i++) {
		INIT_LIST_HEAD(&devs[i].child_head);
		INIT_LIST_HEAD(&devs[i].sibling_node);
		INIT_LIST_HEAD(&devs[i].uclass_node);
	}
	/* idx order is dtoc's order of both kinds of list */
	for (i = 0; i < n; i++) {
		struct udevice *dev = &devs[i];

		if (dm_core.nodes[i].absent)
			continue;
		list_add_tail(&dev->uclass_node, &dev->uclass->dev_head);
		if (dev != root)
			list_add_tail(&dev->sibling_node,
				      &(dev->parent ? dev->parent : root)->child_head);
		dev->plat_ = (void *)dm_core.nodes[i].plat;
		if (tab && tab->seq)
			dev->seq_ = tab->seq[dm_core.variant * tab->nodes + i];
	}
}

int dm_variant_setup(struct udevice *inst_root)
{
	const struct dm_variant_table *tab = variant_table();
	struct udevice *devs = NULL;
	const struct driver_info *infos = NULL;
	bool changed = false;
	uint n, i;
	int v = 0;

	if (inst_root) {
		devs = ll_entry_start(struct udevice, udevice);
		n = ll_entry_count(struct udevice, udevice);
	} else {
		infos = ll_entry_start(struct driver_info, driver_info);
		n = ll_entry_count(struct driver_info, driver_info);
	}
	if (tab) {
		/* a table from another dtoc run than the lists */
		if (tab->nodes != (int)n || tab->count < 1)
			return -EINVAL;
		v = board_select_variant();
		if (v < 0)
			return v;
		if (v >= tab->count)
			return -EINVAL;
	}
	dm_core.variant = v;
	dm_core.nnodes = n;
	/* nothing to choose and nothing to fix: nothing to keep */
	if (!n || (!tab && board_fix_plat == default_fix_plat))
		return 0;
	dm_core.nodes = board_calloc(n, sizeof(*dm_core.nodes));
	if (!dm_core.nodes)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		const void *own = devs ? devs[i].plat_ : infos[i].plat;

		dm_core.nodes[i].plat = own;
		if (tab && (!devs || &devs[i] != inst_root)) {
			dm_core.nodes[i].plat = tab->plat[v * tab->nodes + i];
			dm_core.nodes[i].absent = !dm_core.nodes[i].plat;
		}
	}
	for (i = 0; i < n; i++) {
		const char *name;
		void *plat;
		int ret;

		if ((devs && &devs[i] == inst_root) ||
		    absent_above(devs, infos, n, i))
			continue;
		plat = (void *)dm_core.nodes[i].plat;
		name = devs ? devs[i].driver->name : infos[i].name;
		ret = board_fix_plat((int)i, name, v, &plat);
		if (ret < 0)
			return ret;
		if (ret == DM_FIX_PLAT_DROP) {
			dm_core.nodes[i].absent = true;
			changed = true;
		} else if (plat != dm_core.nodes[i].plat) {
			dm_core.nodes[i].plat = plat;
			changed = true;
		}
	}
	/* descendants of a node left out are left out */
	for (i = 0; i < n; i++) {
		if (!dm_core.nodes[i].absent &&
		    absent_above(devs, infos, n, i)) {
			dm_core.nodes[i].absent = true;
			changed = true;
		}
	}
	if (devs && (tab || changed))
		relink(devs, n, inst_root, tab);

	return 0;
}
#else /* !OF_PLATDATA_VARIANT */
/*
 * What dtoc's table refers to without the variant code. dm_init() does
 * not call it (root.c refuses the table itself): it only satisfies the
 * link, and refuses too if called.
 */
int dm_variant_setup(struct udevice *inst_root)
{
	(void)inst_root;

	return -ENOSYS;
}
#endif /* OF_PLATDATA_VARIANT */
