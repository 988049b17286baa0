/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * bindings (internal): the dt-schema YAML files, indexed by the
 * compatible strings that select them (index.c), read in full with
 * libyaml when a node needs them, and their $refs (yaml.c).
 */
#ifndef BINDINGS_YAML_H
#define BINDINGS_YAML_H

#include "base/diag.h"

typedef struct yaml_parser_s yaml_parser_t;

/* "malformed YAML: ..." at the parser's position in @path */
int yaml_error(struct ctx *ctx, const char *path, const yaml_parser_t *p);
/* The whole of file @path, NUL-terminated (malloc'ed) */
int yaml_read_file(struct ctx *ctx, const char *path, char **bufp,
	       size_t *lenp);
/* Deeper YAML than this is not a binding; stop before the stack does. */
#define MAX_DEPTH 200

/* A YAML node: what typing reads of a binding. */
enum ykind { Y_SCALAR, Y_SEQ, Y_MAP };

struct ynode {
	enum ykind kind;
	int line;
	const char *str;	/* Y_SCALAR */
	struct ynode **items;	/* Y_SEQ: the items; Y_MAP: key, value, ... */
	int count;		/* entries of items */
};

/* How a file is chosen for a node (dt-schema's select) */
enum bselect {
	BSEL_COMPAT,	/* by the compatible strings in bfile.compats */
	BSEL_ALL,	/* select: true: every node */
	BSEL_NONE,	/* only through a $ref from another file */
};

struct bfile {
	const char *path;	 /* DIR/rel, for messages */
	const char *dir;	 /* the DIR it was found under */
	const char *rel;	 /* within DIR */
	enum bselect select;
	struct ptrvec compats;	 /* char *: the strings that select it */
	struct ynode *root;	 /* the document, once loaded */
	bool loaded;
	bool busy;		 /* being digested (schema.c): a $ref loop */
	struct schema_types *types; /* schema.c's digest, once made */
};

struct bindings {
	struct ptrvec files;	 /* struct bfile *: DIR by DIR, sorted */
	struct strmap by_path;	 /* path -> struct bfile */
	struct strmap by_compat; /* compatible -> struct ptrvec * of bfile */
	struct ptrvec global;	 /* struct bfile *: select: true */
	const char *const *dirs;
	int ndirs;
	int files_loaded;
};

/* Index every .yaml file below each of @dirs (a file or a directory
 * that cannot be read is an error, and so is malformed YAML). */
int bindings_index(struct ctx *ctx, struct bindings *b,
		   const char *const *dirs, int ndirs);
/* What selects @f, from its text (the top of it: select, and the
 * compatible strings under properties: compatible:). */
int bindings_index_text(struct ctx *ctx, struct bfile *f, const char *buf,
			size_t len);
/* Read @f in full (once). */
int bindings_load(struct ctx *ctx, struct bindings *b, struct bfile *f);
/* A YAML text as a tree of ynodes in the arena; *@rootp NULL if empty */
int yaml_parse(struct ctx *ctx, const char *path, const char *buf,
	       size_t len, struct ynode **rootp);
/*
 * The schema a $ref names, from file @from: "x.yaml#", "../x.yaml",
 * "/schemas/dir/x.yaml#/$defs/y", "#/definitions/z". *@filep and *@nodep
 * are NULL when it names nothing in the DIRs (the ref is then ignored).
 */
int bindings_ref(struct ctx *ctx, struct bindings *b, struct bfile *from,
		 const char *ref, struct bfile **filep,
		 const struct ynode **nodep);
/* The value of @key in mapping @map, or NULL. */
const struct ynode *ymap_get(const struct ynode *map, const char *key);
void bindings_free(struct bindings *b);

#endif /* BINDINGS_YAML_H */
