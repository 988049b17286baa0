// SPDX-License-Identifier: GPL-2.0+
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
 */
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

static void expand(struct ev *ev, struct xc *x, const char *s, size_t len,
		   struct strbuf *out);

/* -------------------------------------------------------------- helpers */

static bool is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t l = strlen(s), sl = strlen(suffix);

	return l >= sl && !strcmp(s + l - sl, suffix);
}

static bool tainted(const char *s)
{
	return strchr(s, UNK) != NULL;
}

static void set_why(struct xc *x, const char *why)
{
	if (!x->why)
		x->why = why;
}

static void add_unknown(struct strbuf *out, struct xc *x, const char *why)
{
	sb_add(out, (char[]){ UNK }, 1);
	set_why(x, why);
}

static const char *phase_prefix(enum kb_phase p)
{
	static const char *const names[] = { "", "SPL_", "TPL_", "VPL_" };

	return names[p];
}

int kb_phase_from_name(const char *name, enum kb_phase *phase)
{
	if (!name)
		*phase = KB_PROPER;
	else if (!strcmp(name, "spl"))
		*phase = KB_SPL;
	else if (!strcmp(name, "tpl"))
		*phase = KB_TPL;
	else if (!strcmp(name, "vpl"))
		*phase = KB_VPL;
	else
		return -1;
	return 0;
}

const char *kb_phase_label(enum kb_phase phase)
{
	static const char *const names[] = { "U-Boot proper", "spl", "tpl",
					     "vpl" };

	return names[phase];
}

static bool is_phase_define(const char *name)
{
	return !strcmp(name, "CONFIG_XPL_BUILD") ||
	       !strcmp(name, "CONFIG_SPL_BUILD") ||
	       !strcmp(name, "CONFIG_TPL_BUILD") ||
	       !strcmp(name, "CONFIG_VPL_BUILD");
}

/* Kbuild's lists, empty until a Makefile adds to them */
static bool is_list_name(const char *name)
{
	size_t len = strlen(name);

	if (!strncmp(name, "obj-", 4) || !strncmp(name, "lib-", 4) ||
	    !strncmp(name, "libs-", 5) || !strncmp(name, "subdir-", 7) ||
	    !strncmp(name, "always-", 7) || !strncmp(name, "extra-", 6) ||
	    !strncmp(name, "targets", 7) || !strncmp(name, "head-", 5))
		return true;
	/* composite objects and per-option lists: foo-objs, foo-y, foo- */
	return (len > 5 && !strcmp(name + len - 5, "-objs")) ||
	       (len > 2 && (!strcmp(name + len - 2, "-y") ||
			    !strcmp(name + len - 2, "-n") ||
			    !strcmp(name + len - 2, "-m"))) ||
	       (len > 1 && name[len - 1] == '-');
}

/* Whether a left side with an unknown part may be one of the lists */
static bool maybe_list(const char *lhs)
{
	const char *u = strchr(lhs, UNK);
	size_t known = u ? (size_t)(u - lhs) : strlen(lhs);

	if (!u)
		return is_list_name(lhs);
	return !known || memchr(lhs, '-', known);
}

static char *read_whole(const char *path, size_t *lenp)
{
	FILE *f = fopen(path, "rb");
	struct strbuf sb = { 0 };
	char buf[65536];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_add(&sb, buf, n);
	fclose(f);
	if (!sb.buf)
		sb_add(&sb, "", 0);
	*lenp = sb.len;
	return sb.buf;
}

static bool file_exists(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISREG(st.st_mode);
}

/* Words of @s into @v (arena copies) */
static void split_words(struct arena *a, const char *s, struct ptrvec *v)
{
	while (*s) {
		const char *w;

		while (*s && (is_blank(*s) || *s == '\n'))
			s++;
		w = s;
		while (*s && !is_blank(*s) && *s != '\n')
			s++;
		if (s > w)
			apv_push(a, v, arena_strndup(a, w, s - w));
	}
}

static char *strip(struct arena *a, const char *s)
{
	struct ptrvec v = { 0 };
	struct strbuf sb = { 0 };
	char *r;

	split_words(a, s, &v);
	for (int i = 0; i < v.count; i++) {
		if (i)
			sb_add(&sb, " ", 1);
		sb_puts(&sb, v.items[i]);
	}
	r = arena_strdup(a, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return r;
}

/* The end of a reference opened at @s[i] ('(' or '{'), or @len */
static size_t ref_end(const char *s, size_t i, size_t len)
{
	char open = s[i], close = open == '(' ? ')' : '}';
	int level = 0;

	for (; i < len; i++) {
		if (s[i] == open)
			level++;
		else if (s[i] == close && !--level)
			return i;
	}
	return len;
}

/* Split function arguments at top-level commas, at most @max of them */
static int split_args(const char *s, size_t len, int max, const char **args,
		      size_t *lens)
{
	int n = 0, level = 0;
	size_t start = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '(' || s[i] == '{')
			level++;
		else if ((s[i] == ')' || s[i] == '}') && level)
			level--;
		else if (s[i] == ',' && !level && n < max - 1) {
			args[n] = s + start;
			lens[n++] = i - start;
			start = i + 1;
		}
	}
	args[n] = s + start;
	lens[n++] = len - start;
	return n;
}

