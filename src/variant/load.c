// SPDX-License-Identifier: GPL-2.0+
/*
 * --variant: apply each overlay to the base and merge the trees into one
 * union tree, recording where each node is present (see variant.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libfdt.h>

#include "variant/variant.h"

/* ------------------------------------------------------------ input */

/* The label the __fixups__ of @ovl give for @frag's target, or NULL */
static const char *fixup_label(const void *ovl, const char *frag)
{
	int fix = fdt_path_offset(ovl, "/__fixups__");
	int poff;
	char *want;

	if (fix < 0)
		return NULL;
	want = xmalloc(strlen(frag) + 16);
	sprintf(want, "/%s:target:0", frag);
	fdt_for_each_property_offset(poff, ovl, fix) {
		const char *name;
		int len, pos = 0;
		const char *val = fdt_getprop_by_offset(ovl, poff, &name, &len);

		while (val && pos < len) {
			if (!strcmp(val + pos, want)) {
				free(want);
				return name;
			}
			pos += strlen(val + pos) + 1;
		}
	}
	free(want);
	return NULL;
}

/* Every fragment's target must be in the base: say which one is not */
static int check_fragments(struct ctx *ctx, const void *base,
			   const char *base_file, const void *ovl,
			   const char *file)
{
	int frag, nfrags = 0;
	int symbols = fdt_path_offset(base, "/__symbols__");

	fdt_for_each_subnode(frag, ovl, 0) {
		const char *name = fdt_get_name(ovl, frag, NULL);
		const char *path;
		const fdt32_t *target;
		int len;

		if (fdt_subnode_offset(ovl, frag, "__overlay__") < 0)
			continue;
		nfrags++;
		path = fdt_getprop(ovl, frag, "target-path", &len);
		target = fdt_getprop(ovl, frag, "target", &len);
		if (path) {
			if (fdt_path_offset(base, path) < 0)
				return error_at(ctx, DC_OVERLAY_TARGET,
						FILE_LOC(file, 0),
						"fragment '%s': its target path '%s' is not in the base '%s'",
						name, path, base_file);
			continue;
		}
		if (!target || len != 4)
			return error_at(ctx, DC_OVERLAY_INVALID,
					FILE_LOC(file, 0),
					"fragment '%s' has no target or target-path",
					name);
		if (fdt32_to_cpu(*target) != 0xffffffff) {
			if (fdt_node_offset_by_phandle(base,
						       fdt32_to_cpu(*target)) < 0)
				return error_at(ctx, DC_OVERLAY_TARGET,
						FILE_LOC(file, 0),
						"fragment '%s': its target phandle %#x is in no node of the base '%s'",
						name, fdt32_to_cpu(*target),
						base_file);
			continue;
		}
		const char *label = fixup_label(ovl, name);

		if (!label)
			return error_at(ctx, DC_OVERLAY_INVALID,
					FILE_LOC(file, 0),
					"fragment '%s': its target is unresolved but __fixups__ names no label for it",
					name);
		if (symbols < 0)
			return error_at(ctx, DC_OVERLAY_INVALID,
					FILE_LOC(file, 0),
					"fragment '%s' targets &%s, but the base '%s' has no __symbols__ node: compile it with dtc -@",
					name, label, base_file);
		const char *sym = fdt_getprop(base, symbols, label, &len);

		if (!sym)
			return error_at(ctx, DC_OVERLAY_TARGET,
					FILE_LOC(file, 0),
					"fragment '%s': its target &%s is not a label of the base '%s' (not in its __symbols__)",
					name, label, base_file);
		if (fdt_path_offset(base, sym) < 0)
			return error_at(ctx, DC_OVERLAY_TARGET,
					FILE_LOC(file, 0),
					"fragment '%s': its target &%s is '%s', which is not in the base '%s'",
					name, label, sym, base_file);
	}
	if (!nfrags)
		return error_at(ctx, DC_OVERLAY_INVALID, FILE_LOC(file, 0),
				"no fragment (a node with an __overlay__ node) in this overlay: compile it from a /plugin/; source");
	return 0;
}

