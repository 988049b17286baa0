// SPDX-License-Identifier: GPL-2.0+
/*
 * Resolve: from the devicetree and what the sources declare, work out
 * everything the emitters print: the valid nodes and their order, names,
 * drivers and uclasses, 64-bit reg values, the widened dtd_ structs,
 * phandles, aliases and sequence numbers.
 *
 * Each step follows the reference, in its order, so that an input that
 * makes it fail makes dtoc fail too (with a clearer message).
 */
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "dtoc.h"

/* Properties that never become struct members (nor do any named #...) */
static const char *const ignored_props[] = {
	"#address-cells", "#gpio-cells", "#size-cells", "compatible",
	"linux,phandle", "status", "phandle", "bootph-all",
	"bootph-pre-sram", "bootph-pre-ram",
};

/* Properties holding phandles, by name suffix, and their cells property */
static const struct {
	const char *suffix;
	const char *cells;
} phandle_props[] = {
	{ "clocks", "#clock-cells" },
	{ "interrupts-extended", "#interrupt-cells" },
	{ "gpios", "#gpio-cells" },
	{ "sandbox,emul", "#emul-cells" },
};

bool prop_is_member(const char *name)
{
	if (name[0] == '#')
		return false;
	for (size_t i = 0; i < sizeof(ignored_props) / sizeof(*ignored_props);
	     i++) {
		if (!strcmp(name, ignored_props[i]))
			return false;
	}
	return true;
}

const char *phandle_cells_prop(const char *name)
{
	size_t len = strlen(name);
	const char *cells = NULL;

	for (size_t i = 0; i < sizeof(phandle_props) / sizeof(*phandle_props);
	     i++) {
		size_t slen = strlen(phandle_props[i].suffix);

		if (len >= slen && !strcmp(name + len - slen,
					   phandle_props[i].suffix))
			cells = phandle_props[i].cells;
	}
	return cells;
}

/* A property that must hold exactly one cell, e.g. #address-cells */
static int single_cell(struct ctx *ctx, const struct node *node,
		       const struct prop *prop, uint32_t *out)
{
	if (prop->val.type != PT_INT || prop->val.is_list ||
	    prop->val.elems[0].kind != EK_CELL)
		return error_at(ctx, NODE_LOC(node),
				 "property '%s' must be a single cell (<n>), but it is %d bytes long",
				 prop->name, prop->len);
	*out = prop->val.elems[0].cell;
	return 0;
}

bool holds_phandles(const char *name, const struct binding_type *bt)
{
	if (bt)
		return bt->base == BT_PHANDLE || bt->base == BT_PHANDLE_ARRAY;
	return phandle_cells_prop(name);
}

int phandle_info(struct ctx *ctx, const struct node *node, const char *pname,
		 const struct value *val, struct phandle_info *info)
{
	return phandle_info_typed(ctx, node, pname, NULL, val, info);
}