static char *expand_str(struct ev *ev, struct xc *x, const char *s,
			size_t len)
{
	struct strbuf sb = { 0 };
	char *r;

	expand(ev, x, s, len, &sb);
	r = arena_strdup(ev->kb->a, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return r;
}

/* make's % patterns: @pat against @word; the stem in @stem */
static bool pattern_match(const char *pat, const char *word, const char **stem,
			  size_t *stem_len)
{
	const char *pct = strchr(pat, '%');
	size_t plen = strlen(pat), wlen = strlen(word), pre, suf;

	if (!pct)
		return !strcmp(pat, word);
	pre = pct - pat;
	suf = plen - pre - 1;
	if (wlen < pre + suf || strncmp(word, pat, pre) ||
	    strcmp(word + wlen - suf, pct + 1))
		return false;
	if (stem) {
		*stem = word + pre;
		*stem_len = wlen - pre - suf;
	}
	return true;
}

static void add_word(struct strbuf *out, bool *first, const char *w,
		     size_t len)
{
	if (!*first)
		sb_add(out, " ", 1);
	sb_add(out, w, len);
	*first = false;
}

static void patsubst_word(struct strbuf *out, bool *first, const char *pat,
			  const char *repl, const char *word)
{
	const char *stem;
	size_t stem_len;

	if (tainted(word)) {
		add_word(out, first, (char[]){ UNK }, 1);
		return;
	}
	if (!pattern_match(pat, word, &stem, &stem_len)) {
		add_word(out, first, word, strlen(word));
		return;
	}
	if (!strchr(pat, '%')) {
		add_word(out, first, repl, strlen(repl));
		return;
	}
	{
		const char *rp = strchr(repl, '%');

		if (!*first)
			sb_add(out, " ", 1);
		*first = false;
		if (!rp) {
			sb_puts(out, repl);
			return;
		}
		sb_add(out, repl, rp - repl);
		sb_add(out, stem, stem_len);
		sb_puts(out, rp + 1);
	}
}

/* ---------------------------------------------------------- variables */

static struct kb_var *var_set(struct ev *ev, const char *name,
			      const char *value, bool recursive,
			      const char *why)
{
	struct kb_var *v = sm_get(&ev->vars, name);

	if (!v) {
		v = arena_alloc(ev->kb->a, sizeof(*v));
		memset(v, 0, sizeof(*v));
		sm_put(&ev->vars, arena_strdup(ev->kb->a, name), v);
	}
	v->value = value;
	v->recursive = recursive;
	v->defined = true;
	v->why = why;
	return v;
}

static void note_ref(struct xc *x, const char *name)
{
	for (int i = 0; i < x->nrefs; i++) {
		if (!strcmp(x->refs[i], name))
			return;
	}
	if (x->nrefs < MAX_REFS)
		x->refs[x->nrefs++] = name;
}

static const char *config_value(const struct kbuild *kb, const char *name)
{
	return sm_get(&kb->cfg->values, name);
}

/* The names the top Makefile exports to every directory's make: a
 * variable no Makefile read sets may be one of them (or come from the
 * command line); any other is empty, as in a plain "make". */
static bool is_exported(struct kbuild *kb, const char *name)
{
	if (!kb->exports_read) {
		char *path = arena_printf(kb->a, "%s/Makefile", kb->srctree);
		size_t len;
		char *buf = read_whole(path, &len);
		struct kb_lines r;

		kb->exports_read = true;
		if (!buf)
			return false;
		kb_lines_init(&r, buf, len);
		while (kb_lines_next(&r)) {
			char *l = r.line.buf;
			struct ptrvec words = { 0 };

			while (is_blank(*l))
				l++;
			if (strncmp(l, "export", 6) || !is_blank(l[6]))
				continue;
			l[strcspn(l, ":=+?!#")] = '\0';
			split_words(kb->a, l + 7, &words);
			for (int i = 0; i < words.count; i++)
				sm_put(&kb->exported, words.items[i], kb);
		}
		kb_lines_free(&r);
		free(buf);
		apv_push(kb->a, &kb->read, path);
	}
	return sm_has(&kb->exported, name);
}

static void lookup(struct ev *ev, struct xc *x, const char *name,
		   struct strbuf *out)
{
	struct kb_var *v;

	if (tainted(name)) {
		add_unknown(out, x, x->why);
		return;
	}
	if (!strncmp(name, "CONFIG_", 7))
		note_ref(x, arena_strdup(ev->kb->a, name));
	if (x->ovr && !strcmp(name, x->ovr)) {
		sb_puts(out, x->ovr_val);
		return;
	}
	v = sm_get(&ev->vars, name);
	if (v) {
		if (!v->defined)
			return;
		if (v->why)
			set_why(x, v->why);
		if (v->recursive && x->depth < 32) {
			x->depth++;
			expand(ev, x, v->value, strlen(v->value), out);
			x->depth--;
		} else if (v->recursive) {
			add_unknown(out, x, "a variable refers to itself");
		} else {
			sb_puts(out, v->value);
		}
		return;
	}
	if (!strncmp(name, "CONFIG_", 7)) {
		const char *val = config_value(ev->kb, name);

		if (val)
			sb_puts(out, val);
		return;
	}
	if (is_list_name(name) || !is_exported(ev->kb, name))
		return;
	add_unknown(out, x,
		    arena_printf(ev->kb->a,
				 "%s:%d: $(%s) comes from the top Makefile's environment",
				 ev->file, ev->lineno, name));
}

/* ---------------------------------------------------------- functions */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool words_of(struct ev *ev, struct xc *x, const char *s, size_t len,
		     struct ptrvec *v)
{
	char *t = expand_str(ev, x, s, len);

	split_words(ev->kb->a, t, v);
	return tainted(t);
}

/* $(wildcard ...) of paths in the source tree; others are the object
 * tree's, which dtoc does not see */
static void fn_wildcard(struct ev *ev, struct xc *x, const char *arg,
			size_t len, struct strbuf *out)
{
	struct ptrvec v = { 0 };
	bool first = true;
	const char *tree = ev->kb->srctree;
	size_t tlen = strlen(tree);

	if (words_of(ev, x, arg, len, &v)) {
		add_unknown(out, x, x->why);
		return;
	}
	for (int i = 0; i < v.count; i++) {
		const char *w = v.items[i];
		glob_t g;

		if (ends_with(w, ".cmd") || ends_with(w, "/.config") ||
		    !strcmp(w, ".config") || ends_with(w, "auto.conf") ||
		    ends_with(w, "autoconf.mk")) {
			/* Kbuild's saved command lines (rules, not lists),
			 * and the configuration, which a build has */
			add_word(out, &first, w, strlen(w));
			continue;
		}
		if (strncmp(w, tree, tlen) || (w[tlen] != '/' && w[tlen])) {
			add_unknown(out, x,
				    arena_printf(ev->kb->a,
						 "%s:%d: $(wildcard %s) looks in the object tree",
						 ev->file, ev->lineno, w));
			return;
		}
		if (!strpbrk(w, "*?[")) {
			if (!access(w, F_OK))
				add_word(out, &first, w, strlen(w));
			continue;
		}
		if (!glob(w, 0, NULL, &g)) {
			for (size_t k = 0; k < g.gl_pathc; k++)
				add_word(out, &first, g.gl_pathv[k],
					 strlen(g.gl_pathv[k]));
		}
		globfree(&g);
	}
}

static void fn_call(struct ev *ev, struct xc *x, const char **args,
		    size_t *lens, int n, struct strbuf *out)
{
	char *name = strip(ev->kb->a, expand_str(ev, x, args[0], lens[0]));
	struct kb_var *v = sm_get(&ev->vars, name);
	struct kb_var saved[10];
	bool had[10];
	char num[12];

	if (!v || !v->defined || tainted(name)) {
		add_unknown(out, x,
			    arena_printf(ev->kb->a,
					 "%s:%d: $(call %s) calls a function defined outside the Makefiles dtoc reads",
					 ev->file, ev->lineno, name));
		return;
	}
	for (int i = 1; i < 10; i++) {
		struct kb_var *p;

		snprintf(num, sizeof(num), "%d", i);
		p = sm_get(&ev->vars, num);
		had[i] = p != NULL;
		if (p)
			saved[i] = *p;
		var_set(ev, num,
			i < n ? expand_str(ev, x, args[i], lens[i]) : "",
			false, NULL);
	}
	if (x->depth < 32) {
		x->depth++;
		expand(ev, x, v->value, strlen(v->value), out);
		x->depth--;
	}
	for (int i = 1; i < 10; i++) {
		struct kb_var *p;

		snprintf(num, sizeof(num), "%d", i);
		p = sm_get(&ev->vars, num);
		if (had[i])
			*p = saved[i];
		else
			p->defined = false;
	}
}

static void fn_foreach(struct ev *ev, struct xc *x, const char **args,
		       size_t *lens, struct strbuf *out)
{
	char *name = strip(ev->kb->a, expand_str(ev, x, args[0], lens[0]));
	struct ptrvec list = { 0 };
	struct kb_var *p, saved;
	bool had, first = true;

	if (tainted(name) || words_of(ev, x, args[1], lens[1], &list)) {
		add_unknown(out, x, x->why);
		return;
	}
	p = sm_get(&ev->vars, name);
	had = p != NULL;
	if (p)
		saved = *p;
	for (int i = 0; i < list.count; i++) {
		struct strbuf one = { 0 };

		var_set(ev, name, list.items[i], false, NULL);
		expand(ev, x, args[2], lens[2], &one);
		if (one.len)
			add_word(out, &first, one.buf, one.len);
		sb_free(&one);
	}
	p = sm_get(&ev->vars, name);
	if (had && p)
		*p = saved;
	else if (p)
		p->defined = false;
}

static void function(struct ev *ev, struct xc *x, const char *fn,
		     size_t fnlen, const char *rest, size_t len,
		     struct strbuf *out)
{
	struct arena *a = ev->kb->a;
	const char *args[16];
	size_t lens[16];
	int n;
	bool first = true;

#define IS(name) (fnlen == strlen(name) && !strncmp(fn, name, fnlen))
	if (IS("if")) {
		char *c;

		n = split_args(rest, len, 3, args, lens);
		c = strip(a, expand_str(ev, x, args[0], lens[0]));
		if (tainted(c))
			add_unknown(out, x, x->why);
		else if (*c && n > 1)
			expand(ev, x, args[1], lens[1], out);
		else if (!*c && n > 2)
			expand(ev, x, args[2], lens[2], out);
		return;
	}
	if (IS("or") || IS("and")) {
		bool is_or = IS("or");
		const char *c = "";

		n = split_args(rest, len, 16, args, lens);
		for (int i = 0; i < n; i++) {
			c = strip(a, expand_str(ev, x, args[i], lens[i]));
			if (tainted(c)) {
				add_unknown(out, x, x->why);
				return;
			}
			if (is_or && *c)
				break;
			if (!is_or && !*c)
				break;
		}
		sb_puts(out, c);
		return;
	}
	if (IS("foreach")) {
		n = split_args(rest, len, 3, args, lens);
		if (n == 3)
			fn_foreach(ev, x, args, lens, out);
		return;
	}
	if (IS("call")) {
		n = split_args(rest, len, 10, args, lens);
		fn_call(ev, x, args, lens, n, out);
		return;
	}
	if (IS("info") || IS("warning") || IS("error"))
		return;
	if (IS("origin")) {
		char *name = strip(a, expand_str(ev, x, rest, len));
		struct kb_var *v = sm_get(&ev->vars, name);

		if (tainted(name) || (!(v && v->defined) &&
				      is_exported(ev->kb, name)))
			add_unknown(out, x,
				    arena_printf(a, "%s:%d: $(origin %s) depends on the environment",
						 ev->file, ev->lineno, name));
		else if ((v && v->defined) || (!strncmp(name, "CONFIG_", 7) &&
						config_value(ev->kb, name)))
			sb_puts(out, "file");
		else
			sb_puts(out, "undefined");
		return;
	}
	if (IS("wildcard")) {
		fn_wildcard(ev, x, rest, len, out);
		return;
	}
	if (IS("strip") || IS("sort") || IS("firstword") || IS("lastword") ||
	    IS("words") || IS("notdir") || IS("dir") || IS("basename") ||
	    IS("suffix")) {
		struct ptrvec v = { 0 };
		bool t = words_of(ev, x, rest, len, &v);

		if (t && !IS("strip") && !IS("notdir") && !IS("dir") &&
		    !IS("basename") && !IS("suffix")) {
			add_unknown(out, x, x->why);
			return;
		}
		if (IS("sort"))
			pv_sort(&v, cmp_str);
		if (IS("words")) {
			sb_printf(out, "%d", v.count);
			return;
		}
		for (int i = 0; i < v.count; i++) {
			const char *w = v.items[i];
			const char *sl = strrchr(w, '/');
			const char *dot = strrchr(w, '.');

			if (dot && sl && dot < sl)
				dot = NULL;
			if (IS("firstword") && i)
				break;
			if (IS("lastword") && i != v.count - 1)
				continue;
			if (IS("sort") && i &&
			    !strcmp(w, (char *)v.items[i - 1]))
				continue;
			if (tainted(w))
				add_word(out, &first, (char[]){ UNK }, 1);
			else if (IS("notdir"))
				add_word(out, &first, sl ? sl + 1 : w,
					 strlen(sl ? sl + 1 : w));
			else if (IS("dir"))
				sl ? add_word(out, &first, w, sl - w + 1) :
				     add_word(out, &first, "./", 2);
			else if (IS("basename"))
				add_word(out, &first, w,
					 dot ? (size_t)(dot - w) : strlen(w));
			else if (IS("suffix")) {
				if (dot)
					add_word(out, &first, dot, strlen(dot));
			} else
				add_word(out, &first, w, strlen(w));
		}
		return;
	}
	if (IS("filter") || IS("filter-out") || IS("patsubst") ||
	    IS("addprefix") || IS("addsuffix") || IS("subst") ||
	    IS("findstring") || IS("word")) {
		bool three = IS("patsubst") || IS("subst");
		char *p0, *p1 = NULL, *text;
		struct ptrvec pats = { 0 }, words = { 0 };

		n = split_args(rest, len, three ? 3 : 2, args, lens);
		if (n < (three ? 3 : 2))
			return;
		p0 = expand_str(ev, x, args[0], lens[0]);
		if (three)
			p1 = expand_str(ev, x, args[1], lens[1]);
		text = expand_str(ev, x, args[n - 1], lens[n - 1]);
		if (tainted(p0) || (p1 && tainted(p1)) ||
		    ((IS("findstring") || IS("word")) && tainted(text))) {
			add_unknown(out, x, x->why);
			return;
		}
		if (IS("subst")) {
			size_t fl = strlen(p0);
			const char *t = text, *hit;

			if (!fl) {
				sb_puts(out, text);
				return;
			}
			while ((hit = strstr(t, p0))) {
				sb_add(out, t, hit - t);
				sb_puts(out, p1);
				t = hit + fl;
			}
			sb_puts(out, t);
			return;
		}
		if (IS("findstring")) {
			if (strstr(text, p0))
				sb_puts(out, p0);
			return;
		}
		split_words(a, text, &words);
		if (IS("word")) {
			int k = atoi(p0);

			if (k >= 1 && k <= words.count)
				sb_puts(out, words.items[k - 1]);
			return;
		}
		if (IS("patsubst")) {
			char *pat = strip(a, p0), *repl = strip(a, p1);

			for (int i = 0; i < words.count; i++)
				patsubst_word(out, &first, pat, repl,
					      words.items[i]);
			return;
		}
		if (IS("addprefix") || IS("addsuffix")) {
			char *fix = strip(a, p0);

			for (int i = 0; i < words.count; i++) {
				if (!first)
					sb_add(out, " ", 1);
				first = false;
				if (IS("addprefix"))
					sb_puts(out, fix);
				sb_puts(out, words.items[i]);
				if (IS("addsuffix"))
					sb_puts(out, fix);
			}
			return;
		}
		split_words(a, p0, &pats);
		for (int i = 0; i < words.count; i++) {
			const char *w = words.items[i];
			bool hit = false;

			if (tainted(w)) {
				add_word(out, &first, (char[]){ UNK }, 1);
				continue;
			}
			for (int k = 0; k < pats.count && !hit; k++)
				hit = pattern_match(pats.items[k], w, NULL,
						    NULL);
			if (hit == IS("filter"))
				add_word(out, &first, w, strlen(w));
		}
		return;
	}
#undef IS
	add_unknown(out, x,
		    arena_printf(a, "%s:%d: $(%.*s ...) is not evaluated",
				 ev->file, ev->lineno, (int)fnlen, fn));
}

static const char *const functions[] = {
	"if", "or", "and", "foreach", "call", "info", "warning", "error",
	"wildcard", "strip", "sort", "firstword", "lastword", "words",
	"notdir", "dir", "basename", "suffix", "filter", "filter-out",
	"patsubst", "addprefix", "addsuffix", "subst", "findstring", "word",
	"shell", "eval", "origin", "value", "flavor", "join", "realpath",
	"abspath", "file", "wordlist", "guile", "let", "intcmp",
};

static bool is_function(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof(functions) / sizeof(functions[0]); i++) {
		if (strlen(functions[i]) == len && !strncmp(s, functions[i], len))
			return true;
	}
	return false;
}

