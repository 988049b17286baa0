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
 * The stage comes after dtb: the blob is read, then the overlays applied.
 * Without --variant none of this runs and ctx->variants is NULL.
 */
#ifndef VARIANT_VARIANT_H
#define VARIANT_VARIANT_H

#include <stdint.h>

#include "dtb/dtb.h"

#define MAX_VARIANTS 32

struct variant {
	const char *name;
	const char *file; /* the overlay; for the base, the .dtb */
	struct dt *dt;	  /* the base with the overlay applied */
	/* its phandles that are not the union's (its own numbers) */
	uint32_t *renumbered;
	int nrenumbered;
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
/* The data records of @node after the first, or 0 */
int variant_ngroups(const struct node *node);
struct node *variant_group(const struct node *node, int g);
/* "base, i2c_board": the names of the variants in @mask */
const char *variant_mask_names(struct ctx *ctx, uint32_t mask);

#endif /* VARIANT_VARIANT_H */
