/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * diff (internal): the model compare.c works on, shared by its files:
 * the two sides' nodes and their matching (model.c), property values
 * (values.c), the structs (structs.c), and the helpers of compare.c.
 */
#ifndef DIFF_COMPARE_H
#define DIFF_COMPARE_H

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

/* compare.c: a report's string or integer at @key, or NULL / @def */
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

/* model.c: a side's nodes from its report, with their seq at run time */
void side_nodes(struct dside *s, json_t *report);
void side_free_nodes(struct dside *s);
/* model.c: matching, by path, then renames and moves */
void match_by_path(struct diff *d);
void match_renames(struct diff *d);
/* model.c: then one of a kind under the same parent, whatever its name */
void match_unique(struct diff *d);
/* model.c: an old path as it is on the new side, else itself */
const char *new_path_of(const struct diff *d, const char *old_path);
const char *parent_path(struct arena *a, const char *path);

/* values.c: a property's value as dtc writes it, "(none)" if absent */
char *value_str(struct diff *d, json_t *prop);
/* values.c: the same value, phandles by their (matched) target */
bool same_value(const struct diff *d, json_t *o, json_t *n);
/* values.c: an unchanged value whose phandles point at other numbers */
bool phandle_numbers_moved(const struct diff *d, json_t *o, json_t *n);
/* values.c: a long array's change as the run that differs, or NULL */
const char *array_change(struct diff *d, const char *name, json_t *a,
			 json_t *b);
/* values.c: "reg: the same addresses and sizes ..." or NULL */
const char *reg_same_values(struct diff *d, const struct dnode *o,
			    const struct dnode *n, json_t *a, json_t *b);

/* structs.c: the dtd_ structs' changes, grouped by cause */
json_t *compare_structs(struct diff *d);

#endif /* DIFF_COMPARE_H */
