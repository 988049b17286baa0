/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * dtoc: what every stage shares of the run: the options, the run's
 * context (which holds its diagnostics, base/diag.h), and the error
 * codes. The data they work on is in model.h.
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

/* --diagnostics-format: how main.c prints the diagnostics on stderr */
enum diag_format { DIAG_FORMAT_TEXT, DIAG_FORMAT_JSON, DIAG_FORMAT_SARIF };

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
	enum diag_format diag_format;
};

struct dt;
struct scan;
struct resolved;
struct variants;
struct kbuild_run;

struct diag;

/* One run of dtoc: the options and the state of every stage. */
struct ctx {
	struct options opt;
	struct arena arena;
	struct dt *dt;
	struct scan *scan;
	struct variants *variants; /* --variant: variant/variant.h, or NULL */
	/* the diagnostics (base/diag.h): the error that stopped the run, or
	 * NULL, and the warnings and notes, in the order they arose */
	struct diag *error;
	struct ptrvec warnings; /* of struct diag * */
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
