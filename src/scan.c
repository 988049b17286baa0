// SPDX-License-Identifier: GPL-2.0+
/*
 * Walk the source trees and hand each .c and .h file to the parsers.
 *
 * Order: trees in the order given; in each directory its files, then its
 * subdirectories, both sorted by name, so that results which depend on
 * order (same-named drivers, a struct defined twice) are reproducible.
 * As in the reference, top-level directories named build* and .git* are
 * skipped, and symbolic links to directories are not followed.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dtoc.h"

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
}

struct walker {
	struct ctx *ctx;
	const char *root;
	struct strbuf content; /* reused for every file */
};

static bool is_source(const char *name)
{
	size_t len = strlen(name);

	return len >= 2 && name[len - 2] == '.' &&
	       (name[len - 1] == 'c' || name[len - 1] == 'h');
}

static int read_into(struct strbuf *sb, const char *path)
{
	int fd = open(path, O_RDONLY);
	struct stat st;

	if (fd < 0)
		return -errno;
	if (fstat(fd, &st)) {
		int err = -errno;

		close(fd);
		return err;
	}
	sb->len = 0;
	sb_add(sb, "", 0);
	if (sb->cap < (size_t)st.st_size + 1) {
		sb->buf = xrealloc(sb->buf, st.st_size + 1);
		sb->cap = st.st_size + 1;
	}
	for (;;) {
		if (sb->cap - sb->len < 2) {
			sb->cap *= 2;
			sb->buf = xrealloc(sb->buf, sb->cap);
		}
		ssize_t n = read(fd, sb->buf + sb->len, sb->cap - sb->len - 1);

		if (n < 0) {
			int err = -errno;

			close(fd);
			return err;
		}
		if (!n)
			break;
		sb->len += n;
	}
	sb->buf[sb->len] = '\0';
	close(fd);
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk_dir(struct walker *w, const char *rel)
{
	struct ctx *ctx = w->ctx;
	char *dirpath = rel ? arena_printf(&ctx->arena, "%s/%s", w->root, rel)
			    : (char *)w->root;
	DIR *dir = opendir(dirpath);
	struct ptrvec names = { 0 };
	struct ptrvec subdirs = { 0 };
	struct dirent *de;
	int ret = 0;

	if (!dir) {
		if (!rel)
			return set_error(ctx, "cannot read source tree '%s': %s",
					 w->root, strerror(errno));
		add_warning(ctx, "%s: warning: skipping directory: %s",
			    dirpath, strerror(errno));
		return 0;
	}
	while ((de = readdir(dir))) {
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			pv_push(&names, xstrdup(de->d_name));
	}
	closedir(dir);
	pv_sort(&names, cmp_names);

	for (int i = 0; i < names.count && !ret; i++) {
		const char *name = names.items[i];
		char *path = arena_printf(&ctx->arena, "%s/%s", dirpath, name);
		struct stat st;

		if (lstat(path, &st))
			continue;
		if (S_ISDIR(st.st_mode)) {
			pv_push(&subdirs, (void *)name);
			continue;
		}
		if (S_ISLNK(st.st_mode) && !stat(path, &st) &&
		    S_ISDIR(st.st_mode))
			continue; /* a link to a directory: not followed */
		if (!is_source(name))
			continue;
		struct srcfile file = {
			.path = path,
			.rel = rel ? arena_printf(&ctx->arena, "%s/%s", rel,
						  name)
				   : name,
		};
		int err = read_into(&w->content, path);

		if (err) {
			ret = set_error(ctx, "cannot read '%s': %s", path,
					strerror(-err));
			break;
		}
		ctx->scan->files_read++;
		ret = parse_source(ctx, ctx->scan, &file, w->content.buf,
				   w->content.len);
	}
	for (int i = 0; i < subdirs.count && !ret; i++) {
		const char *name = subdirs.items[i];

		if (!rel && (!strncmp(name, "build", 5) ||
			     !strncmp(name, ".git", 4)))
			continue;
		ret = walk_dir(w, rel ? arena_printf(&ctx->arena, "%s/%s", rel,
						     name)
				      : name);
	}
	for (int i = 0; i < names.count; i++)
		free(names.items[i]);
	pv_free(&names);
	pv_free(&subdirs);
	return ret;
}

int scan_trees(struct ctx *ctx)
{
	struct scan *scan = xmalloc(sizeof(*scan));
	int ret = 0;

	scan_init(scan, ctx->opt.phase);
	ctx->scan = scan;
	for (int i = 0; i < ctx->opt.nsrctrees && !ret; i++) {
		struct walker w = { .ctx = ctx };
		size_t len = strlen(ctx->opt.srctrees[i]);

		/* "dir/" and "dir" name the same tree */
		while (len > 1 && ctx->opt.srctrees[i][len - 1] == '/')
			len--;
		w.root = arena_strndup(&ctx->arena, ctx->opt.srctrees[i], len);
		ret = walk_dir(&w, NULL);
		sb_free(&w.content);
	}
	if (ret)
		return ret;

	for (int i = 0; i < scan->drivers.count; i++) {
		struct driver *drv = scan->drivers.entries[i].value;

		if (drv->uclass_id)
			drv->uclass = sm_get(&scan->uclasses, drv->uclass_id);
	}
	return 0;
}
