// SPDX-License-Identifier: GPL-2.0+
/*
 * --variant: apply each overlay to the base, merge the trees into one
 * union tree, and work out where each node is present and which data
 * record each variant uses (see variant.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libfdt.h>

#include "variant/variant.h"

/* ------------------------------------------------------------ input */

static int read_blob(struct ctx *ctx, const char *fname, void **bufp,
		     size_t *lenp)
{
	FILE *f = fopen(fname, "rb");
	struct stat st;
	char *buf;

	if (!f) {
		set_error(ctx, "cannot open '%s': %s", fname, strerror(errno));
		return DTOC_ERR_IO;
	}
	if (fstat(fileno(f), &st) || !S_ISREG(st.st_mode)) {
		fclose(f);
		set_error(ctx, "'%s' is not a regular file", fname);
		return DTOC_ERR_IO;
	}
	buf = arena_alloc(&ctx->arena, st.st_size + 1);
	if (fread(buf, 1, st.st_size, f) != (size_t)st.st_size || ferror(f)) {
		fclose(f);
		set_error(ctx, "cannot read '%s'", fname);
		return DTOC_ERR_IO;
	}
	fclose(f);
	*bufp = buf;
	*lenp = st.st_size;
	return 0;
}

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
				return error_at(ctx, FILE_LOC(file, 0),
						"fragment '%s': its target path '%s' is not in the base '%s'",
						name, path, base_file);
			continue;
		}
		if (!target || len != 4)
			return error_at(ctx, FILE_LOC(file, 0),
					"fragment '%s' has no target or target-path",
					name);
		if (fdt32_to_cpu(*target) != 0xffffffff) {
			if (fdt_node_offset_by_phandle(base,
						       fdt32_to_cpu(*target)) < 0)
				return error_at(ctx, FILE_LOC(file, 0),
						"fragment '%s': its target phandle %#x is in no node of the base '%s'",
						name, fdt32_to_cpu(*target),
						base_file);
			continue;
		}
		const char *label = fixup_label(ovl, name);

		if (!label)
			return error_at(ctx, FILE_LOC(file, 0),
					"fragment '%s': its target is unresolved but __fixups__ names no label for it",
					name);
		if (symbols < 0)
			return error_at(ctx, FILE_LOC(file, 0),
					"fragment '%s' targets &%s, but the base '%s' has no __symbols__ node: compile it with dtc -@",
					name, label, base_file);
		const char *sym = fdt_getprop(base, symbols, label, &len);

		if (!sym)
			return error_at(ctx, FILE_LOC(file, 0),
					"fragment '%s': its target &%s is not a label of the base '%s' (not in its __symbols__)",
					name, label, base_file);
		if (fdt_path_offset(base, sym) < 0)
			return error_at(ctx, FILE_LOC(file, 0),
					"fragment '%s': its target &%s is '%s', which is not in the base '%s'",
					name, label, sym, base_file);
	}
	if (!nfrags)
		return error_at(ctx, FILE_LOC(file, 0),
				"no fragment (a node with an __overlay__ node) in this overlay: compile it from a /plugin/; source");
	return 0;
}

