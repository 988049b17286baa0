// SPDX-License-Identifier: GPL-2.0+
/*
 * Writing a new scan cache: to a temporary file, renamed when complete.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scan/cache-format.h"

struct cache_writer {
	char *path;
	char *tmp;
	int fd;
	int err;
	struct strbuf buf; /* not yet written */
	struct strbuf section;
	struct sum sum;
	uint32_t count;
	int64_t fresh_ns;
};

static void flush(struct cache_writer *w, bool all)
{
	size_t n = all ? w->buf.len : w->buf.len & ~(size_t)7;
	size_t done = 0;

	if (!all)
		sum_words(&w->sum, w->buf.buf, n);
	while (done < n && !w->err) {
		ssize_t k = write(w->fd, w->buf.buf + done, n - done);

		if (k < 0 && errno != EINTR)
			w->err = errno;
		else if (k > 0)
			done += k;
	}
	memmove(w->buf.buf, w->buf.buf + n, w->buf.len - n);
	w->buf.len -= n;
}

static void put(struct cache_writer *w, const void *p, size_t len)
{
	sb_add(&w->buf, p, len);
	if (w->buf.len >= 64 * 1024)
		flush(w, false);
}

static void put_u32(struct strbuf *sb, uint32_t v)
{
	sb_add(sb, (const char *)&v, 4);
}

static void put_u64(struct strbuf *sb, uint64_t v)
{
	sb_add(sb, (const char *)&v, 8);
}

static void put_str(struct strbuf *sb, const char *s)
{
	if (!s) {
		put_u32(sb, NO_STR);
		return;
	}
	size_t len = strlen(s);

	put_u32(sb, len);
	sb_add(sb, s, len + 1);
}

static void put_driver(struct strbuf *sb, const struct driver *d)
{
	put_str(sb, d->name);
	put_u32(sb, d->line);
	put_str(sb, d->uclass_id);
	put_u32(sb, d->compat ? 1 : 0);
	if (d->compat) {
		put_str(sb, d->compat->name);
		put_u32(sb, d->compat->partial);
		put_u32(sb, d->compat->count);
		for (int i = 0; i < d->compat->count; i++) {
			put_str(sb, d->compat->entries[i].compat);
			put_str(sb, d->compat->entries[i].data);
		}
	}
	put_str(sb, d->priv);
	put_str(sb, d->plat);
	put_str(sb, d->child_priv);
	put_str(sb, d->child_plat);
	put_str(sb, d->phase);
	put_u32(sb, d->of_match_offset);
	put_u32(sb, d->headers.count);
	for (int i = 0; i < d->headers.count; i++)
		put_str(sb, d->headers.items[i]);
}

static void put_uclass(struct strbuf *sb, const struct uclass *uc)
{
	put_str(sb, uc->name);
	put_str(sb, uc->uclass_id);
	put_u32(sb, uc->line);
	put_str(sb, uc->priv);
	put_str(sb, uc->per_dev_priv);
	put_str(sb, uc->per_dev_plat);
	put_str(sb, uc->per_child_priv);
	put_str(sb, uc->per_child_plat);
}

static void put_result(struct strbuf *sb, const struct file_result *res)
{
	put_u32(sb, res->skipped);
	put_u32(sb, res->skipped_names.count);
	for (int i = 0; i < res->skipped_names.count; i++)
		put_str(sb, res->skipped_names.items[i]);
	put_str(sb, res->error);
	put_u32(sb, res->error_line);
	put_u32(sb, res->error_code);
	put_u32(sb, res->drivers.count);
	for (int i = 0; i < res->drivers.count; i++)
		put_driver(sb, res->drivers.items[i]);
	put_u32(sb, res->aliases.count);
	for (int i = 0; i < res->aliases.count; i++) {
		const struct alias_decl *ad = res->aliases.items[i];

		put_str(sb, ad->name);
		put_str(sb, ad->alias->driver);
		put_u32(sb, ad->alias->line);
	}
	put_u32(sb, res->uclasses.count);
	for (int i = 0; i < res->uclasses.count; i++)
		put_uclass(sb, res->uclasses.items[i]);
	put_u32(sb, res->structs.count);
	for (int i = 0; i < res->structs.count; i++)
		put_str(sb, res->structs.items[i]);
	put_u32(sb, res->notes.count);
	for (int i = 0; i < res->notes.count; i++) {
		const struct driver_note *n = res->notes.items[i];

		put_str(sb, n->driver);
		put_u32(sb, n->line);
		put_u32(sb, n->kind);
		put_str(sb, n->text);
	}
}

