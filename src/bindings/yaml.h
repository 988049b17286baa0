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

/* ---------------------------------------------------------- memo.c */

/* What a file or directory was when an earlier run read it */
struct bstamp {
	uint64_t size;
	uint64_t ino;
	int64_t mtime_ns;
	int64_t ctime_ns;
};

struct stat;
struct bstamp bstamp_of(const struct stat *st);

/* A file changed less than this before the run may change again within
 * the same timestamp tick, unseen: it is not recorded. */
#define BMEMO_FRESH_NS (2 * 1000000000LL)

struct bmemo;

/* The memo @data (from the cache) if it was made for @key (see
 * bindings_index()), else NULL: never trusted, every read checked */
struct bmemo *bmemo_load(const char *data, size_t len, const char *key);
void bmemo_free(struct bmemo *m);
/* The listing of directory @rel of DIR number @dir if its stamp is @st:
 * names into the memo (.yaml files, subdirectories, sorted) */
bool bmemo_dir(struct bmemo *m, int dir, const char *rel,
	       const struct bstamp *st, struct ptrvec *files,
	       struct ptrvec *subdirs);
/* What selects file @rel of DIR number @dir, if its stamp is @st */
bool bmemo_file(struct bmemo *m, int dir, const char *rel,
		const struct bstamp *st, struct arena *a, struct bfile *f);
/* With @jobs > 1, have helper threads stat the files of a large memo
 * ahead of the walk (relative to @dirs, the DIRs as walked), for
 * bmemo_prestat() */
void bmemo_stat_ahead(struct bmemo *m, const char *const *dirs, int ndirs,
		      int jobs);
/* If the walk's next file, @rel of DIR number @dir, was stat'ed ahead:
 * whether it is a regular file, and its stamp */
bool bmemo_prestat(struct bmemo *m, int dir, const char *rel,
		   bool *regular, struct bstamp *st);
/* For tests: entry @i of @m, false past the last */
bool bmemo_entry(const struct bmemo *m, uint32_t i, bool *dir_entry,
		 int *dir, const char **rel, struct bstamp *st);
/* Whether every entry of @m was found still true */
bool bmemo_all_used(const struct bmemo *m);

/* This run's memo, as it is made */
struct bmemo_out {
	struct strbuf sb;
	uint32_t count;
	int skipped;	/* left out: changed just now */
	int64_t fresh_ns;
};

void bmemo_start(struct bmemo_out *out, const char *key, int64_t start_ns);
void bmemo_put_dir(struct bmemo_out *out, int dir, const char *rel,
		   const struct bstamp *st, const struct ptrvec *files,
		   const struct ptrvec *subdirs);
void bmemo_put_file(struct bmemo_out *out, int dir, const char *rel,
		    const struct bstamp *st, const struct bfile *f);
void bmemo_finish(struct bmemo_out *out);

/* ---------------------------------------------------------- index.c */

struct bindings {
	struct ptrvec files;	 /* struct bfile *: DIR by DIR, sorted */
	struct strmap by_path;	 /* path -> struct bfile: bindings_file() */
	int by_path_made;	 /* files in it */
	struct strmap by_compat; /* compatible -> struct ptrvec * of bfile */
	struct ptrvec global;	 /* struct bfile *: select: true */
	const char *const *dirs;
	int ndirs;
	int files_loaded;
	/* if set before bindings_index(): by_compat holds only these
	 * compatible strings (those of the nodes to type) */
	const struct strmap *wanted;
	/* --cache: set before bindings_index(): the memo of an earlier
	 * run (NULL: none), and where to make this run's (NULL: no cache) */
	const char *memo_in;
	size_t memo_in_len;
	struct bmemo_out *memo_out;
	/* bindings_index()'s: whether memo_out says more than memo_in */
	bool memo_changed;
	int files_from_memo; /* indexed from the memo, not read */
};

/* Index every .yaml file below each of @dirs (a file or a directory
 * that cannot be read is an error, and so is malformed YAML); with a
 * memo (--cache), files and directories whose stamps it has are not
 * read again. */
int bindings_index(struct ctx *ctx, struct bindings *b,
		   const char *const *dirs, int ndirs);
/* What selects @f, from its text (the top of it: select, and the
 * compatible strings under properties: compatible:). */
int bindings_index_text(struct ctx *ctx, struct bfile *f, const char *buf,
			size_t len);
/* The indexed file at @path ("DIR/rel"), or NULL */
struct bfile *bindings_file(struct bindings *b, const char *path);
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
