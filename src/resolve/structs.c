// SPDX-License-Identifier: GPL-2.0+
/*
 * Resolve: the dtd_ structs, each member widened over the nodes that
 * share the struct, and the phandles they hold.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/resolve-internal.h"

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

int field_decl(struct ctx *ctx, const struct resolved *res,
	       const struct field *f, struct member_decl *out)
{
	struct phandle_info info = {
		.count = f->nphandles,
		.max_args = f->max_args,
	};

	memset(out, 0, sizeof(*out));
	out->type = f->val.type;
	out->count = f->val.is_list ? f->val.count : -1;
	if (!holds_phandles(f->name, f->bt))
		return 0;
	/* the first node's entries size the array, unless a binding
	 * typed it: then all do (check_phandles() made sure they fit) */
	if (!f->bt &&
	    phandle_info(ctx, res->valid.items[0], f->name, &f->val, &info))
		return DTOC_ERR_INPUT;
	out->phandles = true;
	out->args = info.max_args;
	out->count = info.count;
	return 0;
}

static int widen_error(struct ctx *ctx, const struct node *node,
		       const char *pname, const char *why)
{
	return error_at(ctx, DC_VALUE_TYPE_CONFLICT, NODE_LOC(node),
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

/* Each struct's flags that its bindings name and no node has: false
 * there, like a flag a node lacks. */
static void add_binding_flags(struct ctx *ctx, struct resolved *res)
{
	for (int i = 0; res->typing && i < res->struct_order.count; i++) {
		struct dtd_struct *st = res->struct_order.items[i];
		struct ptrvec flags = { 0 };

		typing_struct_flags(res->typing, st->name, &ctx->arena, &flags);
		for (int k = 0; k < flags.count; k++) {
			const struct typed_flag *tf = flags.items[k];
			struct field *f;

			if (struct_field(st, tf->name))
				continue;
			f = arena_alloc(&ctx->arena, sizeof(*f));
			f->name = tf->name;
			f->c_name = conv_name_to_c(&ctx->arena, tf->name);
			value_from_typed_bytes(&ctx->arena, &f->val, NULL, 0,
					       PT_BOOL, false);
			f->bt = tf->bt;
			apv_push(&ctx->arena, &st->fields, f);
		}
	}
}

int build_structs(struct ctx *ctx, struct resolved *res)
{
	const char *why = NULL;

	for (int i = 0; i < res->valid.count; i++) {
		struct node *node = res->valid.items[i];
		struct dtd_struct *st = node_struct(res, node);

		if (!st) {
			st = arena_alloc(&ctx->arena, sizeof(*st));
			st->name = node->struct_name;
			st->first = node;
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
	add_binding_flags(ctx, res);
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
				return error_at(ctx, DC_VALUE_OVERFLOW,
						NODE_LOC(node),
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
				return error_at(ctx, DC_NAME_INVALID,
						QUIET_NODE_LOC(st->first),
						 "property '%s' (struct dtd_%s): its C name '%s' is not a valid C identifier",
						 f->name, st->name, f->c_name);
			for (int j = 0; j < k; j++) {
				struct field *g = st->fields.items[j];

				if (!strcmp(f->c_name, g->c_name))
					return error_at(ctx, DC_NAME_CLASH,
							QUIET_NODE_LOC(st->first),
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
int check_phandles(struct ctx *ctx, struct resolved *res)
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
				return error_at(ctx, DC_VALUE_OVERFLOW,
						NODE_LOC(node),
						 "property '%s' has %d phandles with up to %d args, but struct dtd_%s holds %d with up to %d (sized from its first node); U-Boot's dtoc writes C that loses values here",
						 prop->name, mine.count,
						 mine.max_args, st->name,
						 sized.count, sized.max_args);
			int pos = 0;

			for (int k = 0; k < mine.count; k++) {
				struct node *target = dt_find_phandle(
					ctx->dt, prop->val.elems[pos].cell);

				if (pos + mine.args[k] >= prop->val.count)
					return error_at(ctx,
							DC_PHANDLE_ARGS_SHORT,
							NODE_LOC(node),
							 "property '%s': phandle %d of node '%s' needs %d args, but the property ends before them",
							 prop->name, k,
							 target->path, mine.args[k]);
				for (int a = 1; a <= mine.args[k]; a++) {
					if (prop->val.elems[pos + a].kind !=
					    EK_CELL)
						return error_at(ctx,
								DC_PHANDLE_INVALID,
								NODE_LOC(node),
								 "property '%s' has args that are not cells",
								 prop->name);
				}
				if (!target->valid)
					return error_at(ctx,
							DC_PHANDLE_NOT_DEVICE,
							NODE_LOC(node),
							 "property '%s' refers to node '%s', which is not a device (it has no compatible string or is disabled)",
							 prop->name,
							 target->path);
				pos += 1 + mine.args[k];
			}
		}
	}
	return 0;
}