struct cache_writer *cw_open(const char *path, const char *key, int ntrees,
			     int64_t start_ns, const char **why)
{
	struct cache_writer *w = xmalloc(sizeof(*w));
	struct strbuf head = { 0 };

	memset(w, 0, sizeof(*w));
	w->sum.h = 0x6a09e667f3bcc908ull;
	w->fresh_ns = start_ns - FRESH_NS;
	w->path = xstrdup(path);
	w->tmp = xmalloc(strlen(path) + 32);
	sprintf(w->tmp, "%s.tmp%ld", path, (long)getpid());
	tempfile_add(w->tmp);
	w->fd = open(w->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (w->fd < 0) {
		*why = strerror(errno);
		tempfile_forget(w->tmp);
		free(w->tmp);
		free(w->path);
		free(w);
		return NULL;
	}
	sb_add(&head, CACHE_MAGIC, 8);
	put_u32(&head, CACHE_VERSION);
	put_u32(&head, CACHE_BOM);
	put_str(&head, key);
	put_u32(&head, ntrees);
	put(w, head.buf, head.len);
	sb_free(&head);
	return w;
}

static bool fresh(const struct cache_writer *w, const struct file_stamp *st)
{
	return st->mtime_ns >= w->fresh_ns || st->ctime_ns >= w->fresh_ns;
}

static void put_head(struct strbuf *e, uint32_t kind, int tree,
		     const char *rel, const struct file_stamp *st)
{
	put_u32(e, 0); /* the length, once known */
	put_u32(e, kind);
	put_u32(e, tree);
	put_str(e, rel);
	put_u64(e, st->size);
	put_u64(e, st->ino);
	put_u64(e, st->mtime_ns);
	put_u64(e, st->ctime_ns);
}

static void put_entry(struct cache_writer *w, struct strbuf *e)
{
	uint32_t len = e->len - 4;

	memcpy(e->buf, &len, 4);
	put(w, e->buf, e->len);
	sb_free(e);
	w->count++;
}

void cw_add(struct cache_writer *w, int tree, const char *rel,
	    const struct file_stamp *st, const struct file_result *res)
{
	struct strbuf e = { 0 };
	size_t at;
	uint32_t len;

	if (fresh(w, st))
		return;
	put_head(&e, KIND_FILE, tree, rel, st);
	put_u32(&e, 0);
	at = e.len;
	if (res && !result_is_empty(res)) {
		put_result(&e, res);
		len = e.len - at;
		memcpy(e.buf + at - 4, &len, 4);
	}
	put_entry(w, &e);
}

void cw_add_dir(struct cache_writer *w, int tree, const char *rel,
		const struct file_stamp *st, const char *const *names,
		int nfiles, int ndirs)
{
	struct strbuf e = { 0 };

	if (fresh(w, st))
		return;
	put_head(&e, KIND_DIR, tree, rel, st);
	put_u32(&e, nfiles);
	put_u32(&e, ndirs);
	for (int i = 0; i < nfiles + ndirs; i++)
		put_str(&e, names[i]);
	put_entry(w, &e);
}

static void keep(struct cache_writer *w, const struct scan_cache *c,
		 bool all)
{
	for (uint32_t i = 0; c->slots && i <= c->mask; i++) {
		const char *e;
		uint32_t len;

		if (!c->slots[i] || (!all && !c->valid[i]))
			continue;
		e = c->data + c->slots[i] - 1;
		memcpy(&len, e, 4);
		put(w, e, len + 4);
		w->count++;
	}
}

void cw_keep_valid(struct cache_writer *w, const struct scan_cache *c)
{
	keep(w, c, false);
}

void cw_keep_all(struct cache_writer *w, const struct scan_cache *c)
{
	keep(w, c, true);
}

void cw_set_section(struct cache_writer *w, const char *data, size_t len)
{
	w->section.len = 0;
	sb_add(&w->section, data ? data : "", data ? len : 0);
}

int cw_commit(struct cache_writer *w, const char **why)
{
	uint32_t end[3] = { 0, w->count, w->section.len };
	uint64_t sum;
	int err;

	put(w, end, sizeof(end));
	if (w->section.len)
		put(w, w->section.buf, w->section.len);
	sum = sum_end(&w->sum, w->buf.buf, w->buf.len);
	put_u64(&w->buf, sum);
	flush(w, true);
	if (close(w->fd) && !w->err)
		w->err = errno;
	if (!w->err && rename(w->tmp, w->path))
		w->err = errno;
	if (w->err) {
		unlink(w->tmp);
		*why = strerror(w->err);
	}
	tempfile_forget(w->tmp);
	err = w->err;
	sb_free(&w->buf);
	sb_free(&w->section);
	free(w->tmp);
	free(w->path);
	free(w);
	return err ? -1 : 0;
}
