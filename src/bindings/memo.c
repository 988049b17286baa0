// SPDX-License-Identifier: GPL-2.0+
/*
 * Bindings: the memo of the index, kept in the --cache file (in the
 * section the scan keeps for it), so that a run whose binding files have
 * not changed reads none of them to index them.
 *
 * For each binding directory: its stamp (size, inode, modification and
 * change times) and its listing (.yaml files, then subdirectories, as
 * index.c sorts them); for each file: its stamp and what index.c found
 * in it (how it is selected, the compatible strings). An entry counts
 * only if the stamp is still the one on disk; one changed just before
 * the run is not recorded (it could change again within one tick of
 * the clock, unseen).
 *
 * Format: "BIDX", the key (the directories as given and where they
 * really are), the entries, their count. Entries: u32 kind, u32 the
 * directory's number, str rel, the stamp (u64 size, ino, mtime, ctime),
 * then for a directory u32 files, u32 subdirectories and their names,
 * for a file u32 select, u32 compatible strings and the strings. A str
 * is a u32 length, the bytes and a NUL. The memo comes from a file: it
 * is read through a bounds-checked cursor, and one that does not check
 * out is ignored as a whole.
 */
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/cursor.h"
#include "bindings/yaml.h"

#define MEMO_MAGIC "BIDX"
enum { MEMO_DIR, MEMO_FILE };

struct memo_entry {
	uint32_t kind;
	uint32_t dir;
	const char *rel;
	struct bstamp stamp;
	const char **names;	  /* into the memo's name table */
	int nfirst;		  /* dir: files; file: the select */
	int nsecond;		  /* dir: subdirectories; file: strings */
};

/* A file's stamp, taken ahead by a helper thread */
struct prestat {
	bool regular; /* found, and a regular file */
	struct bstamp stamp;
};

struct helper {
	struct bmemo *m;
	uint32_t from, to; /* the entries it stats */
	pthread_t thread;
	bool started;
};

struct bmemo {
	struct memo_entry *entries;
	uint32_t count;
	/* the entries from pre_from on are stat'ed ahead, by helpers */
	const char *const *dirs;
	struct prestat *pre;
	uint32_t pre_from;
	struct helper *helpers;
	int nhelpers;
	bool joined;
	const char **names; /* every name and string, in order */
	uint32_t next;	    /* where the walk is expected next */
	struct strmap by_key; /* "kind dir rel" -> entry, made if needed */
	struct arena keys;
	int hits;
};

/* ------------------------------------------------------------ reading */

static void join_helpers(struct bmemo *m)
{
	for (int i = 0; !m->joined && i < m->nhelpers; i++) {
		if (m->helpers[i].started)
			pthread_join(m->helpers[i].thread, NULL);
	}
	m->joined = true;
}

void bmemo_free(struct bmemo *m)
{
	if (!m)
		return;
	join_helpers(m);
	free(m->helpers);
	free(m->pre);
	free(m->entries);
	free(m->names);
	sm_free(&m->by_key);
	arena_free(&m->keys);
	free(m);
}

/* A name a directory's listing may hold: one component, not hidden (the
 * walk opens what a listing names: it must not lead out of the DIR) */
static bool listed_name(const char *name, bool file)
{
	size_t n = strlen(name);

	return n && name[0] != '.' && !strchr(name, '/') &&
	       (!file || (n > 5 && !strcmp(name + n - 5, ".yaml")));
}

/* One entry at @e into @me, its names into @names from *@nnames on (both
 * NULL: only counted). False if it does not check out. */
