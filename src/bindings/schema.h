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
	/* regex_t *, or NULL: not expressible as a POSIX regex, or not
	 * compiled by regcomp() (the pattern then matches nothing) */
	void *re;
	struct binding_type *bt;
};

/* What a binding file says about properties, with what it $refs. */
struct schema_types {
	/* name -> struct binding_type; where two schemas give a name
	 * different types, the first with ->clash set to the other */
	struct strmap props;
	struct ptrvec patterns; /* struct pattern_type *, own and $ref'd */
	struct ptrvec owned;	/* struct pattern_type *: its own, freed here */
	struct ptrvec flags;	/* char *: named flags, in file order */
};

/* The type a types.yaml definition gives, into @bt; false if unknown */
bool btype_from_def(const char *def, struct binding_type *bt);
/* The digest of @f, made once and kept in @f ($refs followed); 0 or an
 * error code. *@typesp is NULL while @f's own digest is being made (a
 * $ref loop: what it adds is being added). */
int schema_digest(struct ctx *ctx, struct bindings *b, struct bfile *f,
		  struct schema_types **typesp);
/* The type one property schema gives, into *@btp (NULL: none, or
 * ambiguous); 0 or an error code (a $ref that cannot be read). */
int schema_prop_type(struct ctx *ctx, struct bindings *b, struct bfile *f,
		     const struct ynode *schema, struct binding_type **btp);
/* Python-style pattern -> POSIX extended regex; NULL if impossible */
char *pattern_to_posix(struct arena *a, const char *pattern);
void schema_types_free(struct schema_types *t);

#endif /* BINDINGS_SCHEMA_H */
