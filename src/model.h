/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The data model every stage shares: the devicetree's nodes and their
 * properties with typed values (made by dtb), and the drivers, aliases
 * and uclass drivers the sources declare (made by scan).
 *
 * Each struct holds first what the stage that makes it knows. A later
 * stage that adds to it has its fields grouped under a comment naming
 * it; only that stage sets them, and the stages before it never read
 * them (the dtb stage knows nothing of drivers: it holds their pointers
 * for resolve). This header includes only base. tests/layers.sh checks
 * that, that no stage header defines these structs again, and that no
 * stage reads a field a later one adds (for names no other struct has).
 */
#ifndef MODEL_H
#define MODEL_H

#include "base/base.h"

/* ------------------------------------------------- values (dtb/value.c) */

/*
 * Property types, in the reference's order from widest to narrowest: a
 * member that two nodes disagree on takes the lower of the two. The last
 * two only come from bindings (bindings/typing.c), never from a guess,
 * and never widen into another type.
 */
enum ptype { PT_BYTE, PT_INT, PT_STRING, PT_BOOL, PT_INT64, PT_INT16,
	     PT_UINT64 };

/* What one element of a value holds. After widening an element may be
 * of another kind than its value's type (as in the reference), which is
 * only an error if it cannot be written as that type. */
enum ekind { EK_BYTE, EK_CELL, EK_STR, EK_TRUE, EK_U64 };

struct elem {
	enum ekind kind;
	uint32_t cell;	 /* EK_BYTE, EK_CELL */
	uint64_t u64;	 /* EK_U64 */
	const char *str; /* EK_STR */
};

struct value {
	enum ptype type;
	bool is_list;
	int count; /* 1 for a scalar */
	struct elem *elems;
};

/* ------------------------------------------ binding types (bindings/) */

/* A property's type in a binding: a types.yaml definition, or a flag. */
enum btype { BT_FLAG, BT_U8, BT_U16, BT_U32, BT_U64, BT_STRING, BT_PHANDLE,
	     BT_PHANDLE_ARRAY };

struct binding_type {
	enum btype base;
	bool array;	   /* -array, -matrix: always a C array */
	const char *def;   /* as the binding says, e.g. "uint32-array" */
	const char *file;  /* the binding, and the line that says so */
	int line;
	int fixed_args;	   /* phandle-array: args per entry the binding
			    * fixes (items: - items: [...]), or -1 */
	/* another binding of the same digest that gives another type;
	 * an error only if a node has the property */
	const struct binding_type *clash;
};

/* ------------------------------------------- the tree (dtb/dtb.c) */

struct driver;
struct uclass;
struct driver_alias;
struct node_variants;

struct prop {
	const char *name;
	const uint8_t *data;
	int len;
	struct value val;

	/* bindings (typing.c): its type from a binding, or NULL: guessed */
	const struct binding_type *bt;
	/* variant (load.c): phandles in it were renumbered to the union's */
	bool renumbered;
};

struct node {
	const char *name;
	const char *path;
	struct node *parent;
	struct node **children;
	int nchildren;
	struct prop *props; /* in blob order */
	int nprops;
	uint32_t phandle;

	/* variant (load.c), with --variant: where the node is and its
	 * data there (variant/variant.h) */
	struct node_variants *var;

	/* resolve, for valid nodes */
	bool valid;
	int idx;
	const char *var_name;
	const char *struct_name;
	const struct driver_alias *via_alias; /* how struct_name was found */
	struct driver *driver;
	struct driver *parent_driver;
	struct uclass *uclass;
	int seq;
	int uclass_seq;
	int parent_seq;
	struct ptrvec child_devs; /* of struct node * */
};

/* ------------------------------ what the sources declare (scan/parse.c) */

struct of_entry {
	const char *compat;
	const char *data; /* NULL when the entry has no .data */
};

struct of_table {
	const char *name;
	struct of_entry *entries;
	int count;
	bool partial; /* some entries of the C table are not read */
};

struct driver {
	const char *name;
	const char *file;
	int line;
	const char *uclass_id;
	struct of_table *compat; /* NULL for root_driver */
	/* .of_match = table + N: the driver matches entries N.. of compat
	 * (the reference reads the whole table) */
	int of_match_offset;
	const char *priv;
	const char *plat;
	const char *child_priv;
	const char *child_plat;
	const char *phase;
	struct ptrvec headers; /* of char *, e.g. "<asm/clk.h>" */

	/* scan (merge.c, scan.c): same-named drivers, and its uclass */
	struct ptrvec dups;    /* of struct driver *, same name */
	bool warn_dups;
	struct uclass *uclass;

	/* resolve: a valid node uses it */
	bool used;
};

/* DM_DRIVER_ALIAS(driver, alias): a compatible's C name for a driver */
struct driver_alias {
	const char *driver;
	const char *file;
	int line;
};

/* Alias number -> node path, in first-insertion order. */
struct seq_entry {
	int num;
	struct node *node;
};

struct uclass {
	const char *name;
	const char *uclass_id;
	const char *file;
	int line;
	const char *priv;
	const char *per_dev_priv;
	const char *per_dev_plat;
	const char *per_child_priv;
	const char *per_child_plat;

	/* resolve (seq.c, drivers.c): sequence numbers and devices */
	struct seq_entry *seqs; /* number -> node, in first-use order */
	int nseqs;
	struct strmap path_to_seq; /* node path -> number + 1; freed by
				    * resolved_free() */
	struct ptrvec devs;	   /* of struct node *, sorted by C name */
};

#endif /* MODEL_H */