static bool parse_entry(struct cursor *e, struct memo_entry *me,
			const char **names, uint32_t *nnames)
{
	struct memo_entry x;
	uint32_t total;

	x.kind = cursor_u32(e);
	x.dir = cursor_u32(e);
	x.rel = cursor_str(e);
	x.stamp.size = cursor_u64(e);
	x.stamp.ino = cursor_u64(e);
	x.stamp.mtime_ns = (int64_t)cursor_u64(e);
	x.stamp.ctime_ns = (int64_t)cursor_u64(e);
	if (x.kind == MEMO_FILE) {
		x.nfirst = cursor_u32(e);
		x.nsecond = cursor_count(e, 5);
		if ((uint32_t)x.nfirst > BSEL_NONE)
			return false;
		total = x.nsecond;
	} else if (x.kind == MEMO_DIR) {
		x.nfirst = cursor_count(e, 5);
		x.nsecond = cursor_count(e, 5);
		total = x.nfirst + x.nsecond;
		if (total > (size_t)(e->end - e->p) / 5)
			return false;
	} else {
		return false;
	}
	if (e->bad || *nnames > UINT32_MAX - total)
		return false;
	x.names = names ? names + *nnames : NULL;
	for (uint32_t i = 0; i < total && !e->bad; i++) {
		const char *name = cursor_str(e);

		if (x.kind == MEMO_DIR && name &&
		    !listed_name(name, i < (uint32_t)x.nfirst))
			return false;
		if (names)
			names[*nnames] = name;
		++*nnames;
	}
	if (me)
		*me = x;
	return !e->bad;
}

/* The entries after the key at @c, then their count: how many entries
 * and names (with @m's tables NULL), or into them. */
static bool parse_entries(struct cursor c, struct bmemo *m, uint32_t *n,
			  uint32_t *nnames)
{
	*n = *nnames = 0;
	while ((size_t)(c.end - c.p) > 4) {
		if (*n == UINT32_MAX ||
		    !parse_entry(&c, m->entries ? &m->entries[*n] : NULL,
				 m->names, nnames))
			return false;
		++*n;
	}
	return cursor_u32(&c) == *n && c.p == c.end && !c.bad;
}

struct bmemo *bmemo_load(const char *data, size_t len, const char *key)
{
	struct cursor c;
	struct bmemo *m;
	uint32_t n, nnames, n2, nnames2;
	const char *k;

	/* (no cursor on NULL: even NULL + 0 is undefined) */
	if (!data || len < 4 || memcmp(data, MEMO_MAGIC, 4))
		return NULL;
	c = cursor_at(data + 4, len - 4);
	k = cursor_str(&c);
	if (!k || strcmp(k, key))
		return NULL;
	m = xmalloc(sizeof(*m));
	memset(m, 0, sizeof(*m));
	/* counted first: pointers into the name table must not move */
	if (!parse_entries(c, m, &n, &nnames)) {
		bmemo_free(m);
		return NULL;
	}
	m->entries = xmalloc((n + 1) * sizeof(*m->entries));
	m->names = xmalloc((nnames + 1) * sizeof(*m->names));
	if (!parse_entries(c, m, &n2, &nnames2) || n2 != n ||
	    nnames2 != nnames) {
		bmemo_free(m);
		return NULL;
	}
	m->count = n;
	return m;
}

static bool same_stamp(const struct bstamp *a, const struct bstamp *b)
{
	return a->size == b->size && a->ino == b->ino &&
	       a->mtime_ns == b->mtime_ns && a->ctime_ns == b->ctime_ns;
}

static char *key_of(struct arena *a, uint32_t kind, uint32_t dir,
		    const char *rel)
{
	return arena_printf(a, "%u %u %s", kind, dir, rel);
}

/* The entry for (kind, dir, rel): the walk meets them in the order it
 * wrote them, so the next one first, else by key. */
static struct memo_entry *find(struct bmemo *m, uint32_t kind, uint32_t dir,
			       const char *rel, const struct bstamp *st)
{
	struct memo_entry *e = NULL;

	if (m->next < m->count) {
		e = &m->entries[m->next];
		if (e->kind != kind || e->dir != dir || strcmp(e->rel, rel))
			e = NULL;
	}
	if (!e) {
		if (!m->by_key.count) {
			for (uint32_t i = 0; i < m->count; i++) {
				struct memo_entry *x = &m->entries[i];

				sm_put(&m->by_key,
				       key_of(&m->keys, x->kind, x->dir, x->rel),
				       x);
			}
		}
		char *k = key_of(&m->keys, kind, dir, rel);

		e = sm_get(&m->by_key, k);
	}
	if (!e || !same_stamp(&e->stamp, st))
		return NULL;
	m->next = e - m->entries + 1;
	m->hits++;
	return e;
}

