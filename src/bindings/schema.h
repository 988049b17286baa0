/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * bindings (internal): what a binding file says about the types of
 * properties.
 */
#ifndef BINDINGS_SCHEMA_H
#define BINDINGS_SCHEMA_H

#include "bindings/yaml.h"
#include "dtb/dtb.h"

/* A pattern property (patternProperties) with a type. */
struct pattern_type {
	const char *pattern; /* as written */
	void *re;	     /* regex_t *, or NULL if not POSIX-expressible */
	struct binding_type *bt;
};

/* What a binding file says about properties, with what it $refs. */
struct schema_types {
	struct strmap props;	/* name -> struct binding_type */
	struct ptrvec patterns; /* struct pattern_type *, own and $ref'd */
	struct ptrvec owned;	/* struct pattern_type *: compiled here */
	struct ptrvec flags;	/* char *: named flags, in file order */
};

/* The type a types.yaml definition gives, or NULL if unknown */
bool btype_from_def(const char *def, struct binding_type *bt);
/* The digest of @f (made once; $refs followed, loops cut). */
int schema_digest(struct ctx *ctx, struct bindings *b, struct bfile *f,
		  struct schema_types **typesp);
/* The type one property schema gives (NULL: none, or ambiguous). */
int schema_prop_type(struct ctx *ctx, struct bindings *b, struct bfile *f,
		     const struct ynode *schema, struct binding_type **btp);
/* Python-style pattern -> POSIX extended regex; NULL if impossible */
char *pattern_to_posix(struct arena *a, const char *pattern);
void schema_types_free(struct schema_types *t);

#endif /* BINDINGS_SCHEMA_H */
