// SPDX-License-Identifier: GPL-2.0+
/*
 * The linker lists of drivers, uclass drivers and driver_info records, and
 * binding devices from the records, parents first.
 */

#include "rt-libc.h"
#include <dm/device.h>
#include <dm/device-internal.h>
#include <dm/lists.h>
#include <dm/platdata.h>
#include <dm/uclass.h>
#include <dm/util.h>
#include "core.h"

/*
 * Enough passes for a devicetree 10 levels deep in the worst order (each
 * child's idx below its parent's), as U-Boot allows.
 */
#define BIND_PASSES	10

struct driver *lists_driver_lookup_name(const char *name)
{
	struct driver *start = ll_entry_start(struct driver, driver);
	uint n = ll_entry_count(struct driver, driver);
	struct driver *entry;

	if (!name)
		return NULL;
	for (entry = start; entry != start + n; entry++) {
		if (entry->name && !strcmp(name, entry->name))
			return entry;
	}

	return NULL;
}

struct uclass_driver *lists_uclass_lookup(enum uclass_id id)
{
	struct uclass_driver *start;
	struct uclass_driver *entry;
	uint n;

	start = ll_entry_start(struct uclass_driver, uclass_driver);
	n = ll_entry_count(struct uclass_driver, uclass_driver);
	for (entry = start; entry != start + n; entry++) {
		if (entry->id == id)
			return entry;
	}

	return NULL;
}

/* Make sure there is a driver_rt entry for each of the @n records */
static int alloc_driver_rt(uint n)
{
	if (dm_core.driver_rt || !n)
		return 0;
	dm_core.driver_rt = board_calloc(n, sizeof(struct driver_rt));
	if (!dm_core.driver_rt)
		return -ENOMEM;
	dm_core.driver_rt_count = n;

	return 0;
}

/*
 * True if record @idx, or one of its ancestors, names a driver that
 * pre_reloc_only rules out. Such a record is never bound, so its children
 * must be dropped too rather than deferred until the passes run out.
 */
static bool record_dropped(const struct driver_info *info, uint n, int idx)
{
	uint steps;

	/* Bounded walk, in case bad records form a cycle */
	for (steps = 0; idx >= 0 && (uint)idx < n && steps < n; steps++) {
		const struct driver *drv;

		drv = lists_driver_lookup_name(info[idx].name);
		if (drv && !(drv->flags & DM_FLAG_PRE_RELOC))
			return true;
		idx = info[idx].parent_idx;
	}

	return false;
}

/*
 * One pass over the records, in idx order: bind each record whose parent
 * is bound. Returns the first error, else -EAGAIN if a record had to wait
 * for its parent, else 0.
 */
static int bind_drivers_pass(struct udevice *parent, bool pre_reloc_only)
{
	struct driver_info *info = ll_entry_start(struct driver_info,
						  driver_info);
	uint n = ll_entry_count(struct driver_info, driver_info);
	bool deferred = false;
	int result = 0;
	uint idx;

	for (idx = 0; idx < n; idx++) {
		const struct driver_info *entry = &info[idx];
		struct driver_info rec;
		struct udevice *par = parent;
		struct udevice *dev;
		int pidx = entry->parent_idx;
		int ret;

		if (dm_core.driver_rt[idx].dev || dm_node_absent(idx))
			continue;
		if (pidx != -1) {
			if (pidx < 0 || (uint)pidx >= n) {
				/* Not a record dtoc wrote */
				if (!result)
					result = -EINVAL;
				continue;
			}
			par = dm_core.driver_rt[pidx].dev;
			if (!par) {
				if (!pre_reloc_only ||
				    !record_dropped(info, n, pidx))
					deferred = true;
				continue;
			}
		}
		/* the selected variant's data (<dm/variant.h>) */
		rec = *entry;
		rec.plat = dm_node_plat(idx, entry->plat);
		ret = device_bind_by_name(par, pre_reloc_only, &rec, &dev);
		if (!ret) {
			dm_core.driver_rt[idx].dev = dev;
		} else if (ret != -EPERM) {
			/* -EPERM: ruled out by pre_reloc_only, not an error */
			dm_warn("No match for driver '%s'\n", entry->name);
			if (!result)
				result = ret;
		}
	}

	return result ? result : deferred ? -EAGAIN : 0;
}

int lists_bind_drivers(struct udevice *parent, bool pre_reloc_only)
{
	int ret;
	int pass;

	ret = alloc_driver_rt(ll_entry_count(struct driver_info, driver_info));
	if (ret)
		return ret;
	for (pass = 0; pass < BIND_PASSES; pass++) {
		ret = bind_drivers_pass(parent, pre_reloc_only);
		if (ret != -EAGAIN)
			break;
	}

	return ret;
}

int device_bind_driver(struct udevice *parent, const char *drv_name,
		       const char *dev_name, struct udevice **devp)
{
	struct driver *drv;

	if (devp)
		*devp = NULL;
	if (CONFIG_IS_ENABLED(OF_PLATDATA_NO_BIND))
		return -ENOSYS;
	drv = lists_driver_lookup_name(drv_name);
	if (!drv) {
		dm_warn("Cannot find driver '%s'\n", drv_name);
		return -ENOENT;
	}

	return device_bind_common(parent, drv, dev_name, NULL, 0, 0, devp);
}
