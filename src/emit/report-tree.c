// SPDX-License-Identifier: GPL-2.0+
/*
 * --report, the tree in full: what `dtoc diff` compares (src/diff/).
 * Each node's properties with their types and values (phandles as the
 * target's path and args, never as numbers, which change when any node
 * is added), its status, its struct; the structs with their members'
 * C types; the nodes dtoc leaves out and why; the aliases.
 */
#include <string.h>

#include "emit/emit-internal.h"
#include "emit/report-tree.h"

static const char *ptype_json_name(enum ptype type)
{
	switch (type) {
	case PT_BYTE:
		return "bytes";
	case PT_STRING:
		return "strings";
	case PT_BOOL:
		return "bool";
	default:
		return "cells";
	}
}

/*
 * Properties that dtoc (as U-Boot's) holds as plain cells but that hold
 * phandles by convention: shown by target too, so that a number that
 * only moved is not a change. "List": phandles with args (the target's
 * #...-cells, none if it has none); else single phandles, no args.
 */
static const char *const phandle_lists[] = {
	"power-domains", "resets", "phys", "dmas", "iommus", "mboxes",
	"assigned-clocks", "assigned-clock-parents", "thermal-sensors",
	"io-channels", "pwms", "nvmem-cells", "gpio-ranges",
};
static const char *const phandle_suffixes[] = {
	"-supply", ",grf", ",sgrf", ",pmugrf", ",pmu", ",noc", ",sram",
	",cru", "syscon", "-handle", "-parent", "-pwrseq", "memory-region",
	"operating-points-v2",
};

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && !strcmp(s + n - k, suffix);
}

/* Whether @name holds phandles by convention; *@list: with args */
static bool phandles_by_convention(const char *name, bool *list)
{
	const char *p = name + strlen("pinctrl-");

	*list = false;
	if (!strncmp(name, "pinctrl-", strlen("pinctrl-")) && *p &&
	    strspn(p, "0123456789") == strlen(p))
		return true;
	for (size_t i = 0; i < sizeof(phandle_suffixes) /
			       sizeof(*phandle_suffixes); i++) {
		if (has_suffix(name, phandle_suffixes[i]))
			return true;
	}
	for (size_t i = 0; i < sizeof(phandle_lists) / sizeof(*phandle_lists);
	     i++) {
		if (!strcmp(name, phandle_lists[i]))
			return *list = true;
	}
	return false;
}

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}

/* The phandles of @prop as [{"target": path, "args": [...], "phandle":
 * N}], or NULL when its cells do not decode (then it is shown as plain
 * cells). @cells_name: the targets' #...-cells (NULL: no args); with
 * @lenient a target without it has no args. Unlike phandle_info() this
 * never records an error: a node dtoc leaves out may hold anything. */
static json_t *phandles_json(struct ctx *ctx, const struct prop *prop,
			     const struct value *v, const char *cells_name,
			     bool lenient)
{
	json_t *arr = json_array();
	int i = 0;

	if (v->type != PT_INT)
		goto raw;
	while (i < v->count) {
		const struct node *target;
		const struct prop *cells;
		uint32_t nargs = 0;
		json_t *args, *ref;

		if (!v->elems[i].cell)
			break; /* the rest is padding */
		target = dt_find_phandle(ctx->dt, v->elems[i].cell);
		if (!target && lenient) {
			/* a node the blob lacks (fdtgrep leaves most out of
			 * SPL's): no path, and where its args end we cannot
			 * tell, so the rest goes with it */
			uint32_t rest = cells_name ? v->count - i - 1 : 0;

			/* unless the same phandle comes again (dmas = <&dmac
			 * 15>, <&dmac 16>): the args are those before it */
			for (uint32_t k = 1; k <= rest; k++) {
				if (v->elems[i + k].cell == v->elems[i].cell) {
					rest = k - 1;
					break;
				}
			}

			args = json_array();
			for (uint32_t a = 1; a <= rest; a++)
				json_array_append_new(args, json_integer(
					v->elems[i + a].cell));
			ref = json_pack("{s:n, s:o, s:i}", "target", "args",
					args, "phandle", (int)v->elems[i].cell);
			json_array_append_new(arr, ref);
			i += 1 + rest;
			continue;
		}
		if (!target)
			goto raw;
		cells = cells_name ? node_prop(target, cells_name) : NULL;
		if (cells && cells->len == 4)
			nargs = be32(cells->data);
		else if (!cells_name)
			nargs = 0; /* a single phandle */
		else if (lenient)
			nargs = v->count - i - 1; /* unknown: all the rest */
		else if (prop->bt && prop->bt->fixed_args >= 0)
			nargs = prop->bt->fixed_args;
		else
			goto raw;
		if (nargs > (uint32_t)(v->count - i - 1))
			goto raw;
		args = json_array();
		for (uint32_t a = 1; a <= nargs; a++)
			json_array_append_new(args,
					      json_integer(v->elems[i + a].cell));
		ref = json_object();
		json_object_set_new(ref, "target", json_string(target->path));
		json_object_set_new(ref, "args", args);
		json_object_set_new(ref, "phandle",
				    json_integer(v->elems[i].cell));
		json_array_append_new(arr, ref);
		i += 1 + nargs;
	}
	return arr;
raw:
	json_decref(arr);
	return NULL;
}

