// SPDX-License-Identifier: GPL-2.0+
/*
 * The last checks before anything is emitted: every member value of every
 * valid node (and of each of its variant data records) can be written as
 * C of its member's type, and every phandle entry fits; the phandle
 * arrays of dt-structs-gen.h can be sized. The order is the one the
 * files are written in, so the first problem is the one the emitters
 * would meet.
 */
#include "resolve/resolve-internal.h"
#include "variant/variant.h"

static int value_error(struct ctx *ctx, const struct node *node,
		       const struct prop *prop, const char *why)
{
	return error_at(ctx, DC_VALUE_INVALID, NODE_LOC(node),
			"property '%s' %s (struct dtd_%s); U-Boot's dtoc fails or writes C that does not compile here",
			prop->name, why, node->struct_name);
}

static int check_prop(struct ctx *ctx, const struct node *node,
		      const struct prop *prop)
{
	const struct value *v = &prop->val;
	const char *why = NULL;

	if (!v->is_list)
		return value_check_elem(v->type, &v->elems[0], &why) ?
			       value_error(ctx, node, prop, why) : 0;
	if (holds_phandles(prop->name, prop->bt)) {
		struct phandle_info info;

		return phandle_info_typed(ctx, node, prop->name, prop->bt,
					  &prop->val, &info);
	}
	for (int i = 0; i < v->count; i++) {
		if (value_check_elem(v->type, &v->elems[i], &why))
			return value_error(ctx, node, prop, why);
	}
	return 0;
}

/* A node's member values, in its struct's (sorted) order */
static int check_node(struct ctx *ctx, const struct resolved *res,
		      const struct node *node)
{
	const struct dtd_struct *st = node_struct(res, node);

	for (int i = 0; i < st->fields.count; i++) {
		const struct field *f = st->fields.items[i];
		const struct prop *prop = node_prop(node, f->name);

		if (prop && check_prop(ctx, node, prop))
			return DTOC_ERR_INPUT;
	}
	return 0;
}

int check_values(struct ctx *ctx, const struct resolved *res)
{
	for (int i = 0; i < res->valid.count; i++) {
		const struct node *node = res->valid.items[i];

		for (int g = 0; g < variant_ngroups(node); g++) {
			if (check_node(ctx, res,
				       g ? variant_group(node, g) : node))
				return DTOC_ERR_INPUT;
		}
	}
	return 0;
}

int check_struct_phandles(struct ctx *ctx, const struct resolved *res)
{
	for (int i = 0; i < res->struct_order.count; i++) {
		const struct dtd_struct *st = res->struct_order.items[i];

		for (int k = 0; k < st->fields.count; k++) {
			const struct field *f = st->fields.items[k];
			struct phandle_info info;

			/* as dt-structs-gen.h sizes it: from the first node,
			 * unless a binding typed it */
			if (holds_phandles(f->name, f->bt) && !f->bt &&
			    phandle_info(ctx, res->valid.items[0], f->name,
					 &f->val, &info))
				return DTOC_ERR_INPUT;
		}
	}
	return 0;
}
