/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * emit: the text of each output file from the resolved model (emit.c),
 * written all or nothing (output.c), and the files for the build: the
 * depfile (depfile.c) and the --report JSON (report.c); the diagnostics
 * on stderr as text, JSON or SARIF (diagnostics.c). The emitters only
 * print: resolve checked everything they need.
 */
#ifndef EMIT_EMIT_H
#define EMIT_EMIT_H

#include <stdio.h>

#include "resolve/resolve.h"

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

/* ------------------------------------------------------- check.c */

/* The files "all" writes in the mode, into @files (num_output_files at
 * most); returns how many */
int output_files_all(bool instantiate, const struct output_file **files);
/* The check step for @files: variants, --config, values, phandle arrays,
 * the -i structs' headers; returns 0 or DTOC_ERR_INPUT */
int emit_check(struct ctx *ctx, struct resolved *res,
	       const struct output_file **files, int count);

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
/* The version of the --report JSON's layout ("dtoc_report"): `dtoc
 * diff` reads only reports of its own */
#define REPORT_FORMAT 2
struct json_t;
/* The --report JSON (jansson's json_t, a new reference) */
struct json_t *report_build(struct ctx *ctx, const struct resolved *res,
			    bool ok);
/* The --report JSON file; returns 0 or DTOC_ERR_IO (error recorded) */
int report_write(struct ctx *ctx, const struct resolved *res, bool ok);

/* ------------------------------------------------------ diagnostics.c */

/* The diagnostics on @f in ctx->opt.diag_format: the warnings (notes
 * with -v), then the error if the run @failed. @version: dtoc's. */
void diagnostics_print(const struct ctx *ctx, bool failed,
		       const char *version, FILE *f);

#endif /* EMIT_EMIT_H */
