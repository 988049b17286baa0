/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * A Makefile evaluator for the subset Kbuild directory Makefiles and the
 * top-level lists use, with three-valued logic: a value or a condition
 * that depends on something not read (a variable set by the top make or
 * the environment, $(shell ...)) is "maybe", marked by KB_UNKNOWN_CH in
 * expanded text, and carries the first reason why.
 *
 * Each assignment is kept as a record (file, line, the state of the
 * enclosing conditionals, the expanded left side and words), whatever
 * the state: a line in a false branch is still what decides that a file
 * is not built. kb_query() walks the records from the phase's top list
 * down the directories on the path to the file.
 *
 * The evaluator's parts: text helpers (text.c), variables, functions and
 * expansion (expand.c), conditionals (cond.c), reading a Makefile into
 * records (eval.c) and the walk that answers kb_query() (query.c).
 */
#ifndef KBUILD_MAKE_INTERNAL_H
#define KBUILD_MAKE_INTERNAL_H

#include "kbuild/kbuild.h"

enum { ST_FALSE = 0, ST_MAYBE = 1, ST_TRUE = 2 };

#define UNK KB_UNKNOWN_CH
#define MAX_REFS 16
#define MAX_CHAIN 16
#define MAX_DEPTH 64

struct kb_var {
	const char *value;
	bool recursive;
	bool defined;	 /* false: only assigned in a false branch so far */
	bool fixed;	 /* dtoc's (srctree, src, obj): Makefiles do not change it */
	const char *why; /* the value is (partly) unknown: why */
};

/* One branch of a conditional, as met */
struct kb_cond {
	const char *file;
	int line;
	const char *text; /* the directive as written */
	int state;	  /* of this branch alone */
	const char *why;  /* maybe: why */
	const char *option; /* false: an option that set to y makes it true */
	const char *option_value; /* its value now (NULL: not set) */
	bool phase_only;  /* decided by the phase's build defines alone */
};

struct kb_rec {
	const char *file;
	int line;
	int state;		    /* of the enclosing conditionals */
	const struct kb_cond *cond; /* decides a false or maybe state */
	const char *lhs;	    /* expanded */
	const char *why;	    /* something unknown: why */
	const char *option;	    /* set to y, the left side ends in -y */
	const char *option_value;   /* its value now (NULL: not set) */
	char **items;		    /* the right side's words, expanded */
	int nitems;
	bool any;		    /* may add anything: $(eval), include */
	const struct kb_rec *replaced_by; /* a later "lhs = ..." */
};

struct kb_mf {
	const char *rel; /* the Makefile, relative to the tree */
	bool exists;
	struct ptrvec recs; /* of struct kb_rec * */
};

struct kbuild {
	struct arena *a;
	const char *srctree;
	const struct kb_config *cfg;
	enum kb_phase phase;
	struct strmap dirs; /* dir rel ("" for the top list) -> kb_mf */
	struct ptrvec read; /* paths read */
	struct ptrvec mfs;  /* every kb_mf, to free */
	struct strmap exported; /* names the top Makefile exports */
	bool exports_read;
};

struct frame {
	int state;  /* of the current branch */
	int prev_or; /* of the earlier branches' conditions */
	int eff;    /* with the enclosing ones */
	const struct kb_cond *decider;
	const char *chain[MAX_CHAIN]; /* the earlier branches' tests */
	int nchain;
};

struct ev {
	struct kbuild *kb;
	struct strmap vars; /* name -> struct kb_var */
	struct kb_mf *mf;
	struct frame stack[MAX_DEPTH];
	int depth;
	int include_depth;
	const char *file; /* rel of the file being read */
	int lineno;	  /* of the line being read */
	bool in_rule;
};

/* One expansion: the first reason for an unknown part, the CONFIG_
 * options looked up, and an option to pretend is set (for "which option
 * would make this true"). */
struct xc {
	const char *why;
	const char *refs[MAX_REFS];
	int nrefs;
	const char *ovr;
	const char *ovr_val;
	int depth;
};

/* text.c */
bool mk_is_blank(char c);
bool mk_ends_with(const char *s, const char *suffix);
bool mk_tainted(const char *s);
void mk_set_why(struct xc *x, const char *why);
void mk_add_unknown(struct strbuf *out, struct xc *x, const char *why);
const char *mk_phase_prefix(enum kb_phase p);
bool mk_is_phase_define(const char *name);
bool mk_is_list_name(const char *name);
bool mk_maybe_list(const char *lhs);
bool mk_file_exists(const char *path);
void mk_split_words(struct arena *a, const char *s, struct ptrvec *v);
char *mk_strip(struct arena *a, const char *s);
size_t mk_ref_end(const char *s, size_t i, size_t len);
int mk_split_args(const char *s, size_t len, int max, const char **args,
		      size_t *lens);
bool mk_pattern_match(const char *pat, const char *word, const char **stem,
			  size_t *stem_len);
void mk_add_word(struct strbuf *out, bool *first, const char *w,
		     size_t len);
void mk_patsubst_word(struct strbuf *out, bool *first, const char *pat,
			  const char *repl, const char *word);

/* expand.c */
char *mk_expand_str(struct ev *ev, struct xc *x, const char *s,
			size_t len);
void mk_expand(struct ev *ev, struct xc *x, const char *s, size_t len,
		   struct strbuf *out);
struct kb_var *mk_var_set(struct ev *ev, const char *name,
			      const char *value, bool recursive,
			      const char *why);
void mk_note_ref(struct xc *x, const char *name);
const char *mk_config_value(const struct kbuild *kb, const char *name);
bool mk_is_exported(struct kbuild *kb, const char *name);

/* cond.c */
const char *mk_skip_blanks(const char *s);
char *mk_trim_n(struct arena *a, const char *s, size_t len);
void mk_directive_if(struct ev *ev, const char *line);
void mk_directive_else(struct ev *ev, const char *line);
int mk_cur_state(const struct ev *ev);
const struct kb_cond *mk_cur_decider(const struct ev *ev);

/* eval.c */
struct kb_mf *mk_get_mf(struct kbuild *kb, const char *dir);

#endif /* KBUILD_MAKE_INTERNAL_H */
