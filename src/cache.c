// SPDX-License-Identifier: GPL-2.0+
/*
 * The scan cache (--cache FILE): for each source file the last run read,
 * its path, stamp (size, inode, modification and change times) and what
 * it declared; for each directory, its stamp and its .c and .h files and
 * subdirectories. A file whose stamp is unchanged is not read again, a
 * directory whose stamp is unchanged (nothing added, removed or renamed
 * in it) is not listed again.
 *
 * Format: "DTOCSCAN", version, byte-order mark, key (the trees), the
 * entries, an end mark, their count, then a checksum of all that. A file
 * that does not check out is ignored as a whole, and even then every
 * read is bounds-checked: the file is never trusted. The cache holds
 * per-file results only, never the merged scan, so options that choose
 * between results (the phase) need no key of their own.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dtoc.h"

/* Bump whenever the format or what the parsers find changes. */
#define CACHE_VERSION 3
#define CACHE_MAGIC "DTOCSCAN"
#define CACHE_BOM 0x01020304u
#define NO_STR 0xffffffffu

/* A file changed less than this before the run may change again within
 * the same timestamp tick, unseen: it is not cached (the "racy" case). */
#define FRESH_NS (2 * 1000000000LL)

/* An entry: u32 length of the rest, u32 kind, u32 tree, str rel, the
 * stamp (u64 size, ino, mtime, ctime), then for a file the u32-sized
 * result, for a directory u32 files, u32 subdirectories and their
 * names. */
#define STAMP_SIZE 32
enum { KIND_FILE, KIND_DIR };

struct scan_cache {
	char *data;
	size_t len;
	int ntrees;
	uint32_t count;
	uint32_t *slots; /* hash of (kind, tree, rel) -> entry offset + 1 */
	uint32_t mask;
	unsigned char *valid; /* per slot: looked up and still valid */
};

/* Streaming checksum: 8-byte words, then the tail and the length. */
struct sum {
	uint64_t h;
	uint64_t len;
};

static void sum_words(struct sum *s, const char *p, size_t len)
{
	for (; len >= 8; p += 8, len -= 8) {
		uint64_t w;

		memcpy(&w, p, 8);
		s->h = (s->h ^ w) * 0x9e3779b97f4a7c15ull;
		s->h ^= s->h >> 29;
		s->len += 8;
	}
}

static uint64_t sum_end(struct sum *s, const char *p, size_t len)
{
	sum_words(s, p, len & ~(size_t)7);
	p += len & ~(size_t)7;
	for (size_t i = 0; i < (len & 7); i++)
		s->h = (s->h ^ (unsigned char)p[i]) * 0x100000001b3ull;
	s->h ^= s->len + (len & 7);
	return s->h ^ (s->h >> 32);
}

static uint64_t checksum(const char *p, size_t len)
{
	struct sum s = { 0x6a09e667f3bcc908ull, 0 };

	return sum_end(&s, p, len);
}

static uint32_t hash_rel(uint32_t kind, int tree, const char *rel)
{
	uint32_t h = (2166136261u ^ (uint32_t)tree) + kind * 0x9e3779b9u;

	for (; *rel; rel++)
		h = (h ^ (unsigned char)*rel) * 16777619u;
	return h;
}

/* ----------------------------------------------------------- writing */

