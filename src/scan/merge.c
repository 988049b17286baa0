// SPDX-License-Identifier: GPL-2.0+
/*
 * The scan's state, and each file's result merged into it as the
 * reference would have after reading that file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/merge.h"
#include "scan/lines.h"

void scan_init(struct scan *scan, const char *phase)
{
	memset(scan, 0, sizeof(*scan));
	scan->phase = phase;
}

void scan_free(struct scan *scan)
{
	for (int i = 0; i < scan->uclasses.count; i++) {
		struct uclass *uc = scan->uclasses.entries[i].value;

		sm_free(&uc->path_to_seq);
	}
	sm_free(&scan->drivers);
	sm_free(&scan->driver_aliases);
	sm_free(&scan->uclasses);
	sm_free(&scan->structs);
	sm_free(&scan->warnings);
	for (int i = 0; i < scan->narenas; i++)
		arena_free(&scan->arenas[i]);
	free(scan->arenas);
	cache_free(scan->cache);
}

void scan_add_warning(struct ctx *ctx, struct scan *scan,
		      const char *driver_name, const char *fmt, ...)
{
	struct driver_warnings *w = sm_get(&scan->warnings, driver_name);
	va_list ap;
	int len;

	if (!w) {
		w = arena_alloc(&ctx->arena, sizeof(*w));
		sm_put(&scan->warnings, arena_strdup(&ctx->arena, driver_name),
		       w);
	}
	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *text = arena_alloc(&ctx->arena, len + 1);

	va_start(ap, fmt);
	vsnprintf(text, len + 1, fmt, ap);
	va_end(ap);
	for (int i = 0; i < w->texts.count; i++) {
		if (!strcmp(w->texts.items[i], text))
			return;
	}
	apv_push(&ctx->arena, &w->texts, text);
}

/* ------------------------------------------------------------ merge */

/* A file's drivers replace earlier ones of the same name, except that
 * with -p a driver marked for that phase stays. */
static void merge_drivers(struct ctx *ctx, struct scan *scan,
			  const struct file_result *res)
{
	for (int i = 0; i < res->drivers.count; i++) {
		struct driver *drv = res->drivers.items[i];
		struct driver *orig = sm_get(&scan->drivers, drv->name);

		if (orig) {
			if (scan->phase && *scan->phase) {
				if (orig->phase && !strcmp(orig->phase,
							   scan->phase)) {
					apv_push(&ctx->arena, &orig->dups, drv);
					continue;
				}
				/* otherwise the newer one is taken to match */
			} else {
				drv->warn_dups = true;
			}
			apv_push(&ctx->arena, &drv->dups, orig);
		}
		sm_put(&scan->drivers, drv->name, drv);
	}
}

static void merge_structs(struct ctx *ctx, struct scan *scan,
			  const struct file_result *res)
{
	const char *header = NULL;

	for (int i = 0; i < res->structs.count; i++) {
		struct struct_def *def = arena_alloc(&ctx->arena, sizeof(*def));

		if (!header)
			header = header_include_name(&ctx->arena, res->rel);
		def->name = res->structs.items[i];
		def->header = header;
		def->file = res->path;
		def->shadowed = sm_get(&scan->structs, def->name);
		if (def->shadowed && def->shadowed->file == res->path)
			def->shadowed = def->shadowed->shadowed;
		sm_put(&scan->structs, def->name, def);
	}
}

int scan_merge(struct ctx *ctx, struct scan *scan,
	       const struct file_result *res)
{
	if (res->warning)
		add_warning(ctx, "%s", res->warning);
	if (res->error)
		return set_error(ctx, "%s", res->error);
	for (int i = 0; i < res->notes.count; i++) {
		const struct driver_note *n = res->notes.items[i];

		scan_add_warning(ctx, scan, n->driver, "%s", n->text);
	}
	for (int i = 0; i < res->aliases.count; i++) {
		const struct alias_decl *ad = res->aliases.items[i];

		ad->alias->file = res->path;
		sm_put(&scan->driver_aliases, ad->name, ad->alias);
	}
	for (int i = 0; i < res->drivers.count; i++)
		((struct driver *)res->drivers.items[i])->file = res->path;
	merge_drivers(ctx, scan, res);
	for (int i = 0; i < res->uclasses.count; i++) {
		struct uclass *uc = res->uclasses.items[i];

		uc->file = res->path;
		sm_put(&scan->uclasses, uc->uclass_id, uc);
	}
	merge_structs(ctx, scan, res);
	return 0;
}

int merge_walk_dir(struct ctx *ctx, struct scan *scan,
		   const struct walk_dir *d)
{
	if (d->err) {
		struct strbuf path = { 0 };
		int ret = 0;

		walk_dir_path(d, &path, false);
		if (!d->parent)
			ret = set_error(ctx, "cannot read source tree '%s': %s",
					path.buf, strerror(d->err));
		else
			warn_at(ctx, FILE_LOC(path.buf, 0),
				"skipping directory: %s", strerror(d->err));
		sb_free(&path);
		return ret;
	}
	for (int i = 0; i < d->nfiles; i++) {
		const struct file_result *res = d->files[i].res;

		if (res && scan_merge(ctx, scan, res))
			return DTOC_ERR_INPUT;
	}
	for (int i = 0; i < d->nsubdirs; i++) {
		if (merge_walk_dir(ctx, scan, d->subdirs[i]))
			return DTOC_ERR_INPUT;
	}
	return 0;
}

int parse_source(struct ctx *ctx, struct scan *scan,
		 const struct srcfile *file, const char *buf, size_t len)
{
	struct file_result res = {
		/* what the file declares outlives the caller's buffers */
		.path = arena_strdup(&ctx->arena, file->path),
		.rel = arena_strdup(&ctx->arena, file->rel),
	};
	char *copy = arena_alloc(&ctx->arena, len + 1);

	memcpy(copy, buf, len);
	parse_file(&ctx->arena, &res, copy, len,
		   file_markers(res.rel, copy, len), true);
	return scan_merge(ctx, scan, &res);
}