/* The base with @v's overlay applied, as a tree of nodes */
static int apply_overlay(struct ctx *ctx, struct variant *v)
{
	const struct dt *base = ctx->dt;
	size_t len, room;
	void *buf = NULL, *ovl;
	int ret = dt_load_blob(ctx, v->file, "devicetree overlay blob", &buf,
			       &len);

	ovl = ret ? NULL : arena_dup(&ctx->arena, buf, len);
	free(buf);
	if (ret)
		return DTOC_ERR_INPUT;
	ret = check_fragments(ctx, base->blob, base->fname, ovl, v->file);
	if (ret)
		return ret;
	room = fdt_totalsize(base->blob) + 2 * len + 4096;
	for (;;) {
		void *blob = arena_alloc(&ctx->arena, room);
		void *copy = arena_dup(&ctx->arena, ovl, len);

		ret = fdt_open_into(base->blob, blob, room);
		if (!ret)
			ret = fdt_overlay_apply(blob, copy);
		if (ret == -FDT_ERR_NOSPACE && room < (64u << 20)) {
			room *= 2;
			continue;
		}
		if (ret)
			return error_at(ctx, DC_OVERLAY_APPLY,
					FILE_LOC(v->file, 0),
					"the overlay does not apply to '%s' (variant '%s'): %s",
					base->fname, v->name, fdt_strerror(ret));
		fdt_pack(blob);
		v->dt = arena_alloc(&ctx->arena, sizeof(*v->dt));
		v->dt->fname = v->file;
		v->dt->blob = blob;
		return dt_build(ctx, v->dt);
	}
}

/* ------------------------------------------------------------ union */

static bool is_device(const struct node *node)
{
	const struct prop *status = node_prop(node, "status");

	if (!node->parent)
		return true; /* the root: in every variant */
	if (!node_prop(node, "compatible"))
		return false;
	return !(status && status->val.type == PT_STRING &&
		 !status->val.is_list &&
		 !strcmp(status->val.elems[0].str, "disabled"));
}

static struct node *new_union_node(struct ctx *ctx, int count)
{
	struct node *u = arena_alloc(&ctx->arena, sizeof(*u));

	u->var = arena_alloc(&ctx->arena, sizeof(*u->var));
	u->var->in = arena_alloc(&ctx->arena, count * sizeof(struct node *));
	return u;
}

/* Merge variant @v's node @src into union node @u, children by name */
static void merge(struct ctx *ctx, struct node *u, struct node *src, int v)
{
	int count = ctx->variants->count;

	u->var->in[v] = src;
	for (int i = 0; i < src->nchildren; i++) {
		struct node *c = src->children[i];
		struct node *uc = NULL;

		for (int k = 0; k < u->nchildren && !uc; k++) {
			if (!strcmp(u->children[k]->name, c->name))
				uc = u->children[k];
		}
		if (!uc) {
			uc = new_union_node(ctx, count);
			uc->name = c->name;
			uc->path = c->path;
			uc->parent = u;
			u->children = arena_grow(&ctx->arena, u->children,
						 u->nchildren * sizeof(uc),
						 (u->nchildren + 1) * sizeof(uc));
			u->children[u->nchildren++] = uc;
		}
		merge(ctx, uc, c, v);
	}
}

static void collect_union(struct node *u, struct ptrvec *all)
{
	pv_push(all, u);
	for (int i = 0; i < u->nchildren; i++)
		collect_union(u->children[i], all);
}

static int cmp_phandle(const void *a, const void *b)
{
	const struct node *na = *(struct node *const *)a;
	const struct node *nb = *(struct node *const *)b;

	return na->phandle < nb->phandle ? -1 : na->phandle > nb->phandle;
}

/*
 * Rewrite the phandles of variant @v's phandle properties to the union's
 * numbers (an overlay's new nodes get numbers that another overlay may
 * give its own). The base keeps its numbers.
 */
static int translate_phandles(struct ctx *ctx, struct dt *udt, int v,
			      struct node *vn)
{
	struct dt *vdt = ctx->variants->v[v].dt;
	struct prop *props = NULL;

