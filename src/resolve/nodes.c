// SPDX-License-Identifier: GPL-2.0+
/*
 * Resolve: the valid nodes, their C names and order, their drivers' names,
 * and 64-bit reg values.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/resolve-internal.h"

int collect_nodes(struct ctx *ctx, struct resolved *res,
			 struct node *node)
{
	for (int i = 0; i < node->nchildren; i++) {
		struct node *sub = node->children[i];

		if (node_prop(sub, "compatible")) {
			const struct prop *status = node_prop(sub, "status");
			bool disabled = status && status->val.type == PT_STRING &&
					!status->val.is_list &&
					!strcmp(status->val.elems[0].str,
						"disabled");

			if (ctx->opt.include_disabled && !status)
				return error_at(ctx, DC_STATUS_MISSING,
						NODE_LOC(sub),
						 "has no status property, which U-Boot's dtoc cannot handle with --include-disabled; add status = \"okay\" or drop --include-disabled");
			/* U-Boot's dtoc leaves disabled nodes out even with
			 * --include-disabled; the output must match it */
			if (!disabled)
				apv_push(&ctx->arena, &res->valid_in_order, sub);
			else if (ctx->opt.include_disabled)
				warn_at(ctx, DC_DISABLED_LEFT_OUT,
					NODE_LOC(sub),
					"left out although --include-disabled is given, as U-Boot's dtoc does");
		}
		if (collect_nodes(ctx, res, sub))
			return DTOC_ERR_INPUT;
	}
	return 0;
}

struct sort_item {
	struct node *node;
	int order;
};

static int cmp_by_c_name(const void *a, const void *b)
{
	const struct sort_item *ia = a, *ib = b;
	int cmp = strcmp(ia->node->var_name, ib->node->var_name);

	return cmp ? cmp : ia->order - ib->order;
}

/*
 * The driver name for a node: the first compatible string (as a C name)
 * that names a driver or a driver alias, else the first one, reported
 * as missing.
 */
static int driver_name_for(struct ctx *ctx, struct node *node,
			   struct strmap *missing)
{
	struct scan *scan = ctx->scan;

	if (!node->parent) {
		node->struct_name = "root_driver";
	} else {
		const struct prop *compat = node_prop(node, "compatible");

		if (compat->val.type != PT_STRING)
			return error_at(ctx, DC_COMPATIBLE_INVALID,
					NODE_LOC(node),
					 "compatible must be a string or a list of strings");
		for (int i = 0; i < compat->val.count; i++) {
			char *c = conv_name_to_c(&ctx->arena,
						 compat->val.elems[i].str);
			const struct driver_alias *alias;

			if (sm_has(&scan->drivers, c)) {
				node->struct_name = c;
				return 0;
			}
			alias = sm_get(&scan->driver_aliases, c);
			if (alias) {
				node->struct_name = alias->driver;
				node->via_alias = alias;
				return 0;
			}
		}
		node->struct_name = conv_name_to_c(&ctx->arena,
						   compat->val.elems[0].str);
	}
	if (!sm_has(&scan->drivers, node->struct_name) &&
	    !sm_has(missing, node->struct_name))
		sm_put_const(missing, node->struct_name, node->path);
	return 0;
}

/* A driver whose .of_match lists one of @node's compatible strings (the
 * first, in the node's order), and that string; NULL if none */
static const struct driver *matching_driver(struct ctx *ctx,
					    const struct node *node,
					    const char **compatp)
{
	const struct prop *compat = node_prop(node, "compatible");
	const struct strmap *drivers = &ctx->scan->drivers;

	for (int i = 0; compat && i < compat->val.count; i++) {
		for (int d = 0; d < drivers->count; d++) {
			const struct driver *drv = drivers->entries[d].value;

			for (int k = 0; drv->compat && k < drv->compat->count;
			     k++) {
				if (strcmp(drv->compat->entries[k].compat,
					   compat->val.elems[i].str))
					continue;
				*compatp = compat->val.elems[i].str;
				return drv;
			}
		}
	}
	return NULL;
}

/* A node whose driver is not found. of-platdata finds a driver by the
 * name in U_BOOT_DRIVER(), not by .of_match: where a driver of another
 * name lists the compatible, the fix is an alias to it. */
static void warn_missing(struct ctx *ctx, const char *name, const char *path)
{
	const struct node *node = dt_find_path(ctx->dt, path);
	const char *compat = NULL;
	const struct driver *drv = node ? matching_driver(ctx, node, &compat) :
					  NULL;

	if (drv)
		warn_at(ctx, DC_DRIVER_NAME_MISMATCH, NODE_LOC(node),
			"the driver %s was not found in the driver list: U_BOOT_DRIVER(%s) at %s:%d lists '%s' in its .of_match, but of-platdata looks a driver up by the name in U_BOOT_DRIVER(), so add DM_DRIVER_ALIAS(%s, %s) (or name the driver %s)",
			name, drv->name, drv->file, drv->line, compat,
			drv->name, conv_name_to_c(&ctx->arena, compat), name);
	else
		warn_at(ctx, DC_DRIVER_MISSING, (struct loc){ .node = path },
			"the driver %s was not found in the driver list (add a U_BOOT_DRIVER(%s) or a DM_DRIVER_ALIAS)",
			name, name);
}