/* ----------------------------------------------------- stat'ed ahead */

struct bstamp bstamp_of(const struct stat *st)
{
	return (struct bstamp){
		.size = st->st_size,
		.ino = st->st_ino,
		.mtime_ns = st->st_mtim.tv_sec * 1000000000LL +
			    st->st_mtim.tv_nsec,
		.ctime_ns = st->st_ctim.tv_sec * 1000000000LL +
			    st->st_ctim.tv_nsec,
	};
}

/* Stat the files of entries [from, to) as the walk will find them,
 * each relative to its directory (opened once for its files). */
static void *stat_ahead(void *arg)
{
	const struct helper *h = arg;
	const struct bmemo *m = h->m;
	struct strbuf dir = { 0 };
	int dfd = -1;
	uint32_t ddir = 0;

	for (uint32_t i = h->from; i < h->to; i++) {
		const struct memo_entry *e = &m->entries[i];
		const char *slash = strrchr(e->rel, '/');
		size_t dlen = slash ? (size_t)(slash - e->rel) : 0;
		struct stat st;

		if (e->kind != MEMO_FILE)
			continue;
		if (dfd < 0 || ddir != e->dir || dir.len != dlen ||
		    memcmp(dir.buf, e->rel, dlen)) {
			char *path;

			if (dfd >= 0)
				close(dfd);
			dir.len = 0;
			sb_add(&dir, e->rel, dlen);
			ddir = e->dir;
			path = xmalloc(strlen(m->dirs[e->dir]) + dlen + 2);
			strcpy(path, m->dirs[e->dir]);
			if (dlen)
				strcat(strcat(path, "/"), dir.buf);
			dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			free(path);
		}
		if (dfd >= 0 &&
		    !fstatat(dfd, slash ? slash + 1 : e->rel, &st, 0) &&
		    S_ISREG(st.st_mode)) {
			m->pre[i].regular = true;
			m->pre[i].stamp = bstamp_of(&st);
		}
	}
	if (dfd >= 0)
		close(dfd);
	sb_free(&dir);
	return NULL;
}

void bmemo_stat_ahead(struct bmemo *m, const char *const *dirs, int ndirs,
		      int jobs)
{
	uint32_t part;

	if (!m || jobs < 2 || m->count < 512)
		return;
	for (uint32_t i = 0; i < m->count; i++) {
		if (m->entries[i].dir >= (uint32_t)ndirs)
			return; /* a memo for other DIRs: no entry is used */
	}
	m->dirs = dirs;
	m->pre = xmalloc(m->count * sizeof(*m->pre));
	memset(m->pre, 0, m->count * sizeof(*m->pre));
	m->helpers = xmalloc((jobs - 1) * sizeof(*m->helpers));
	memset(m->helpers, 0, (jobs - 1) * sizeof(*m->helpers));
	/* the walk itself stats the first part */
	part = m->count / jobs;
	m->pre_from = part;
	m->nhelpers = jobs - 1;
	for (int i = 0; i < m->nhelpers; i++) {
		struct helper *h = &m->helpers[i];

		h->m = m;
		h->from = part * (i + 1);
		h->to = i + 1 == m->nhelpers ? m->count : part * (i + 2);
		h->started = !pthread_create(&h->thread, NULL, stat_ahead, h);
		if (!h->started) {
			/* what it would have done, done by the walk */
			m->pre_from = h->from;
			m->nhelpers = i;
			break;
		}
	}
}

bool bmemo_prestat(struct bmemo *m, int dir, const char *rel,
		   bool *regular, struct bstamp *st)
{
	const struct memo_entry *e;
	uint32_t i;

	if (!m || !m->pre || m->next >= m->count)
		return false;
	i = m->next;
	e = &m->entries[i];
	if (i < m->pre_from || e->kind != MEMO_FILE || e->dir != (uint32_t)dir ||
	    strcmp(e->rel, rel))
		return false;
	join_helpers(m);
	*regular = m->pre[i].regular;
	*st = m->pre[i].stamp;
	return true;
}