	for (int p = 0; p < vn->nprops; p++) {
		struct prop *prop = &vn->props[p];
		const char *cells_name = phandle_cells_prop(prop->name);
		uint8_t *data = NULL;
		int i = 0;

		if (!prop_is_member(prop->name) || !cells_name ||
		    prop->val.type != PT_INT)
			continue;
		while (i < prop->val.count) {
			uint32_t cell = prop->val.elems[i].cell;
			struct node *t, *ut;
			const struct prop *cells;

			if (prop->val.elems[i].kind != EK_CELL || !cell)
				break;
			t = dt_find_phandle(vdt, cell);
			/* resolve() says what is wrong; with bindings, the
			 * property may hold no phandles at all (ngpios) */
			if (!t && (!v || ctx->opt.nbindings_dirs))
				break;
			if (!t) {
				return error_at(ctx, DC_PHANDLE_DANGLING,
						NODE_LOC(vn),
						"in variant '%s': property '%s' refers to phandle %#x, which no node has",
						ctx->variants->v[v].name,
						prop->name, cell);
			}
			ut = dt_find_path(udt, t->path);
			cells = node_prop(t, cells_name);
			if (!cells || cells->len != 4)
				break;
			if (ut->phandle != cell) {
				if (!data)
					data = arena_dup(&ctx->arena, prop->data,
							 prop->len);
				fdt32_st(data + 4 * i, ut->phandle);
			}
			i += 1 + fdt32_ld((const fdt32_t *)cells->data);
		}
		if (!data)
			continue;
		if (!props) {
			props = arena_dup(&ctx->arena, vn->props,
					  vn->nprops * sizeof(*props));
			vn->props = props;
			prop = &props[p];
		}
		prop->data = data;
		prop->renumbered = true;
		value_from_bytes(&ctx->arena, &prop->val, data, prop->len);
	}
	return 0;
}

/* Properties a variant may not change, as the union has one of each */
static int check_fixed_props(struct ctx *ctx, struct node *u)
{
	struct node_variants *var = u->var;
	int first = -1;

	for (int v = 0; v < ctx->variants->count; v++) {
		struct node *n = var->in[v];

		if (!n)
			continue;
		if (first < 0) {
			first = v;
			continue;
		}
		struct node *f = var->in[first];
		const char *name = NULL;

		for (int pass = 0; pass < 2 && !name; pass++) {
			struct node *a = pass ? f : n, *b = pass ? n : f;

			for (int p = 0; p < a->nprops && !name; p++) {
				const struct prop *pa = &a->props[p];

				if (pa->name[0] != '#')
					continue;
				if (!prop_same_bytes(pa, node_prop(b, pa->name)))
					name = pa->name;
			}
		}
		if (name)
			return error_at(ctx, DC_VARIANT_CHANGE, NODE_LOC(u),
					"variant '%s' changes its '%s' (from variant '%s'); a variant may not change #...-cells properties",
					ctx->variants->v[v].name, name,
					ctx->variants->v[first].name);
		const struct prop *ca = node_prop(f, "compatible");
		const struct prop *cb = node_prop(n, "compatible");

		if (ca && cb && !prop_same_bytes(ca, cb))
			return error_at(ctx, DC_VARIANT_CHANGE, NODE_LOC(u),
					"variant '%s' changes its compatible string (from variant '%s'); a variant may not change a node's driver",
					ctx->variants->v[v].name,
					ctx->variants->v[first].name);
	}
	return 0;
}

static int parse_specs(struct ctx *ctx)
{
	struct variants *vs = arena_alloc(&ctx->arena, sizeof(*vs));
	const struct options *opt = &ctx->opt;

	if (opt->nvariants + 1 > MAX_VARIANTS)
		return error_at(ctx, DC_VARIANT_OPTION, NO_LOC,
				"too many variants (%d); at most %d besides the base",
				 opt->nvariants, MAX_VARIANTS - 1);
	vs->count = opt->nvariants + 1;
	vs->v = arena_alloc(&ctx->arena, vs->count * sizeof(*vs->v));
	vs->v[0].name = "base";
	vs->v[0].file = opt->dtb_file;
	vs->v[0].dt = ctx->dt;
	for (int i = 0; i < opt->nvariants; i++) {
		const char *spec = opt->variants[i];
		const char *eq = strchr(spec, '=');
		struct variant *v = &vs->v[i + 1];

		v->name = arena_strndup(&ctx->arena, spec, eq - spec);
		v->file = eq + 1;
		if (!is_c_identifier(v->name))
			return error_at(ctx, DC_VARIANT_OPTION,
					NAMED_FILE_LOC(v->file),
					"variant name '%s' (--variant %s) is not a C identifier",
					 v->name, spec);
		for (int k = 0; k <= i; k++) {
			if (!strcmp(vs->v[k].name, v->name))
				return error_at(ctx, DC_VARIANT_OPTION,
						NAMED_FILE_LOC(v->file),
						k ? "variant '%s' is given twice (--variant %s)" :
						 "variant name '%s' is the base devicetree's (--variant %s)",
						 v->name, spec);
		}
	}
	ctx->variants = vs;
	return 0;
}