/* A property's phandles, if it holds them for dtoc or by convention */
static json_t *prop_phandles(struct ctx *ctx, const struct prop *prop,
			     const struct value *v)
{
	bool list;

	if (holds_phandles(prop->name, prop->bt))
		return phandles_json(ctx, prop, v, prop->bt ?
				     (prop->bt->base == BT_PHANDLE ? NULL :
				      cells_prop_for(&ctx->arena, prop->name)) :
				     phandle_cells_prop(prop->name), false);
	if (phandles_by_convention(prop->name, &list))
		return phandles_json(ctx, prop, v, list ?
				     cells_prop_for(&ctx->arena, prop->name) :
				     NULL, true);
	return NULL;
}

/* Vendor pin tables (rockchip,pins: bank, pin, function, then the
 * phandle of a pin configuration, per pin): the cells, with each
 * phandle as {"target", "phandle"}; NULL if not one */
static json_t *pins_json(struct ctx *ctx, const struct prop *prop,
			 const struct value *v)
{
	json_t *arr;

	if (!has_suffix(prop->name, ",pins") || v->type != PT_INT ||
	    v->count % 4)
		return NULL;
	arr = json_array();
	for (int i = 0; i < v->count; i++) {
		const struct node *target = i % 4 == 3 ?
			dt_find_phandle(ctx->dt, v->elems[i].cell) : NULL;

		json_array_append_new(arr, target ?
			json_pack("{s:s, s:I}", "target", target->path,
				  "phandle", (json_int_t)v->elems[i].cell) :
			json_integer(v->elems[i].cell));
	}
	return arr;
}

/* {"type": ..., "value": [...], "member": C name or null}; phandles that
 * dtoc copies as plain numbers, found by convention, are marked
 * "numbers_in_c": true (a renumbering changes the C there) */
static json_t *prop_json(struct ctx *ctx, const struct node *node,
			 const struct prop *prop)
{
	json_t *obj = json_object();
	json_t *vals = NULL;
	struct value v;
	bool member = node->valid && prop_is_member(prop->name);

	/* the type as the bytes give it: the struct's widened type is in
	 * "structs" */
	value_from_bytes(&ctx->arena, &v, prop->data, prop->len);
	vals = prop_phandles(ctx, prop, &v);
	if (vals) {
		json_object_set_new(obj, "type", json_string("phandles"));
		if (!holds_phandles(prop->name, prop->bt))
			json_object_set_new(obj, "numbers_in_c",
					    json_true());
	} else if ((vals = pins_json(ctx, prop, &v))) {
		json_object_set_new(obj, "type", json_string("cells"));
		json_object_set_new(obj, "numbers_in_c", json_true());
	} else {
		vals = json_array();
		json_object_set_new(obj, "type",
				    json_string(ptype_json_name(v.type)));
		for (int i = 0; v.type != PT_BOOL && i < v.count; i++) {
			const struct elem *e = &v.elems[i];

			json_array_append_new(vals, e->kind == EK_STR ?
					      json_string(e->str) :
					      json_integer(e->cell));
		}
	}
	json_object_set_new(obj, "value", vals);
	json_object_set_new(obj, "member",
			    member ? json_string(conv_name_to_c(&ctx->arena,
								prop->name)) :
				     json_null());
	return obj;
}

static json_t *props_json(struct ctx *ctx, const struct node *node)
{
	json_t *obj = json_object();

	for (int i = 0; i < node->nprops; i++) {
		const struct prop *prop = &node->props[i];

		/* a phandle's number is not data: only what refers to it */
		if (!strcmp(prop->name, "phandle") ||
		    !strcmp(prop->name, "linux,phandle"))
			continue;
		json_object_set_new(obj, prop->name,
				    prop_json(ctx, node, prop));
	}
	return obj;
}

static json_t *status_json(const struct node *node)
{
	const struct prop *status = node_prop(node, "status");

	if (!status)
		return json_null();
	/* as the bytes are: "okay", "disabled", or anything else */
	return json_stringn((const char *)status->data,
			    status->len && !status->data[status->len - 1] ?
				    status->len - 1 : status->len);
}

