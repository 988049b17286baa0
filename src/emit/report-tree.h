/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * emit (internal): the parts of the --report JSON (report.c) that
 * report-tree.c adds for `dtoc diff`.
 */
#ifndef EMIT_REPORT_TREE_H
#define EMIT_REPORT_TREE_H

#include <jansson.h>

#include "emit/emit.h"

/* A node's status, struct, place in its uclass and properties */
void report_node_tree(struct ctx *ctx, const struct node *node, json_t *obj);
/* The aliases, the structs (if @ok) and the nodes dtoc leaves out */
void report_tree(struct ctx *ctx, const struct resolved *res, bool ok,
		 json_t *root);

#endif /* EMIT_REPORT_TREE_H */