int variants_load(struct ctx *ctx)
{
	struct variants *vs;
	struct ptrvec all = { 0 };
	struct dt *udt;
	uint32_t maxph = 0;
	int ret = parse_specs(ctx);

	if (ret)
		return ret;
	vs = ctx->variants;
	for (int v = 1; v < vs->count; v++) {
		ret = apply_overlay(ctx, &vs->v[v]);
		if (ret)
			return ret;
	}

	/* the union, children in order of first appearance */
	udt = arena_alloc(&ctx->arena, sizeof(*udt));
	udt->fname = ctx->dt->fname;
	udt->blob = ctx->dt->blob; /* freed with the context */
	udt->root = new_union_node(ctx, vs->count);
	udt->root->name = "/";
	udt->root->path = "/";
	for (int v = 0; v < vs->count; v++)
		merge(ctx, udt->root, vs->v[v].dt->root, v);
	collect_union(udt->root, &all);

	/* phandles: the base's, then new numbers for nodes it lacks */
	for (int i = 0; i < ctx->dt->nphandles; i++) {
		uint32_t ph = ctx->dt->by_phandle[i]->phandle;

		if (ph > maxph)
			maxph = ph;
	}
	for (int i = 0; i < all.count; i++) {
		struct node *u = all.items[i];
		struct node_variants *var = u->var;

		if (var->in[0] && var->in[0]->phandle) {
			u->phandle = var->in[0]->phandle;
		} else {
			for (int v = 1; v < vs->count && !u->phandle; v++) {
				if (var->in[v] && var->in[v]->phandle)
					u->phandle = ++maxph;
			}
		}
		if (u->phandle)
			udt->nphandles++;
		for (int v = 1; v < vs->count; v++) {
			struct variant *vv = &vs->v[v];

			if (!var->in[v] || !var->in[v]->phandle ||
			    var->in[v]->phandle == u->phandle)
				continue;
			vv->renumbered = arena_grow(&ctx->arena, vv->renumbered,
						    vv->nrenumbered * 4,
						    (vv->nrenumbered + 1) * 4);
			vv->renumbered[vv->nrenumbered++] = var->in[v]->phandle;
		}
	}
	udt->by_phandle = arena_alloc(&ctx->arena,
				      (udt->nphandles + 1) * sizeof(struct node *));
	udt->nphandles = 0;
	for (int i = 0; i < all.count; i++) {
		struct node *u = all.items[i];

		if (u->phandle)
			udt->by_phandle[udt->nphandles++] = u;
	}
	qsort(udt->by_phandle, udt->nphandles, sizeof(struct node *),
	      cmp_phandle);

	/* each node's properties: those of the first variant where it is a
	 * device, else of the first where it is */
	for (int i = 0; i < all.count && !ret; i++) {
		struct node *u = all.items[i];
		struct node_variants *var = u->var;
		int primary = -1;

		for (int v = 0; v < vs->count && !ret; v++) {
			if (!var->in[v])
				continue;
			ret = translate_phandles(ctx, udt, v, var->in[v]);
			if (is_device(var->in[v]))
				var->present |= 1u << v;
		}
		if (!ret)
			ret = check_fixed_props(ctx, u);
		for (int v = 0; v < vs->count && primary < 0; v++) {
			if (var->present & (1u << v))
				primary = v;
		}
		for (int v = 0; v < vs->count && primary < 0; v++) {
			if (var->in[v])
				primary = v;
		}
		u->props = var->in[primary]->props;
		u->nprops = var->in[primary]->nprops;
	}
	pv_free(&all);
	if (ret)
		return ret;
	ctx->dt = udt;
	return 0;
}

const char *variant_mask_names(struct ctx *ctx, uint32_t mask)
{
	struct strbuf sb = { 0 };
	const char *out;

	for (int v = 0; v < ctx->variants->count; v++) {
		if (mask & (1u << v))
			sb_printf(&sb, "%s%s", sb.len ? ", " : "",
				  ctx->variants->v[v].name);
	}
	out = arena_strdup(&ctx->arena, sb.len ? sb.buf : "");
	sb_free(&sb);
	return out;
}

int variant_ngroups(const struct node *node)
{
	return node->var ? node->var->ngroups : 1;
}

struct node *variant_group(const struct node *node, int g)
{
	return node->var->groups[g].node;
}