/* The inside of $(...) */
static void expand_ref(struct ev *ev, struct xc *x, const char *s, size_t len,
		       struct strbuf *out)
{
	size_t i = 0, colon = len;
	int level = 0;
	char *name;

	while (i < len && !is_blank(s[i]) && s[i] != '$' && s[i] != ':' &&
	       s[i] != '(' && s[i] != '{')
		i++;
	if (i < len && is_blank(s[i]) && is_function(s, i)) {
		size_t r = i;

		while (r < len && is_blank(s[r]))
			r++;
		function(ev, x, s, i, s + r, len - r, out);
		return;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '(' || s[i] == '{')
			level++;
		else if (s[i] == ')' || s[i] == '}')
			level--;
		else if (s[i] == ':' && !level && memchr(s + i, '=', len - i)) {
			colon = i;
			break;
		}
	}
	name = expand_str(ev, x, s, colon);
	if (colon == len) {
		lookup(ev, x, name, out);
		return;
	}
	{
		/* $(VAR:a=b): patsubst a or %a to b or %b on each word */
		const char *eq = memchr(s + colon, '=', len - colon);
		char *from = expand_str(ev, x, s + colon + 1,
					eq - s - colon - 1);
		char *to = expand_str(ev, x, eq + 1, s + len - eq - 1);
		struct strbuf val = { 0 };
		struct ptrvec words = { 0 };
		bool first = true;

		lookup(ev, x, name, &val);
		split_words(ev->kb->a, val.buf ? val.buf : "", &words);
		sb_free(&val);
		if (tainted(from) || tainted(to)) {
			add_unknown(out, x, x->why);
			return;
		}
		if (!strchr(from, '%')) {
			from = arena_printf(ev->kb->a, "%%%s", from);
			to = arena_printf(ev->kb->a, "%%%s", to);
		}
		for (int k = 0; k < words.count; k++)
			patsubst_word(out, &first, from, to, words.items[k]);
	}
}

