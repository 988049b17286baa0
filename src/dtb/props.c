// SPDX-License-Identifier: GPL-2.0+
/*
 * Properties: which become struct members, which hold phandles, and how
 * many phandles (with how many args each) a value holds, by the names
 * the reference knows or by a binding's type.
 */
#include <limits.h>
#include <string.h>

#include "base/diag.h"
#include "dtb/dtb.h"

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
int prop_single_cell(struct ctx *ctx, const struct node *node,
		     const struct prop *prop, uint32_t *out)
{
	if (prop->val.type != PT_INT || prop->val.is_list ||
	    prop->val.elems[0].kind != EK_CELL)
		return error_at(ctx, DC_CELLS_INVALID, NODE_LOC(node),
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
			return error_at(ctx, DC_PHANDLE_INVALID, NODE_LOC(node),
					 "property '%s' should hold phandles (<&label ...>), not %s",
					 pname,
					 val->type == PT_STRING ? "a string" :
					 val->type == PT_BOOL ? "nothing" :
								"bytes");
		if (!e->cell)
			break; /* the rest is padding */
		struct node *target = dt_find_phandle(ctx->dt, e->cell);

		if (!target)
			return error_at(ctx, DC_PHANDLE_DANGLING,
					NODE_LOC(node),
					 "property '%s' refers to phandle %#x, which no node has",
					 pname, e->cell);
		const struct prop *cells = cells_name ?
			node_prop(target, cells_name) : NULL;
		uint32_t nargs = 0;

		if (bt && !cells)
			nargs = bt->base == BT_PHANDLE ? 0 : bt->fixed_args;
		else if (!cells)
			return error_at(ctx, DC_PHANDLE_CELLS_MISSING,
					NODE_LOC(node),
					 "property '%s' refers to node '%s', which has no '%s' property",
					 pname, target->path,
					 cells_name);
		else if (prop_single_cell(ctx, target, cells, &nargs))
			return DTOC_ERR_INPUT;
		/* (no property holds that many: i would overflow) */
		if (nargs > INT_MAX / 2)
			return error_at(ctx, DC_PHANDLE_ARGS_SHORT,
					NODE_LOC(node),
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

/* Phandle-array properties whose provider's cells property is not
 * named after them by the usual rule (see cells_prop_for()). */
static const struct {
	const char *name;
	const char *cells;
} irregular_cells[] = {
	{ "interrupts-extended", "#interrupt-cells" },
	{ "assigned-clocks", "#clock-cells" },
	{ "assigned-clock-parents", "#clock-cells" },
	{ "mboxes", "#mbox-cells" },
	{ "sound-dai", "#sound-dai-cells" },
	{ "cooling-device", "#cooling-cells" },
};

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && !strcmp(s + n - k, suffix);
}

const char *cells_prop_for(struct arena *a, const char *name)
{
	const char *comma = strrchr(name, ',');
	const char *base = comma ? comma + 1 : name;
	size_t len = strlen(base);

	for (size_t i = 0; i < sizeof(irregular_cells) / sizeof(*irregular_cells);
	     i++) {
		if (!strcmp(base, irregular_cells[i].name))
			return irregular_cells[i].cells;
	}
	if (!strcmp(base, "gpios") || !strcmp(base, "gpio") ||
	    ends_with(base, "-gpios") || ends_with(base, "-gpio"))
		return "#gpio-cells";
	/* clocks -> #clock-cells, power-domains -> #power-domain-cells */
	if (len > 1 && base[len - 1] == 's')
		len--;
	return arena_printf(a, "#%.*s-cells", (int)len, base);
}

bool prop_same_bytes(const struct prop *a, const struct prop *b)
{
	return a && b && a->len == b->len && !memcmp(a->data, b->data, a->len);
}
