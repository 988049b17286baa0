// SPDX-License-Identifier: GPL-2.0+
/*
 * Kbuild (internal): text helpers of the Makefile evaluator.
 */
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbuild/make-internal.h"

/* -------------------------------------------------------------- helpers */

bool mk_is_blank(char c)
{
	return c == ' ' || c == '\t';
}

bool mk_ends_with(const char *s, const char *suffix)
{
	size_t l = strlen(s), sl = strlen(suffix);

	return l >= sl && !strcmp(s + l - sl, suffix);
}

bool mk_tainted(const char *s)
{
	return strchr(s, UNK) != NULL;
}

void mk_set_why(struct xc *x, const char *why)
{
	if (!x->why)
		x->why = why;
}

void mk_add_unknown(struct strbuf *out, struct xc *x, const char *why)
{
	sb_add(out, (char[]){ UNK }, 1);
	mk_set_why(x, why);
}

const char *mk_phase_prefix(enum kb_phase p)
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

bool mk_is_phase_define(const char *name)
{
	return !strcmp(name, "CONFIG_XPL_BUILD") ||
	       !strcmp(name, "CONFIG_SPL_BUILD") ||
	       !strcmp(name, "CONFIG_TPL_BUILD") ||
	       !strcmp(name, "CONFIG_VPL_BUILD");
}

/* Kbuild's lists, empty until a Makefile adds to them */
bool mk_is_list_name(const char *name)
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
bool mk_maybe_list(const char *lhs)
{
	const char *u = strchr(lhs, UNK);
	size_t known = u ? (size_t)(u - lhs) : strlen(lhs);

	if (!u)
		return mk_is_list_name(lhs);
	return !known || memchr(lhs, '-', known);
}

bool mk_file_exists(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISREG(st.st_mode);
}

/* Words of @s into @v (arena copies) */
void mk_split_words(struct arena *a, const char *s, struct ptrvec *v)
{
	while (*s) {
		const char *w;

		while (*s && (mk_is_blank(*s) || *s == '\n'))
			s++;
		w = s;
		while (*s && !mk_is_blank(*s) && *s != '\n')
			s++;
		if (s > w)
			apv_push(a, v, arena_strndup(a, w, s - w));
	}
}

char *mk_strip(struct arena *a, const char *s)
{
	struct ptrvec v = { 0 };
	struct strbuf sb = { 0 };
	char *r;

	mk_split_words(a, s, &v);
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
size_t mk_ref_end(const char *s, size_t i, size_t len)
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
int mk_split_args(const char *s, size_t len, int max, const char **args,
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

/* make's % patterns: @pat against @word; the stem in @stem */
bool mk_pattern_match(const char *pat, const char *word, const char **stem,
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

void mk_add_word(struct strbuf *out, bool *first, const char *w,
		     size_t len)
{
	if (!*first)
		sb_add(out, " ", 1);
	sb_add(out, w, len);
	*first = false;
}

void mk_patsubst_word(struct strbuf *out, bool *first, const char *pat,
			  const char *repl, const char *word)
{
	const char *stem;
	size_t stem_len;

	if (mk_tainted(word)) {
		mk_add_word(out, first, (char[]){ UNK }, 1);
		return;
	}
	if (!mk_pattern_match(pat, word, &stem, &stem_len)) {
		mk_add_word(out, first, word, strlen(word));
		return;
	}
	if (!strchr(pat, '%')) {
		mk_add_word(out, first, repl, strlen(repl));
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