static void expand(struct ev *ev, struct xc *x, const char *s, size_t len,
		   struct strbuf *out)
{
	sb_add(out, "", 0);
	for (size_t i = 0; i < len; i++) {
		const char *dollar = memchr(s + i, '$', len - i);
		char c;

		if (!dollar) {
			sb_add(out, s + i, len - i);
			return;
		}
		sb_add(out, s + i, dollar - s - i);
		i = dollar - s;
		if (i + 1 >= len)
			return;
		c = s[i + 1];
		if (c == '$') {
			sb_add(out, "$", 1);
			i++;
		} else if (c == '(' || c == '{') {
			size_t end = ref_end(s, i + 1, len);

			if (end == len) {
				add_unknown(out, x, "an unterminated $(");
				return;
			}
			expand_ref(ev, x, s + i + 2, end - i - 2, out);
			i = end;
		} else {
			char name[2] = { c, 0 };

			lookup(ev, x, name, out);
			i++;
		}
	}
}

/* ------------------------------------------------------- conditionals */

static int st_min(int a, int b)
{
	return a < b ? a : b;
}

static int st_max(int a, int b)
{
	return a > b ? a : b;
}

static const char *skip_blanks(const char *s)
{
	while (is_blank(*s))
		s++;
	return s;
}

static char *trim_n(struct arena *a, const char *s, size_t len)
{
	while (len && is_blank(*s)) {
		s++;
		len--;
	}
	while (len && is_blank(s[len - 1]))
		len--;
	return arena_strndup(a, s, len);
}

/* Whether @name has a non-empty value, as ifdef asks */
static int is_defined(struct ev *ev, struct xc *x, const char *name)
{
	struct kb_var *v;

	if (!strncmp(name, "CONFIG_", 7))
		note_ref(x, name);
	if (x->ovr && !strcmp(name, x->ovr))
		return *x->ovr_val ? ST_TRUE : ST_FALSE;
	v = sm_get(&ev->vars, name);
	if (v) {
		if (!v->defined || !*v->value)
			return ST_FALSE;
		if (tainted(v->value)) {
			set_why(x, v->why);
			return ST_MAYBE;
		}
		return ST_TRUE;
	}
	if (!strncmp(name, "CONFIG_", 7)) {
		const char *val = config_value(ev->kb, name);

		return val && *val ? ST_TRUE : ST_FALSE;
	}
	if (is_list_name(name) || !is_exported(ev->kb, name))
		return ST_FALSE;
	set_why(x, arena_printf(ev->kb->a,
				"%s:%d: %s comes from the top Makefile's environment",
				ev->file, ev->lineno, name));
	return ST_MAYBE;
}

/* An ifdef/ifndef/ifeq/ifneq test, as written */
static int eval_test(struct ev *ev, struct xc *x, const char *test)
{
	struct arena *a = ev->kb->a;
	bool neg = !strncmp(test, "ifn", 3);
	size_t kw = strncmp(test, "ifdef", 5) && strncmp(test, "ifneq", 5) ?
			    (strncmp(test, "ifeq", 4) ? 6 : 4) : 5;
	const char *rest = skip_blanks(test + kw);
	int st;

	if (!strncmp(test, "ifdef", 5) || !strncmp(test, "ifndef", 6)) {
		char *name = strip(a, expand_str(ev, x, rest, strlen(rest)));

		st = tainted(name) ? ST_MAYBE : is_defined(ev, x, name);
	} else {
		char *l, *r;

		if (*rest == '(') {
			size_t end = ref_end(rest, 0, strlen(rest));
			const char *args[2];
			size_t lens[2];

			if (split_args(rest + 1, end - 1, 2, args, lens) < 2) {
				set_why(x, "a malformed ifeq");
				return ST_MAYBE;
			}
			l = trim_n(a, args[0], lens[0]);
			r = trim_n(a, args[1], lens[1]);
		} else if (*rest == '"' || *rest == '\'') {
			const char *e1 = strchr(rest + 1, *rest), *s2, *e2;

			if (!e1) {
				set_why(x, "a malformed ifeq");
				return ST_MAYBE;
			}
			s2 = skip_blanks(e1 + 1);
			e2 = *s2 ? strchr(s2 + 1, *s2) : NULL;
			if (!e2 || (*s2 != '"' && *s2 != '\'')) {
				set_why(x, "a malformed ifeq");
				return ST_MAYBE;
			}
			l = arena_strndup(a, rest + 1, e1 - rest - 1);
			r = arena_strndup(a, s2 + 1, e2 - s2 - 1);
		} else {
			set_why(x, "a malformed ifeq");
			return ST_MAYBE;
		}
		l = expand_str(ev, x, l, strlen(l));
		r = expand_str(ev, x, r, strlen(r));
		if (tainted(l) || tainted(r))
			return ST_MAYBE;
		st = strcmp(l, r) ? ST_FALSE : ST_TRUE;
	}
	if (st == ST_MAYBE)
		return st;
	return neg ? ST_TRUE - st : st;
}

/* A branch: its own test (NULL: a plain else) after the earlier ones */
static int branch_state(struct ev *ev, struct xc *x, const char *const *chain,
			int nchain, const char *own)
{
	int prev = ST_FALSE;

	for (int i = 0; i < nchain; i++)
		prev = st_max(prev, eval_test(ev, x, chain[i]));
	return st_min(ST_TRUE - prev, own ? eval_test(ev, x, own) : ST_TRUE);
}

static void enter_branch(struct ev *ev, struct frame *f, const char *text,
			 const char *own)
{
	struct arena *a = ev->kb->a;
	struct kb_cond *c = arena_alloc(a, sizeof(*c));
	struct xc x = { 0 };
	int parent = ev->depth > 1 ? ev->stack[ev->depth - 2].eff : ST_TRUE;
	const struct kb_cond *pdec =
		ev->depth > 1 ? ev->stack[ev->depth - 2].decider : NULL;

	memset(c, 0, sizeof(*c));
	c->file = ev->file;
	c->line = ev->lineno;
	c->text = arena_strdup(a, text);
	c->state = branch_state(ev, &x, f->chain, f->nchain, own);
	c->why = x.why ? x.why :
			 arena_printf(a, "%s:%d: '%s' cannot be evaluated",
				      ev->file, ev->lineno, text);
	if (c->state == ST_FALSE) {
		bool phase_only = x.nrefs > 0;

		for (int i = 0; i < x.nrefs; i++) {
			const char *r = x.refs[i];
			const char *val = config_value(ev->kb, r);
			struct xc y = { .ovr = r, .ovr_val = "y" };

			if (is_phase_define(r))
				continue;
			phase_only = false;
			if (val && !strcmp(val, "y"))
				continue;
			if (branch_state(ev, &y, f->chain, f->nchain, own) ==
			    ST_TRUE) {
				c->option = r;
				c->option_value = val;
				break;
			}
		}
		c->phase_only = phase_only;
	}
	f->state = c->state;
	f->eff = st_min(parent, c->state);
	if (f->eff == ST_TRUE)
		f->decider = NULL;
	else if (c->state < parent)
		f->decider = c;
	else
		f->decider = pdec;
}