int phandle_info_typed(struct ctx *ctx, const struct node *node,
		       const char *pname, const struct binding_type *bt,
		       const struct value *val, struct phandle_info *info)
{
	/* typed values were checked against the same rules by typing.c */
	const char *cells_name = !bt ? phandle_cells_prop(pname) :
				 bt->base == BT_PHANDLE ? NULL :
				 cells_prop_for(&ctx->arena, pname);
	int i = 0;

	memset(info, 0, sizeof(*info));
	info->args = arena_alloc(&ctx->arena, val->count * sizeof(int));
	while (i < val->count) {
		const struct elem *e = &val->elems[i];

		if (e->kind != EK_CELL)
			return error_at(ctx, NODE_LOC(node),
					 "property '%s' should hold phandles (<&label ...>), not %s",
					 pname,
					 val->type == PT_STRING ? "a string" :
					 val->type == PT_BOOL ? "nothing" :
								"bytes");
		if (!e->cell)
			break; /* the rest is padding */
		struct node *target = dt_find_phandle(ctx->dt, e->cell);

		if (!target)
			return error_at(ctx, NODE_LOC(node),
					 "property '%s' refers to phandle %#x, which no node has",
					 pname, e->cell);
		const struct prop *cells = cells_name ?
			node_prop(target, cells_name) : NULL;
		uint32_t nargs = 0;

		if (bt && !cells)
			nargs = bt->base == BT_PHANDLE ? 0 : bt->fixed_args;
		else if (!cells)
			return error_at(ctx, NODE_LOC(node),
					 "property '%s' refers to node '%s', which has no '%s' property",
					 pname, target->path,
					 cells_name);
		else if (single_cell(ctx, target, cells, &nargs))
			return DTOC_ERR_INPUT;
		/* (no property holds that many: i would overflow) */
		if (nargs > INT_MAX / 2)
			return error_at(ctx, NODE_LOC(node),
					 "property '%s': phandle %d of node '%s' needs %u args, but the property ends before them",
					 pname, info->count, target->path,
					 nargs);
		if ((int)nargs > info->max_args)
			info->max_args = nargs;
		info->args[info->count++] = nargs;
		i += 1 + nargs;
	}
	return 0;
}

/* ---------------------------------------------------------- nodes */

static int collect_nodes(struct ctx *ctx, struct resolved *res,
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
				return error_at(ctx, NODE_LOC(sub),
						 "has no status property, which U-Boot's dtoc cannot handle with --include-disabled; add status = \"okay\" or drop --include-disabled");
			/* U-Boot's dtoc leaves disabled nodes out even with
			 * --include-disabled; the output must match it */
			if (!disabled)
				apv_push(&ctx->arena, &res->valid_in_order, sub);
			else if (ctx->opt.include_disabled)
				warn_at(ctx, NODE_LOC(sub),
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
			return error_at(ctx, NODE_LOC(node),
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
		sm_put(missing, node->struct_name, (void *)node->path);
	return 0;
}

static int prepare_nodes(struct ctx *ctx, struct resolved *res)
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
			ret = error_at(ctx, NODE_LOC(node),
					"its C name '%s' is not a valid C identifier",
					node->var_name);
		else if (other)
			ret = error_at(ctx, NODE_LOC(node),
				       "has the same C name '%s' as node '%s'; the generated C would define it twice",
				       node->var_name, other->path);
		else if (!is_c_identifier(node->struct_name))
			ret = error_at(ctx, NODE_LOC(node),
					"its struct name 'dtd_%s' is not a valid C identifier",
					node->struct_name);
		sm_put(&names, node->var_name, node);
	}
	for (int i = 0; !ret && i < missing.count; i++)
		warn_at(ctx, (struct loc){ .node = missing.entries[i].value },
			"the driver %s was not found in the driver list (add a U_BOOT_DRIVER(%s) or a DM_DRIVER_ALIAS)",
			missing.entries[i].key, missing.entries[i].key);
	sm_free(&missing);
	sm_free(&names);
	free(items);
	return ret;
}

/* ------------------------------------------------------------- reg */

