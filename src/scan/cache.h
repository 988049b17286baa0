/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * scan (internal): --cache FILE keeps each file's file_result, by
 * path and stamp, for the next run.
 */
#ifndef SCAN_CACHE_H
#define SCAN_CACHE_H

#include "scan/parse.h"

/* cache.c: --cache FILE, what each file declared, by path and stamp */

struct file_stamp {
	uint64_t size;
	uint64_t ino;
	int64_t mtime_ns;
	int64_t ctime_ns;
};

struct scan_cache;
struct cache_entry;

/* The cache at @path made with @key (the trees, see scan.c); NULL if
 * there is none (@why NULL) or it cannot be trusted (@why says why). */
struct scan_cache *cache_load(const char *path, const char *key,
			      int ntrees, const char **why);
void cache_free(struct scan_cache *c);
/* The entry for @rel in tree @tree if it has stamp @st, else NULL; the
 * entry is then marked valid. Threads may look up different files at
 * once. */
const struct cache_entry *cache_lookup(struct scan_cache *c, int tree,
				       const char *rel,
				       const struct file_stamp *st);
/* The listing of directory @rel (of tree @tree) if its stamp is @st,
 * into @files (.c and .h) and @dirs, sorted, as pointers into the cache;
 * the entry is then marked valid. */
bool cache_dir_lookup(struct scan_cache *c, int tree, const char *rel,
		      const struct file_stamp *st, struct ptrvec *files,
		      struct ptrvec *dirs);
/* Whether @hits valid entries are all the cache holds. */
bool cache_all_valid(const struct scan_cache *c, int hits);
/* What the entry's file declared, or NULL if nothing; -1 if corrupt. */
int cache_entry_result(struct arena *a, const struct cache_entry *e,
		       const char *path, const char *rel,
		       struct file_result **res);

/* A new cache file, written to a temporary file, renamed when done. */
struct cache_writer;

struct cache_writer *cw_open(const char *path, const char *key, int ntrees,
			     int64_t start_ns, const char **why);
/* Add a file read now; files changed just before @start_ns are left out
 * (they could change again unseen within one timestamp tick). */
void cw_add(struct cache_writer *w, int tree, const char *rel,
	    const struct file_stamp *st, const struct file_result *res);
/* Add a directory's listing: @names holds @nfiles files, then @ndirs
 * subdirectories (the same rule on recent changes applies). */
void cw_add_dir(struct cache_writer *w, int tree, const char *rel,
		const struct file_stamp *st, const char *const *names,
		int nfiles, int ndirs);
/* Keep the loaded cache's entries that were found valid. */
void cw_keep_valid(struct cache_writer *w, const struct scan_cache *c);
/* Keep every entry of the loaded cache */
void cw_keep_all(struct cache_writer *w, const struct scan_cache *c);
/* The section to write after the entries (copied; none by default) */
void cw_set_section(struct cache_writer *w, const char *data, size_t len);
/* The loaded cache's section (NULL if empty) */
const char *cache_section(const struct scan_cache *c, size_t *len);
/* Finish, and free @w; -1 with @why set if the file was not written. */
int cw_commit(struct cache_writer *w, const char **why);

#endif /* SCAN_CACHE_H */