void report_node_tree(struct ctx *ctx, const struct node *node, json_t *obj)
{
	json_object_set_new(obj, "status", status_json(node));
	json_object_set_new(obj, "struct",
			    node->struct_name ?
				    json_string(arena_printf(&ctx->arena,
							     "dtd_%s",
							     node->struct_name)) :
				    json_null());
	json_object_set_new(obj, "uclass_index",
			    node->driver && node->uclass ?
				    json_integer(node->uclass_seq) :
				    json_null());
	json_object_set_new(obj, "props", props_json(ctx, node));
}

/* ------------------------------------------------------ skipped nodes */

/* Why dtoc leaves @node out, as a short code and in words */
static const char *why_skipped(const struct ctx *ctx, const struct node *node,
			       const char **reason)
{
	const struct prop *status = node_prop(node, "status");

	if (!node->parent) {
		*reason = "root";
		return "the root node has no record without -i";
	}
	if (!strcmp(node->path, "/chosen")) {
		*reason = "chosen";
		return "/chosen is not a device: dtoc leaves it out, and a phase built with OF_PLATDATA has no devicetree to read it from";
	}
	if (!node_prop(node, "compatible")) {
		*reason = "no-compatible";
		return "no compatible string: not a device for dtoc";
	}
	if (status && status->len == sizeof("disabled") &&
	    !memcmp(status->data, "disabled", sizeof("disabled"))) {
		*reason = "disabled";
		return "status = \"disabled\"";
	}
	*reason = "not-resolved";
	return ctx->error ? "the run stopped before this node" :
			    "not a device for dtoc";
}

static void skipped_nodes(struct ctx *ctx, const struct node *node,
			  json_t *arr)
{
	/* /aliases is in "aliases" */
	if (!node->valid && strcmp(node->path, "/aliases")) {
		json_t *obj = json_object();
		const char *reason;
		const char *why = why_skipped(ctx, node, &reason);

		json_object_set_new(obj, "path", json_string(node->path));
		json_object_set_new(obj, "reason", json_string(reason));
		json_object_set_new(obj, "why", json_string(why));
		json_object_set_new(obj, "status", status_json(node));
		json_object_set_new(obj, "props", props_json(ctx, node));
		json_array_append_new(arr, obj);
	}
	for (int i = 0; i < node->nchildren; i++)
		skipped_nodes(ctx, node->children[i], arr);
}

/* ---------------------------------------------------------- structs */

static json_t *structs_json(struct ctx *ctx, const struct resolved *res)
{
	json_t *arr = json_array();

	for (int i = 0; i < res->struct_order.count; i++) {
		const struct dtd_struct *st = res->struct_order.items[i];
		json_t *obj = json_object();
		json_t *members = json_array();

		for (int k = 0; k < st->fields.count; k++) {
			const struct field *f = st->fields.items[k];
			struct member_decl decl;
			const char *type;
			int array;
			json_t *m;

			if (field_decl(ctx, res, f, &decl))
				continue; /* the run has failed already */
			type = decl.phandles ?
				arena_printf(&ctx->arena, "struct phandle_%d_arg",
					     decl.args) :
				ptype_c_name(decl.type);
			array = decl.count;
			m = json_object();
			json_object_set_new(m, "prop", json_string(f->name));
			json_object_set_new(m, "name", json_string(f->c_name));
			json_object_set_new(m, "type", json_string(type));
			json_object_set_new(m, "array", array >= 0 ?
					    json_integer(array) : json_null());
			json_array_append_new(members, m);
		}
		json_object_set_new(obj, "name",
				    json_string(arena_printf(&ctx->arena,
							     "dtd_%s",
							     st->name)));
		json_object_set_new(obj, "members", members);
		json_array_append_new(arr, obj);
	}
	return arr;
}

static json_t *aliases_json(const struct ctx *ctx)
{
	const struct node *aliases = dt_find_path(ctx->dt, "/aliases");
	json_t *obj = json_object();

	for (int i = 0; aliases && i < aliases->nprops; i++) {
		const struct prop *prop = &aliases->props[i];

		json_object_set_new(obj, prop->name,
				    prop->val.type == PT_STRING ?
					    json_string(prop->val.elems[0].str) :
					    json_null());
	}
	return obj;
}

void report_tree(struct ctx *ctx, const struct resolved *res, bool ok,
		 json_t *root)
{
	json_t *skipped;

	if (!ctx->dt || !ctx->dt->root)
		return;
	json_object_set_new(root, "aliases", aliases_json(ctx));
	/* after a failure the structs may be half built */
	if (ok)
		json_object_set_new(root, "structs", structs_json(ctx, res));
	skipped = json_array();
	skipped_nodes(ctx, ctx->dt->root, skipped);
	json_object_set_new(root, "skipped", skipped);
}
