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
 * member that two nodes disagree on takes the lower of the two.
 */
enum ptype { PT_BYTE, PT_INT, PT_STRING, PT_BOOL, PT_INT64 };

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

/* --------------------------------------------------------- dtb.c */

struct prop {
	const char *name;
	const uint8_t *data;
	int len;
	struct value val;
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

/* ------------------------------------------------------ resolve.c */

/* A member of a dtd_ struct: the widest of the nodes' values. */
struct field {
	const char *name; /* property name */
	const char *c_name;
	struct value val;
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
struct dtd_struct *node_struct(const struct resolved *res,
			       const struct node *node);
struct field *struct_field(const struct dtd_struct *st, const char *name);

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
