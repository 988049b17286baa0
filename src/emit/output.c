// SPDX-License-Identifier: GPL-2.0+
/*
 * Write the outputs, all or nothing: every file is first written in full
 * to a temporary file beside it, and only when all of them are written
 * are they renamed into place. A file whose content would not change is
 * left alone, so its modification time is kept and nothing downstream
 * rebuilds. A run stopped by SIGINT, SIGTERM or SIGHUP removes the
 * temporary files (base/tempfile.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "emit/emit.h"

struct pending *outputs_get(struct outputs *outs, const char *path)
{
	for (int i = 0; i < outs->count; i++) {
		struct pending *p = &outs->items[i];

		if ((!p->path && !path) ||
		    (p->path && path && !strcmp(p->path, path)))
			return p;
	}
	outs->items = xrealloc(outs->items,
			       (outs->count + 1) * sizeof(*outs->items));
	struct pending *p = &outs->items[outs->count++];

	memset(p, 0, sizeof(*p));
	p->path = path ? xstrdup(path) : NULL;
	sb_add(&p->content, "", 0);
	return p;
}

void outputs_free(struct outputs *outs)
{
	for (int i = 0; i < outs->count; i++) {
		free(outs->items[i].path);
		sb_free(&outs->items[i].content);
	}
	free(outs->items);
	memset(outs, 0, sizeof(*outs));
}

/* mkdir -p for the directory part of @path */
static int make_parent_dirs(struct ctx *ctx, const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int ret = 0;

	if (!slash || slash == dir) {
		free(dir);
		return 0;
	}
	*slash = '\0';
	for (char *p = dir + 1; ; p++) {
		if (*p && *p != '/')
			continue;
		char saved = *p;

		*p = '\0';
		if (mkdir(dir, 0777) && errno != EEXIST) {
			ret = error_at(ctx, DC_OUTPUT_UNWRITABLE,
				       NAMED_FILE_LOC(dir),
				       "cannot create directory '%s': %s",
					dir, strerror(errno));
			break;
		}
		*p = saved;
		if (!saved)
			break;
	}
	if (!ret) {
		struct stat st;

		if (stat(dir, &st) || !S_ISDIR(st.st_mode))
			ret = error_at(ctx, DC_OUTPUT_UNWRITABLE,
				       NAMED_FILE_LOC(dir),
				       "'%s' is not a directory", dir);
	}
	free(dir);
	return ret ? DTOC_ERR_IO : 0;
}

static bool same_content(const char *path, const struct strbuf *content)
{
	FILE *f = fopen(path, "rb");
	char buf[65536];
	size_t pos = 0, n;
	bool same = true;

	if (!f)
		return false;
	while (same && (n = fread(buf, 1, sizeof(buf), f)) > 0) {
		same = pos + n <= content->len &&
		       !memcmp(buf, content->buf + pos, n);
		pos += n;
	}
	same = same && !ferror(f) && pos == content->len;
	fclose(f);
	return same;
}

static int write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t n = write(fd, buf, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += n;
		len -= n;
	}
	return 0;
}

int outputs_commit(struct ctx *ctx, struct outputs *outs)
{
	char **temps = xmalloc((outs->count + 1) * sizeof(*temps));
	bool *direct = xmalloc((outs->count + 1) * sizeof(*direct));
	int ret = 0, i;

	memset(temps, 0, (outs->count + 1) * sizeof(*temps));
	memset(direct, 0, (outs->count + 1) * sizeof(*direct));
	for (i = 0; i < outs->count && !ret; i++) {
		struct pending *p = &outs->items[i];
		struct stat st;
		int fd;

		if (!p->path)
			continue;
		ret = make_parent_dirs(ctx, p->path);
		if (ret || (!p->touch && same_content(p->path, &p->content)))
			continue;
		/* the rename would fail, after others were done */
		if (!stat(p->path, &st) && S_ISDIR(st.st_mode)) {
			ret = error_at(ctx, DC_OUTPUT_UNWRITABLE,
				       NAMED_FILE_LOC(p->path),
				       "cannot write '%s': %s", p->path,
					strerror(EISDIR));
			break;
		}
		/* a device or a FIFO (-o /dev/null) is written to, last:
		 * renaming a file over it would put a file in its place */
		if (!stat(p->path, &st) && !S_ISREG(st.st_mode)) {
			direct[i] = true;
			continue;
		}
		temps[i] = arena_printf(&ctx->arena, "%s.dtoc-tmp-%ld",
					p->path, (long)getpid());
		/* known before it exists: a signal from now on removes it */
		tempfile_add(temps[i]);
		fd = open(temps[i], O_WRONLY | O_CREAT | O_TRUNC, 0666);
		if (fd < 0) {
			ret = error_at(ctx, DC_OUTPUT_UNWRITABLE,
				       NAMED_FILE_LOC(p->path),
				       "cannot write '%s': %s", p->path,
					strerror(errno));
			tempfile_forget(temps[i]);
			temps[i] = NULL;
			break;
		}
		if (write_all(fd, p->content.buf, p->content.len) | close(fd))
			ret = error_at(ctx, DC_OUTPUT_UNWRITABLE,
				       NAMED_FILE_LOC(p->path),
				       "cannot write '%s': %s", p->path,
					strerror(errno));
	}
	for (i = 0; i < outs->count && !ret; i++) {
		if (temps[i] && rename(temps[i], outs->items[i].path)) {
			ret = error_at(ctx, DC_OUTPUT_UNWRITABLE,
				       NAMED_FILE_LOC(outs->items[i].path),
				       "cannot write '%s': %s",
					outs->items[i].path, strerror(errno));
		} else if (temps[i]) {
			tempfile_forget(temps[i]);
			temps[i] = NULL;
		}
	}
	for (i = 0; i < outs->count; i++) {
		if (temps[i]) {
			unlink(temps[i]);
			tempfile_forget(temps[i]);
		}
	}
	free(temps);
	for (i = 0; i < outs->count && !ret; i++) {
		const struct pending *p = &outs->items[i];
		int fd = direct[i] ? open(p->path, O_WRONLY) : -2;

		if (fd == -2)
			continue;
		if (fd < 0 ||
		    (write_all(fd, p->content.buf, p->content.len) | close(fd)))
			ret = error_at(ctx, DC_OUTPUT_UNWRITABLE,
				       NAMED_FILE_LOC(p->path),
				       "cannot write '%s': %s", p->path,
				       strerror(errno));
	}
	free(direct);
	if (ret)
		return DTOC_ERR_IO;

	for (i = 0; i < outs->count; i++) {
		struct pending *p = &outs->items[i];

		if (!p->path &&
		    (fwrite(p->content.buf, 1, p->content.len, stdout) !=
			     p->content.len ||
		     fflush(stdout)))
			return error_at(ctx, DC_OUTPUT_UNWRITABLE, NO_LOC,
					"cannot write to standard output"),
			       DTOC_ERR_IO;
	}
	return 0;
}
