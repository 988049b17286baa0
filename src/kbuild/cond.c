// SPDX-License-Identifier: GPL-2.0+
/*
 * Kbuild (internal): conditionals (ifdef, ifndef, ifeq, ifneq, else,
 * endif), evaluated in three values.
 */
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbuild/make-internal.h"

/* ------------------------------------------------------- conditionals */

static int st_min(int a, int b)
{
	return a < b ? a : b;
}

static int st_max(int a, int b)
{
	return a > b ? a : b;
}

const char *mk_skip_blanks(const char *s)
{
	while (mk_is_blank(*s))
		s++;
	return s;
}

char *mk_trim_n(struct arena *a, const char *s, size_t len)
{
	while (len && mk_is_blank(*s)) {
		s++;
		len--;
	}
	while (len && mk_is_blank(s[len - 1]))
		len--;
	return arena_strndup(a, s, len);
}

/* Whether @name has a non-empty value, as ifdef asks */
static int is_defined(struct ev *ev, struct xc *x, const char *name)
{
	struct kb_var *v;

	if (!strncmp(name, "CONFIG_", 7))
		mk_note_ref(x, name);
	if (x->ovr && !strcmp(name, x->ovr))
		return *x->ovr_val ? ST_TRUE : ST_FALSE;
	v = sm_get(&ev->vars, name);
	if (v) {
		if (!v->defined || !*v->value)
			return ST_FALSE;
		if (mk_tainted(v->value)) {
			mk_set_why(x, v->why);
			return ST_MAYBE;
		}
		return ST_TRUE;
	}
	if (!strncmp(name, "CONFIG_", 7)) {
		const char *val = mk_config_value(ev->kb, name);

		return val && *val ? ST_TRUE : ST_FALSE;
	}
	if (mk_is_list_name(name) || !mk_is_exported(ev->kb, name))
		return ST_FALSE;
	mk_set_why(x, arena_printf(ev->kb->a,
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
	const char *rest = mk_skip_blanks(test + kw);
	int st;

	if (!strncmp(test, "ifdef", 5) || !strncmp(test, "ifndef", 6)) {
		char *name = mk_strip(a, mk_expand_str(ev, x, rest, strlen(rest)));

		st = mk_tainted(name) ? ST_MAYBE : is_defined(ev, x, name);
	} else {
		char *l, *r;

		if (*rest == '(') {
			size_t end = mk_ref_end(rest, 0, strlen(rest));
			const char *args[2];
			size_t lens[2];

			if (mk_split_args(rest + 1, end - 1, 2, args, lens) < 2) {
				mk_set_why(x, "a malformed ifeq");
				return ST_MAYBE;
			}
			l = mk_trim_n(a, args[0], lens[0]);
			r = mk_trim_n(a, args[1], lens[1]);
		} else if (*rest == '"' || *rest == '\'') {
			const char *e1 = strchr(rest + 1, *rest), *s2, *e2;

			if (!e1) {
				mk_set_why(x, "a malformed ifeq");
				return ST_MAYBE;
			}
			s2 = mk_skip_blanks(e1 + 1);
			e2 = *s2 ? strchr(s2 + 1, *s2) : NULL;
			if (!e2 || (*s2 != '"' && *s2 != '\'')) {
				mk_set_why(x, "a malformed ifeq");
				return ST_MAYBE;
			}
			l = arena_strndup(a, rest + 1, e1 - rest - 1);
			r = arena_strndup(a, s2 + 1, e2 - s2 - 1);
		} else {
			mk_set_why(x, "a malformed ifeq");
			return ST_MAYBE;
		}
		l = mk_expand_str(ev, x, l, strlen(l));
		r = mk_expand_str(ev, x, r, strlen(r));
		if (mk_tainted(l) || mk_tainted(r))
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
			const char *val = mk_config_value(ev->kb, r);
			struct xc y = { .ovr = r, .ovr_val = "y" };

			if (mk_is_phase_define(r))
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

void mk_directive_if(struct ev *ev, const char *line)
{
	struct frame *f;

	if (ev->depth >= MAX_DEPTH) {
		ev->depth++; /* counted, not kept */
		return;
	}
	f = &ev->stack[ev->depth++];
	memset(f, 0, sizeof(*f));
	f->chain[0] = arena_strdup(ev->kb->a, line);
	enter_branch(ev, f, line, line);
	f->nchain = 1;
}

void mk_directive_else(struct ev *ev, const char *line)
{
	const char *own = mk_skip_blanks(line + 4);
	struct frame *f;

	if (!ev->depth || ev->depth > MAX_DEPTH)
		return;
	f = &ev->stack[ev->depth - 1];
	enter_branch(ev, f, line, *own ? own : NULL);
	if (*own && f->nchain < MAX_CHAIN)
		f->chain[f->nchain++] = arena_strdup(ev->kb->a, own);
}

int mk_cur_state(const struct ev *ev)
{
	if (!ev->depth)
		return ST_TRUE;
	if (ev->depth > MAX_DEPTH)
		return ST_MAYBE;
	return ev->stack[ev->depth - 1].eff;
}

const struct kb_cond *mk_cur_decider(const struct ev *ev)
{
	if (!ev->depth || ev->depth > MAX_DEPTH)
		return NULL;
	return ev->stack[ev->depth - 1].decider;
}
