// SPDX-License-Identifier: GPL-2.0+
/*
 * Scan the source trees: walk them (walk.c), then merge what each file
 * declares into the scan, in walk order.
 *
 * Order: trees in the order given; in each directory its files, then its
 * subdirectories, both sorted by name, so that results which depend on
 * order (same-named drivers, a struct defined twice) are reproducible.
 * The merge replays, file by file, what the reference does after reading
 * a file, so its result is that of reading the files one by one in this
 * order, however many threads read them and whether the scan cache
 * supplied them. The first error in that order stops the scan.
 *
 * Without -i no header is read: struct definitions only serve -i's
 * #include lines. So without -i an unreadable or non-UTF-8 header is
 * neither an error nor a warning.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "scan/merge.h"
#include "scan/lines.h"
#include "scan/walk.h"

/* ------------------------------------------------------------ cache */

/* The trees as given (they show in messages) and where they really are. */
static char *cache_key(const char **roots, int nroots)
{
	struct strbuf sb = { 0 };

	for (int i = 0; i < nroots; i++) {
		char *real = realpath(roots[i], NULL);

		sb_printf(&sb, "%s\n%s\n", roots[i], real ? real : "");
		free(real);
	}
	return sb.buf;
}

/* Add what the walk read now under @d to the new cache. */
static void cache_dir(struct cache_writer *cw, const struct walk_dir *d,
		      struct strbuf *rel)
{
	size_t prefix;

	rel->len = 0;
	sb_add(rel, "", 0);
	walk_dir_path(d, rel, true);
	if (d->stamp)
		cw_add_dir(cw, d->tree, rel->buf, d->stamp, d->listed,
			   d->nlisted_files, d->nlisted_dirs);
	if (rel->len)
		sb_add(rel, "/", 1);
	prefix = rel->len;

	for (int i = 0; i < d->nfiles; i++) {
		const struct walk_file *f = &d->files[i];

		if (!f->stamp)
			continue;
		rel->len = prefix;
		sb_puts(rel, f->name);
		cw_add(cw, d->tree, rel->buf, f->stamp, f->res);
	}
	for (int i = 0; i < d->nsubdirs; i++)
		cache_dir(cw, d->subdirs[i], rel);
}

/* Write a new cache, unless the one read holds just what it should. */
static void save_cache(struct ctx *ctx, const struct walk *w,
		       const char *key, int64_t start_ns)
{
	struct cache_writer *cw;
	struct strbuf rel = { 0 };
	const char *why;

	if (w->cache && !w->files_missed && !w->dirs_missed &&
	    cache_all_valid(w->cache, w->files_cached + w->dirs_cached))
		return;
	cw = cw_open(ctx->opt.cache_file, key, w->nroots, start_ns, &why);
	if (cw) {
		if (w->cache) {
			const char *section;
			size_t len;

			cw_keep_valid(cw, w->cache);
			section = cache_section(w->cache, &len);
			cw_set_section(cw, section, len);
		}
		for (int i = 0; i < w->nroots; i++)
			cache_dir(cw, w->trees[i], &rel);
		sb_free(&rel);
	}
	if (!cw || cw_commit(cw, &why))
		warn_at(ctx, DC_CACHE_UNWRITABLE,
			NAMED_FILE_LOC(ctx->opt.cache_file),
			"cannot write the scan cache '%s': %s",
			ctx->opt.cache_file, why);
}

const char *scan_cache_section(const struct scan *scan, size_t *len)
{
	*len = 0;
	return scan->cache ? cache_section(scan->cache, len) : NULL;
}

void scan_cache_put_section(struct ctx *ctx, const char *data, size_t len)
{
	const struct scan *scan = ctx->scan;
	const char *path = ctx->opt.cache_file;
	const char *why;
	/* the file as it is now: the scan may have written it again */
	struct scan_cache *c = cache_load(path, scan->cache_key, scan->ntrees,
					  &why);
	struct cache_writer *cw = cw_open(path, scan->cache_key, scan->ntrees,
					  0, &why);

	if (cw) {
		if (c)
			cw_keep_all(cw, c);
		cw_set_section(cw, data, len);
	}
	if (!cw || cw_commit(cw, &why))
		warn_at(ctx, DC_CACHE_UNWRITABLE, NAMED_FILE_LOC(path),
			"cannot write the scan cache '%s': %s", path, why);
	cache_free(c);
}

/* ------------------------------------------------------------- entry */

int scan_trees(struct ctx *ctx)
{
	struct scan *scan = xmalloc(sizeof(*scan));
	const char *cache_file = ctx->opt.cache_file;
	struct walk w = {
		.nroots = ctx->opt.nsrctrees,
		.headers = ctx->opt.instantiate,
		.stamp = cache_file,
		.jobs = jobs_wanted(64),
	};
	char *key = NULL;
	struct timespec now;
	int ret = 0;

	scan_init(scan, ctx->opt.phase);
	ctx->scan = scan;
	w.roots = arena_alloc(&ctx->arena, w.nroots * sizeof(*w.roots));
	for (int i = 0; i < w.nroots; i++) {
		const char *root = ctx->opt.srctrees[i];
		size_t len = strlen(root);

		/* "dir/" and "dir" name the same tree */
		while (len > 1 && root[len - 1] == '/')
			len--;
		w.roots[i] = arena_strndup(&ctx->arena, root, len);
	}
	clock_gettime(CLOCK_REALTIME, &now);
	if (cache_file) {
		const char *why;

		key = cache_key(w.roots, w.nroots);
		scan->cache = cache_load(cache_file, key, w.nroots, &why);
		if (why)
			warn_at(ctx, DC_CACHE_IGNORED,
				NAMED_FILE_LOC(cache_file),
				"ignoring the scan cache '%s': %s",
				cache_file, why);
		w.cache = scan->cache;
	}

	walk_trees(&w);
	scan->arenas = w.arenas;
	scan->narenas = w.narenas;
	scan->files_read = w.files_read;
	scan->files_scanned = w.files_scanned;
	scan->files_cached = w.files_cached;
	for (int i = 0; i < w.nroots && !ret; i++)
		ret = merge_walk_dir(ctx, scan, w.trees[i]);
	if (cache_file)
		save_cache(ctx, &w, key,
			   (int64_t)now.tv_sec * 1000000000 + now.tv_nsec);
	scan->cache_key = key;
	scan->ntrees = w.nroots;
	if (ret)
		return ret;

	for (int i = 0; i < scan->drivers.count; i++) {
		struct driver *drv = scan->drivers.entries[i].value;

		if (drv->uclass_id)
			drv->uclass = sm_get(&scan->uclasses, drv->uclass_id);
	}
	return 0;
}
