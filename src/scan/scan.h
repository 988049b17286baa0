/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * scan: what the source trees declare (drivers, aliases, uclass
 * drivers, structs and their headers).
 *
 * The scan runs in three steps: the walk (walk.c) reads and parses the
 * files of every tree in parallel, each into a file_result (parse.c),
 * or takes it from the scan cache (cache.c); then merge.c merges the
 * results in walk order, which alone decides what later files replace.
 */
#ifndef SCAN_SCAN_H
#define SCAN_SCAN_H

#include "base/diag.h"
#include "model.h"

struct struct_def {
	const char *name;
	const char *header; /* as it is included, e.g. "asm/clk.h" */
	const char *file;
	struct struct_def *shadowed; /* an earlier definition it replaced */
};

/* What a note on a driver is about. The reference shows its notes only
 * for drivers that are used or missing; resolve decides whether a note
 * concerns the output (a warning) or not (a note). */
enum note_kind {
	NOTE_NO_UCLASS,		/* no .id: the driver is ignored */
	NOTE_NO_OF_MATCH,	/* no .of_match: the driver is ignored */
	NOTE_SUFFIX,		/* .of_match = table <something> */
	NOTE_SUFFIX_COMMENT,	/* .of_match = table, then a comment */
};

/* A note on a driver, from the file that declares it. */
struct driver_note {
	const char *driver;
	const char *file;	/* set when merged */
	int line;
	enum note_kind kind;
	const char *text;	/* the message, without its place */
};

/* A file skipped for not being valid UTF-8, and what it would declare */
struct skipped_file {
	const char *path;
	struct ptrvec names; /* char *, see file_result (shared) */
};

/* Two DM_DRIVER_ALIAS lines giving one compatible to different drivers:
 * the later in walk order replaced the earlier. */
struct alias_conflict {
	const char *alias;	/* the compatible's C name */
	const struct driver_alias *replaced;
	const struct driver_alias *by;
};

struct scan {
	struct strmap drivers;	       /* name -> struct driver */
	struct strmap driver_aliases;  /* alias -> struct driver_alias */
	struct strmap uclasses;	       /* UCLASS_xxx -> struct uclass */
	struct strmap structs;	       /* name -> struct struct_def */
	struct strmap notes;	       /* driver name -> struct ptrvec of
					* struct driver_note, distinct */
	struct ptrvec skipped;	       /* struct skipped_file * */
	struct ptrvec alias_conflicts; /* struct alias_conflict * */
	const char *phase;
	int files_read;
	int files_scanned;
	int files_cached;	       /* taken from the scan cache */
	struct arena *arenas;	       /* the walk's, which hold the results */
	int narenas;
	struct scan_cache *cache;      /* results may point into it */
	char *cache_key;	       /* --cache: the trees it is for */
	int ntrees;
};

/* A file of a source tree: its path for messages and within the tree. */
struct srcfile {
	const char *path;
	const char *rel;
};

int scan_trees(struct ctx *ctx);
/* --cache: the section of the cache that the scan keeps for a later
 * stage (the bindings' index, bindings/memo.c), as loaded; NULL if none.
 * It lives as long as @scan. */
const char *scan_cache_section(const struct scan *scan, size_t *len);
/* --cache: write the cache again with @data as its section (a warning if
 * it cannot be written, as for the scan's own entries) */
void scan_cache_put_section(struct ctx *ctx, const char *data, size_t len);
void scan_init(struct scan *scan, const char *phase);
void scan_free(struct scan *scan);

#endif /* SCAN_SCAN_H */
