// SPDX-License-Identifier: GPL-2.0+
/*
 * Resolve, with --variant: one data record per distinct set of a node's
 * values, and the checks each variant must pass (parents and phandle
 * targets present where the node is, sequence numbers per variant).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/resolve-internal.h"
#include "variant/variant.h"

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
		if (!prop_same_bytes(pa, node_prop(b, pa->name)))
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
					ret = error_at(ctx, DC_NAME_CLASH,
						       NODE_LOC(u),
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

/* The variants of @mask in which a cell of @prop is a phandle that the
 * variant numbers unlike the union (args may match too: a false alarm
 * is an error, never a wrong value) */
static uint32_t renumbering_variants(const struct variants *vs,
				     uint32_t mask, const struct prop *prop)
{
	uint32_t found = 0;

	for (int v = 1; v < vs->count; v++) {
		const struct variant *vv = &vs->v[v];

		for (int c = 0; (mask & (1u << v)) && c + 4 <= prop->len;
		     c += 4) {
			const uint8_t *d = prop->data + c;
			uint32_t cell = (uint32_t)d[0] << 24 | d[1] << 16 |
					d[2] << 8 | d[3];

			for (int k = 0; k < vv->nrenumbered; k++)
				if (vv->renumbered[k] == cell)
					found |= 1u << v;
		}
	}
	return found;
}

/* The typed properties of data record @n, shared by the variants in
 * @mask (see variants_check_typed()) */
static int check_typed_record(struct ctx *ctx, const struct node *n,
			      uint32_t mask)
{
	for (int p = 0; p < n->nprops; p++) {
		const struct prop *prop = &n->props[p];
		const struct binding_type *bt = prop->bt;
		bool typed_ph = bt && (bt->base == BT_PHANDLE ||
				       bt->base == BT_PHANDLE_ARRAY);
		uint32_t renumbering = 0;

		if (bt && !typed_ph && prop->renumbered)
			return error_at(ctx, DC_BINDING_TYPE_MISMATCH, NODE_LOC(n),
					"property '%s': its binding %s:%d says %s, but --variant took it for phandles by its name and renumbered its value in variant %s",
					prop->name, bt->file, bt->line, bt->def,
					variant_mask_names(ctx, mask & ~1u));
		if (typed_ph && !phandle_cells_prop(prop->name))
			renumbering = renumbering_variants(ctx->variants, mask,
							   prop);
		if (renumbering)
			return error_at(ctx, DC_BINDING_TYPE_MISMATCH, NODE_LOC(n),
					"property '%s': its binding %s:%d says %s, but --variant renumbers phandles only in properties named as such (clocks, *-gpios, ...), and in variant %s it refers to a node numbered unlike in the union",
					prop->name, bt->file, bt->line, bt->def,
					variant_mask_names(ctx, renumbering));
	}
	return 0;
}

/*
 * The overlays' phandles are renumbered to the union's when the variants
 * are loaded, before the bindings are read: in the properties whose name
 * says they hold phandles (clocks, *-gpios, ...). A binding may say
 * otherwise: a property so named that it types as numbers must not have
 * been renumbered, and one it types as phandles without such a name
 * cannot be, if it refers to a node its variant numbers unlike the union.
 */
int variants_check_typed(struct ctx *ctx, const struct resolved *res)
{
	for (int i = 0; i < res->valid.count; i++) {
		const struct node_variants *var =
			((const struct node *)res->valid.items[i])->var;

		for (int g = 0; g < var->ngroups; g++) {
			if (check_typed_record(ctx, var->groups[g].node,
					       var->groups[g].mask))
				return DTOC_ERR_INPUT;
		}
	}
	return 0;
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
		const struct uclass *uc;
		size_t stem;
		long num;

		if (!split_alias(prop->name, &stem, &num) ||
		    prop->val.type != PT_STRING || prop->val.is_list)
			continue; /* resolve() checked the base's */
		uc = alias_uclass(scan, prop->name, stem);
		struct node *t = dt_find_path(vdt, prop->val.elems[0].str);

		if (!uc)
			continue;
		if (!t) {
			free(uses);
			return error_at(ctx, DC_ALIAS_PATH_MISSING,
					NODE_LOC(aliases),
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
				return error_at(ctx, DC_PHANDLE_NOT_DEVICE,
						NODE_LOC(u),
						"property '%s' refers to node '%s', which is not a device in variant %s",
						prop->name, t->path,
						variant_mask_names(ctx, missing));
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
			return error_at(ctx, DC_PARENT_INVALID, NODE_LOC(u),
					"is a device in variant %s, but its parent '%s' is not",
					variant_mask_names(ctx, var->present & ~par->var->present),
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
