/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * resolve: from the devicetree and what the sources declare, everything
 * the emitters print: the valid nodes and their order, names, drivers
 * and uclasses, 64-bit reg values, the widened dtd_ structs, phandles,
 * aliases and sequence numbers; then the checks that the files to be
 * written need (variants.c, values.c, headers.c), so that the emitters
 * only print.
 */
#ifndef RESOLVE_RESOLVE_H
#define RESOLVE_RESOLVE_H

#include "dtb/dtb.h"
#include "scan/scan.h"

/* A member of a dtd_ struct: the widest of the nodes' values. */
struct field {
	const char *name; /* property name */
	const char *c_name;
	struct value val;
	const struct binding_type *bt; /* from a binding, or NULL: guessed */
	/* phandles typed by a binding: the array, sized over all nodes */
	int nphandles;
	int max_args;
};

struct dtd_struct {
	const char *name;
	const struct node *first; /* its first node: where messages point */
	struct ptrvec fields; /* of struct field *, sorted by name */
};

struct resolved {
	struct ptrvec valid;	      /* struct node *, sorted by C name */
	struct ptrvec valid_in_order; /* struct node *, devicetree order */
	struct strmap structs;	      /* struct name -> struct dtd_struct */
	struct ptrvec struct_order;   /* struct dtd_struct *, sorted by name */
	struct ptrvec uclasses;	      /* struct uclass *, sorted by id */
	struct typing *typing;	      /* --bindings: typing.c's state */
	/* --variant: a node for each other data record of a valid node */
	struct ptrvec variant_data;
	/* the uclasses whose path_to_seq resolve filled (and frees) */
	struct ptrvec seq_uclasses;
};

int resolve(struct ctx *ctx, struct resolved *res);
void resolved_free(struct resolved *res);
struct dtd_struct *node_struct(const struct resolved *res,
			       const struct node *node);
struct field *struct_field(const struct dtd_struct *st, const char *name);
/* --variant, after resolve(): parents and phandle targets present in
 * each variant where the node is; sequence numbers in each variant (-i) */
int variants_check(struct ctx *ctx, struct resolved *res);
/* values.c, the last check before emitting: every member value can be
 * written as C of its member's type (and every phandle entry fits) */
int check_values(struct ctx *ctx, const struct resolved *res);
/* values.c: the phandle arrays of dt-structs-gen.h can be sized */
int check_struct_phandles(struct ctx *ctx, const struct resolved *res);
/* headers.c, with -i: a warning for each struct that dt-device.c
 * (@device) or dt-uclass.c (@uclass) allocates and no header (or two)
 * defines */
void check_struct_headers(struct ctx *ctx, const struct resolved *res,
			  bool device, bool uclass);

#endif /* RESOLVE_RESOLVE_H */
