/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * dtoc: internal interfaces, grouped by pipeline stage.
 *
 * read blob (dtb.c) -> model values (value.c) -> scan sources (scan.c,
 * parse.c) -> resolve (resolve.c) -> emit (emit.c) -> write (output.c).
 *
 * Library functions return 0 or a negative code and never print; the
 * reason for a failure is left in ctx->err for main.c to report.
 */
#ifndef DTOC_H
#define DTOC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- util */

/* Arena: everything of one run is allocated here and freed at once. */
struct arena_block;
struct arena {
	struct arena_block *head;
};

void *arena_alloc(struct arena *a, size_t size);
void *arena_dup(struct arena *a, const void *src, size_t size);
/* A new block of @new_size holding the first @old_size bytes of @old. */
void *arena_grow(struct arena *a, const void *old, size_t old_size,
		 size_t new_size);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t len);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);

/* Growable byte buffer, always NUL-terminated. */
struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
};

void sb_add(struct strbuf *sb, const char *s, size_t len);
void sb_puts(struct strbuf *sb, const char *s);
void sb_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_free(struct strbuf *sb);

/* Growable array of pointers. */
struct ptrvec {
	void **items;
	int count;
	int cap;
};

void pv_push(struct ptrvec *v, void *item);
void pv_free(struct ptrvec *v);
void pv_sort(struct ptrvec *v, int (*cmp)(const void *, const void *));
/* For vectors owned by the model: grown in the arena, never freed. */
void apv_push(struct arena *a, struct ptrvec *v, void *item);

/* String-keyed hash map that remembers insertion order (like a Python
 * dict: replacing a value keeps the key's original position). */
struct strmap_entry {
	const char *key;
	void *value;
};

struct strmap {
	struct strmap_entry *entries; /* in insertion order */
	int count;
	int cap;
	int *slots; /* open addressing: index into entries, or -1 */
	int nslots;
};

void *sm_get(const struct strmap *m, const char *key);
bool sm_has(const struct strmap *m, const char *key);
/* Insert or replace; the key is not copied. */
void sm_put(struct strmap *m, const char *key, void *value);
void sm_free(struct strmap *m);

void *xmalloc(size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);

/* ---------------------------------------------------------- context */

struct options {
	const char *dtb_file;
	const char *c_output_dir;
	const char *h_output_dir;
	const char *output;
	const char *phase;
	const char **srctrees;
	int nsrctrees;
	const char *commands;
	const char *depfile;
	const char *report;
	const char *cache_file; /* --cache: the scan cache */
	const char **bindings_dirs; /* --bindings: dt-schema YAML trees */
	int nbindings_dirs;
	bool instantiate;
	bool include_disabled;
	bool werror;
	bool check;
};

struct dt;
struct scan;
struct resolved;

/* Where a diagnostic points: a line of a file, a devicetree node, or
 * nothing in particular. */
struct loc {
	const char *file;
	int line;
	const char *node;
};

#define NO_LOC ((struct loc){ 0 })
#define NODE_LOC(n) ((struct loc){ .node = (n)->path })
#define FILE_LOC(f, l) ((struct loc){ .file = (f), .line = (l) })

enum severity { SEV_WARNING, SEV_ERROR };

struct diag {
	enum severity severity;
	char *file; /* NULL if none */
	int line;   /* 0 if none */
	char *node; /* NULL if none */
	char *text; /* the message, without its location */
	bool raw;   /* text is the whole line, already formatted */
};

/* One run of dtoc: the options and the state of every stage. */
struct ctx {
	struct options opt;
	struct arena arena;
	struct dt *dt;
	struct scan *scan;
	char err[2048];	      /* the error, as printed after "dtoc: error: " */
	struct diag *error;   /* the error, or NULL */
	struct ptrvec warnings; /* of struct diag *, in the order they arose */
};

