/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * scan (internal): the results of the walk merged in walk order, as
 * the reference would have read the files.
 */
#ifndef SCAN_MERGE_H
#define SCAN_MERGE_H

#include "scan/walk.h"

/* Add a file's result to the scan, as the reference would
 * have when reading that file now. Returns 0 or DTOC_ERR_INPUT. */
int scan_merge(struct ctx *ctx, struct scan *scan,
	       const struct file_result *res);

/* Parse one file's contents and merge them, as the reference does (for
 * .c or .h files; the unit tests feed the scan this way). */
int parse_source(struct ctx *ctx, struct scan *scan,
		 const struct srcfile *file, const char *buf, size_t len);

/* Merge the results of directory @d and everything below it, in walk
 * order; a tree that could not be listed is an error, a directory below
 * it a warning. */
int merge_walk_dir(struct ctx *ctx, struct scan *scan,
		   const struct walk_dir *d);

#endif /* SCAN_MERGE_H */
