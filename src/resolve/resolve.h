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
/* Forget what resolve() wrote into the scan's drivers and uclasses (used,
 * sequence numbers, devices), so that another devicetree can be resolved
 * against the same scan (`dtoc diff` scans once for both sides). The
 * seqs and devs it held were in the previous run's arena. */
void resolve_reset_scan(struct scan *scan);
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

/* How dt-structs-gen.h declares member @f (structs.c): emit.c prints
 * it, size.c measures it. */
struct member_decl {
	enum ptype type; /* the element type, unless phandles */
	bool phandles;	 /* elements are struct phandle_<args>_arg */
	int args;
	int count; /* the array's length, or -1: not an array */
};

int field_decl(struct ctx *ctx, const struct resolved *res,
	       const struct field *f, struct member_decl *out);

/* ---------------------------------------------------------- size.c */

/*
 * What the records dtoc writes take in bytes (sizeof, as nm -S shows
 * them), laid out by C's rules on two ABIs: ILP32 as on 32-bit arm
 * EABI (64-bit types aligned to 8) and LP64 (aarch64, x86-64). The
 * driver model's records are the dtoc runtime's (src/runtime/include);
 * a struct the sources define (a driver's priv or plat) is unknown:
 * dtoc does not lay out arbitrary C.
 */
enum abi { ABI_ILP32, ABI_LP64, NUM_ABIS };

/* "ilp32", "lp64" */
const char *abi_name(enum abi abi);

/* A struct laid out member by member: each member at the next offset
 * its alignment allows, the size rounded up to the largest alignment */
struct c_layout {
	long size;
	long align;
};

/* Append @count elements (an array; 1: a scalar) of @size and @align */
void c_layout_add(struct c_layout *l, long size, long align, long count);
/* sizeof the struct laid out so far */
long c_layout_end(const struct c_layout *l);
/* A member's size and alignment, per element */
void member_layout(const struct member_decl *m, enum abi abi, long *size,
		   long *align);

/* The records of the driver model as the runtime defines them */
enum dm_record { REC_DRIVER_INFO, REC_UDEVICE, REC_UCLASS, NUM_DM_RECORDS };

long dm_record_size(enum dm_record rec, enum abi abi);
/* "struct driver_info", ... */
const char *dm_record_name(enum dm_record rec);
/* The members assumed, in words, for the report */
const char *dm_record_layout(enum dm_record rec);

/* sizeof(struct dtd_<st>), or -1 (error recorded) */
long dtd_struct_size(struct ctx *ctx, const struct resolved *res,
		     const struct dtd_struct *st, enum abi abi);

/* A record of a node whose size dtoc cannot know: a u8 array sized by
 * a struct of the sources, or the driver's own plat struct (-i) */
struct unknown_record {
	const char *what;   /* "plat", "priv", "parent_plat", ... */
	const char *c_struct; /* the struct's name, without "struct " */
	const char *symbol; /* the C symbol dtoc writes */
};

/* The bytes one node's records take on one ABI; -1: unknown */
struct node_size {
	long plat;   /* its dtv_ record(s); -1: the driver's plat struct */
	long record; /* its struct driver_info, or with -i struct udevice */
	long priv;   /* -i: its .priv_data arrays; -1 if it has any */
	long total;  /* the known ones added up */
	struct ptrvec unknown; /* of struct unknown_record *, in the arena */
};

/* Returns 0, or -1 (error recorded) */
int node_record_size(struct ctx *ctx, const struct resolved *res,
		     const struct node *node, enum abi abi,
		     struct node_size *out);
/* With -i: a uclass's DM_UCLASS_INST record (in .record) and its
 * priv array (.priv: -1 if it has one, named in .unknown) */
void uclass_record_size(struct ctx *ctx, const struct uclass *uc,
			enum abi abi, struct node_size *out);

#endif /* RESOLVE_RESOLVE_H */