int prepare_nodes(struct ctx *ctx, struct resolved *res)
{
	int n = res->valid_in_order.count;
	struct sort_item *items = xmalloc((n ? n : 1) * sizeof(*items));
	struct strmap missing = { 0 };
	struct strmap names = { 0 };
	int ret = 0;

	for (int i = 0; i < n; i++) {
		struct node *node = res->valid_in_order.items[i];

		node->var_name = conv_name_to_c(&ctx->arena, node->name);
		items[i].node = node;
		items[i].order = i;
	}
	qsort(items, n, sizeof(*items), cmp_by_c_name);
	for (int i = 0; i < n && !ret; i++) {
		struct node *node = items[i].node;
		const struct node *other = sm_get(&names, node->var_name);

		node->valid = true;
		node->idx = i;
		node->seq = -1;
		apv_push(&ctx->arena, &res->valid, node);
		ret = driver_name_for(ctx, node, &missing);
		if (ret)
			break;
		if (!is_c_identifier(node->var_name))
			ret = error_at(ctx, DC_NAME_INVALID, NODE_LOC(node),
					"its C name '%s' is not a valid C identifier",
					node->var_name);
		else if (other)
			ret = error_at(ctx, DC_NAME_CLASH, NODE_LOC(node),
				       "has the same C name '%s' as node '%s'; the generated C would define it twice",
				       node->var_name, other->path);
		else if (!is_c_identifier(node->struct_name))
			ret = error_at(ctx, DC_NAME_INVALID, NODE_LOC(node),
					"its struct name 'dtd_%s' is not a valid C identifier",
					node->struct_name);
		sm_put(&names, node->var_name, node);
	}
	for (int i = 0; !ret && i < missing.count; i++)
		warn_missing(ctx, missing.entries[i].key,
			     missing.entries[i].value);
	sm_free(&missing);
	sm_free(&names);
	free(items);
	return ret;
}

/* ------------------------------------------------------------- reg */

int convert_reg(struct ctx *ctx, struct node *node)
{
	struct prop *reg = node_prop(node, "reg");
	uint32_t na = 2, ns = 2;

	if (!reg)
		return 0;
	if (node->parent) {
		const struct prop *p;

		if (!node->parent->nprops)
			return error_at(ctx, DC_REG_SIZE_UNKNOWN,
					NODE_LOC(node),
					 "its parent '%s' has no properties, so the size of 'reg' is unknown - do you need bootph-pre-ram or similar in the parent?",
					 node->parent->path);
		p = node_prop(node->parent, "#address-cells");
		if (p && prop_single_cell(ctx, node->parent, p, &na))
			return DTOC_ERR_INPUT;
		p = node_prop(node->parent, "#size-cells");
		if (p && prop_single_cell(ctx, node->parent, p, &ns))
			return DTOC_ERR_INPUT;
	}
	if (reg->val.type != PT_INT)
		return error_at(ctx, DC_REG_INVALID, NODE_LOC(node),
				 "reg must be a list of cells, but it is %d bytes long",
				 reg->len);
	reg->val.is_list = true;
	if (na + ns == 0)
		return error_at(ctx, DC_REG_INVALID, NODE_LOC(node),
				 "has a reg property but its parent sets #address-cells and #size-cells to 0");
	if (reg->val.count % (na + ns))
		return error_at(ctx, DC_REG_INVALID, NODE_LOC(node),
				 "reg has %d cells, which is not a multiple of #address-cells + #size-cells = %u + %u (from '%s')",
				 reg->val.count, na, ns,
				 node->parent ? node->parent->path : "defaults");
	if (na <= 1 && ns <= 1)
		return 0;

	/* 64-bit values: at most two cells of each are used, as the
	 * reference does */
	int pairs = reg->val.count / (na + ns);
	struct elem *vals = arena_alloc(&ctx->arena,
					2 * pairs * sizeof(*vals) + 1);
	const struct elem *in = reg->val.elems;

	for (int i = 0; i < pairs; i++) {
		uint32_t cells[2] = { na, ns };

		for (int k = 0; k < 2; k++) {
			uint64_t v = 0;

			if (cells[k]) {
				v = in[0].cell;
				if (cells[k] == 2)
					v = v << 32 | in[1].cell;
			}
			in += cells[k];
			vals[2 * i + k].kind = EK_U64;
			vals[2 * i + k].u64 = v;
		}
	}
	reg->val.type = PT_INT64;
	reg->val.count = 2 * pairs;
	reg->val.elems = vals;
	return 0;
}