static void directive_if(struct ev *ev, const char *line)
{
	struct frame *f;

	if (ev->depth == MAX_DEPTH) {
		ev->depth++; /* counted, not kept */
		return;
	}
	f = &ev->stack[ev->depth++];
	memset(f, 0, sizeof(*f));
	f->chain[0] = arena_strdup(ev->kb->a, line);
	enter_branch(ev, f, line, line);
	f->nchain = 1;
}

static void directive_else(struct ev *ev, const char *line)
{
	const char *own = skip_blanks(line + 4);
	struct frame *f;

	if (!ev->depth || ev->depth > MAX_DEPTH)
		return;
	f = &ev->stack[ev->depth - 1];
	enter_branch(ev, f, line, *own ? own : NULL);
	if (*own && f->nchain < MAX_CHAIN)
		f->chain[f->nchain++] = arena_strdup(ev->kb->a, own);
}

static int cur_state(const struct ev *ev)
{
	if (!ev->depth)
		return ST_TRUE;
	if (ev->depth > MAX_DEPTH)
		return ST_MAYBE;
	return ev->stack[ev->depth - 1].eff;
}

static const struct kb_cond *cur_decider(const struct ev *ev)
{
	if (!ev->depth || ev->depth > MAX_DEPTH)
		return NULL;
	return ev->stack[ev->depth - 1].decider;
}

/* ------------------------------------------------------------ records */

static struct kb_rec *new_rec(struct ev *ev)
{
	struct kb_rec *r = arena_alloc(ev->kb->a, sizeof(*r));

	memset(r, 0, sizeof(*r));
	r->file = ev->file;
	r->line = ev->lineno;
	r->state = cur_state(ev);
	r->cond = cur_decider(ev);
	r->lhs = "";
	if (r->state == ST_MAYBE)
		r->why = r->cond ? r->cond->why : "conditionals nested too deep";
	apv_push(ev->kb->a, &ev->mf->recs, r);
	return r;
}

static void rec_any(struct ev *ev, const char *why)
{
	struct kb_rec *r;

	if (cur_state(ev) == ST_FALSE)
		return;
	r = new_rec(ev);
	r->any = true;
	if (!r->why)
		r->why = why;
}


static void assign(struct ev *ev, const char *lhs_raw, const char *op,
		   const char *rhs)
{
	struct arena *a = ev->kb->a;
	int st = cur_state(ev);
	struct xc lx = { 0 }, rx = { 0 };
	char *lhs = strip(a, expand_str(ev, &lx, lhs_raw, strlen(lhs_raw)));
	char *val = expand_str(ev, &rx, rhs, strlen(rhs));
	struct kb_var *v = tainted(lhs) ? NULL : sm_get(&ev->vars, lhs);
	bool have = v && v->defined;

	if (v && v->fixed)
		return;

	if (!strcmp(op, "!=")) {
		val = (char[]){ UNK, 0 };
		val = arena_strdup(a, val);
		rx.why = arena_printf(a, "%s:%d: != runs a shell command",
				      ev->file, ev->lineno);
	}
	if (!tainted(lhs) && st == ST_TRUE) {
		if (!strcmp(op, ":=") || !strcmp(op, "::=") ||
		    !strcmp(op, "!="))
			var_set(ev, lhs, val, false, rx.why);
		else if (!strcmp(op, "="))
			var_set(ev, lhs, arena_strdup(a, rhs), true, NULL);
		else if (!strcmp(op, "?=")) {
			if (!have)
				var_set(ev, lhs, arena_strdup(a, rhs), true,
					NULL);
		} else if (have && v->recursive) {
			v->value = arena_printf(a, "%s %s", v->value, rhs);
		} else if (have) {
			v->value = arena_printf(a, "%s %s", v->value, val);
			if (!v->why)
				v->why = rx.why;
		} else {
			var_set(ev, lhs, arena_strdup(a, rhs), true, NULL);
		}
	} else if (!tainted(lhs) && st == ST_MAYBE) {
		const struct kb_cond *d = cur_decider(ev);
		const char *why = d ? d->why : "conditionals nested too deep";

		if (!strcmp(op, "+=") && have)
			v->value = arena_printf(a, "%s %c", v->value, UNK);
		else
			var_set(ev, lhs, arena_printf(a, "%c", UNK), false,
				why);
		v = sm_get(&ev->vars, lhs);
		if (!v->why)
			v->why = why;
	} else if (!tainted(lhs) && !v) {
		var_set(ev, lhs, "", false, NULL)->defined = false;
	}

	if (maybe_list(lhs)) {
		struct kb_rec *r = new_rec(ev);
		struct ptrvec words = { 0 };
		char *self = arena_printf(a, "$(%s)", lhs);
		char *self2 = arena_printf(a, "${%s}", lhs);

		/* "obj-y = x.o" drops what was added before, unless it
		 * keeps it ("libs-y := $(patsubst ..., $(libs-y))") */
		if (strcmp(op, "+=") && strcmp(op, "?=") && st != ST_FALSE &&
		    !tainted(lhs) && !strstr(rhs, self) && !strstr(rhs, self2)) {
			for (int i = 0; i < ev->mf->recs.count - 1; i++) {
				struct kb_rec *o = ev->mf->recs.items[i];

				if (!o->any && !o->replaced_by &&
				    o->state != ST_FALSE && !strcmp(o->lhs, lhs))
					o->replaced_by = r;
			}
		}

		r->lhs = lhs;
		if (!r->why)
			r->why = lx.why ? lx.why : rx.why;
		split_words(a, val, &words);
		r->items = (char **)words.items;
		r->nitems = words.count;
		for (int i = 0; i < lx.nrefs && !ends_with(lhs, "-y"); i++) {
			const char *ref = lx.refs[i];
			const char *cur = config_value(ev->kb, ref);
			struct xc fx = { .ovr = ref, .ovr_val = "y" };
			char *l2;

			if (is_phase_define(ref) || (cur && !strcmp(cur, "y")))
				continue;
			l2 = strip(a, expand_str(ev, &fx, lhs_raw,
						 strlen(lhs_raw)));
			if (!tainted(l2) && ends_with(l2, "-y")) {
				r->option = ref;
				r->option_value = cur;
				break;
			}
		}
	}
}

/* ----------------------------------------------------------- the text */

static void process_text(struct ev *ev, const char *rel, const char *buf,
			 size_t len);

static void do_include(struct ev *ev, const char *rest, bool optional)
{
	struct kbuild *kb = ev->kb;
	struct arena *a = kb->a;
	struct xc x = { 0 };
	char *paths = expand_str(ev, &x, rest, strlen(rest));
	struct ptrvec words = { 0 };
	size_t tlen = strlen(kb->srctree);

	if (tainted(paths)) {
		rec_any(ev, arena_printf(a, "%s:%d: include %s: %s", ev->file,
					 ev->lineno, rest,
					 x.why ? x.why : "its name is not known"));
		return;
	}
	split_words(a, paths, &words);
	for (int i = 0; i < words.count; i++) {
		const char *w = words.items[i], *rel, *base;
		char *path, *buf;
		size_t blen;

		base = strrchr(w, '/');
		base = base ? base + 1 : w;
		/* the configuration: what --config gives */
		if (!strcmp(base, "auto.conf") || !strcmp(base, "autoconf.mk") ||
		    !strcmp(base, "auto.conf.cmd") ||
		    !strcmp(base, "autoconf.mk.dep") || !strcmp(base, ".config") ||
		    ends_with(base, ".cmd"))
			continue;
		if (!strncmp(w, kb->srctree, tlen) && w[tlen] == '/')
			rel = w + tlen + 1;
		else if (w[0] != '/')
			rel = w;
		else
			rel = NULL;
		while (rel && !strncmp(rel, "./", 2))
			rel += 2;
		/* Kbuild's machinery (rules and flags, not what is built),
		 * and config.mk, whose ARCH, CPU, ... come from .config */
		if (rel && (!strncmp(rel, "scripts/", 8) ||
			    !strcmp(rel, "config.mk")))
			continue;
		path = rel ? arena_printf(a, "%s/%s", kb->srctree, rel) : NULL;
		if (!path || !file_exists(path)) {
			if (!optional)
				rec_any(ev, arena_printf(a,
							 "%s:%d: include %s: not in the source tree",
							 ev->file, ev->lineno, w));
			continue;
		}
		if (ev->include_depth > 16) {
			rec_any(ev, arena_printf(a, "%s:%d: includes nested too deep",
						 ev->file, ev->lineno));
			continue;
		}
		buf = read_whole(path, &blen);
		if (!buf) {
			rec_any(ev, arena_printf(a, "%s:%d: include %s: %s",
						 ev->file, ev->lineno, w,
						 strerror(errno)));
			continue;
		}
		apv_push(a, &kb->read, path);
		ev->include_depth++;
		process_text(ev, arena_strdup(a, rel), buf, blen);
		ev->include_depth--;
		free(buf);
	}
}

