/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * dtoc: the types every stage shares: the options, the run's context and
 * its diagnostics, and the error codes.
 *
 * The stages, each a folder of src/ with one header as its interface,
 * depend only on the stages before them:
 *
 *   base -> dtb -> variant -> scan -> bindings -> resolve -> kbuild -> emit
 *   -> diff -> main.c
 *
 * Library functions return 0 or a negative code and never print; the
 * reason for a failure is left in the context for main.c to report.
 */
#ifndef DTOC_H
#define DTOC_H

#include "base/base.h"

#ifndef DTOC_VERSION
#define DTOC_VERSION "0.1"
#endif

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
	const char **variants;	/* --variant NAME=FILE.dtbo (variant/) */
	int nvariants;
	const char *config_file; /* --config: the build's .config */
	bool instantiate;
	bool include_disabled;
	bool werror;
	bool check;
	bool verbose;	/* -v: print notes too */
};

struct dt;
struct scan;
struct resolved;
struct variants;
struct node_variants;
struct kbuild_run;

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

/* A note is about something this output does not use: in the report,
 * on stderr only with --verbose, never counted by --werror. */
enum severity { SEV_WARNING, SEV_ERROR, SEV_NOTE };

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
	struct variants *variants; /* --variant: variant/variant.h, or NULL */
	char err[2048];	      /* the error, as printed after "dtoc: error: " */
	struct diag *error;   /* the error, or NULL */
	struct ptrvec warnings; /* of struct diag *, in the order they arose */
	struct strmap warnings_seen; /* diag.c: each one's record -> index + 1 */
	struct kbuild_run *kbuild; /* --config (src/kbuild), or NULL */
};

/* Error codes returned by the stages. */
enum {
	DTOC_ERR_INPUT = -1,	/* bad or inconsistent input */
	DTOC_ERR_IO = -2,	/* a file could not be read or written */
};
/* Free everything the stages left in @ctx (ctx.c). */
void ctx_free(struct ctx *ctx);

#endif /* DTOC_H */
