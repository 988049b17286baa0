// SPDX-License-Identifier: GPL-2.0+
/*
 * --depfile: a Make rule saying which inputs the outputs were made from
 * (with --config, the .config and the Makefiles read too)
 * (with --bindings, the binding files read in full too),
 * so that editing a driver that is used makes Make run dtoc again, and
 * editing an unrelated file does not.
 */
#include <stdlib.h>
#include <string.h>

#include "bindings/bindings.h"
#include "emit/emit.h"
#include "kbuild/kbuild.h"

static void add_file(struct ctx *ctx, struct strmap *seen,
		     struct ptrvec *files, const char *file)
{
	if (file && !sm_has(seen, file)) {
		sm_put_const(seen, file, file);
		apv_push_const(&ctx->arena, files, file);
	}
}

/* The header that defines @name (and any it shadowed: editing those
 * could change which one is chosen). */
static void add_struct(struct ctx *ctx, struct strmap *seen,
		       struct ptrvec *files, const char *name)
{
	const struct struct_def *def;

	if (!name || !*name)
		return;
	for (def = sm_get(&ctx->scan->structs, name); def; def = def->shadowed)
		add_file(ctx, seen, files, def->file);
}

static void add_driver(struct ctx *ctx, struct strmap *seen,
		       struct ptrvec *files, const struct driver *drv)
{
	add_file(ctx, seen, files, drv->file);
	for (int i = 0; i < drv->dups.count; i++)
		add_file(ctx, seen, files,
			 ((const struct driver *)drv->dups.items[i])->file);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void used_sources(struct ctx *ctx, const struct resolved *res,
		  struct ptrvec *files)
{
	struct strmap seen = { 0 };
	bool inst = ctx->opt.instantiate;

	for (int i = 0; i < res->valid.count; i++) {
		const struct node *node = res->valid.items[i];
		const struct driver *drv = node->driver;

		if (node->via_alias)
			add_file(ctx, &seen, files, node->via_alias->file);
		if (!drv)
			continue;
		add_driver(ctx, &seen, files, drv);
		if (node->uclass)
			add_file(ctx, &seen, files, node->uclass->file);
		if (!inst)
			continue;
		add_struct(ctx, &seen, files, drv->priv);
		add_struct(ctx, &seen, files, drv->plat);
		if (node->parent_driver) {
			add_struct(ctx, &seen, files,
				   node->parent_driver->child_priv);
			add_struct(ctx, &seen, files,
				   node->parent_driver->child_plat);
		}
		if (node->uclass) {
			add_struct(ctx, &seen, files,
				   node->uclass->per_dev_priv);
			add_struct(ctx, &seen, files,
				   node->uclass->per_dev_plat);
			add_struct(ctx, &seen, files, node->uclass->priv);
		}
	}
	for (int i = 0; i < res->uclasses.count; i++)
		add_file(ctx, &seen, files,
			 ((const struct uclass *)res->uclasses.items[i])->file);
	if (res->typing) {
		struct ptrvec bound = { 0 };

		typing_used_files(res->typing, &bound, &ctx->arena);
		for (int i = 0; i < bound.count; i++)
			add_file(ctx, &seen, files, bound.items[i]);
	}
	if (ctx->kbuild) {
		struct ptrvec kfiles = { 0 };

		/* with --config: the .config and the Makefiles read */
		kbuild_used_files(ctx, &kfiles, &ctx->arena);
		for (int i = 0; i < kfiles.count; i++)
			add_file(ctx, &seen, files, kfiles.items[i]);
	}
	sm_free(&seen);
	pv_sort(files, cmp_str);
}

/* A file name as Make reads it: blanks escaped, '$' doubled */
static void put_name(struct strbuf *sb, const char *name)
{
	for (const char *p = name; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '#' || *p == '\\')
			sb_puts(sb, "\\");
		if (*p == '$')
			sb_puts(sb, "$");
		sb_add(sb, p, 1);
	}
}

void depfile_write(struct ctx *ctx, const struct resolved *res,
		   const struct outputs *outs, struct strbuf *sb)
{
	struct ptrvec files = { 0 };
	bool first = true;

	used_sources(ctx, res, &files);
	/* the depfile is a target too: it is the stamp of the last run */
	for (int i = 0; i < outs->count; i++) {
		const char *path = outs->items[i].path;

		if (!path)
			continue;
		if (!first)
			sb_puts(sb, " ");
		put_name(sb, path);
		first = false;
	}
	sb_puts(sb, ":");
	sb_puts(sb, " ");
	put_name(sb, ctx->opt.dtb_file);
	for (int i = 0; i < ctx->opt.nvariants; i++) { /* the overlays */
		sb_puts(sb, " ");
		put_name(sb, strchr(ctx->opt.variants[i], '=') + 1);
	}
	for (int i = 0; i < files.count; i++) {
		sb_puts(sb, " \\\n ");
		put_name(sb, files.items[i]);
	}
	sb_puts(sb, "\n");
	/* an empty rule for each source, so that a deleted one is no error */
	for (int i = 0; i < files.count; i++) {
		sb_puts(sb, "\n");
		put_name(sb, files.items[i]);
		sb_puts(sb, ":\n");
	}
}