struct cache_writer {
	char *path;
	char *tmp;
	int fd;
	int err;
	struct strbuf buf; /* not yet written */
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
	put_str(sb, res->warning);
	put_str(sb, res->error);
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
	w->fd = open(w->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (w->fd < 0) {
		*why = strerror(errno);
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

void cw_keep_valid(struct cache_writer *w, const struct scan_cache *c)
{
	for (uint32_t i = 0; i <= c->mask; i++) {
		const char *e;
		uint32_t len;

		if (!c->valid[i])
			continue;
		e = c->data + c->slots[i] - 1;
		memcpy(&len, e, 4);
		put(w, e, len + 4);
		w->count++;
	}
}

int cw_commit(struct cache_writer *w, const char **why)
{
	uint32_t end[2] = { 0, w->count };
	uint64_t sum;
	int err;

	put(w, end, sizeof(end));
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
	err = w->err;
	sb_free(&w->buf);
	free(w->tmp);
	free(w->path);
	free(w);
	return err ? -1 : 0;
}

/* ----------------------------------------------------------- reading */

/* A bounds-checked cursor; once bad, every read fails. */
struct cursor {
	const char *p;
	const char *end;
	bool bad;
};

static void take(struct cursor *c, void *out, size_t n)
{
	if (c->bad || (size_t)(c->end - c->p) < n) {
		c->bad = true;
		memset(out, 0, n);
		return;
	}
	memcpy(out, c->p, n);
	c->p += n;
}

static uint32_t get_u32(struct cursor *c)
{
	uint32_t v;

	take(c, &v, 4);
	return v;
}

/* A string in the cache data, which outlives the run's use of it. */
static const char *get_str(struct cursor *c)
{
	uint32_t len = get_u32(c);
	const char *s = c->p;

	if (c->bad || len == NO_STR)
		return NULL;
	if ((size_t)(c->end - c->p) <= len || s[len] || memchr(s, 0, len)) {
		c->bad = true;
		return NULL;
	}
	c->p += len + 1;
	return s;
}

static const char *need_str(struct cursor *c)
{
	const char *s = get_str(c);

	if (!s)
		c->bad = true;
	return s;
}

/* A count of items that each take at least @min bytes: bounded by the
 * data left, so a corrupt count cannot make us allocate much. */
static int get_count(struct cursor *c, size_t min)
{
	uint32_t n = get_u32(c);

	if (c->bad || n > (size_t)(c->end - c->p) / min) {
		c->bad = true;
		return 0;
	}
	return n;
}

static struct driver *get_driver(struct cursor *c, struct arena *a)
{
	struct driver *d = arena_alloc(a, sizeof(*d));
	int n;

	d->name = need_str(c);
	d->line = get_u32(c);
	d->uclass_id = get_str(c);
	if (get_u32(c)) {
		d->compat = arena_alloc(a, sizeof(*d->compat));
		d->compat->name = get_str(c);
		n = get_count(c, 8);
		d->compat->entries = arena_alloc(a, n * sizeof(struct of_entry));
		d->compat->count = n;
		for (int i = 0; i < n; i++) {
			d->compat->entries[i].compat = need_str(c);
			d->compat->entries[i].data = get_str(c);
		}
	}
	d->priv = get_str(c);
	d->plat = get_str(c);
	d->child_priv = get_str(c);
	d->child_plat = get_str(c);
	d->phase = get_str(c);
	n = get_count(c, 5);
	for (int i = 0; i < n; i++)
		apv_push(a, &d->headers, (void *)need_str(c));
	return d;
}

static struct uclass *get_uclass(struct cursor *c, struct arena *a)
{
	struct uclass *uc = arena_alloc(a, sizeof(*uc));

	uc->name = need_str(c);
	uc->uclass_id = need_str(c);
	uc->line = get_u32(c);
	uc->priv = get_str(c);
	uc->per_dev_priv = get_str(c);
	uc->per_dev_plat = get_str(c);
	uc->per_child_priv = get_str(c);
	uc->per_child_plat = get_str(c);
	return uc;
}

/* An entry's parts; the entry was bounds-checked when loaded. */
static const char *entry_rel(const struct cache_entry *e)
{
	return (const char *)e + 16;
}

static uint32_t entry_u32(const struct cache_entry *e, size_t at)
{
	uint32_t v;

	memcpy(&v, (const char *)e + at, 4);
	return v;
}

static const char *entry_stamp(const struct cache_entry *e)
{
	const char *rel = entry_rel(e);

	return rel + strlen(rel) + 1;
}

/* @rel as the tail of @path it is (one copy less), else a copy. */
static const char *tail_of(struct arena *a, const char *path, const char *rel)
{
	size_t plen = strlen(path), rlen = strlen(rel);

	if (rlen <= plen && !strcmp(path + plen - rlen, rel))
		return path + plen - rlen;
	return arena_strdup(a, rel);
}

int cache_entry_result(struct arena *a, const struct cache_entry *e,
		       const char *path, const char *rel,
		       struct file_result **resp)
{
	const char *p = entry_stamp(e) + STAMP_SIZE;
	uint32_t len;
	struct cursor c;
	struct file_result *res;
	int n;

	memcpy(&len, p, 4);
	c = (struct cursor){ p + 4, p + 4 + len, false };
	*resp = NULL;
	if (!len)
		return 0;
	res = arena_alloc(a, sizeof(*res));
	res->path = arena_strdup(a, path);
	res->rel = tail_of(a, res->path, rel);
	res->warning = get_str(&c);
	res->error = get_str(&c);
	n = get_count(&c, 40);
	for (int i = 0; i < n; i++)
		apv_push(a, &res->drivers, get_driver(&c, a));
	n = get_count(&c, 14);
	for (int i = 0; i < n; i++) {
		struct alias_decl *ad = arena_alloc(a, sizeof(*ad));

		ad->alias = arena_alloc(a, sizeof(*ad->alias));
		ad->name = need_str(&c);
		ad->alias->driver = need_str(&c);
		ad->alias->line = get_u32(&c);
		apv_push(a, &res->aliases, ad);
	}
	n = get_count(&c, 36);
	for (int i = 0; i < n; i++)
		apv_push(a, &res->uclasses, get_uclass(&c, a));
	n = get_count(&c, 5);
	for (int i = 0; i < n; i++)
		apv_push(a, &res->structs, (void *)need_str(&c));
	n = get_count(&c, 10);
	for (int i = 0; i < n; i++) {
		struct driver_note *note = arena_alloc(a, sizeof(*note));

		note->driver = need_str(&c);
		note->text = need_str(&c);
		apv_push(a, &res->notes, note);
	}
	if (c.bad || c.p != c.end)
		return -1;
	*resp = res;
	return 0;
}

static int read_whole(const char *path, char **data, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	struct stat st;
	size_t done = 0;

	if (fd < 0)
		return -errno;
	/* (a FIFO is opened without blocking, and is no cache) */
	int err = fstat(fd, &st) ? errno :
		  S_ISDIR(st.st_mode) ? EISDIR :
		  !S_ISREG(st.st_mode) ? EINVAL : 0;

	if (err) {
		close(fd);
		return -err;
	}
	*data = xmalloc(st.st_size + 1);
	while (done < (size_t)st.st_size) {
		ssize_t n = read(fd, *data + done, st.st_size - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			err = errno;
			close(fd);
			return -err;
		}
		if (!n)
			break;
		done += n;
	}
	close(fd);
	*len = done;
	return 0;
}

/* Check every entry's frame and index it; false if anything is off. */
static bool index_entries(struct scan_cache *c, struct cursor *cur)
{
	uint32_t n = 0, size = 1024;
	const char *first = cur->p;

	for (;;) {
		uint32_t len = get_u32(cur);

		if (cur->bad || !len)
			break;
		if (len > (size_t)(cur->end - cur->p))
			return false;
		cur->p += len;
		n++;
	}
	if (cur->bad || get_u32(cur) != n || cur->p != cur->end)
		return false;
	while (size < 2 * n)
		size *= 2;
	c->count = n;
	c->mask = size - 1;
	c->slots = xmalloc(size * sizeof(*c->slots));
	memset(c->slots, 0, size * sizeof(*c->slots));
	c->valid = xmalloc(size);
	memset(c->valid, 0, size);

	for (const char *p = first; n--;) {
		struct cursor ec;
		uint32_t len, kind, tree, i;
		const char *rel;

		memcpy(&len, p, 4);
		ec = (struct cursor){ p + 4, p + 4 + len, false };
		kind = get_u32(&ec);
		tree = get_u32(&ec);
		rel = need_str(&ec);
		if (ec.bad || kind > KIND_DIR || tree >= (uint32_t)c->ntrees ||
		    (size_t)(ec.end - ec.p) < STAMP_SIZE + 4)
			return false;
		ec.p += STAMP_SIZE;
		/* a file's result is checked when used, a listing too */
		if (kind == KIND_FILE &&
		    get_u32(&ec) != (size_t)(ec.end - ec.p))
			return false;
		i = hash_rel(kind, tree, rel) & c->mask;
		while (c->slots[i])
			i = (i + 1) & c->mask;
		c->slots[i] = p - c->data + 1;
		p += len + 4;
	}
	return true;
}

struct scan_cache *cache_load(const char *path, const char *key,
			      int ntrees, const char **why)
{
	struct scan_cache *c = xmalloc(sizeof(*c));
	struct cursor cur;
	const char *ckey;
	uint64_t sum;
	int err;

	*why = NULL;
	memset(c, 0, sizeof(*c));
	err = read_whole(path, &c->data, &c->len);
	if (err) {
		if (err == -EINVAL)
			*why = "not a regular file";
		else if (err != -ENOENT)
			*why = strerror(-err);
		goto fail;
	}
	*why = c->len ? "not a dtoc scan cache" : "the file is empty";
	if (c->len < 8 + 8 || memcmp(c->data, CACHE_MAGIC, 8) ||
	    c->len > 0xffffff00u)
		goto fail;
	cur = (struct cursor){ c->data + 8, c->data + c->len - 8, false };
	if (get_u32(&cur) != CACHE_VERSION || get_u32(&cur) != CACHE_BOM) {
		*why = "made by another version of dtoc";
		goto fail;
	}
	*why = "truncated or corrupt";
	memcpy(&sum, c->data + c->len - 8, 8);
	if (checksum(c->data, c->len - 8) != sum)
		goto fail;
	ckey = get_str(&cur);
	if (!ckey || strcmp(ckey, key) || get_u32(&cur) != (uint32_t)ntrees) {
		if (!cur.bad)
			*why = "made for other source trees";
		goto fail;
	}
	c->ntrees = ntrees;
	if (!index_entries(c, &cur))
		goto fail;
	*why = NULL;
	return c;
fail:
	cache_free(c);
	return NULL;
}

void cache_free(struct scan_cache *c)
{
	if (!c)
		return;
	free(c->slots);
	free(c->valid);
	free(c->data);
	free(c);
}

bool cache_all_valid(const struct scan_cache *c, int hits)
{
	return (uint32_t)hits == c->count;
}

/* The slot of the entry of @kind for @rel in @tree with stamp @st, or -1. */
static int find(const struct scan_cache *c, uint32_t kind, int tree,
		const char *rel, const struct file_stamp *st)
{
	uint32_t i = hash_rel(kind, tree, rel) & c->mask;
	char stamp[STAMP_SIZE];

	memcpy(stamp, &st->size, 8);
	memcpy(stamp + 8, &st->ino, 8);
	memcpy(stamp + 16, &st->mtime_ns, 8);
	memcpy(stamp + 24, &st->ctime_ns, 8);
	for (; c->slots[i]; i = (i + 1) & c->mask) {
		const struct cache_entry *e =
			(const void *)(c->data + c->slots[i] - 1);

		if (entry_u32(e, 4) != kind || entry_u32(e, 8) != (uint32_t)tree ||
		    strcmp(entry_rel(e), rel))
			continue;
		return memcmp(entry_stamp(e), stamp, STAMP_SIZE) ? -1 : (int)i;
	}
	return -1;
}

const struct cache_entry *cache_lookup(struct scan_cache *c, int tree,
				       const char *rel,
				       const struct file_stamp *st)
{
	int i = find(c, KIND_FILE, tree, rel, st);

	if (i < 0)
		return NULL;
	/* each file has its own slot: threads write apart */
	c->valid[i] = 1;
	return (const void *)(c->data + c->slots[i] - 1);
}

bool cache_dir_lookup(struct scan_cache *c, int tree, const char *rel,
		      const struct file_stamp *st, struct ptrvec *files,
		      struct ptrvec *dirs)
{
	int i = find(c, KIND_DIR, tree, rel, st);
	const char *e, *p;
	struct cursor cur;
	uint32_t len;
	int nfiles, ndirs;

	if (i < 0)
		return false;
	e = c->data + c->slots[i] - 1;
	memcpy(&len, e, 4);
	p = entry_stamp((const void *)e) + STAMP_SIZE;
	cur = (struct cursor){ p, e + 4 + len, false };
	nfiles = get_count(&cur, 5);
	ndirs = get_count(&cur, 5);
	files->count = dirs->count = 0;
	for (int k = 0; k < nfiles + ndirs && !cur.bad; k++)
		pv_push(k < nfiles ? files : dirs, (void *)need_str(&cur));
	if (cur.bad || cur.p != cur.end) {
		files->count = dirs->count = 0;
		return false;
	}
	c->valid[i] = 1;
	return true;
}
