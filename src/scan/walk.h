/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * scan (internal): every tree's directories and source files, read and
 * parsed in parallel, or taken from the cache.
 */
#ifndef SCAN_WALK_H
#define SCAN_WALK_H

#include "scan/cache.h"

/* walk.c: every tree's directories and source files, in parallel */

/* A source file met by the walk that declares something, or that is
 * to be added to the cache. */
struct walk_file {
	const char *name;	  /* if it is to be added to the cache */
	struct file_result *res;  /* NULL if it declares nothing */
	struct file_stamp *stamp; /* if it is to be added to the cache */
};

/* A directory: its source files, then its subdirectories, each sorted
 * by name, which is the order the results are merged in. */
struct walk_dir {
	struct walk_dir *parent; /* NULL for a tree's root */
	const char *name;	 /* a tree's root: its path */
	int tree;
	struct walk_file *files;
	int nfiles;
	struct walk_dir **subdirs;
	int nsubdirs;
	int err; /* errno if it could not be listed */
	/* for a new cache, if the directory was read now: its stamp and
	 * every .c, .h and subdirectory, as the cache keeps them */
	struct file_stamp *stamp;
	const char **listed; /* files, then subdirectories */
	int nlisted_files;
	int nlisted_dirs;
};

/* Append the directory's path (@rel: within its tree, "" for a root). */
void walk_dir_path(const struct walk_dir *d, struct strbuf *sb, bool rel);

struct walk {
	/* in */
	const char **roots;
	int nroots;
	bool headers;			/* read .h files too */
	struct scan_cache *cache;	/* NULL: none */
	bool stamp;			/* record stamps, for a new cache */
	int jobs;			/* threads, >= 1 */
	/* out */
	struct walk_dir **trees;	/* each tree's root */
	struct arena *arenas;		/* one per thread; all of the above */
	int narenas;
	int files_read;
	int files_scanned;
	int files_cached;
	int files_missed;		/* with a cache: not valid in it */
	int dirs_cached;		/* listings taken from the cache */
	int dirs_missed;
};

/* With threads it cannot start, fewer do the work. */
void walk_trees(struct walk *w);

#endif /* SCAN_WALK_H */