/* The base with @v's overlay applied, as a tree of nodes */
static int apply_overlay(struct ctx *ctx, struct variant *v)
{
	const struct dt *base = ctx->dt;
	size_t len, room;
	void *ovl;
	int ret = read_blob(ctx, v->file, &ovl, &len);

	if (ret)
		return ret;
	if (len < sizeof(struct fdt_header) || fdt_magic(ovl) != FDT_MAGIC)
		return error_at(ctx, FILE_LOC(v->file, 0),
				"not a devicetree overlay blob (bad magic)");
	ret = fdt_check_full(ovl, len);
	if (ret)
		return error_at(ctx, FILE_LOC(v->file, 0),
				"corrupt devicetree overlay blob: %s",
				fdt_strerror(ret));
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
			return error_at(ctx, FILE_LOC(v->file, 0),
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

static bool same_bytes(const struct prop *a, const struct prop *b)
{
	return a && b && a->len == b->len && !memcmp(a->data, b->data, a->len);
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
			if (!t) {
				if (!v)
					break; /* resolve() says what is wrong */
				return error_at(ctx, NODE_LOC(vn),
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
				if (!same_bytes(pa, node_prop(b, pa->name)))
					name = pa->name;
			}
		}
		if (name)
			return error_at(ctx, NODE_LOC(u),
					"variant '%s' changes its '%s' (from variant '%s'); a variant may not change #...-cells properties",
					ctx->variants->v[v].name, name,
					ctx->variants->v[first].name);
		const struct prop *ca = node_prop(f, "compatible");
		const struct prop *cb = node_prop(n, "compatible");

		if (ca && cb && !same_bytes(ca, cb))
			return error_at(ctx, NODE_LOC(u),
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
		return set_error(ctx, "too many variants (%d); at most %d besides the base",
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
			return set_error(ctx, "variant name '%s' (--variant %s) is not a C identifier",
					 v->name, spec);
		for (int k = 0; k <= i; k++) {
			if (!strcmp(vs->v[k].name, v->name))
				return set_error(ctx, k ? "variant '%s' is given twice (--variant %s)" :
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

/* ------------------------------------------------------------- data */

/* Whether two nodes have the same member properties, with equal bytes */
static bool same_members(const struct node *a, const struct node *b)
{
	int na = 0, nb = 0;

	for (int p = 0; p < a->nprops; p++) {
		const struct prop *pa = &a->props[p];

		if (!prop_is_member(pa->name))
			continue;
		na++;
		if (!same_bytes(pa, node_prop(b, pa->name)))
			return false;
	}
	for (int p = 0; p < b->nprops; p++)
		nb += prop_is_member(b->props[p].name);
	return na == nb;
}

int variants_add_data(struct ctx *ctx, struct resolved *res)
{
	struct variants *vs = ctx->variants;
	struct strmap names = { 0 };
	int ret = 0;

	for (int i = 0; i < res->valid.count; i++) {
		struct node *u = res->valid.items[i];

		sm_put(&names, u->var_name, u);
	}
	for (int i = 0; i < res->valid.count && !ret; i++) {
		struct node *u = res->valid.items[i];
		struct node_variants *var = u->var;

		var->groups = arena_alloc(&ctx->arena,
					  vs->count * sizeof(*var->groups));
		for (int v = 0; v < vs->count; v++) {
			struct node *vn = var->in[v];
			int g;

			if (!(var->present & (1u << v)))
				continue;
			for (g = 0; g < var->ngroups; g++) {
				if (same_members(var->groups[g].node, vn))
					break;
			}
			if (g < var->ngroups) {
				var->groups[g].mask |= 1u << v;
				continue;
			}
			struct node *n = u;

			if (var->ngroups) {
				n = arena_dup(&ctx->arena, u, sizeof(*u));
				n->props = arena_dup(&ctx->arena, vn->props,
						     vn->nprops * sizeof(*n->props));
				n->nprops = vn->nprops;
				n->var_name = arena_printf(&ctx->arena, "%s_v%d",
							   u->var_name, v);
				n->var = arena_alloc(&ctx->arena, sizeof(*n->var));
				*n->var = *var;
				n->var->owner = u;
				if (sm_has(&names, n->var_name)) {
					ret = error_at(ctx, NODE_LOC(u),
						       "its data in variant '%s' would be named dtv_%s, as another node's",
						       vs->v[v].name,
						       n->var_name);
					break;
				}
				sm_put(&names, n->var_name, n);
				apv_push(&ctx->arena, &res->variant_data, n);
			}
			var->groups[var->ngroups].mask = 1u << v;
			var->groups[var->ngroups].node = n;
			var->ngroups++;
		}
	}
	sm_free(&names);
	return ret;
}

/* ------------------------------------------------------------ checks */

/* "serial2" -> "serial", 2 (the rules of resolve.c's aliases) */
static bool split_alias(const char *name, size_t *stem_len, long *num)
{
	size_t len = strlen(name), d = len;

	while (d > 0 && name[d - 1] >= '0' && name[d - 1] <= '9')
		d--;
	if (d == len || d < 2 || len - d > 9 ||
	    !(name[d - 1] >= 'a' && name[d - 1] <= 'z'))
		return false;
	*stem_len = d;
	*num = strtol(name + d, NULL, 10);
	return true;
}

struct seq_use {
	const struct uclass *uc;
	int num;
	const struct node *node; /* a union node */
};

static void seq_set(struct seq_use *uses, int *n, const struct uclass *uc,
		    int num, const struct node *node)
{
	for (int i = 0; i < *n; i++) {
		if (uses[i].uc == uc && uses[i].num == num) {
			uses[i].node = node;
			return;
		}
	}
	uses[*n].uc = uc;
	uses[*n].num = num;
	uses[*n].node = node;
	(*n)++;
}

static void walk_order(struct node *n, struct ptrvec *out)
{
	pv_push(out, n);
	for (int i = 0; i < n->nchildren; i++)
		walk_order(n->children[i], out);
}

/* As resolve.c numbers the union: aliases, then devicetree order */
static int variant_seqs(struct ctx *ctx, struct resolved *res, int v)
{
	struct dt *vdt = ctx->variants->v[v].dt;
	struct node *aliases = dt_find_path(vdt, "/aliases");
	struct ptrvec order = { 0 };
	int cap = res->valid.count + (aliases ? aliases->nprops : 0) + 1;
	struct seq_use *uses = xmalloc(cap * sizeof(*uses));
	struct scan *scan = ctx->scan;
	int nuses = 0;

	for (int i = 0; aliases && i < aliases->nprops; i++) {
		const struct prop *prop = &aliases->props[i];
		const struct uclass *uc = NULL;
		size_t stem;
		long num;

		if (!split_alias(prop->name, &stem, &num) ||
		    prop->val.type != PT_STRING || prop->val.is_list)
			continue; /* resolve() checked the base's */
		for (int k = 0; k < scan->uclasses.count && !uc; k++) {
			const struct uclass *c = scan->uclasses.entries[k].value;

			if (strlen(c->name) == stem &&
			    !strncmp(c->name, prop->name, stem))
				uc = c;
		}
		struct node *t = dt_find_path(vdt, prop->val.elems[0].str);

		if (!uc)
			continue;
		if (!t) {
			free(uses);
			return error_at(ctx, NODE_LOC(aliases),
					"in variant '%s': alias '%s' path '%s' not found",
					ctx->variants->v[v].name, prop->name,
					prop->val.elems[0].str);
		}
		seq_set(uses, &nuses, uc, (int)num, dt_find_path(ctx->dt, t->path));
	}
	walk_order(vdt->root, &order);
	for (int i = 0; i < order.count; i++) {
		const struct node *vn = order.items[i];
		struct node *u = dt_find_path(ctx->dt, vn->path);
		int seq = -1;

		if (!u->valid || !(u->var->present & (1u << v)) ||
		    !u->driver || !u->uclass)
			continue;
		for (int k = 0; k < nuses && seq < 0; k++) {
			if (uses[k].uc == u->uclass && uses[k].node == u)
				seq = uses[k].num;
		}
		if (seq < 0) {
			seq = 0;
			for (int k = 0; k < nuses; k++) {
				if (uses[k].uc == u->uclass && uses[k].num >= seq)
					seq = uses[k].num + 1;
			}
			seq_set(uses, &nuses, u->uclass, seq, u);
		}
		u->var->seq[v] = seq;
	}
	pv_free(&order);
	free(uses);
	return 0;
}

/* The names of the variants in @mask, comma-separated */
static const char *mask_names(struct ctx *ctx, uint32_t mask)
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

static int check_targets(struct ctx *ctx, const struct node *u,
			 const struct var_group *g)
{
	const struct node *n = g->node;

	for (int p = 0; p < n->nprops; p++) {
		const struct prop *prop = &n->props[p];
		struct phandle_info info;
		int pos = 0;

		if (!prop_is_member(prop->name) ||
		    !holds_phandles(prop->name, prop->bt))
			continue;
		if (phandle_info_typed(ctx, n, prop->name, prop->bt,
				       &prop->val, &info))
			return DTOC_ERR_INPUT;
		for (int k = 0; k < info.count; k++) {
			const struct node *t = dt_find_phandle(
				ctx->dt, prop->val.elems[pos].cell);
			uint32_t missing = g->mask & ~t->var->present;

			if (missing)
				return error_at(ctx, NODE_LOC(u),
						"property '%s' refers to node '%s', which is not a device in variant %s",
						prop->name, t->path,
						mask_names(ctx, missing));
			pos += 1 + info.args[k];
		}
	}
	return 0;
}

int variants_check(struct ctx *ctx, struct resolved *res)
{
	struct variants *vs = ctx->variants;

	for (int i = 0; i < res->valid.count; i++) {
		struct node *u = res->valid.items[i];
		struct node_variants *var = u->var;
		const struct node *par = u->parent;

		var->seq = arena_alloc(&ctx->arena, vs->count * sizeof(int));
		for (int v = 0; v < vs->count; v++)
			var->seq[v] = -1;
		if (par && par->valid && (var->present & ~par->var->present))
			return error_at(ctx, NODE_LOC(u),
					"is a device in variant %s, but its parent '%s' is not",
					mask_names(ctx, var->present & ~par->var->present),
					par->path);
		for (int g = 0; g < var->ngroups; g++) {
			struct node *n = var->groups[g].node;

			if (g) {
				/* the shadow was copied before bind_drivers */
				n->driver = u->driver;
				n->parent_driver = u->parent_driver;
				n->uclass = u->uclass;
				n->seq = u->seq;
			}
			if (check_targets(ctx, u, &var->groups[g]))
				return DTOC_ERR_INPUT;
		}
	}
	if (!ctx->opt.instantiate)
		return 0;
	for (int v = 0; v < vs->count; v++) {
		if (variant_seqs(ctx, res, v))
			return DTOC_ERR_INPUT;
	}
	return 0;
}

/* ------------------------------------------------------------- emit */

int variant_ngroups(const struct node *node)
{
	return node->var ? node->var->ngroups : 1;
}

struct node *variant_group(const struct node *node, int g)
{
	return node->var->groups[g].node;
}

void variant_emit_presence(struct ctx *ctx, const struct node *node,
			   struct strbuf *sb)
{
	uint32_t all, absent;

	if (!ctx->variants)
		return;
	all = (ctx->variants->count == 32) ? ~0u :
		(1u << ctx->variants->count) - 1;
	absent = all & ~node->var->present;
	sb_printf(sb, "/* In variant%s %s", node->var->present & (node->var->present - 1) ? "s" : "",
		  mask_names(ctx, node->var->present));
	if (absent)
		sb_printf(sb, "; absent from %s", mask_names(ctx, absent));
	sb_puts(sb, " */\n");
}

void variant_emit_group(struct ctx *ctx, const struct node *node, int g,
			struct strbuf *sb)
{
	if (!ctx->variants || node->var->ngroups < 2)
		return;
	sb_printf(sb, "/* Its values in %s */\n",
		  mask_names(ctx, node->var->groups[g].mask));
}

/* The data record of @u in variant @v, as a C expression */
static const char *plat_ref(struct ctx *ctx, const struct node *u, int v)
{
	const struct node_variants *var = u->var;
	const struct driver *drv = u->driver;

	for (int g = 0; g < var->ngroups; g++) {
		const struct node *n = var->groups[g].node;

		if (!(var->groups[g].mask & (1u << v)))
			continue;
		if (ctx->opt.instantiate && drv->plat && *drv->plat)
			return arena_printf(&ctx->arena, "&_%s_plat_%s",
					    drv->name, n->var_name);
		return arena_printf(&ctx->arena, "&dtv_%s", n->var_name);
	}
	return "NULL";
}

void variant_emit_table(struct ctx *ctx, const struct resolved *res,
			struct strbuf *sb)
{
	const struct variants *vs = ctx->variants;
	int n = res->valid.count;
	bool inst = ctx->opt.instantiate;

	if (!vs || !n)
		return;
	sb_puts(sb, "#include <dm/variant.h>\n\n");
	sb_puts(sb, "/*\n");
	sb_puts(sb, " * Board variants (dtoc --variant): the base devicetree and each overlay\n");
	sb_puts(sb, " * applied to it. dm_init() asks board_select_variant() which one this\n");
	sb_puts(sb, " * board is; only the nodes present in it are bound, each with the\n");
	sb_printf(sb, " * data given below (NULL: absent)%s.\n",
		  inst ? " and the sequence number" : "");
	sb_puts(sb, " *\n");
	for (int v = 0; v < vs->count; v++)
		sb_printf(sb, " * %3d: %-20s %s\n", v, vs->v[v].name,
			  strrchr(vs->v[v].file, '/') ?
			  strrchr(vs->v[v].file, '/') + 1 : vs->v[v].file);
	sb_puts(sb, " */\n");
	sb_puts(sb, "static const char *const dm_variant_names[] = {\n");
	for (int v = 0; v < vs->count; v++)
		sb_printf(sb, "\t\"%s\",\n", vs->v[v].name);
	sb_puts(sb, "};\n\n");
	sb_printf(sb, "static const void *const dm_variant_plat[%d][%d] = {\n",
		  vs->count, n);
	for (int v = 0; v < vs->count; v++) {
		sb_printf(sb, "\t{\t/* %d: %s */\n", v, vs->v[v].name);
		for (int i = 0; i < n; i++) {
			const struct node *u = res->valid.items[i];
			const char *ref = plat_ref(ctx, u, v);

			sb_puts(sb, "\t\t");
			sb_tab_to(sb, 5, arena_printf(&ctx->arena, "%s,", ref));
			sb_printf(sb, "/* %d: %s */\n", i, u->var_name);
		}
		sb_puts(sb, "\t},\n");
	}
	sb_puts(sb, "};\n\n");
	if (inst) {
		sb_printf(sb, "static const short dm_variant_seq[%d][%d] = {\n",
			  vs->count, n);
		for (int v = 0; v < vs->count; v++) {
			sb_printf(sb, "\t{\t/* %d: %s */\n\t\t", v,
				  vs->v[v].name);
			for (int i = 0; i < n; i++) {
				const struct node *u = res->valid.items[i];

				sb_printf(sb, "%d,%s", u->var->seq[v],
					  i == n - 1 ? "\n" :
					  (i + 1) % 8 ? " " : "\n\t\t");
			}
			sb_puts(sb, "\t},\n");
		}
		sb_puts(sb, "};\n\n");
	}
	sb_puts(sb, "const struct dm_variant_table dm_variants = {\n");
	sb_printf(sb, "\t.count\t\t= %d,\n", vs->count);
	sb_printf(sb, "\t.nodes\t\t= %d,\n", n);
	sb_puts(sb, "\t.names\t\t= dm_variant_names,\n");
	sb_puts(sb, "\t.plat\t\t= &dm_variant_plat[0][0],\n");
	if (inst)
		sb_puts(sb, "\t.seq\t\t= &dm_variant_seq[0][0],\n");
	sb_puts(sb, "};\n");
}

void variant_emit_seqs(struct ctx *ctx, const struct resolved *res,
		       struct strbuf *sb)
{
	const struct variants *vs = ctx->variants;

	if (!vs)
		return;
	sb_puts(sb, "/*\n");
	sb_puts(sb, " * Board variants (dtoc --variant): the numbers above are over the union\n");
	sb_puts(sb, " * of the variants; dm_init() gives each device the number it has in the\n");
	sb_puts(sb, " * selected variant (dt-device.c, dm_variant_seq):\n");
	for (int v = 0; v < vs->count; v++) {
		sb_printf(sb, " * %s:\n", vs->v[v].name);
		for (int i = 0; i < res->valid.count; i++) {
			const struct node *u = res->valid.items[i];

			if (u->var->seq[v] >= 0 && u->parent)
				sb_printf(sb, " *    %s %d: %s\n", u->uclass->name,
					  u->var->seq[v], u->path);
		}
	}
	sb_puts(sb, " */\n");
	sb_puts(sb, "\n");
}
