// SPDX-License-Identifier: GPL-2.0+
/*
 * --report: a JSON account of the run for CI jobs and people: each
 * node (its idx, compatible strings, driver or why none, uclass,
 * sequence number, parent), each driver used (with its file and line),
 * every warning and the error with where they point, and how many source
 * files were read, parsed or taken from the cache, and the bytes each
 * node's records take on ILP32 and LP64 (resolve/size.c). Written with
 * jansson, even when the run fails (that is when it is most useful).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "emit/emit.h"
#include "variant/variant.h"
#include "kbuild/kbuild.h"

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* Why a node has no driver, in words */
static const char *why_no_driver(struct ctx *ctx, const struct node *node)
{
	if (!node->struct_name)
		return "not resolved: the run stopped before this node";
	if (node->via_alias)
		return arena_printf(&ctx->arena,
				    "DM_DRIVER_ALIAS at %s:%d names driver '%s', which is not in the driver list (no .id or no .of_match); the platdata names it and the runtime binds it by name, but -i cannot instantiate it",
				    node->via_alias->file, node->via_alias->line,
				    node->struct_name);
	return arena_printf(&ctx->arena,
			    "no U_BOOT_DRIVER(%s) and no DM_DRIVER_ALIAS for any of its compatible strings",
			    node->struct_name);
}

static json_t *node_json(struct ctx *ctx, const struct node *node)
{
	json_t *obj = json_object();
	json_t *compat = json_array();
	const struct prop *prop = node_prop(node, "compatible");

	if (prop && prop->val.type == PT_STRING) {
		for (int i = 0; i < prop->val.count; i++)
			json_array_append_new(compat,
					      json_string(prop->val.elems[i].str));
	}
	json_object_set_new(obj, "path", json_string(node->path));
	json_object_set_new(obj, "idx", json_integer(node->idx));
	json_object_set_new(obj, "name", str_or_null(node->var_name));
	json_object_set_new(obj, "compatible", compat);
	json_object_set_new(obj, "driver",
			    str_or_null(node->driver ? node->driver->name : NULL));
	if (node->via_alias)
		json_object_set_new(obj, "driver_alias_file",
				    json_string(node->via_alias->file));
	if (!node->driver)
		json_object_set_new(obj, "why_no_driver",
				    json_string(why_no_driver(ctx, node)));
	json_object_set_new(obj, "uclass",
			    str_or_null(node->uclass ? node->uclass->uclass_id
						     : NULL));
	json_object_set_new(obj, "seq",
			    ctx->opt.instantiate && node->seq >= 0 ?
				    json_integer(node->seq) : json_null());
	json_object_set_new(obj, "parent",
			    str_or_null(node->parent ? node->parent->path : NULL));
	if (ctx->variants && node->var) {
		json_t *in = json_array();

		for (int v = 0; v < ctx->variants->count; v++) {
			if (node->var->present & (1u << v))
				json_array_append_new(in, json_string(
					ctx->variants->v[v].name));
		}
		json_object_set_new(obj, "variants", in);
	}
	json_object_set_new(obj, "parent_idx",
			    node->parent && node->parent->valid ?
				    json_integer(node->parent->idx) :
				    json_null());
	return obj;
}

/* With --config: whether the phase builds @file, and what says so */
static void add_built(const struct ctx *ctx, json_t *obj, const char *file)
{
	const struct kb_result *r = kbuild_verdict(ctx, file);

	if (!ctx->opt.config_file)
		return;
	json_object_set_new(obj, "built",
			    !r || r->verdict == KB_UNKNOWN ?
				    json_null() :
				    json_boolean(r->verdict == KB_BUILT));
	json_object_set_new(obj, "built_by",
			    str_or_null(r ? r->why :
					    "not asked: the run stopped first"));
	json_object_set_new(obj, "built_needs",
			    str_or_null(r ? r->option : NULL));
}

static json_t *uclass_json(const struct ctx *ctx, const struct uclass *uc)
{
	json_t *obj = json_object();

	json_object_set_new(obj, "name", json_string(uc->name));
	json_object_set_new(obj, "id", json_string(uc->uclass_id));
	json_object_set_new(obj, "file", json_string(uc->file));
	json_object_set_new(obj, "line", json_integer(uc->line));
	add_built(ctx, obj, uc->file);
	return obj;
}

