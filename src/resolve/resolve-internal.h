/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * resolve (internal): the steps of resolve(), in the reference's order
 * (resolve.c runs them). Each returns 0 or DTOC_ERR_INPUT.
 */
#ifndef RESOLVE_RESOLVE_INTERNAL_H
#define RESOLVE_RESOLVE_INTERNAL_H

#include "bindings/bindings.h"
#include "resolve/resolve.h"

/* nodes.c: the nodes with a compatible (and not disabled), below @node */
int collect_nodes(struct ctx *ctx, struct resolved *res, struct node *node);
/* nodes.c: C names, idx by C name, driver names */
int prepare_nodes(struct ctx *ctx, struct resolved *res);
/* nodes.c: reg as the parent's #address-cells/#size-cells say */
int convert_reg(struct ctx *ctx, struct node *node);
/* structs.c: the dtd_ structs, widened over their nodes */
int build_structs(struct ctx *ctx, struct resolved *res);
/* structs.c: every phandle target exists and fits its struct's array */
int check_phandles(struct ctx *ctx, struct resolved *res);
/* drivers.c: each node's driver, parent driver and uclass */
int bind_drivers(struct ctx *ctx, struct resolved *res);
/* drivers.c: what the -i output needs beyond the plain one */
int check_instances(struct ctx *ctx, struct resolved *res);
/* concerns.c: the scan's diagnostics, each a warning if it concerns
 * this output, else a note */
void report_scan_diagnostics(struct ctx *ctx, struct resolved *res);
/* variants.c, with --variant, after prepare_nodes(): a data record per
 * distinct set of a node's values, shadows in res->variant_data */
int variants_add_data(struct ctx *ctx, struct resolved *res);
/* With --bindings too: the typed values the renumbering of phandles
 * (by property name, before the bindings are read) got wrong */
int variants_check_typed(struct ctx *ctx, const struct resolved *res);
/* seq.c: "serial2" -> "serial", 2: at least two characters of
 * [a-z0-9-], a letter last, then the digits */
bool split_alias(const char *name, size_t *stem_len, long *num);
/* seq.c: the uclass an alias names by its first @stem_len characters */
struct uclass *alias_uclass(const struct scan *scan, const char *alias,
			    size_t stem_len);
/* seq.c: /aliases, into each uclass's numbers */
int read_aliases(struct ctx *ctx, struct resolved *res);
/* seq.c: aliases first, then the next number after the highest in use */
int assign_seqs(struct ctx *ctx, struct resolved *res);

#endif /* RESOLVE_RESOLVE_INTERNAL_H */
