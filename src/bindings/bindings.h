/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * bindings: --bindings DIR types struct members from dt-schema YAML
 * bindings instead of guessing them from the bytes. Every file is
 * indexed by the compatible strings that select it; only the files a
 * node needs (and those they $ref) are read in full. Typing answers
 * resolve's questions and knows nothing of its structs.
 */
#ifndef BINDINGS_BINDINGS_H
#define BINDINGS_BINDINGS_H

#include "dtb/dtb.h"

struct typing;

/* The name of the group a node belongs to, whose nodes' bindings must
 * agree (resolve's: the node's struct; typing reads nothing of it). */
typedef const char *typing_group_fn(const struct node *node);

/* With --bindings: type the properties of the nodes in @valid (struct
 * node *) from their bindings, check and convert their values; the
 * nodes of one @group_of() share their members' types. *@tp
 * holds the state, for typing_free(), even when it fails. With --cache,
 * @memo (@len bytes, NULL if none) is what the cache kept of the binding
 * files' index the last time (bindings/memo.c): the files whose size,
 * inode and times are unchanged are not read again to index them. */
int typing_apply(struct ctx *ctx, struct typing **tp,
		 const struct ptrvec *valid, typing_group_fn *group_of,
		 const char *memo, size_t len);
/* How many binding files were indexed, how many of them from the
 * cache's memo (not read), and how many were read in full */
void typing_counts(const struct typing *t, int *indexed, int *from_cache,
		   int *read_in_full);
/* With --cache: this run's memo of the index, if the cache should keep
 * it (it differs from the one given, and the index is whole) */
bool typing_new_memo(const struct typing *t, const char **memo,
		     size_t *len);

/* A flag property that a binding names for the nodes of a struct */
struct typed_flag {
	const char *name;
	const struct binding_type *bt;
};

/* The flags the bindings give struct dtd_@struct_name (struct
 * typed_flag *, allocated in @a), in the order typing met them; a
 * struct may then hold them although no node has them. */
void typing_struct_flags(const struct typing *t, const char *struct_name,
			 struct arena *a, struct ptrvec *flags);
void typing_free(struct typing *t);
/* The binding files that typed the output (read in full), for --depfile */
void typing_used_files(const struct typing *t, struct ptrvec *files,
		       struct arena *a);

#endif /* BINDINGS_BINDINGS_H */