static bool word_is(const char *line, const char *word, const char **rest)
{
	size_t n = strlen(word);

	if (strncmp(line, word, n) || (line[n] && !is_blank(line[n])))
		return false;
	*rest = skip_blanks(line + n);
	return true;
}

/* Where an assignment's operator is: returns its length (0: a rule or
 * nothing), *@at its offset */
static size_t find_op(const char *line, size_t *at)
{
	int level = 0;

	for (size_t i = 0; line[i]; i++) {
		char c = line[i];

		if (c == '(' || c == '{')
			level++;
		else if ((c == ')' || c == '}') && level)
			level--;
		if (level)
			continue;
		if (c == ':') {
			if (line[i + 1] == '=') {
				*at = i;
				return 2;
			}
			if (line[i + 1] == ':' && line[i + 2] == '=') {
				*at = i;
				return 3;
			}
			*at = i;
			return 0; /* a rule */
		}
		if (c == '=') {
			if (i && (line[i - 1] == '+' || line[i - 1] == '?' ||
				  line[i - 1] == '!')) {
				*at = i - 1;
				return 2;
			}
			*at = i;
			return 1;
		}
	}
	*at = strlen(line);
	return 0;
}

/* "$(foreach ..., $(eval CFLAGS_$(f) := ...))": flags, not lists */
static bool eval_sets_flags(const char *line)
{
	const char *p = strstr(line, "$(eval");

	if (!p)
		return false;
	for (; p; p = strstr(p, "$(eval")) {
		p = skip_blanks(p + 6);
		if (!(*p >= 'A' && *p <= 'Z'))
			return false;
		while ((*p >= 'A' && *p <= 'Z') || *p == '_')
			p++;
		if (p[-1] != '_')
			return false;
	}
	return true;
}

static bool is_conditional(const char *line)
{
	static const char *const words[] = { "ifdef", "ifndef", "ifeq",
					     "ifneq" };

	for (int i = 0; i < 4; i++) {
		size_t n = strlen(words[i]);
		char c = line[n];

		if (!strncmp(line, words[i], n) &&
		    (is_blank(c) || (i >= 2 && (c == '(' || c == '"' ||
						c == '\''))))
			return true;
	}
	return false;
}

struct define_state {
	const char *name;
	struct strbuf body;
	int level;
};

static void process_line(struct ev *ev, char *raw, struct define_state *def)
{
	struct arena *a = ev->kb->a;
	const char *rest;
	char *line, *hash;
	size_t at, oplen;

	if (def->name) {
		const char *t = skip_blanks(raw);

		if (word_is(t, "define", &rest))
			def->level++;
		if (word_is(t, "endef", &rest) && !def->level--) {
			if (cur_state(ev) == ST_TRUE)
				var_set(ev, def->name,
					arena_strdup(a, def->body.buf ?
								def->body.buf :
								""),
					true, NULL);
			def->name = NULL;
			def->body.len = 0;
			return;
		}
		sb_puts(&def->body, raw);
		sb_puts(&def->body, "\n");
		return;
	}
	if (raw[0] == '\t' && ev->in_rule)
		return;
	for (hash = raw; (hash = strchr(hash, '#'));) {
		if (hash > raw && hash[-1] == '\\') {
			memmove(hash - 1, hash, strlen(hash) + 1);
			continue;
		}
		*hash = '\0';
		break;
	}
	line = trim_n(a, raw, strlen(raw));
	if (!*line)
		return;
	if (is_conditional(line)) {
		directive_if(ev, line);
		return;
	}
	if (word_is(line, "else", &rest)) {
		directive_else(ev, line);
		return;
	}
	if (word_is(line, "endif", &rest)) {
		if (ev->depth)
			ev->depth--;
		return;
	}
	ev->in_rule = false;
	if (word_is(line, "include", &rest) || word_is(line, "-include", &rest) ||
	    word_is(line, "sinclude", &rest)) {
		if (cur_state(ev) != ST_FALSE)
			do_include(ev, rest, line[0] != 'i');
		return;
	}
	if (word_is(line, "define", &rest)) {
		char *name = arena_strdup(a, rest);
		size_t n = strcspn(name, " \t=:+?!");

		name[n] = '\0';
		def->name = name;
		def->level = 0;
		return;
	}
	if (word_is(line, "export", &rest) || word_is(line, "override", &rest) ||
	    word_is(line, "private", &rest)) {
		if (!*rest)
			return;
		line = (char *)rest;
	} else if (word_is(line, "unexport", &rest) ||
		   word_is(line, "vpath", &rest)) {
		return;
	} else if (word_is(line, "undefine", &rest)) {
		struct kb_var *v = sm_get(&ev->vars, rest);

		if (v && cur_state(ev) == ST_TRUE)
			v->defined = false;
		return;
	}
	oplen = find_op(line, &at);
	if (oplen) {
		char *lhs = trim_n(a, line, at);
		char *op = arena_strndup(a, line + at, oplen);

		assign(ev, lhs, op, skip_blanks(line + at + oplen));
		return;
	}
	if (line[at] == ':') {
		ev->in_rule = true;
		return;
	}
	if (strstr(line, "eval") && !eval_sets_flags(line))
		rec_any(ev, arena_printf(a, "%s:%d: '%s' is not evaluated",
					 ev->file, ev->lineno, line));
}

static void process_text(struct ev *ev, const char *rel, const char *buf,
			 size_t len)
{
	struct kb_lines r;
	struct define_state def = { 0 };
	const char *saved_file = ev->file;
	int saved_line = ev->lineno;
	bool saved_rule = ev->in_rule;

	ev->file = rel;
	ev->in_rule = false;
	kb_lines_init(&r, buf, len);
	while (kb_lines_next(&r)) {
		ev->lineno = r.lineno;
		process_line(ev, r.line.buf, &def);
	}
	kb_lines_free(&r);
	sb_free(&def.body);
	ev->file = saved_file;
	ev->lineno = saved_line;
	ev->in_rule = saved_rule;
}

/* ------------------------------------------------------ the Makefiles */