static json_t *driver_json(const struct ctx *ctx, const struct driver *drv)
{
	json_t *obj = json_object();

	json_object_set_new(obj, "name", json_string(drv->name));
	json_object_set_new(obj, "file", json_string(drv->file));
	json_object_set_new(obj, "line", json_integer(drv->line));
	json_object_set_new(obj, "uclass", str_or_null(drv->uclass_id));
	json_object_set_new(obj, "phase", str_or_null(drv->phase));
	add_built(ctx, obj, drv->file);
	if (drv->of_match_offset && drv->compat)
		json_object_set_new(obj, "of_match",
				    json_pack("{s:s, s:i}", "table",
					      drv->compat->name, "from_entry",
					      drv->of_match_offset));
	return obj;
}

/* Our own "file:line: warning: text" lines, for warnings kept raw */
static void split_raw(const struct diag *d, json_t *obj)
{
	const char *sep = strstr(d->text, ": warning: ");
	const char *colon;

	if (!sep) {
		json_object_set_new(obj, "message", json_string(d->text));
		return;
	}
	json_object_set_new(obj, "message",
			    json_string(sep + strlen(": warning: ")));
	colon = memchr(d->text, ':', sep - d->text);
	if (colon) {
		json_object_set_new(obj, "file",
				    json_stringn(d->text, colon - d->text));
		json_object_set_new(obj, "line",
				    json_integer(atoi(colon + 1)));
	} else {
		json_object_set_new(obj, "file",
				    json_stringn(d->text, sep - d->text));
	}
}

static json_t *diag_json(const struct diag *d)
{
	json_t *obj = json_object();

	json_object_set_new(obj, "severity",
			    json_string(severity_name(d->severity)));
	if (d->raw) {
		split_raw(d, obj);
		return obj;
	}
	json_object_set_new(obj, "message", json_string(d->text));
	if (d->file)
		json_object_set_new(obj, "file", json_string(d->file));
	if (d->line)
		json_object_set_new(obj, "line", json_integer(d->line));
	if (d->node)
		json_object_set_new(obj, "node", json_string(d->node));
	return obj;
}

/* ------------------------------------------------------------- sizes */

static json_t *bytes_or_null(long n)
{
	return n < 0 ? json_null() : json_integer(n);
}

/* "driver_info" or, with -i, "udevice": the key of the node's record */
static const char *record_key(const struct ctx *ctx)
{
	return ctx->opt.instantiate ? "udevice" : "driver_info";
}

/* One ABI's figures of a node: {"plat", "driver_info"|"udevice",
 * "priv", "total"}; null: a size dtoc cannot know (see "unknown") */
static json_t *abi_size_json(const struct ctx *ctx, const struct node_size *ns)
{
	json_t *obj = json_object();

	json_object_set_new(obj, "plat", bytes_or_null(ns->plat));
	json_object_set_new(obj, record_key(ctx), json_integer(ns->record));
	json_object_set_new(obj, "priv", bytes_or_null(ns->priv));
	json_object_set_new(obj, "total", json_integer(ns->total));
	return obj;
}

static json_t *unknown_json(const struct ptrvec *unknown)
{
	json_t *arr = json_array();

	for (int i = 0; i < unknown->count; i++) {
		const struct unknown_record *u = unknown->items[i];

		json_array_append_new(arr, json_pack("{s:s, s:s, s:s}",
						     "what", u->what,
						     "struct", u->c_struct,
						     "symbol", u->symbol));
	}
	return arr;
}

/* What the run's sizes add up to */
struct size_totals {
	struct {
		long plat, record, uclass, priv, total;
	} abi[NUM_ABIS];
	int unknown;		/* records whose size dtoc cannot know */
	struct ptrvec structs;	/* their structs' names (char *) */
};