static int convert_reg(struct ctx *ctx, struct node *node)
{
	struct prop *reg = node_prop(node, "reg");
	uint32_t na = 2, ns = 2;

	if (!reg)
		return 0;
	if (node->parent) {
		const struct prop *p;

		if (!node->parent->nprops)
			return error_at(ctx, NODE_LOC(node),
					 "its parent '%s' has no properties, so the size of 'reg' is unknown - do you need bootph-pre-ram or similar in the parent?",
					 node->parent->path);
		p = node_prop(node->parent, "#address-cells");
		if (p && single_cell(ctx, node->parent, p, &na))
			return DTOC_ERR_INPUT;
		p = node_prop(node->parent, "#size-cells");
		if (p && single_cell(ctx, node->parent, p, &ns))
			return DTOC_ERR_INPUT;
	}
	if (reg->val.type != PT_INT)
		return error_at(ctx, NODE_LOC(node),
				 "reg must be a list of cells, but it is %d bytes long",
				 reg->len);
	reg->val.is_list = true;
	if (na + ns == 0)
		return error_at(ctx, NODE_LOC(node),
				 "has a reg property but its parent sets #address-cells and #size-cells to 0");
	if (reg->val.count % (na + ns))
		return error_at(ctx, NODE_LOC(node),
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

/* --------------------------------------------------------- structs */

struct dtd_struct *node_struct(const struct resolved *res,
			       const struct node *node)
{
	return sm_get(&res->structs, node->struct_name);
}

struct field *struct_field(const struct dtd_struct *st, const char *name)
{
	for (int i = 0; i < st->fields.count; i++) {
		struct field *f = st->fields.items[i];

		if (!strcmp(f->name, name))
			return f;
	}
	return NULL;
}

static int widen_error(struct ctx *ctx, const struct node *node,
		       const char *pname, const char *why)
{
	return error_at(ctx, NODE_LOC(node),
			 "property '%s' %s (struct dtd_%s); U-Boot's dtoc fails here too",
			 pname, why, node->struct_name);
}

static int cmp_fields(const void *a, const void *b)
{
	const struct field *fa = *(struct field *const *)a;
	const struct field *fb = *(struct field *const *)b;

	return strcmp(fa->name, fb->name);
}

static int cmp_structs(const void *a, const void *b)
{
	const struct dtd_struct *sa = *(struct dtd_struct *const *)a;
	const struct dtd_struct *sb = *(struct dtd_struct *const *)b;

	return strcmp(sa->name, sb->name);
}

static int build_structs(struct ctx *ctx, struct resolved *res)
{
	const char *why = NULL;

	for (int i = 0; i < res->valid.count; i++) {
		struct node *node = res->valid.items[i];
		struct dtd_struct *st = node_struct(res, node);

		if (!st) {
			st = arena_alloc(&ctx->arena, sizeof(*st));
			st->name = node->struct_name;
			sm_put(&res->structs, st->name, st);
			apv_push(&ctx->arena, &res->struct_order, st);
		}
		for (int p = 0; p < node->nprops; p++) {
			struct prop *prop = &node->props[p];
			struct field *f;

			if (!prop_is_member(prop->name))
				continue;
			f = struct_field(st, prop->name);
			if (f) {
				if (value_widen(&ctx->arena, &f->val, &prop->val,
						&why))
					return widen_error(ctx, node,
							   prop->name, why);
				continue;
			}
			f = arena_alloc(&ctx->arena, sizeof(*f));
			f->name = prop->name;
			f->c_name = conv_name_to_c(&ctx->arena, prop->name);
			f->bt = prop->bt;
			value_copy(&ctx->arena, &f->val, &prop->val);
			apv_push(&ctx->arena, &st->fields, f);
		}
	}
	typing_add_flags(ctx, res);
	for (int i = 0; i < res->valid.count; i++) {
		struct node *node = res->valid.items[i];
		struct dtd_struct *st = node_struct(res, node);

		for (int p = 0; p < node->nprops; p++) {
			struct prop *prop = &node->props[p];

			if (!prop_is_member(prop->name))
				continue;
			const struct value *fv =
				&struct_field(st, prop->name)->val;

			if (value_widen(&ctx->arena, &prop->val, fv, &why))
				return widen_error(ctx, node, prop->name, why);
			if (holds_phandles(prop->name, prop->bt))
				continue; /* see check_phandles() */
			/* "{x}" for a scalar is valid C; more values are not */
			if (prop->val.count > fv->count)
				return error_at(ctx, NODE_LOC(node),
						 "property '%s' becomes %d values, but member '%s' of struct dtd_%s holds %d%s; U-Boot's dtoc writes C that loses values here",
						 prop->name,
						 prop->val.count,
						 conv_name_to_c(&ctx->arena, prop->name),
						 st->name, fv->count,
						 fv->is_list ? "" : " (not an array)");
		}
	}

	/* sorted members; each must be a distinct C identifier */
	pv_sort(&res->struct_order, cmp_structs);
	for (int i = 0; i < res->struct_order.count; i++) {
		struct dtd_struct *st = res->struct_order.items[i];

		pv_sort(&st->fields, cmp_fields);
		for (int k = 0; k < st->fields.count; k++) {
			struct field *f = st->fields.items[k];

			if (!is_c_identifier(f->c_name))
				return set_error(ctx,
						 "property '%s' (struct dtd_%s): its C name '%s' is not a valid C identifier",
						 f->name, st->name, f->c_name);
			for (int j = 0; j < k; j++) {
				struct field *g = st->fields.items[j];

				if (!strcmp(f->c_name, g->c_name))
					return set_error(ctx,
							 "properties '%s' and '%s' (struct dtd_%s) both become member '%s'",
							 g->name, f->name, st->name,
							 f->c_name);
			}
		}
	}
	return 0;
}

/* Phandle properties: every target must exist with its #...-cells, and
 * each node's entries must fit the struct's array. */
static int check_phandles(struct ctx *ctx, struct resolved *res)
{
	for (int i = 0; i < res->valid.count; i++) {
		struct node *node = res->valid.items[i];
		struct dtd_struct *st = node_struct(res, node);

		for (int p = 0; p < node->nprops; p++) {
			struct prop *prop = &node->props[p];
			struct phandle_info mine, sized;
			struct field *f;

			if (!prop_is_member(prop->name) ||
			    !holds_phandles(prop->name, prop->bt))
				continue;
			prop->val.is_list = true;
			if (phandle_info_typed(ctx, node, prop->name, prop->bt,
					       &prop->val, &mine))
				return DTOC_ERR_INPUT;
			f = struct_field(st, prop->name);
			f->val.is_list = true;
			if (f->bt) {
				/* sized from every node, not the first */
				if (mine.count > f->nphandles)
					f->nphandles = mine.count;
				if (mine.max_args > f->max_args)
					f->max_args = mine.max_args;
				sized = mine;
			} else if (phandle_info(ctx, node, prop->name, &f->val,
						&sized)) {
				return DTOC_ERR_INPUT;
			}
			if (mine.count > sized.count ||
			    mine.max_args > sized.max_args)
				return error_at(ctx, NODE_LOC(node),
						 "property '%s' has %d phandles with up to %d args, but struct dtd_%s holds %d with up to %d (sized from its first node); U-Boot's dtoc writes C that loses values here",
						 prop->name, mine.count,
						 mine.max_args, st->name,
						 sized.count, sized.max_args);
			int pos = 0;

			for (int k = 0; k < mine.count; k++) {
				struct node *target = dt_find_phandle(
					ctx->dt, prop->val.elems[pos].cell);

				if (pos + mine.args[k] >= prop->val.count)
					return error_at(ctx, NODE_LOC(node),
							 "property '%s': phandle %d of node '%s' needs %d args, but the property ends before them",
							 prop->name, k,
							 target->path, mine.args[k]);
				for (int a = 1; a <= mine.args[k]; a++) {
					if (prop->val.elems[pos + a].kind !=
					    EK_CELL)
						return error_at(ctx, NODE_LOC(node),
								 "property '%s' has args that are not cells",
								 prop->name);
				}
				if (!target->valid)
					return error_at(ctx, NODE_LOC(node),
							 "property '%s' refers to node '%s', which is not a device (it has no compatible string or is disabled)",
							 prop->name,
							 target->path);
				pos += 1 + mine.args[k];
			}
		}
	}
	return 0;
}

/* ---------------------------------------------------------- drivers */

static int cmp_uclass_id(const void *a, const void *b)
{
	const struct uclass *ua = *(struct uclass *const *)a;
	const struct uclass *ub = *(struct uclass *const *)b;

	return strcmp(ua->uclass_id, ub->uclass_id);
}

static int bind_drivers(struct ctx *ctx, struct resolved *res)
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
			warn_at(ctx, FILE_LOC(drv->file, drv->line),
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
			return error_at(ctx, NODE_LOC(node),
					 "no driver '%s' found for its compatible string; add one (U_BOOT_DRIVER or DM_DRIVER_ALIAS) or drop the node from this phase's devicetree",
					 node->struct_name);
		}
		node->driver = drv;
		uc = sm_get(&scan->uclasses, drv->uclass_id);
		if (!uc)
			return error_at(ctx, FILE_LOC(drv->file, drv->line),
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
				return error_at(ctx, NODE_LOC(node),
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

/* ---------------------------------------------------------- aliases */

static void seq_put(struct ctx *ctx, struct uclass *uc, int num,
		    struct node *node)
{
	for (int i = 0; i < uc->nseqs; i++) {
		if (uc->seqs[i].num == num) {
			uc->seqs[i].node = node;
			goto path;
		}
	}
	struct seq_entry *grown = arena_grow(&ctx->arena, uc->seqs,
					     uc->nseqs * sizeof(*grown),
					     (uc->nseqs + 1) * sizeof(*grown));

	grown[uc->nseqs].num = num;
	grown[uc->nseqs].node = node;
	uc->seqs = grown;
	uc->nseqs++;
path:
	sm_put(&uc->path_to_seq, node->path, (void *)(intptr_t)(num + 1));
}

/* "serial2" -> "serial", 2: at least two characters, a letter last,
 * then the digits */
static bool split_alias(const char *name, size_t *stem_len, long *num)
{
	size_t len = strlen(name), d = len;

	while (d > 0 && name[d - 1] >= '0' && name[d - 1] <= '9')
		d--;
	if (d == len || d < 2 || !(name[d - 1] >= 'a' && name[d - 1] <= 'z'))
		return false;
	for (size_t i = 0; i < d; i++) {
		char c = name[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '-'))
			return false;
	}
	if (len - d > 9)
		return false; /* more than any sequence number can be */
	*stem_len = d;
	*num = strtol(name + d, NULL, 10);
	return true;
}

static int read_aliases(struct ctx *ctx)
{
	struct node *aliases = dt_find_path(ctx->dt, "/aliases");
	struct scan *scan = ctx->scan;

	if (!aliases)
		return 0;
	for (int i = 0; i < aliases->nprops; i++) {
		const struct prop *prop = &aliases->props[i];
		struct uclass *uc = NULL;
		size_t stem_len;
		long num;

		if (!split_alias(prop->name, &stem_len, &num))
			return error_at(ctx, NODE_LOC(aliases),
					"cannot decode alias '%s': expected a name in [a-z0-9-] ending in a letter, then a number (e.g. serial2)",
					 prop->name);
		if (prop->val.type != PT_STRING || prop->val.is_list)
			return error_at(ctx, NODE_LOC(aliases),
					"alias '%s' must be a path string",
					 prop->name);
		for (int k = 0; k < scan->uclasses.count && !uc; k++) {
			struct uclass *cand = scan->uclasses.entries[k].value;

			if (strlen(cand->name) == stem_len &&
			    !strncmp(cand->name, prop->name, stem_len))
				uc = cand;
		}
		if (!uc) {
			warn_at(ctx, NODE_LOC(aliases),
				"could not find uclass for alias '%s'",
				prop->name);
			continue;
		}
		const char *path = prop->val.elems[0].str;
		struct node *target = dt_find_path(ctx->dt, path);

		if (!target)
			return error_at(ctx, NODE_LOC(aliases),
					"alias '%s' path '%s' not found",
					 prop->name, path);
		seq_put(ctx, uc, (int)num, target);
	}
	return 0;
}

/* Aliases first, then the next number after the highest in use. */
static int assign_seqs(struct ctx *ctx, struct resolved *res)
{
	for (int i = 0; i < res->valid_in_order.count; i++) {
		struct node *node = res->valid_in_order.items[i];
		struct uclass *uc = node->uclass;

		if (!node->driver || !uc)
			continue;
		intptr_t known = (intptr_t)sm_get(&uc->path_to_seq, node->path);

		if (known) {
			node->seq = known - 1;
			continue;
		}
		int seq = 0;

		for (int k = 0; k < uc->nseqs; k++) {
			if (uc->seqs[k].num + 1 > seq)
				seq = uc->seqs[k].num + 1;
		}
		if (seq >= 1000)
			return error_at(ctx, NODE_LOC(node),
					 "no free sequence number below 1000 in uclass '%s'",
					 uc->name);
		node->seq = seq;
		seq_put(ctx, uc, seq, node);
	}
	return 0;
}

/* ------------------------------------------- checks of the -i output */

static int check_instances(struct ctx *ctx, struct resolved *res)
{
	for (int i = 0; i < res->valid.count; i++) {
		struct node *node = res->valid.items[i];

		if (node->parent && !node->driver->compat)
			return error_at(ctx, NODE_LOC(node),
					 "its compatible string names root_driver, which only the root node may use");
		if (node->parent && node->parent->parent &&
		    !node->parent->valid)
			return error_at(ctx, NODE_LOC(node),
					"requires parent node '%s' but it is not in the valid list; give the parent the same bootph-... tags as the child, or drop the child",
					node->parent->path);
	}
	return 0;
}

static int cmp_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The scanner's notes on drivers that are used, or were looked for and
 * not found; notes on other drivers are of no interest to this run. */
static void report_driver_warnings(struct ctx *ctx, struct resolved *res)
{
	struct strmap *warnings = &ctx->scan->warnings;
	struct ptrvec names = { 0 };

	for (int i = 0; i < warnings->count; i++) {
		const char *name = warnings->entries[i].key;
		struct driver *drv = sm_get(&ctx->scan->drivers, name);
		bool wanted = drv && drv->used;

		for (int k = 0; k < res->valid.count && !drv && !wanted; k++)
			wanted = !strcmp(((struct node *)res->valid.items[k])
						 ->struct_name, name);
		if (wanted)
			pv_push(&names, (void *)name);
	}
	pv_sort(&names, cmp_strings);
	for (int i = 0; i < names.count; i++) {
		struct driver_warnings *w = sm_get(warnings, names.items[i]);

		pv_sort(&w->texts, cmp_strings);
		for (int k = 0; k < w->texts.count; k++)
			add_warning(ctx, "%s", (char *)w->texts.items[k]);
	}
	pv_free(&names);
}

int resolve(struct ctx *ctx, struct resolved *res)
{
	struct node *root = ctx->dt->root;

	memset(res, 0, sizeof(*res));
	if (ctx->opt.instantiate)
		apv_push(&ctx->arena, &res->valid_in_order, root);
	if (collect_nodes(ctx, res, root) || prepare_nodes(ctx, res))
		return DTOC_ERR_INPUT;
	for (int i = 0; i < res->valid.count; i++) {
		if (convert_reg(ctx, res->valid.items[i]))
			return DTOC_ERR_INPUT;
	}
	if (ctx->opt.nbindings_dirs && typing_apply(ctx, res))
		return DTOC_ERR_INPUT;
	if (build_structs(ctx, res) || check_phandles(ctx, res) ||
	    bind_drivers(ctx, res) || read_aliases(ctx) ||
	    assign_seqs(ctx, res))
		return DTOC_ERR_INPUT;
	if (ctx->opt.instantiate && check_instances(ctx, res))
		return DTOC_ERR_INPUT;
	report_driver_warnings(ctx, res);
	return 0;
}

void resolved_free(struct resolved *res)
{
	typing_free(res->typing);
	sm_free(&res->structs);
}
