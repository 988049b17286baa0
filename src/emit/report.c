// SPDX-License-Identifier: GPL-2.0+
/*
 * --report: a JSON account of the run for CI jobs and people: each
 * node (its idx, compatible strings, driver or why none, uclass,
 * sequence number, parent), each driver used (with its file and line),
 * every diagnostic (diagnostics.c), how many source files were read,
 * parsed or taken from the cache, the bytes each node's records take on
 * ILP32 and LP64 (report-size.c), and the tree that `dtoc diff` compares
 * (report-tree.c). Written with
 * jansson, even when the run fails (that is when it is most useful).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <jansson.h>

#include "bindings/bindings.h"
#include "emit/diagnostics.h"
#include "emit/emit.h"
#include "emit/report-size.h"
#include "emit/report-tree.h"
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
	report_node_tree(ctx, node, obj);
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

json_t *report_build(struct ctx *ctx, const struct resolved *res, bool ok)
{
	json_t *root = json_object();
	json_t *nodes = json_array();
	json_t *drivers = json_array();
	json_t *diags = json_array();

	json_object_set_new(root, "dtoc_report", json_integer(REPORT_FORMAT));
	json_object_set_new(root, "dtoc_version", json_string(DTOC_VERSION));
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
	for (int i = 0; i < res->valid.count; i++)
		json_array_append_new(nodes,
				      node_json(ctx, res->valid.items[i]));
	report_sizes(ctx, res, ok, root, nodes);
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
	if (ctx->opt.nbindings_dirs) {
		json_t *bind = json_object();
		int indexed, cached, full;

		typing_counts(res->typing, &indexed, &cached, &full);
		json_object_set_new(bind, "files_indexed", json_integer(indexed));
		json_object_set_new(bind, "files_from_cache",
				    json_integer(cached));
		json_object_set_new(bind, "files_read_in_full",
				    json_integer(full));
		json_object_set_new(root, "bindings", bind);
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
	report_tree(ctx, res, ok, root);
	return root;
}

int report_write(struct ctx *ctx, const struct resolved *res, bool ok)
{
	const char *path = ctx->opt.report;
	char *tmp = arena_printf(&ctx->arena, "%s.dtoc-tmp-%ld", path,
				 (long)getpid());
	json_t *root = report_build(ctx, res, ok);
	struct stat st;
	int ret, err;

	if (!stat(path, &st) && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
		/* a device or a FIFO (--report /dev/null): written to, as a
		 * file renamed over it would take its place */
		ret = json_dump_file(root, path, JSON_INDENT(2) | JSON_SORT_KEYS);
		err = errno;
		json_decref(root);
		goto done;
	}
	tempfile_add(tmp);
	ret = json_dump_file(root, tmp, JSON_INDENT(2) | JSON_SORT_KEYS);
	if (!ret && rename(tmp, path))
		ret = -1;
	err = errno;
	json_decref(root);
	if (ret)
		unlink(tmp);
	tempfile_forget(tmp);
done:
	if (!ret)
		return 0;
	if (!ctx->error)
		error_at(ctx, DC_OUTPUT_UNWRITABLE, NAMED_FILE_LOC(path),
			 "cannot write report '%s': %s", path, strerror(err));
	return DTOC_ERR_IO;
}