/* Add @ns, a node's (@uclass false) or a uclass's records, to @t */
static void add_to_totals(struct ctx *ctx, struct size_totals *t,
			  enum abi abi, const struct node_size *ns, bool uclass)
{
	t->abi[abi].plat += ns->plat > 0 ? ns->plat : 0;
	if (uclass)
		t->abi[abi].uclass += ns->record;
	else
		t->abi[abi].record += ns->record;
	t->abi[abi].priv += ns->priv > 0 ? ns->priv : 0;
	t->abi[abi].total += ns->total;
	if (abi)
		return; /* the same records on both ABIs */
	t->unknown += ns->unknown.count;
	for (int k = 0; k < ns->unknown.count; k++) {
		const struct unknown_record *u = ns->unknown.items[k];

		apv_push(&ctx->arena, &t->structs, (void *)u->c_struct);
	}
}

/* A node's "size": {"ilp32": {...}, "lp64": {...}, "unknown": [...]},
 * added to @totals; NULL if it cannot be measured */
static json_t *node_size_json(struct ctx *ctx, const struct resolved *res,
			      const struct node *node,
			      struct size_totals *totals)
{
	json_t *obj = json_object();
	struct node_size ns;

	for (int a = 0; a < NUM_ABIS; a++) {
		if (node_record_size(ctx, res, node, a, &ns)) {
			json_decref(obj);
			return NULL;
		}
		json_object_set_new(obj, abi_name(a), abi_size_json(ctx, &ns));
		add_to_totals(ctx, totals, a, &ns, false);
	}
	json_object_set_new(obj, "unknown", unknown_json(&ns.unknown));
	return obj;
}

/* With -i, each DM_UCLASS_INST record: {"name", "ilp32": {"uclass",
 * "priv", "total"}, "lp64": {...}, "unknown": [...]}, added to @t */
static json_t *uclass_sizes_json(struct ctx *ctx, const struct resolved *res,
				 struct size_totals *t)
{
	json_t *arr = json_array();
	struct node_size ns;

	for (int i = 0; i < res->uclasses.count; i++) {
		const struct uclass *uc = res->uclasses.items[i];
		json_t *obj = json_object();

		json_object_set_new(obj, "name", json_string(uc->name));
		for (int a = 0; a < NUM_ABIS; a++) {
			uclass_record_size(ctx, uc, a, &ns);
			json_object_set_new(obj, abi_name(a),
					    json_pack("{s:I, s:o, s:I}",
						      "uclass", (json_int_t)ns.record,
						      "priv", bytes_or_null(ns.priv),
						      "total", (json_int_t)ns.total));
			add_to_totals(ctx, t, a, &ns, true);
		}
		json_object_set_new(obj, "unknown", unknown_json(&ns.unknown));
		json_array_append_new(arr, obj);
	}
	return arr;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The top-level "size": the known bytes added up per ABI (records whose
 * size dtoc cannot know are counted in "unknown_records"), and the
 * runtime layouts assumed */
static json_t *sizes_json(struct ctx *ctx, const struct resolved *res,
			  struct size_totals *t)
{
	json_t *obj = json_object();
	json_t *layouts = json_object();
	json_t *structs = json_array();
	bool inst = ctx->opt.instantiate;