bool bmemo_dir(struct bmemo *m, int dir, const char *rel,
	       const struct bstamp *st, struct ptrvec *files,
	       struct ptrvec *subdirs)
{
	const struct memo_entry *e = m ? find(m, MEMO_DIR, dir, rel, st) :
					 NULL;

	if (!e)
		return false;
	for (int i = 0; i < e->nfirst + e->nsecond; i++)
		pv_push_const(i < e->nfirst ? files : subdirs, e->names[i]);
	return true;
}

bool bmemo_file(struct bmemo *m, int dir, const char *rel,
		const struct bstamp *st, struct arena *a, struct bfile *f)
{
	const struct memo_entry *e = m ? find(m, MEMO_FILE, dir, rel, st) :
					 NULL;

	if (!e)
		return false;
	f->select = e->nfirst;
	f->compats.count = 0;
	for (int i = 0; i < e->nsecond; i++)
		apv_push_const(a, &f->compats, e->names[i]);
	return true;
}

bool bmemo_entry(const struct bmemo *m, uint32_t i, bool *dir_entry,
		 int *dir, const char **rel, struct bstamp *st)
{
	if (i >= m->count)
		return false;
	*dir_entry = m->entries[i].kind == MEMO_DIR;
	*dir = m->entries[i].dir;
	*rel = m->entries[i].rel;
	*st = m->entries[i].stamp;
	return true;
}

bool bmemo_all_used(const struct bmemo *m)
{
	return m && (uint32_t)m->hits == m->count;
}

/* ------------------------------------------------------------ writing */

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
	size_t len = strlen(s);

	put_u32(sb, len);
	sb_add(sb, s, len + 1);
}

static void put_head(struct strbuf *sb, uint32_t kind, int dir,
		     const char *rel, const struct bstamp *st)
{
	put_u32(sb, kind);
	put_u32(sb, dir);
	put_str(sb, rel);
	put_u64(sb, st->size);
	put_u64(sb, st->ino);
	put_u64(sb, (uint64_t)st->mtime_ns);
	put_u64(sb, (uint64_t)st->ctime_ns);
}

void bmemo_start(struct bmemo_out *out, const char *key, int64_t start_ns)
{
	memset(out, 0, sizeof(*out));
	out->fresh_ns = start_ns - BMEMO_FRESH_NS;
	sb_add(&out->sb, MEMO_MAGIC, 4);
	put_str(&out->sb, key);
}

static bool fresh(const struct bmemo_out *out, const struct bstamp *st)
{
	return st->mtime_ns >= out->fresh_ns || st->ctime_ns >= out->fresh_ns;
}

void bmemo_put_dir(struct bmemo_out *out, int dir, const char *rel,
		   const struct bstamp *st, const struct ptrvec *files,
		   const struct ptrvec *subdirs)
{
	if (fresh(out, st)) {
		out->skipped++;
		return;
	}
	put_head(&out->sb, MEMO_DIR, dir, rel, st);
	put_u32(&out->sb, files->count);
	put_u32(&out->sb, subdirs->count);
	for (int i = 0; i < files->count; i++)
		put_str(&out->sb, files->items[i]);
	for (int i = 0; i < subdirs->count; i++)
		put_str(&out->sb, subdirs->items[i]);
	out->count++;
}

void bmemo_put_file(struct bmemo_out *out, int dir, const char *rel,
		    const struct bstamp *st, const struct bfile *f)
{
	if (fresh(out, st)) {
		out->skipped++;
		return;
	}
	put_head(&out->sb, MEMO_FILE, dir, rel, st);
	put_u32(&out->sb, f->select);
	put_u32(&out->sb, f->compats.count);
	for (int i = 0; i < f->compats.count; i++)
		put_str(&out->sb, f->compats.items[i]);
	out->count++;
}

void bmemo_finish(struct bmemo_out *out)
{
	put_u32(&out->sb, out->count);
}
