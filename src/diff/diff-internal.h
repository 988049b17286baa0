/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * diff (internal): the sides (side.c), their comparison (compare.c) and
 * its text (print.c), which cli.c runs.
 */
#ifndef DIFF_DIFF_INTERNAL_H
#define DIFF_DIFF_INTERNAL_H

#include <stdio.h>

#include <jansson.h>

#include "diff/diff.h"
#include "resolve/resolve.h"

/* One side: a report file, a blob run here, or nothing (/dev/null). */
struct side {
	const char *path;	/* as given */
	bool is_blob;
	struct ctx ctx;		/* a blob's run */
	struct resolved res;
	bool borrowed_scan;	/* ctx.scan belongs to the other side */
	json_t *report;		/* the report: read, or built */
	int scan_diags[2];	/* a blob's scan diagnostics: [from, to) */
	char *failed;		/* the error of a run that failed, or NULL */
};

/* side.c: the report of @s (a report file, /dev/null or a blob run with
 * @opt; the blob run reuses @scan_from's scan when it has one). On
 * failure 2 after one "dtoc: error:" line on stderr. A run that failed
 * after the blob was read (or a report of one) is no failure here: its
 * report is kept and its error in ->failed. */
int side_load(struct side *s, const struct options *opt,
	      struct side *scan_from);
/* side.c: the error of a side whose run failed, on stderr; returns 2 */
int side_failure(const struct side *s);
/* side.c: both sides of one phase and mode; else 2 after the error */
int sides_agree(const struct side *old, const struct side *new);
void side_free(struct side *s);

/* compare.c: the difference of two reports, as `--json` prints it */
json_t *diff_compare(json_t *old, json_t *new);
/* compare.c: whether the result has any difference */
bool diff_any(json_t *result);
/* compare.c: only the warnings and errors, new and gone, for a NEW
 * whose run failed with @error */
json_t *diff_diagnostics_only(json_t *old, json_t *new, const char *error);
/* compare.c: how many warnings and errors are new in NEW */
int diff_new_diagnostics(json_t *result);

/* print.c: the result as text (nothing when there is no difference) */
void diff_print_text(FILE *f, json_t *result, bool color);

#endif /* DIFF_DIFF_INTERNAL_H */
