/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * diff (internal): the model the comparison works on (the two sides'
 * nodes and their matches) and the helpers every part of it uses
 * (common.c). The parts: model.c (nodes, matching), values.c (property
 * values), structs.c (the structs), compare.c (the whole).
 */
#ifndef DIFF_COMMON_H
#define DIFF_COMMON_H

#include "diff/diff-internal.h"

struct dnode {
	const char *path;
	json_t *obj;
	bool valid;		/* in "nodes" (has records), else "skipped" */
	struct dnode *match;	/* on the other side, or NULL */
	int seq;		/* at run time, or -1 */
	const char *uclass;	/* its uclass id, or NULL */
};

struct dside {
	json_t *report;
	struct dnode *nodes;
	int count;
	struct strmap by_path;	/* path -> struct dnode */
	struct strmap structs;	/* "dtd_x" -> its members (json array) */
	bool inst;
};

struct diff {
	struct dside old, new;
	struct arena arena;
	json_t *nodes;
	json_t *blob_only;
	int renumbered;
	struct strmap seq_changed; /* new path -> node, seq changed */
};

/* a report's string or integer at @key, or NULL / @def */
const char *jstr(json_t *obj, const char *key);
long long jint(json_t *obj, const char *key, long long def);
/* strcmp() == 0, where two NULLs are the same */
bool same_str(const char *a, const char *b);
/* json_equal(), where two NULLs (both missing) are the same too */
bool same_json(json_t *a, json_t *b);
/* "(none)" for NULL */
const char *or_none(const char *s);
/* "a, b, c" of a JSON array of strings ("?" for another item): the first
 * @most, then " and N more"; @none if the array is empty or missing */
const char *strings_text(struct diff *d, json_t *arr, size_t most,
			 const char *none);
json_t *str_or_null(const char *s);
/* A change with no trace in the C, and why */
void add_blob_only(struct diff *d, const char *path, const char *what,
		   const char *why);

#endif /* DIFF_COMMON_H */