static void init_vars(struct ev *ev, const char *dir)
{
	struct kbuild *kb = ev->kb;
	struct arena *a = kb->a;
	enum kb_phase p = kb->phase;
	bool xpl = p != KB_PROPER;
	static const struct {
		const char *var, *config;
	} from_config[] = {
		{ "ARCH", "CONFIG_SYS_ARCH" },	 { "CPU", "CONFIG_SYS_CPU" },
		{ "BOARD", "CONFIG_SYS_BOARD" }, { "VENDOR", "CONFIG_SYS_VENDOR" },
		{ "SOC", "CONFIG_SYS_SOC" },
	};
	/* a plain "make" in the object tree, after the configuration: what
	 * the top Makefile tests before it reaches its lists */
	static const char *const build_mode[][2] = {
		{ "sub_make_done", "1" }, { "need-sub-make", "" },
		{ "KBUILD_EXTMOD", "" },  { "KBUILD_SRC", "" },
		{ "config-targets", "0" }, { "mixed-targets", "0" },
		{ "dot-config", "1" },	  { "may-sync-config", "1" },
		{ "autoconf_is_old", "" }, { "building_out_of_srctree", "" },
		{ "MAKECMDGOALS", "" },
	};
	const char *src = dir[0] ? arena_strndup(a, dir, strlen(dir) - 1) : ".";
	const char *vendor, *board;

	if (xpl)
		var_set(ev, "CONFIG_XPL_BUILD", "y", false, NULL);
	if (p == KB_SPL)
		var_set(ev, "CONFIG_SPL_BUILD", "y", false, NULL);
	if (p == KB_TPL)
		var_set(ev, "CONFIG_TPL_BUILD", "y", false, NULL);
	if (p == KB_VPL)
		var_set(ev, "CONFIG_VPL_BUILD", "y", false, NULL);
	var_set(ev, "PHASE_", phase_prefix(p), false, NULL);
	/* the older spellings */
	var_set(ev, "SPL_", xpl ? "SPL_" : "", false, NULL);
	var_set(ev, "XPL_", xpl ? "SPL_" : "", false, NULL);
	var_set(ev, "SPL_TPL_", p == KB_TPL ? "TPL_" : xpl ? "SPL_" : "", false,
		NULL);
	var_set(ev, "srctree", kb->srctree, false, NULL)->fixed = true;
	var_set(ev, "src", src, false, NULL)->fixed = true;
	if (!dir[0])
		var_set(ev, "obj", xpl ? kb_phase_label(p) : ".", false, NULL);
	else
		var_set(ev, "obj",
			xpl ? arena_printf(a, "%s/%s", kb_phase_label(p), src) :
			      src,
			false, NULL);
	for (size_t i = 0; i < sizeof(from_config) / sizeof(from_config[0]);
	     i++) {
		const char *v = config_value(kb, from_config[i].config);
		size_t n = v ? strlen(v) : 0;

		if (n >= 2 && v[0] == '"' && v[n - 1] == '"')
			v = arena_strndup(a, v + 1, n - 2);
		var_set(ev, from_config[i].var, v ? v : "", false, NULL);
	}
	vendor = ((struct kb_var *)sm_get(&ev->vars, "VENDOR"))->value;
	board = ((struct kb_var *)sm_get(&ev->vars, "BOARD"))->value;
	var_set(ev, "BOARDDIR",
		*vendor ? arena_printf(a, "%s/%s", vendor, board) : board,
		false, NULL);
	if (!dir[0]) {
		for (size_t i = 0;
		     i < sizeof(build_mode) / sizeof(build_mode[0]); i++)
			var_set(ev, build_mode[i][0], build_mode[i][1], false,
				NULL)->fixed = true;
	}
}

/* The Makefile of directory @dir ("drivers/serial/"; "" for the top
 * list), read and evaluated once. */
static struct kb_mf *get_mf(struct kbuild *kb, const char *dir)
{
	struct arena *a = kb->a;
	struct kb_mf *mf = sm_get(&kb->dirs, dir);
	struct ev ev = { 0 };
	char *path = NULL, *buf;
	size_t len;

	if (mf)
		return mf;
	mf = arena_alloc(a, sizeof(*mf));
	memset(mf, 0, sizeof(*mf));
	sm_put(&kb->dirs, arena_strdup(a, dir), mf);
	pv_push(&kb->mfs, mf);
	if (!dir[0]) {
		static const char *const xpl_tops[] = { "scripts/Makefile.xpl",
							"scripts/Makefile.spl" };

		for (int i = 0; i < 2 && kb->phase != KB_PROPER; i++) {
			mf->rel = xpl_tops[i];
			path = arena_printf(a, "%s/%s", kb->srctree, mf->rel);
			if (file_exists(path))
				break;
		}
		if (kb->phase == KB_PROPER) {
			mf->rel = "Makefile";
			path = arena_printf(a, "%s/Makefile", kb->srctree);
		}
	} else {
		mf->rel = arena_printf(a, "%sKbuild", dir);
		path = arena_printf(a, "%s/%s", kb->srctree, mf->rel);
		if (!file_exists(path)) {
			mf->rel = arena_printf(a, "%sMakefile", dir);
			path = arena_printf(a, "%s/%s", kb->srctree, mf->rel);
		}
	}
	buf = file_exists(path) ? read_whole(path, &len) : NULL;
	if (!buf)
		return mf;
	mf->exists = true;
	apv_push(a, &kb->read, path);
	ev.kb = kb;
	ev.mf = mf;
	init_vars(&ev, dir);
	process_text(&ev, mf->rel, buf, len);
	free(buf);
	sm_free(&ev.vars);
	return mf;
}

struct kbuild *kb_new(struct arena *a, const char *srctree,
		      const struct kb_config *cfg, enum kb_phase phase)
{
	struct kbuild *kb = arena_alloc(a, sizeof(*kb));
	size_t n = strlen(srctree);

	memset(kb, 0, sizeof(*kb));
	while (n > 1 && srctree[n - 1] == '/')
		n--;
	kb->a = a;
	kb->srctree = arena_strndup(a, srctree, n);
	kb->cfg = cfg;
	kb->phase = phase;
	return kb;
}

const struct ptrvec *kb_files_read(const struct kbuild *kb)
{
	return &kb->read;
}

void kb_free(struct kbuild *kb)
{
	if (!kb)
		return;
	pv_free(&kb->mfs);
	sm_free(&kb->dirs);
	sm_free(&kb->exported);
}

const char *kb_eval_text(struct kbuild *kb, const char *rel, const char *buf,
			 const char *var)
{
	struct kb_mf *mf = arena_alloc(kb->a, sizeof(*mf));
	struct ev ev = { .kb = kb, .mf = mf };
	struct kb_var *v;
	const char *r = NULL;
	const char *slash = strrchr(rel, '/');

	memset(mf, 0, sizeof(*mf));
	mf->rel = rel;
	pv_push(&kb->mfs, mf);
	init_vars(&ev, slash ? arena_strndup(kb->a, rel, slash - rel + 1) : "");
	process_text(&ev, rel, buf, strlen(buf));
	v = sm_get(&ev.vars, var);
	if (v && v->defined) {
		struct xc x = { 0 };

		r = v->recursive ? expand_str(&ev, &x, v->value, strlen(v->value)) :
				   v->value;
	}
	sm_free(&ev.vars);
	return r;
}

/* ----------------------------------------------------------- the walk */

struct outcome {
	enum kb_verdict v;
	const char *file;
	int line;
	const char *option;
	const char *why;
	bool set;
};

static struct outcome unknown(const char *file, int line, const char *why)
{
	return (struct outcome){ .v = KB_UNKNOWN, .file = file, .line = line,
				 .why = why, .set = true };
}

static struct outcome cond_outcome(struct kbuild *kb, const struct kb_cond *c)
{
	struct arena *a = kb->a;
	struct outcome o = { .v = KB_NOT_BUILT, .file = c->file,
			     .line = c->line, .set = true };

	if (c->option) {
		o.option = c->option;
		o.why = c->option_value ?
				arena_printf(a, "%s:%d needs %s, which .config sets to %s",
					     c->file, c->line, c->option,
					     c->option_value) :
				arena_printf(a, "%s:%d needs %s, which .config does not set",
					     c->file, c->line, c->option);
	} else if (c->phase_only) {
		o.why = arena_printf(a, "%s:%d ('%s') leaves it out of %s",
				     c->file, c->line, c->text,
				     kb_phase_label(kb->phase));
	} else {
		o.why = arena_printf(a, "%s:%d ('%s') is false", c->file,
				     c->line, c->text);
	}
	return o;
}

/* What one record says about the item it lists; @list: the list that
 * is built ("libs-y", or "obj-y" and "lib-y") */