	if (inst)
		json_object_set_new(obj, "uclasses", uclass_sizes_json(ctx, res,
								       t));
	for (int a = 0; a < NUM_ABIS; a++) {
		json_t *abi = json_object();

		json_object_set_new(abi, "plat", json_integer(t->abi[a].plat));
		json_object_set_new(abi, record_key(ctx),
				    json_integer(t->abi[a].record));
		if (inst)
			json_object_set_new(abi, "uclass",
					    json_integer(t->abi[a].uclass));
		json_object_set_new(abi, "priv", json_integer(t->abi[a].priv));
		json_object_set_new(abi, "total",
				    json_integer(t->abi[a].total));
		json_object_set_new(obj, abi_name(a), abi);
	}
	pv_sort(&t->structs, cmp_str);
	for (int i = 0; i < t->structs.count; i++) {
		if (!i || strcmp(t->structs.items[i], t->structs.items[i - 1]))
			json_array_append_new(structs,
					      json_string(t->structs.items[i]));
	}
	json_object_set_new(obj, "nodes", json_integer(res->valid.count));
	json_object_set_new(obj, "unknown_records", json_integer(t->unknown));
	json_object_set_new(obj, "unknown_structs", structs);
	for (int r = 0; r < NUM_DM_RECORDS; r++) {
		bool used = inst ? r != REC_DRIVER_INFO : r == REC_DRIVER_INFO;

		if (used)
			json_object_set_new(layouts, dm_record_name(r),
					    json_string(dm_record_layout(r)));
	}
	json_object_set_new(obj, "layout", layouts);
	return obj;
}

static json_t *build(struct ctx *ctx, const struct resolved *res, bool ok)
{
	json_t *root = json_object();
	json_t *nodes = json_array();
	json_t *drivers = json_array();
	json_t *diags = json_array();
	struct size_totals totals = { 0 };
	bool sizes_ok = ok;

	json_object_set_new(root, "dtb", json_string(ctx->opt.dtb_file));
	json_object_set_new(root, "instantiate",
			    json_boolean(ctx->opt.instantiate));
	json_object_set_new(root, "phase", str_or_null(ctx->opt.phase));
	json_object_set_new(root, "ok", json_boolean(ok));
	if (ctx->variants) {
		json_t *vars = json_array();

		for (int v = 0; v < ctx->variants->count; v++) {
			json_t *o = json_object();

			json_object_set_new(o, "name",
					    json_string(ctx->variants->v[v].name));
			json_object_set_new(o, "file",
					    json_string(ctx->variants->v[v].file));
			json_array_append_new(vars, o);
		}
		json_object_set_new(root, "variants", vars);
	}
	for (int i = 0; i < res->valid.count; i++) {
		json_t *node = node_json(ctx, res->valid.items[i]);
		json_t *size = ok ? node_size_json(ctx, res,
						   res->valid.items[i],
						   &totals) : NULL;

		json_object_set_new(node, "size", size ? size : json_null());
		sizes_ok &= size != NULL;
		json_array_append_new(nodes, node);
	}
	json_object_set_new(root, "size", sizes_ok ?
				    sizes_json(ctx, res, &totals) :
				    json_null());
	if (ctx->scan) {
		for (int i = 0; i < ctx->scan->drivers.count; i++) {
			const struct driver *drv =
				ctx->scan->drivers.entries[i].value;

			if (drv->used)
				json_array_append_new(drivers,
						      driver_json(ctx, drv));
		}
	}
	for (int i = 0; i < ctx->warnings.count; i++)
		json_array_append_new(diags, diag_json(ctx->warnings.items[i]));
	if (!ok && ctx->error)
		json_array_append_new(diags, diag_json(ctx->error));
	if (ctx->scan) {
		json_t *scan = json_object();

		json_object_set_new(scan, "files_read",
				    json_integer(ctx->scan->files_read));
		json_object_set_new(scan, "files_parsed",
				    json_integer(ctx->scan->files_scanned));
		json_object_set_new(scan, "files_from_cache",
				    json_integer(ctx->scan->files_cached));
		json_object_set_new(root, "scan", scan);
	}
	json_object_set_new(root, "nodes", nodes);
	json_object_set_new(root, "drivers", drivers);
	if (ctx->opt.config_file) {
		json_t *ucs = json_array();

		for (int i = 0; i < res->uclasses.count; i++)
			json_array_append_new(ucs,
					      uclass_json(ctx, res->uclasses.items[i]));
		json_object_set_new(root, "uclasses", ucs);
		json_object_set_new(root, "config",
				    json_string(ctx->opt.config_file));
	}
	json_object_set_new(root, "diagnostics", diags);
	return root;
}

int report_write(struct ctx *ctx, const struct resolved *res, bool ok)
{
	const char *path = ctx->opt.report;
	char *tmp = arena_printf(&ctx->arena, "%s.dtoc-tmp-%ld", path,
				 (long)getpid());
	json_t *root = build(ctx, res, ok);
	int ret = json_dump_file(root, tmp, JSON_INDENT(2) | JSON_SORT_KEYS);

	json_decref(root);
	if (!ret && rename(tmp, path))
		ret = -1;
	if (!ret)
		return 0;
	unlink(tmp);
	if (!ctx->error)
		set_error(ctx, "cannot write report '%s': %s", path,
			  strerror(errno));
	return DTOC_ERR_IO;
}
