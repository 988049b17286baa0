/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * diff (internal): a side's nodes from its report and their matching (model.c)
 */
#ifndef DIFF_MODEL_H
#define DIFF_MODEL_H

#include "diff/common.h"

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

#endif /* DIFF_MODEL_H */