/* Record the run's error; returns DTOC_ERR_INPUT for the caller to pass on */
int error_at(struct ctx *ctx, struct loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int set_error(struct ctx *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void warn_at(struct ctx *ctx, struct loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A warning whose text is already the whole line to print */
void add_warning(struct ctx *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The line printed for a diagnostic (malloc'ed) */
char *diag_format(const struct diag *d);
void diag_free(struct diag *d);
void ctx_free(struct ctx *ctx);

/* Error codes returned by the stages. */
enum {
	DTOC_ERR_INPUT = -1,	/* bad or inconsistent input */
	DTOC_ERR_IO = -2,	/* a file could not be read or written */
};

/* ------------------------------------------------------- names.c */

/* The C identifier for a devicetree name (the reference's rules). */
char *conv_name_to_c(struct arena *a, const char *name);
bool is_c_identifier(const char *s);
/* Append tabs to reach tab stop @num_tabs (8 columns), or one space. */
void sb_tab_to(struct strbuf *sb, int num_tabs, const char *text);

/* ------------------------------------------------------- value.c */

/*
 * Property types, in the reference's order from widest to narrowest: a
 * member that two nodes disagree on takes the lower of the two. The last
 * two only come from bindings (typing.c), never from a guess, and never
 * widen into another type.
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

void value_from_bytes(struct arena *a, struct value *v, const uint8_t *data,
		      int len);
void value_copy(struct arena *a, struct value *dst, const struct value *src);
/* Widen @self so that it can hold @other. Returns 0 or -1 where the
 * reference would fail (message in @why). */
int value_widen(struct arena *a, struct value *self, const struct value *other,
		const char **why);
/* Append the C expression of element @e as @type. -1 if impossible. */
int value_format_elem(struct strbuf *sb, enum ptype type,
		      const struct elem *e, const char **why);
const char *ptype_c_name(enum ptype type);
/* @data read as elements of @type (a binding's type: byte, int16, int,
 * uint64, string or bool); -1 if @len does not split into them. */
int value_from_typed_bytes(struct arena *a, struct value *v,
			   const uint8_t *data, int len, enum ptype type,
			   bool is_list);

/* --------------------------------------------------------- dtb.c */

struct binding_type;

struct prop {
	const char *name;
	const uint8_t *data;
	int len;
	struct value val;
	/* its type from a binding (typing.c), or NULL: guessed */
	const struct binding_type *bt;
};

struct driver;
struct uclass;
struct driver_alias;

struct node {
	const char *name;
	const char *path;
	struct node *parent;
	struct node **children;
	int nchildren;
	struct prop *props; /* in blob order */
	int nprops;
	uint32_t phandle;

	/* filled in by resolve.c for valid nodes */
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

struct dt {
	const char *fname;
	void *blob;
	struct node *root;
	struct node **by_phandle; /* nodes with a phandle, sorted by it */
	int nphandles;
};

int dt_read(struct ctx *ctx, const char *fname);
struct prop *node_prop(const struct node *node, const char *name);
struct node *dt_find_phandle(const struct dt *dt, uint32_t phandle);
struct node *dt_find_path(const struct dt *dt, const char *path);

/* --------------------------------------------------------- match.c */

/* A piece of a line. */
struct span {
	const char *p;
	size_t len;
};

bool match_call_at_start(const char *line, const char *name_paren,
			 struct span *arg);
bool match_call_after_space(const char *line, const char *name_paren,
			    struct span *arg);
bool match_auto_member(const char *line, const char *member,
		       struct span *name);
bool search_uclass_id(const char *line, struct span *id);
bool search_of_match(const char *line, struct span *var, struct span *suffix);
bool search_compatible(const char *line, struct span *compat,
		       struct span *data, bool *has_data);
bool search_udevice_ids(const char *line, struct span *name);
bool match_driver_alias(const char *line, struct span *driver,
			struct span *alias);
bool match_struct_definition(const char *line, struct span *name);

/* ------------------------------------------------- parse.c / scan.c */

struct of_entry {
	const char *compat;
	const char *data; /* NULL when the entry has no .data */
};

struct of_table {
	const char *name;
	struct of_entry *entries;
	int count;
};

struct driver {
	const char *name;
	const char *file;
	int line;
	const char *uclass_id;
	struct of_table *compat; /* NULL for root_driver */
	const char *priv;
	const char *plat;
	const char *child_priv;
	const char *child_plat;
	const char *phase;
	struct ptrvec headers; /* of char *, e.g. "<asm/clk.h>" */
	struct ptrvec dups;    /* of struct driver *, same name */
	bool warn_dups;
	bool used;
	struct uclass *uclass;
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

	/* filled in by resolve.c */
	struct seq_entry *seqs; /* number -> node, in first-use order */
	int nseqs;
	struct strmap path_to_seq; /* node path -> number + 1 */
	struct ptrvec devs;	   /* of struct node *, sorted by C name */
};

struct struct_def {
	const char *name;
	const char *header; /* as it is included, e.g. "asm/clk.h" */
	const char *file;
	struct struct_def *shadowed; /* an earlier definition it replaced */
};

/* Per-driver-name diagnostics the reference shows only for drivers
 * that are used or missing. */
struct driver_warnings {
	struct ptrvec texts; /* of char *, distinct */
};

struct scan {
	struct strmap drivers;	       /* name -> struct driver */
	struct strmap driver_aliases;  /* alias -> struct driver_alias */
	struct strmap uclasses;	       /* UCLASS_xxx -> struct uclass */
	struct strmap structs;	       /* name -> struct struct_def */
	struct strmap warnings;	       /* driver name -> driver_warnings */
	const char *phase;
	int files_read;
	int files_scanned;
	int files_cached;	       /* taken from the scan cache */
	struct arena *arenas;	       /* the walk's, which hold the results */
	int narenas;
	struct scan_cache *cache;      /* results may point into it */
};

/* A file of a source tree: its path for messages and within the tree. */
struct srcfile {
	const char *path;
	const char *rel;
};

int scan_trees(struct ctx *ctx);
/* Parse one file's contents as the reference does (for .c or .h). */
int parse_source(struct ctx *ctx, struct scan *scan,
		 const struct srcfile *file, const char *buf, size_t len);
void scan_init(struct scan *scan, const char *phase);
void scan_free(struct scan *scan);
void scan_add_warning(struct ctx *ctx, struct scan *scan,
		      const char *driver_name, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* How a C file includes the header at @rel (relative to its tree). */
char *header_include_name(struct arena *a, const char *rel);

/*
 * The scan runs in three steps: the walk (walk.c) reads and parses the
 * files of every tree in parallel, each into a file_result (parse.c),
 * or takes it from the scan cache (cache.c); then scan.c merges the
 * results in walk order, which alone decides what later files replace.
 */

/* lines.c: a file's bytes, looked at 16 at a time */

/* Valid UTF-8 whose lines end only at '\n' (no other control character
 * but tab, no U+0085, U+2028/9): the parsers' fast paths apply. */
bool text_is_plain(const char *buf, size_t len);
/* Strict UTF-8, as Python decodes sources. */
bool text_is_utf8(const char *buf, size_t len);

/* One pass over a header: whether it is plain, as text_is_plain(), and
 * if so, in @braces (of const char *), each '{' that ends a line or is
 * followed by a backslash, for the struct scan. */
bool text_braces(const char *buf, size_t len, struct ptrvec *braces);

enum { MARK_DRIVER = 1, MARK_UCLASS = 2, MARK_STRUCT = 4, MARK_PLAIN = 8 };
/* Which of "U_BOOT_DRIVER", "UCLASS_DRIVER" @buf holds (MARK_ bits). */
unsigned int find_c_markers(const char *buf, size_t len);

/* The first @needle (@len bytes) in [@p, @end), or NULL; @a and @b are
 * offsets of two of its bytes, preferably rare ones. */
const char *find_needle(const char *p, const char *end, const char *needle,
			size_t len, size_t a, size_t b);
/* Where a line of a driver file may matter to a parser between
 * declarations, from @p on (@end: nowhere); see lines.c. */
const char *find_driver_lines(const char *p, const char *end);

/* Logical lines as the reference reads them (see lr_next()). */
struct line_reader {
	char *pos;
	char *end;
	bool plain;	    /* text_is_plain(): lines end only at '\n' */
	int next_lineno;
	int lineno;	    /* where the current line starts */
	char *line;	    /* the current line, NUL-terminated */
	size_t len;
	bool in_place;	    /* line points into the buffer */
	char *restore;	    /* a '\n' replaced by NUL, put back next */
	struct strbuf join; /* joined or copied lines */
};

/* What a NUL byte in a line is handed out as (see lines.c) */
#define LR_NUL '\x01'

/* @buf[@len] must be NUL; the buffer is written to while reading and
 * is as it was after lr_free(). */
void lr_init(struct line_reader *r, char *buf, size_t len, bool plain);
bool lr_next(struct line_reader *r);
/* Skip to the physical line holding @p, which must start a logical line
 * (plain text, no continuation before it since the current position). */
void lr_skip_to(struct line_reader *r, const char *p);
void lr_free(struct line_reader *r);

/* parse.c: what one file declares */

struct alias_decl {
	const char *name; /* the alias (a compatible's C name) */
	struct driver_alias *alias;
};

/* A per-driver note, shown only if the driver is used or missing. */
struct driver_note {
	const char *driver;
	const char *text;
};

struct file_result {
	const char *path;	 /* for messages */
	const char *rel;	 /* within its tree */
	struct ptrvec drivers;	 /* struct driver *, in the file's order */
	struct ptrvec aliases;	 /* struct alias_decl * */
	struct ptrvec uclasses;	 /* struct uclass * */
	struct ptrvec structs;	 /* char *, struct names defined */
	struct ptrvec notes;	 /* struct driver_note * */
	const char *warning;	 /* a whole line, e.g. the file is skipped */
	const char *error;	 /* stops the scan when merged */
};

/* What makes a .c or .h file (by its name) worth parsing: MARK_ bits,
 * 0 if it cannot declare anything; for a .c file with MARK_PLAIN if the
 * text is plain (a header's is found out while parsing). */
unsigned int file_markers(const char *rel, const char *buf, size_t len);
/* Parse a file with @marks from file_markers() into @res, allocating in
 * @a. @buf[@len] must be NUL; @buf is changed meanwhile, then restored.
 * @fast false takes the general line reader for every line (tests). */
void parse_file(struct arena *a, struct file_result *res, char *buf,
		size_t len, unsigned int marks, bool fast);
bool result_is_empty(const struct file_result *res);

/* scan.c: add a file's result to the scan, as the reference would
 * have when reading that file now. Returns 0 or DTOC_ERR_INPUT. */
int scan_merge(struct ctx *ctx, struct scan *scan,
	       const struct file_result *res);

/* cache.c: --cache FILE, what each file declared, by path and stamp */

struct file_stamp {
	uint64_t size;
	uint64_t ino;
	int64_t mtime_ns;
	int64_t ctime_ns;
};

struct scan_cache;
struct cache_entry;

/* The cache at @path made with @key (the trees, see scan.c); NULL if
 * there is none (@why NULL) or it cannot be trusted (@why says why). */
struct scan_cache *cache_load(const char *path, const char *key,
			      int ntrees, const char **why);
void cache_free(struct scan_cache *c);
/* The entry for @rel in tree @tree if it has stamp @st, else NULL; the
 * entry is then marked valid. Threads may look up different files at
 * once. */
const struct cache_entry *cache_lookup(struct scan_cache *c, int tree,
				       const char *rel,
				       const struct file_stamp *st);
/* The listing of directory @rel (of tree @tree) if its stamp is @st,
 * into @files (.c and .h) and @dirs, sorted, as pointers into the cache;
 * the entry is then marked valid. */
bool cache_dir_lookup(struct scan_cache *c, int tree, const char *rel,
		      const struct file_stamp *st, struct ptrvec *files,
		      struct ptrvec *dirs);
/* Whether @hits valid entries are all the cache holds. */
bool cache_all_valid(const struct scan_cache *c, int hits);
/* What the entry's file declared, or NULL if nothing; -1 if corrupt. */
int cache_entry_result(struct arena *a, const struct cache_entry *e,
		       const char *path, const char *rel,
		       struct file_result **res);

/* A new cache file, written to a temporary file, renamed when done. */
struct cache_writer;

struct cache_writer *cw_open(const char *path, const char *key, int ntrees,
			     int64_t start_ns, const char **why);
/* Add a file read now; files changed just before @start_ns are left out
 * (they could change again unseen within one timestamp tick). */
void cw_add(struct cache_writer *w, int tree, const char *rel,
	    const struct file_stamp *st, const struct file_result *res);
/* Add a directory's listing: @names holds @nfiles files, then @ndirs
 * subdirectories (the same rule on recent changes applies). */
void cw_add_dir(struct cache_writer *w, int tree, const char *rel,
		const struct file_stamp *st, const char *const *names,
		int nfiles, int ndirs);
/* Keep the loaded cache's entries that were found valid. */
void cw_keep_valid(struct cache_writer *w, const struct scan_cache *c);
/* Finish, and free @w; -1 with @why set if the file was not written. */
int cw_commit(struct cache_writer *w, const char **why);

/* walk.c: every tree's directories and source files, in parallel */

/* A source file met by the walk that declares something, or that is
 * to be added to the cache. */
struct walk_file {
	const char *name;	  /* if it is to be added to the cache */
	struct file_result *res;  /* NULL if it declares nothing */
	struct file_stamp *stamp; /* if it is to be added to the cache */
};

/* A directory: its source files, then its subdirectories, each sorted
 * by name, which is the order the results are merged in. */
struct walk_dir {
	struct walk_dir *parent; /* NULL for a tree's root */
	const char *name;	 /* a tree's root: its path */
	int tree;
	struct walk_file *files;
	int nfiles;
	struct walk_dir **subdirs;
	int nsubdirs;
	int err; /* errno if it could not be listed */
	/* for a new cache, if the directory was read now: its stamp and
	 * every .c, .h and subdirectory, as the cache keeps them */
	struct file_stamp *stamp;
	const char **listed; /* files, then subdirectories */
	int nlisted_files;
	int nlisted_dirs;
};

/* Append the directory's path (@rel: within its tree, "" for a root). */
void walk_dir_path(const struct walk_dir *d, struct strbuf *sb, bool rel);

struct walk {
	/* in */
	const char **roots;
	int nroots;
	bool headers;			/* read .h files too */
	struct scan_cache *cache;	/* NULL: none */
	bool stamp;			/* record stamps, for a new cache */
	int jobs;			/* threads, >= 1 */
	/* out */
	struct walk_dir **trees;	/* each tree's root */
	struct arena *arenas;		/* one per thread; all of the above */
	int narenas;
	int files_read;
	int files_scanned;
	int files_cached;
	int files_missed;		/* with a cache: not valid in it */
	int dirs_cached;		/* listings taken from the cache */
	int dirs_missed;
};

/* With threads it cannot start, fewer do the work. */
void walk_trees(struct walk *w);

/* ------------------------------------------------------ resolve.c */

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
	struct ptrvec fields; /* of struct field *, sorted by name */
};

/* The phandles of a property: how many, and the args of each. */
struct phandle_info {
	int count;
	int max_args;
	int *args;
};

struct resolved {
	struct ptrvec valid;	      /* struct node *, sorted by C name */
	struct ptrvec valid_in_order; /* struct node *, devicetree order */
	struct strmap structs;	      /* struct name -> struct dtd_struct */
	struct ptrvec struct_order;   /* struct dtd_struct *, sorted by name */
	struct ptrvec uclasses;	      /* struct uclass *, sorted by id */
	struct typing *typing;	      /* --bindings: typing.c's state */
};

int resolve(struct ctx *ctx, struct resolved *res);
void resolved_free(struct resolved *res);
/* Whether a property becomes a struct member. */
bool prop_is_member(const char *name);
/* The #...-cells property of a phandle property name, or NULL. */
const char *phandle_cells_prop(const char *name);
/* Count the phandles of @val (a phandle property of @node). */
int phandle_info(struct ctx *ctx, const struct node *node, const char *pname,
		 const struct value *val, struct phandle_info *info);
/* The same for a property typed by binding @bt (NULL: by its name). */
int phandle_info_typed(struct ctx *ctx, const struct node *node,
		       const char *pname, const struct binding_type *bt,
		       const struct value *val, struct phandle_info *info);
/* Whether a property (of type @bt, NULL if guessed) holds phandles. */
bool holds_phandles(const char *name, const struct binding_type *bt);
struct dtd_struct *node_struct(const struct resolved *res,
			       const struct node *node);
struct field *struct_field(const struct dtd_struct *st, const char *name);

/* ---------------------------------------------------- bindings.c */

/*
 * --bindings DIR: dt-schema YAML files, read with libyaml. Every file is
 * indexed by the compatible strings that select it; only the files a
 * node needs (and those they $ref) are read in full.
 */

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

/* ------------------------------------------------------ schema.c */

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

/* ------------------------------------------------------ typing.c */

/* The #...-cells property of a provider for phandle-array @name:
 * clocks -> #clock-cells, rockchip,foo-gpios -> #gpio-cells, ... */
const char *cells_prop_for(struct arena *a, const char *name);
/* With --bindings: type the valid nodes' properties from their
 * bindings, check and convert their values (before build_structs). */
int typing_apply(struct ctx *ctx, struct resolved *res);
/* Add each struct's flags that no node has (in build_structs). */
void typing_add_flags(struct ctx *ctx, struct resolved *res);
void typing_free(struct typing *t);
/* The binding files that typed the output (read in full), for --depfile */
void typing_used_files(const struct typing *t, struct ptrvec *files,
		       struct arena *a);

/* --------------------------------------------------------- emit.c */

enum file_kind { FILE_SOURCE, FILE_HEADER };

struct output_file {
	const char *command;
	const char *fname;
	enum file_kind kind;
	const char *comment;
	int (*emit)(struct ctx *ctx, const struct resolved *res,
		    struct strbuf *sb);
	bool instantiate; /* which mode the file belongs to */
	bool common;	  /* written in both modes */
};

extern const struct output_file output_files[];
extern const int num_output_files;

const struct output_file *output_file_for(const char *command,
					  bool instantiate);
void emit_header_comment(struct strbuf *sb, const struct output_file *of);
/* Valid commands for the mode, comma-separated, sorted. */
char *valid_commands(struct arena *a, bool instantiate);

/* ------------------------------------------------------- output.c */

/* Buffered outputs, committed only when the whole run has succeeded. */
struct pending {
	char *path; /* NULL for stdout */
	struct strbuf content;
	bool touch; /* rewrite even if unchanged (a stamp for Make) */
};

struct outputs {
	struct pending *items;
	int count;
};

struct pending *outputs_get(struct outputs *outs, const char *path);
int outputs_commit(struct ctx *ctx, struct outputs *outs);
void outputs_free(struct outputs *outs);

/* ------------------------------------------- depfile.c / report.c */

/* A Make rule: the files written depend on the .dtb and the sources that
 * shaped them. */
void depfile_write(struct ctx *ctx, const struct resolved *res,
		   const struct outputs *outs, struct strbuf *sb);
/* The source files that shaped the output, sorted, unique. */
void used_sources(struct ctx *ctx, const struct resolved *res,
		  struct ptrvec *files);
/* The --report JSON file; returns 0 or DTOC_ERR_IO (error recorded) */
int report_write(struct ctx *ctx, const struct resolved *res, bool ok);

/* ------------------------------------------- templates (generated) */

/* Fixed text of the generated files, built from templates/. */
extern const char tmpl_header_comment[];
extern const char tmpl_dt_structs_gen_h[];
extern const char tmpl_dt_decl_h[];
extern const char tmpl_dt_plat_c[];
extern const char tmpl_dt_device_c[];
extern const char tmpl_dt_uclass_c[];

#endif /* DTOC_H */
