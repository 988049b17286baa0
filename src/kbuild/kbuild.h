/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * kbuild: whether a phase of a U-Boot build compiles a source file,
 * worked out from the build's .config and the Kbuild Makefiles, the way
 * make would, for the subset U-Boot's Makefiles use.
 *
 * The top-level list of the phase (scripts/Makefile.xpl for spl, tpl and
 * vpl; the top Makefile for U-Boot proper) names the directories the
 * phase descends into (libs-y); each directory's Makefile (Kbuild if
 * there is one) names its objects and subdirectories (obj-y, lib-y,
 * composite foo-objs / foo-y). Makefiles are read only on the paths to
 * the files asked about, once each.
 *
 * What cannot be evaluated (a variable set outside the files read, a
 * $(shell ...), an include that is not followed) makes the verdict
 * KB_UNKNOWN with the reason, never KB_NOT_BUILT.
 *
 * Nothing here prints; errors come back as text.
 */
#ifndef KBUILD_H
#define KBUILD_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"

enum kb_verdict { KB_UNKNOWN, KB_NOT_BUILT, KB_BUILT };

/* The verdict on one source file. The strings live as long as the
 * struct kbuild that made them. */
struct kb_result {
	enum kb_verdict verdict;
	/* the Makefile line that decides (built: the line that adds it;
	 * not built: the line that leaves it out, if there is one) */
	const char *file; /* relative to the tree, e.g. drivers/Makefile */
	int line;
	/* not built: the option to set for this phase, or NULL */
	const char *option;
	/* in words: "drivers/serial/Makefile:37" (built), "drivers/serial/
	 * Makefile:37 needs CONFIG_SPL_X, which .config does not set" (not
	 * built), or why it cannot be told (unknown) */
	const char *why;
};

/* ------------------------------------------------------- the .config */

/* CONFIG_ name -> value as make sees it (strings keep their quotes);
 * options "is not set" are absent. */
struct kb_config {
	struct strmap values;
};

/* Parse .config text; -1 with *@why set for a malformed line (@line). */
int kb_config_parse(struct arena *a, struct kb_config *cfg, const char *buf,
		    size_t len, int *line, const char **why);
void kb_config_free(struct kb_config *cfg);

/* ---------------------------------------------------- one evaluation */

/* The phases: PHASE_PROPER (U-Boot proper: no -p), spl, tpl, vpl. */
enum kb_phase { KB_PROPER, KB_SPL, KB_TPL, KB_VPL };

/* -1 if @name is none of spl, tpl, vpl (NULL: U-Boot proper). */
int kb_phase_from_name(const char *name, enum kb_phase *phase);
/* "spl", "tpl", "vpl" or "U-Boot proper" */
const char *kb_phase_label(enum kb_phase phase);

struct kbuild;

/*
 * A tree to ask about: @srctree is the source tree (as given; paths read
 * are @srctree/rel), @cfg the .config (kept, not copied), @phase the
 * phase. Strings are allocated in @a.
 */
struct kbuild *kb_new(struct arena *a, const char *srctree,
		      const struct kb_config *cfg, enum kb_phase phase);
/* Whether @rel (a source file relative to the tree, e.g.
 * "drivers/serial/serial_rockchip.c") is compiled in the phase. */
void kb_query(struct kbuild *kb, const char *rel, struct kb_result *res);
/* Every Makefile read so far (@srctree/rel paths), in the order read. */
const struct ptrvec *kb_files_read(const struct kbuild *kb);
void kb_free(struct kbuild *kb);

/* ------------------------------------------------ the Makefile reader */

/* One logical line of a Makefile: backslash-newlines joined (with their
 * surrounding blanks) into one space; @lineno where it starts. */
struct kb_lines {
	const char *pos;
	const char *end;
	int next_lineno;
	int lineno;
	struct strbuf line;
};

void kb_lines_init(struct kb_lines *r, const char *buf, size_t len);
bool kb_lines_next(struct kb_lines *r);
void kb_lines_free(struct kb_lines *r);

/*
 * Expand @text (make's syntax: $(VAR), ${VAR}, $(VAR:a=b), functions) in
 * the variables of a Makefile evaluated so far; exposed for tests. A
 * part that cannot be known becomes the byte KB_UNKNOWN_CH.
 */
#define KB_UNKNOWN_CH '\x01'

/* Evaluate the Makefile text @buf (as if it were @rel in the tree) and
 * return the value of @var afterwards, for tests; NULL if undefined. */
const char *kb_eval_text(struct kbuild *kb, const char *rel, const char *buf,
			 const char *var);

/* --------------------------------------------- in dtoc's pipeline */

struct resolved;

/* --config's state in a run (ctx->kbuild) */
struct kbuild_run;

/* After resolve(): read --config, ask about the file of every used driver
 * and uclass driver, and warn (node-located) about those the phase does
 * not build. Returns 0 or DTOC_ERR_INPUT (the .config cannot be read). */
int kbuild_check(struct ctx *ctx, struct resolved *res);
/* The verdict on @file (a driver's or uclass's file, as the scan names
 * it), or NULL if there is none (no --config, or not asked). */
const struct kb_result *kbuild_verdict(const struct ctx *ctx,
				       const char *file);
/* The .config and every Makefile read, for --depfile. */
void kbuild_used_files(const struct ctx *ctx, struct ptrvec *files,
		       struct arena *a);
void kbuild_run_free(struct kbuild_run *k);

#endif /* KBUILD_H */
