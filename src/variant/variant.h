/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * --variant NAME=FILE.dtbo: board variants as devicetree overlays.
 *
 * Each overlay is applied to the base blob (variant 0, "base") with
 * libfdt. The devicetree the other stages see is the union of every
 * variant's tree, merged by path: a node has one idx whatever the
 * variant. Each node records where it is a device (present) and, for
 * each distinct set of member values, one data record: the union node
 * itself for the first, a "shadow" node (a copy with that variant's
 * properties, named <node>_v<N>) for each other one, which the struct
 * widening and the phandle checks see too. Phandles are renumbered over
 * the union, so a phandle means one node in every variant.
 *
 * Without --variant none of this runs and ctx->variants is NULL.
 */
#ifndef DTOC_VARIANT_H
#define DTOC_VARIANT_H

#include <stdint.h>

#include "dtoc.h"

#define MAX_VARIANTS 32

struct variant {
	const char *name;
	const char *file; /* the overlay; for the base, the .dtb */
	struct dt *dt;	  /* the base with the overlay applied */
};

struct variants {
	struct variant *v;
	int count; /* with the base */
};

/* One data record of a node, shared by the variants in @mask */
struct var_group {
	uint32_t mask;
	struct node *node; /* group 0: the union node; then shadows */
};

struct node_variants {
	struct node **in;	  /* [count]: the node in each variant, or NULL */
	uint32_t present;	  /* where it is a device */
	struct var_group *groups; /* of a valid node, after variants_add_data */
	int ngroups;
	struct node *owner;	  /* of a shadow: the union node */
	int *seq;		  /* -i: its sequence number in each variant */
};

/* After dt_read(): apply the overlays and make ctx->dt the union. */
int variants_load(struct ctx *ctx);
/* After prepare_nodes(): the data records, shadows in res->variant_data */
int variants_add_data(struct ctx *ctx, struct resolved *res);
/* After resolve(): parents and phandle targets present in each variant
 * where the node is; sequence numbers in each variant (-i). */
int variants_check(struct ctx *ctx, struct resolved *res);

/* emit.c: the data records of @node after the first, or 0 */
int variant_ngroups(const struct node *node);
struct node *variant_group(const struct node *node, int g);
/* A comment saying where @node is present (nothing without variants) */
void variant_emit_presence(struct ctx *ctx, const struct node *node,
			   struct strbuf *sb);
/* A comment before the values of data record @g of @node */
void variant_emit_group(struct ctx *ctx, const struct node *node, int g,
			struct strbuf *sb);
/* The table the runtime selects a variant's nodes and data from */
void variant_emit_table(struct ctx *ctx, const struct resolved *res,
			struct strbuf *sb);
/* dt-uclass.c: each variant's sequence numbers, in a comment */
void variant_emit_seqs(struct ctx *ctx, const struct resolved *res,
		       struct strbuf *sb);

#endif /* DTOC_VARIANT_H */
