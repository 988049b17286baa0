// SPDX-License-Identifier: GPL-2.0+
/*
 * Resolve: the drivers and uclasses of the valid nodes, and the checks of
 * the -i output.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/resolve-internal.h"

/* ---------------------------------------------------------- drivers */

static int cmp_uclass_id(const void *a, const void *b)
{
	const struct uclass *ua = *(struct uclass *const *)a;
	const struct uclass *ub = *(struct uclass *const *)b;

	return strcmp(ua->uclass_id, ub->uclass_id);
}

int bind_drivers(struct ctx *ctx, struct resolved *res)
{
	struct scan *scan = ctx->scan;
	bool inst = ctx->opt.instantiate;

	for (int i = 0; i < res->valid.count; i++) {
		struct node *node = res->valid.items[i];
		struct driver *drv = sm_get(&scan->drivers, node->struct_name);

		if (!drv || drv->used)
			continue;
		drv->used = true;
		if (drv->dups.count && drv->warn_dups) {
			struct strbuf others = { 0 };

			for (int k = 0; k < drv->dups.count; k++)
				sb_printf(&others, "%s%s", k ? ", " : "",
					  ((struct driver *)drv->dups.items[k])->file);
			warn_at(ctx, DC_DRIVER_DUPLICATE,
				FILE_LOC(drv->file, drv->line),
				"duplicate driver name '%s' (also in %s); using this one. Mark one with DM_PHASE() and pass -p to choose",
				drv->name, others.buf);
			sb_free(&others);
		}
	}

	for (int i = 0; i < res->valid.count; i++) {
		struct node *node = res->valid.items[i];
		struct driver *drv = sm_get(&scan->drivers, node->struct_name);
		struct uclass *uc;

		if (!drv) {
			if (!inst)
				continue;
			if (node->via_alias)
				return error_at(ctx, DC_DRIVER_MISSING,
						NODE_LOC(node),
						 "DM_DRIVER_ALIAS at %s:%d gives it driver '%s', which is not in the driver list (it needs a .id and an .of_match table, which -i reads); add them, or drop the node from this phase's devicetree",
						 node->via_alias->file,
						 node->via_alias->line,
						 node->struct_name);
			return error_at(ctx, DC_DRIVER_MISSING, NODE_LOC(node),
					 "no driver '%s' found for its compatible string; add one (U_BOOT_DRIVER or DM_DRIVER_ALIAS) or drop the node from this phase's devicetree",
					 node->struct_name);
		}
		node->driver = drv;
		uc = sm_get(&scan->uclasses, drv->uclass_id);
		if (!uc)
			return error_at(ctx, DC_UCLASS_MISSING,
					FILE_LOC(drv->file, drv->line),
					 "driver '%s' (for node '%s') has .id = %s, but no UCLASS_DRIVER with that id was found",
					 drv->name,
					 node->path, drv->uclass_id);
		node->uclass = uc;
		node->uclass_seq = uc->devs.count;
		apv_push(&ctx->arena, &uc->devs, node);

		if (node->parent && node->parent->valid) {
			struct node *parent = node->parent;
			struct driver *pdrv = sm_get(&scan->drivers,
						     parent->struct_name);

			if (!pdrv) {
				if (!inst)
					continue;
				return error_at(ctx, DC_PARENT_DRIVER_MISSING,
						NODE_LOC(node),
						 "its parent '%s' has no driver '%s'",
						 parent->path,
						 parent->struct_name);
			}
			node->parent_seq = parent->child_devs.count;
			apv_push(&ctx->arena, &parent->child_devs, node);
			node->parent_driver = pdrv;
		}
	}

	for (int i = 0; i < scan->drivers.count; i++) {
		struct driver *drv = scan->drivers.entries[i].value;
		bool seen = false;

		if (!drv->used || !drv->uclass)
			continue;
		for (int k = 0; k < res->uclasses.count && !seen; k++)
			seen = res->uclasses.items[k] == drv->uclass;
		if (!seen)
			apv_push(&ctx->arena, &res->uclasses, drv->uclass);
	}
	pv_sort(&res->uclasses, cmp_uclass_id);
	return 0;
}

/* ------------------------------------------- checks of the -i output */

int check_instances(struct ctx *ctx, struct resolved *res)
{
	for (int i = 0; i < res->valid.count; i++) {
		struct node *node = res->valid.items[i];

		if (node->parent && !node->driver->compat)
			return error_at(ctx, DC_ROOT_DRIVER_MISUSED,
					NODE_LOC(node),
					 "its compatible string names root_driver, which only the root node may use");
		if (node->parent && node->parent->parent &&
		    !node->parent->valid)
			return error_at(ctx, DC_PARENT_INVALID, NODE_LOC(node),
					"requires parent node '%s' but it is not in the valid list; give the parent the same bootph-... tags as the child, or drop the child",
					node->parent->path);
	}
	return 0;
}