static struct outcome step_of(struct kbuild *kb, const struct kb_rec *r,
			      bool top)
{
	struct arena *a = kb->a;
	struct outcome o = { .file = r->file, .line = r->line, .set = true };

	if (r->state == ST_FALSE && r->cond)
		return cond_outcome(kb, r->cond);
	if (tainted(r->lhs))
		return unknown(r->file, r->line, r->why);
	if (top ? !strcmp(r->lhs, "libs-y") :
		  !strcmp(r->lhs, "obj-y") || !strcmp(r->lhs, "lib-y")) {
		if (r->state == ST_MAYBE)
			return unknown(r->file, r->line, r->why);
		if (r->replaced_by && r->replaced_by->state == ST_MAYBE)
			return unknown(r->file, r->line, r->replaced_by->why);
		if (r->replaced_by) {
			o.v = KB_NOT_BUILT;
			o.why = arena_printf(a, "%s:%d adds it, but %s:%d sets %s anew",
					     r->file, r->line,
					     r->replaced_by->file,
					     r->replaced_by->line, r->lhs);
			return o;
		}
		o.v = KB_BUILT;
		o.why = arena_printf(a, "%s:%d", r->file, r->line);
		return o;
	}
	o.v = KB_NOT_BUILT;
	o.option = r->option;
	if (r->option && r->option_value)
		o.why = arena_printf(a, "%s:%d needs %s, which .config sets to %s",
				     r->file, r->line, r->option,
				     r->option_value);
	else if (r->option)
		o.why = arena_printf(a, "%s:%d needs %s, which .config does not set",
				     r->file, r->line, r->option);
	else
		o.why = arena_printf(a, "%s:%d adds it to %s, which is not built",
				     r->file, r->line, r->lhs);
	return o;
}

/* A step on the path, then what lies beyond it */
static struct outcome combine(struct kbuild *kb, struct outcome step,
			      struct outcome sub)
{
	if (step.v == KB_BUILT)
		return sub;
	if (step.v == KB_UNKNOWN)
		return sub.v == KB_NOT_BUILT ? sub : step;
	if (sub.v == KB_NOT_BUILT && sub.option)
		step.why = arena_printf(kb->a, "%s; then %s", step.why,
					sub.why);
	return step;
}

static void consider(struct outcome *best, struct outcome o)
{
	if (!best->set || o.v > best->v)
		*best = o;
}

static bool is_dir_list(const char *lhs, bool top)
{
	return top ? !strncmp(lhs, "libs-", 5) :
		     !strncmp(lhs, "obj-", 4) || !strncmp(lhs, "lib-", 4);
}

static const char *item_path(const char *item)
{
	while (!strncmp(item, "./", 2))
		item += 2;
	return item;
}

/* @name (relative to @dir) as an object of @mf's lists: the lines that
 * list it directly */
static struct outcome direct(struct kbuild *kb, const struct kb_mf *mf,
			     const char *name, bool *named)
{
	struct outcome best = { 0 };

	for (int i = 0; i < mf->recs.count; i++) {
		const struct kb_rec *r = mf->recs.items[i];

		if (!tainted(r->lhs) && !is_dir_list(r->lhs, false))
			continue;
		for (int k = 0; k < r->nitems; k++) {
			if (!strcmp(item_path(r->items[k]), name)) {
				consider(&best, step_of(kb, r, false));
				*named = true;
			}
		}
	}
	return best;
}

static struct outcome walk(struct kbuild *kb, const char *dir,
			   const char *target, int depth)
{
	struct arena *a = kb->a;
	struct kb_mf *mf = get_mf(kb, dir);
	bool top = !dir[0], named = false;
	const char *name = target + strlen(dir);
	struct outcome best = { 0 };

	if (!mf->exists)
		return unknown(NULL, 0,
			       arena_printf(a, "%s has no %s", kb->srctree,
					    mf->rel));
	if (depth > 32)
		return unknown(mf->rel, 0, "directories nested too deep");
	for (int i = 0; i < mf->recs.count; i++) {
		const struct kb_rec *r = mf->recs.items[i];

		if (r->any) {
			if (r->state != ST_FALSE)
				consider(&best, unknown(r->file, r->line, r->why));
			continue;
		}
		if (!tainted(r->lhs) && !is_dir_list(r->lhs, top))
			continue;
		for (int k = 0; k < r->nitems; k++) {
			const char *item = item_path(r->items[k]);
			size_t n = strlen(item);
			char *full;

			if (tainted(item)) {
				if (r->state != ST_FALSE)
					consider(&best,
						 unknown(r->file, r->line,
							 r->why ? r->why :
								  "a word cannot be evaluated"));
				continue;
			}
			if (!n || item[n - 1] != '/' || item[0] == '/')
				continue;
			full = arena_printf(a, "%s%s", dir, item);
			if (strlen(full) >= strlen(target) ||
			    strncmp(target, full, strlen(full)))
				continue;
			named = true;
			consider(&best, combine(kb, step_of(kb, r, top),
						walk(kb, full, target,
						     depth + 1)));
		}
	}
	if (!top) {
		struct outcome d = direct(kb, mf, name, &named);

		if (d.set)
			consider(&best, d);
		/* a part of a composite object: foo-objs, foo-y, foo-$(X) */
		for (int i = 0; i < mf->recs.count; i++) {
			const struct kb_rec *r = mf->recs.items[i];
			const char *dash = strrchr(r->lhs, '-');
			struct outcome part, whole;
			bool whole_named = false;
			char *obj;

			if (r->any || tainted(r->lhs) || !dash ||
			    is_dir_list(r->lhs, false) ||
			    !strncmp(r->lhs, "libs-", 5))
				continue;
			for (int k = 0; k < r->nitems; k++) {
				if (strcmp(item_path(r->items[k]), name))
					continue;
				obj = arena_printf(a, "%.*s.o",
						   (int)(dash - r->lhs), r->lhs);
				whole = direct(kb, mf, obj, &whole_named);
				if (!whole_named)
					continue;
				named = true;
				if (!strcmp(dash, "-objs") || !strcmp(dash, "-y")) {
					part = r->state == ST_TRUE ?
						       (struct outcome){
							       .v = KB_BUILT,
							       .file = r->file,
							       .line = r->line,
							       .set = true } :
						       step_of(kb, r, false);
				} else {
					part = step_of(kb, r, false);
				}
				if (part.v == KB_BUILT && whole.v == KB_BUILT)
					part.why = arena_printf(
						a, "%s:%d (part of %s, %s)",
						r->file, r->line, obj,
						whole.why);
				else if (part.v == KB_BUILT)
					part = whole;
				else if (part.v == KB_UNKNOWN &&
					 whole.v == KB_NOT_BUILT)
					part = whole;
				consider(&best, part);
			}
		}
	}
	if (!named && !best.set)
		return (struct outcome){
			.v = KB_NOT_BUILT, .file = mf->rel, .set = true,
			.why = top ? arena_printf(a, "%s descends into no directory above %s for %s",
						  mf->rel, target,
						  kb_phase_label(kb->phase)) :
				     arena_printf(a, "%s has no line for %s",
						  mf->rel, name),
		};
	return best;
}

void kb_query(struct kbuild *kb, const char *rel, struct kb_result *res)
{
	size_t n = strlen(rel);
	struct outcome o;

	memset(res, 0, sizeof(*res));
	while (!strncmp(rel, "./", 2)) {
		rel += 2;
		n -= 2;
	}
	if (n < 3 || (strcmp(rel + n - 2, ".c") && strcmp(rel + n - 2, ".S"))) {
		res->verdict = KB_UNKNOWN;
		res->why = arena_printf(kb->a, "%s is not a .c or .S file",
					rel);
		return;
	}
	o = walk(kb, "", arena_printf(kb->a, "%.*s.o", (int)(n - 2), rel), 0);
	res->verdict = o.v;
	res->file = o.file;
	res->line = o.line;
	res->option = o.v == KB_NOT_BUILT ? o.option : NULL;
	res->why = o.why;
}
