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
	sm_free(&scan->drivers);
	sm_free(&scan->driver_aliases);
	sm_free(&scan->uclasses);
	sm_free(&scan->structs);
	sm_free(&scan->notes);
	for (int i = 0; i < scan->narenas; i++)
		arena_free(&scan->arenas[i]);
	free(scan->arenas);
	cache_free(scan->cache);
	free(scan->cache_key);
}

/* Keep each note once: a file may be met twice (two trees). */
static void add_note(struct ctx *ctx, struct scan *scan,
		     struct driver_note *n)
{
	struct ptrvec *notes = sm_get(&scan->notes, n->driver);

	if (!notes) {
		notes = arena_alloc(&ctx->arena, sizeof(*notes));
		sm_put(&scan->notes, n->driver, notes);
	}
	for (int i = 0; i < notes->count; i++) {
		const struct driver_note *o = notes->items[i];

		if (o->line == n->line && !strcmp(o->file, n->file) &&
		    !strcmp(o->text, n->text))
			return;
	}
	apv_push(&ctx->arena, notes, n);
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
		warn_at(ctx, DC_FILE_SKIPPED, FILE_LOC(res->path, 0), "%s",
			res->warning);
	if (res->skipped) {
		struct skipped_file *sf = arena_alloc(&ctx->arena, sizeof(*sf));

		sf->path = res->path;
		sf->names = res->skipped_names;
		apv_push(&ctx->arena, &scan->skipped, sf);
	}
	if (res->error && res->error_code == DC_FILE_UNREADABLE)
		return error_at(ctx, res->error_code, NAMED_FILE_LOC(res->path),
				"%s", res->error);
	if (res->error)
		return error_at(ctx, res->error_code,
				FILE_LOC(res->path, res->error_line), "%s",
				res->error);
	for (int i = 0; i < res->notes.count; i++) {
		struct driver_note *n = res->notes.items[i];

		n->file = res->path;
		add_note(ctx, scan, n);
	}
	for (int i = 0; i < res->aliases.count; i++) {
		const struct alias_decl *ad = res->aliases.items[i];
		const struct driver_alias *old =
			sm_get(&scan->driver_aliases, ad->name);

		ad->alias->file = res->path;
		if (old && strcmp(old->driver, ad->alias->driver)) {
			struct alias_conflict *ac =
				arena_alloc(&ctx->arena, sizeof(*ac));

			ac->alias = ad->name;
			ac->replaced = old;
			ac->by = ad->alias;
			apv_push(&ctx->arena, &scan->alias_conflicts, ac);
		}
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
			ret = error_at(ctx, DC_FILE_UNREADABLE,
				       NAMED_FILE_LOC(path.buf),
				       "cannot read source tree '%s': %s",
				       path.buf, strerror(d->err));
		else
			warn_at(ctx, DC_FILE_SKIPPED, FILE_LOC(path.buf, 0),
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
