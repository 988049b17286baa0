// SPDX-License-Identifier: GPL-2.0+
/*
 * Kbuild (internal): variables, make functions and the expansion of
 * text, with three-valued unknowns (see make-internal.h).
 */
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbuild/make-internal.h"

/* ---------------------------------------------------------- variables */

struct kb_var *mk_var_set(struct ev *ev, const char *name,
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

void mk_note_ref(struct xc *x, const char *name)
{
	for (int i = 0; i < x->nrefs; i++) {
		if (!strcmp(x->refs[i], name))
			return;
	}
	if (x->nrefs < MAX_REFS)
		x->refs[x->nrefs++] = name;
}

const char *mk_config_value(const struct kbuild *kb, const char *name)
{
	return sm_get(&kb->cfg->values, name);
}

/* The names the top Makefile exports to every directory's make: a
 * variable no Makefile read sets may be one of them (or come from the
 * command line); any other is empty, as in a plain "make". */
bool mk_is_exported(struct kbuild *kb, const char *name)
{
	if (!kb->exports_read) {
		char *path = arena_printf(kb->a, "%s/Makefile", kb->srctree);
		size_t len;
		char *buf;
		struct kb_lines r;

		read_regular_file(path, &buf, &len); /* none: buf NULL */
		kb->exports_read = true;
		if (!buf)
			return false;
		kb_lines_init(&r, buf, len);
		while (kb_lines_next(&r)) {
			char *l = r.line.buf;
			struct ptrvec words = { 0 };

			while (mk_is_blank(*l))
				l++;
			if (strncmp(l, "export", 6) || !mk_is_blank(l[6]))
				continue;
			l[strcspn(l, ":=+?!#")] = '\0';
			mk_split_words(kb->a, l + 7, &words);
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

	if (mk_tainted(name)) {
		mk_add_unknown(out, x, x->why);
		return;
	}
	if (!strncmp(name, "CONFIG_", 7))
		mk_note_ref(x, arena_strdup(ev->kb->a, name));
	if (x->ovr && !strcmp(name, x->ovr)) {
		sb_puts(out, x->ovr_val);
		return;
	}
	v = sm_get(&ev->vars, name);
	if (v) {
		if (!v->defined)
			return;
		if (v->why)
			mk_set_why(x, v->why);
		if (v->recursive && x->depth < 32) {
			x->depth++;
			mk_expand(ev, x, v->value, strlen(v->value), out);
			x->depth--;
		} else if (v->recursive) {
			mk_add_unknown(out, x, "a variable refers to itself");
		} else {
			sb_puts(out, v->value);
		}
		return;
	}
	if (!strncmp(name, "CONFIG_", 7)) {
		const char *val = mk_config_value(ev->kb, name);

		if (val)
			sb_puts(out, val);
		return;
	}
	if (mk_is_list_name(name) || !mk_is_exported(ev->kb, name))
		return;
	mk_add_unknown(out, x,
		    arena_printf(ev->kb->a,
				 "%s:%d: $(%s) comes from the top Makefile's environment",
				 ev->file, ev->lineno, name));
}

/* ---------------------------------------------------------- functions */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char *mk_expand_str(struct ev *ev, struct xc *x, const char *s,
			size_t len)
{
	struct strbuf sb = { 0 };
	char *r;

	mk_expand(ev, x, s, len, &sb);
	r = arena_strdup(ev->kb->a, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return r;
}

static bool words_of(struct ev *ev, struct xc *x, const char *s, size_t len,
		     struct ptrvec *v)
{
	char *t = mk_expand_str(ev, x, s, len);

	mk_split_words(ev->kb->a, t, v);
	return mk_tainted(t);
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
		mk_add_unknown(out, x, x->why);
		return;
	}
	for (int i = 0; i < v.count; i++) {
		const char *w = v.items[i];
		glob_t g;

		if (mk_ends_with(w, ".cmd") || mk_ends_with(w, "/.config") ||
		    !strcmp(w, ".config") || mk_ends_with(w, "auto.conf") ||
		    mk_ends_with(w, "autoconf.mk")) {
			/* Kbuild's saved command lines (rules, not lists),
			 * and the configuration, which a build has */
			mk_add_word(out, &first, w, strlen(w));
			continue;
		}
		if (strncmp(w, tree, tlen) || (w[tlen] != '/' && w[tlen])) {
			mk_add_unknown(out, x,
				    arena_printf(ev->kb->a,
						 "%s:%d: $(wildcard %s) looks in the object tree",
						 ev->file, ev->lineno, w));
			return;
		}
		if (!strpbrk(w, "*?[")) {
			if (!access(w, F_OK))
				mk_add_word(out, &first, w, strlen(w));
			continue;
		}
		if (!glob(w, 0, NULL, &g)) {
			for (size_t k = 0; k < g.gl_pathc; k++)
				mk_add_word(out, &first, g.gl_pathv[k],
					 strlen(g.gl_pathv[k]));
		}
		globfree(&g);
	}
}

static void fn_call(struct ev *ev, struct xc *x, const char **args,
		    size_t *lens, int n, struct strbuf *out)
{
	char *name = mk_strip(ev->kb->a, mk_expand_str(ev, x, args[0], lens[0]));
	struct kb_var *v = sm_get(&ev->vars, name);
	struct kb_var saved[10];
	bool had[10];
	char num[12];

	if (!v || !v->defined || mk_tainted(name)) {
		mk_add_unknown(out, x,
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
		mk_var_set(ev, num,
			i < n ? mk_expand_str(ev, x, args[i], lens[i]) : "",
			false, NULL);
	}
	if (x->depth < 32) {
		x->depth++;
		mk_expand(ev, x, v->value, strlen(v->value), out);
		x->depth--;
	} else {
		/* (make would recurse until it runs out of memory) */
		mk_add_unknown(out, x,
			    arena_printf(ev->kb->a,
					 "%s:%d: $(call %s) recurses more than 32 deep",
					 ev->file, ev->lineno, name));
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
	char *name = mk_strip(ev->kb->a, mk_expand_str(ev, x, args[0], lens[0]));
	struct ptrvec list = { 0 };
	struct kb_var *p, saved;
	bool had, first = true;

	if (mk_tainted(name) || words_of(ev, x, args[1], lens[1], &list)) {
		mk_add_unknown(out, x, x->why);
		return;
	}
	p = sm_get(&ev->vars, name);
	had = p != NULL;
	if (p)
		saved = *p;
	for (int i = 0; i < list.count; i++) {
		struct strbuf one = { 0 };

		mk_var_set(ev, name, list.items[i], false, NULL);
		mk_expand(ev, x, args[2], lens[2], &one);
		if (one.len)
			mk_add_word(out, &first, one.buf, one.len);
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

		n = mk_split_args(rest, len, 3, args, lens);
		c = mk_strip(a, mk_expand_str(ev, x, args[0], lens[0]));
		if (mk_tainted(c))
			mk_add_unknown(out, x, x->why);
		else if (*c && n > 1)
			mk_expand(ev, x, args[1], lens[1], out);
		else if (!*c && n > 2)
			mk_expand(ev, x, args[2], lens[2], out);
		return;
	}
	if (IS("or") || IS("and")) {
		bool is_or = IS("or");
		const char *c = "";

		n = mk_split_args(rest, len, 16, args, lens);
		for (int i = 0; i < n; i++) {
			c = mk_strip(a, mk_expand_str(ev, x, args[i], lens[i]));
			if (mk_tainted(c)) {
				mk_add_unknown(out, x, x->why);
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
		n = mk_split_args(rest, len, 3, args, lens);
		if (n == 3)
			fn_foreach(ev, x, args, lens, out);
		return;
	}
	if (IS("call")) {
		n = mk_split_args(rest, len, 10, args, lens);
		fn_call(ev, x, args, lens, n, out);
		return;
	}
	if (IS("info") || IS("warning") || IS("error"))
		return;
	if (IS("origin")) {
		char *name = mk_strip(a, mk_expand_str(ev, x, rest, len));
		struct kb_var *v = sm_get(&ev->vars, name);

		if (mk_tainted(name) || (!(v && v->defined) &&
				      mk_is_exported(ev->kb, name)))
			mk_add_unknown(out, x,
				    arena_printf(a, "%s:%d: $(origin %s) depends on the environment",
						 ev->file, ev->lineno, name));
		else if ((v && v->defined) || (!strncmp(name, "CONFIG_", 7) &&
						mk_config_value(ev->kb, name)))
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
			mk_add_unknown(out, x, x->why);
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
			if (mk_tainted(w))
				mk_add_word(out, &first, (char[]){ UNK }, 1);
			else if (IS("notdir"))
				mk_add_word(out, &first, sl ? sl + 1 : w,
					 strlen(sl ? sl + 1 : w));
			else if (IS("dir"))
				sl ? mk_add_word(out, &first, w, sl - w + 1) :
				     mk_add_word(out, &first, "./", 2);
			else if (IS("basename"))
				mk_add_word(out, &first, w,
					 dot ? (size_t)(dot - w) : strlen(w));
			else if (IS("suffix")) {
				if (dot)
					mk_add_word(out, &first, dot, strlen(dot));
			} else
				mk_add_word(out, &first, w, strlen(w));
		}
		return;
	}
	if (IS("filter") || IS("filter-out") || IS("patsubst") ||
	    IS("addprefix") || IS("addsuffix") || IS("subst") ||
	    IS("findstring") || IS("word")) {
		bool three = IS("patsubst") || IS("subst");
		char *p0, *p1 = NULL, *text;
		struct ptrvec pats = { 0 }, words = { 0 };

		n = mk_split_args(rest, len, three ? 3 : 2, args, lens);
		if (n < (three ? 3 : 2))
			return;
		p0 = mk_expand_str(ev, x, args[0], lens[0]);
		if (three)
			p1 = mk_expand_str(ev, x, args[1], lens[1]);
		text = mk_expand_str(ev, x, args[n - 1], lens[n - 1]);
		if (mk_tainted(p0) || (p1 && mk_tainted(p1)) ||
		    ((IS("findstring") || IS("word")) && mk_tainted(text))) {
			mk_add_unknown(out, x, x->why);
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
		mk_split_words(a, text, &words);
		if (IS("word")) {
			int k = atoi(p0);

			if (k >= 1 && k <= words.count)
				sb_puts(out, words.items[k - 1]);
			return;
		}
		if (IS("patsubst")) {
			char *pat = mk_strip(a, p0), *repl = mk_strip(a, p1);

			for (int i = 0; i < words.count; i++)
				mk_patsubst_word(out, &first, pat, repl,
					      words.items[i]);
			return;
		}
		if (IS("addprefix") || IS("addsuffix")) {
			char *fix = mk_strip(a, p0);

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
		mk_split_words(a, p0, &pats);
		for (int i = 0; i < words.count; i++) {
			const char *w = words.items[i];
			bool hit = false;

			if (mk_tainted(w)) {
				mk_add_word(out, &first, (char[]){ UNK }, 1);
				continue;
			}
			for (int k = 0; k < pats.count && !hit; k++)
				hit = mk_pattern_match(pats.items[k], w, NULL,
						    NULL);
			if (hit == IS("filter"))
				mk_add_word(out, &first, w, strlen(w));
		}
		return;
	}
#undef IS
	mk_add_unknown(out, x,
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

	while (i < len && !mk_is_blank(s[i]) && s[i] != '$' && s[i] != ':' &&
	       s[i] != '(' && s[i] != '{')
		i++;
	if (i < len && mk_is_blank(s[i]) && is_function(s, i)) {
		size_t r = i;

		while (r < len && mk_is_blank(s[r]))
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
	name = mk_expand_str(ev, x, s, colon);
	if (colon == len) {
		lookup(ev, x, name, out);
		return;
	}
	{
		/* $(VAR:a=b): patsubst a or %a to b or %b on each word */
		const char *eq = memchr(s + colon, '=', len - colon);
		char *from = mk_expand_str(ev, x, s + colon + 1,
					eq - s - colon - 1);
		char *to = mk_expand_str(ev, x, eq + 1, s + len - eq - 1);
		struct strbuf val = { 0 };
		struct ptrvec words = { 0 };
		bool first = true;

		lookup(ev, x, name, &val);
		mk_split_words(ev->kb->a, val.buf ? val.buf : "", &words);
		sb_free(&val);
		if (mk_tainted(from) || mk_tainted(to)) {
			mk_add_unknown(out, x, x->why);
			return;
		}
		if (!strchr(from, '%')) {
			from = arena_printf(ev->kb->a, "%%%s", from);
			to = arena_printf(ev->kb->a, "%%%s", to);
		}
		for (int k = 0; k < words.count; k++)
			mk_patsubst_word(out, &first, from, to, words.items[k]);
	}
}

void mk_expand(struct ev *ev, struct xc *x, const char *s, size_t len,
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
			size_t end = mk_ref_end(s, i + 1, len);

			if (end == len) {
				mk_add_unknown(out, x, "an unterminated $(");
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
