// SPDX-License-Identifier: GPL-2.0+
/*
 * Reading the scan cache: every read bounds-checked, the file never
 * trusted, and a file that does not check out ignored as a whole.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/cursor.h"
#include "scan/cache-format.h"

/* A string or none (NO_STR), in the cache data, which outlives the run's
 * use of it. */
static const char *get_str(struct cursor *c)
{
	uint32_t len = cursor_u32(c);

	if (c->bad || len == NO_STR)
		return NULL;
	return cursor_chars(c, len);
}

static const char *need_str(struct cursor *c)
{
	const char *s = get_str(c);

	if (!s)
		c->bad = true;
	return s;
}

static struct driver *get_driver(struct cursor *c, struct arena *a)
{
	struct driver *d = arena_alloc(a, sizeof(*d));
	int n;

	d->name = need_str(c);
	d->line = cursor_u32(c);
	d->uclass_id = get_str(c);
	if (cursor_u32(c)) {
		d->compat = arena_alloc(a, sizeof(*d->compat));
		d->compat->name = get_str(c);
		d->compat->partial = cursor_u32(c) != 0;
		n = cursor_count(c, 8);
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
	d->of_match_offset = cursor_u32(c);
	n = cursor_count(c, 5);
	for (int i = 0; i < n; i++)
		apv_push_const(a, &d->headers, need_str(c));
	return d;
}

static struct uclass *get_uclass(struct cursor *c, struct arena *a)
{
	struct uclass *uc = arena_alloc(a, sizeof(*uc));

	uc->name = need_str(c);
	uc->uclass_id = need_str(c);
	uc->line = cursor_u32(c);
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
	c = cursor_at(p + 4, len);
	*resp = NULL;
	if (!len)
		return 0;
	res = arena_alloc(a, sizeof(*res));
	res->path = arena_strdup(a, path);
	res->rel = tail_of(a, res->path, rel);
	res->skipped = cursor_u32(&c) != 0;
	n = cursor_count(&c, 5);
	for (int i = 0; i < n; i++)
		apv_push_const(a, &res->skipped_names, need_str(&c));
	res->error = get_str(&c);
	res->error_line = cursor_u32(&c);
	res->error_code = cursor_u32(&c);
	if (res->error_code >= DC_COUNT)
		c.bad = true;
	n = cursor_count(&c, 44);
	for (int i = 0; i < n; i++)
		apv_push(a, &res->drivers, get_driver(&c, a));
	n = cursor_count(&c, 14);
	for (int i = 0; i < n; i++) {
		struct alias_decl *ad = arena_alloc(a, sizeof(*ad));

		ad->alias = arena_alloc(a, sizeof(*ad->alias));
		ad->name = need_str(&c);
		ad->alias->driver = need_str(&c);
		ad->alias->line = cursor_u32(&c);
		apv_push(a, &res->aliases, ad);
	}
	n = cursor_count(&c, 36);
	for (int i = 0; i < n; i++)
		apv_push(a, &res->uclasses, get_uclass(&c, a));
	n = cursor_count(&c, 5);
	for (int i = 0; i < n; i++)
		apv_push_const(a, &res->structs, need_str(&c));
	n = cursor_count(&c, 18);
	for (int i = 0; i < n; i++) {
		struct driver_note *note = arena_alloc(a, sizeof(*note));
		uint32_t kind;

		note->driver = need_str(&c);
		note->line = cursor_u32(&c);
		kind = cursor_u32(&c);
		if (kind > NOTE_SUFFIX_COMMENT)
			c.bad = true;
		note->kind = kind;
		note->text = need_str(&c);
		apv_push(a, &res->notes, note);
	}
	if (c.bad || c.p != c.end)
		return -1;
	*resp = res;
	return 0;
}

/* Check every entry's frame and index it; false if anything is off. */
static bool index_entries(struct scan_cache *c, struct cursor *cur)
{
	uint32_t n = 0, size = 1024;
	const char *first = cur->p;

	for (;;) {
		uint32_t len = cursor_u32(cur);

		if (cur->bad || !len)
			break;
		if (len > (size_t)(cur->end - cur->p))
			return false;
		cur->p += len;
		n++;
	}
	if (cur->bad || cursor_u32(cur) != n)
		return false;
	c->section_len = cursor_u32(cur);
	c->section = cur->p;
	if (cur->bad || c->section_len != (size_t)(cur->end - cur->p))
		return false;
	cur->p += c->section_len;
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
		ec = cursor_at(p + 4, len);
		kind = cursor_u32(&ec);
		tree = cursor_u32(&ec);
		rel = need_str(&ec);
		if (ec.bad || kind > KIND_DIR || tree >= (uint32_t)c->ntrees ||
		    (size_t)(ec.end - ec.p) < STAMP_SIZE + 4)
			return false;
		ec.p += STAMP_SIZE;
		/* a file's result is checked when used, a listing too */
		if (kind == KIND_FILE &&
		    cursor_u32(&ec) != (size_t)(ec.end - ec.p))
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
	err = read_regular_file(path, &c->data, &c->len);
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
	cur = cursor_at(c->data + 8, c->len - 16);
	if (cursor_u32(&cur) != CACHE_VERSION ||
	    cursor_u32(&cur) != CACHE_BOM) {
		*why = "made by another version of dtoc";
		goto fail;
	}
	*why = "truncated or corrupt";
	memcpy(&sum, c->data + c->len - 8, 8);
	if (checksum(c->data, c->len - 8) != sum)
		goto fail;
	ckey = get_str(&cur);
	if (!ckey || strcmp(ckey, key) ||
	    cursor_u32(&cur) != (uint32_t)ntrees) {
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

const char *cache_section(const struct scan_cache *c, size_t *len)
{
	*len = c->section_len;
	return c->section_len ? c->section : NULL;
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
	nfiles = cursor_count(&cur, 5);
	ndirs = cursor_count(&cur, 5);
	files->count = dirs->count = 0;
	for (int k = 0; k < nfiles + ndirs && !cur.bad; k++) {
		const char *name = need_str(&cur);

		/* the walk opens what a listing names: one component */
		if (name && (!*name || strchr(name, '/') || !strcmp(name, ".") ||
			     !strcmp(name, "..")))
			cur.bad = true;
		pv_push_const(k < nfiles ? files : dirs, name);
	}
	if (cur.bad || cur.p != cur.end) {
		files->count = dirs->count = 0;
		return false;
	}
	c->valid[i] = 1;
	return true;
}
