// SPDX-License-Identifier: GPL-2.0+
/*
 * With -i, dt-device.c and dt-uclass.c allocate the structs the drivers
 * and uclass drivers size their data with (.priv_auto and the like), so
 * each must come from a header the generated C can include: a warning
 * for a struct no header defines, and for one two headers define (the
 * later in the sorted walk is taken). In the order the files ask for
 * them, and only for the files written.
 */
#include "resolve/resolve-internal.h"

/* Where a struct is asked for: the driver or uclass driver that names
 * it (@file, @line) and the node it is for (NULL: none). The message
 * names neither, so both stay out of the printed line (and a struct
 * asked for by many is one warning). */
static struct loc asked_at(const char *file, int line,
			   const struct node *node)
{
	return (struct loc){ .file = file, .line = line, .quiet_file = true,
			     .node = node ? node->path : NULL,
			     .quiet_node = true };
}

static void check_struct(struct ctx *ctx, const char *name, struct loc where)
{
	const struct struct_def *def;

	if (!name || !*name)
		return;
	def = sm_get(&ctx->scan->structs, name);
	if (!def)
		warn_at(ctx, DC_STRUCT_HEADER_MISSING, where,
			"cannot find header file for struct %s", name);
	else if (def->shadowed)
		warn_at(ctx, DC_STRUCT_DEFINED_TWICE, FILE_LOC(def->file, 0),
			"struct %s is defined here and in %s; using <%s>",
			name, def->shadowed->file, def->header);
}

/* dt-device.c's structs for @node: its driver's plat and priv, its
 * parent driver's per-child data, its uclass's per-device data */
static void check_device(struct ctx *ctx, const struct node *node)
{
	const struct driver *drv = node->driver;
	const struct driver *pdrv = node->parent_driver;
	const struct uclass *uc = node->uclass;

	check_struct(ctx, drv->plat, asked_at(drv->file, drv->line, node));
	check_struct(ctx, drv->priv, asked_at(drv->file, drv->line, node));
	if (pdrv) {
		struct loc at = asked_at(pdrv->file, pdrv->line, node);

		check_struct(ctx, pdrv->child_plat, at);
		check_struct(ctx, pdrv->child_priv, at);
	}
	check_struct(ctx, uc->per_dev_plat, asked_at(uc->file, uc->line, node));
	check_struct(ctx, uc->per_dev_priv, asked_at(uc->file, uc->line, node));
}

void check_struct_headers(struct ctx *ctx, const struct resolved *res,
			  bool device, bool uclass)
{
	for (int i = 0; device && i < res->valid.count; i++)
		check_device(ctx, res->valid.items[i]);
	for (int i = 0; uclass && i < res->uclasses.count; i++) {
		const struct uclass *uc = res->uclasses.items[i];

		check_struct(ctx, uc->priv, asked_at(uc->file, uc->line, NULL));
	}
}
