// SPDX-License-Identifier: GPL-2.0+
/*
 * Kbuild (internal): reading a Makefile into records, one per assignment
 * to a list, whatever the state of its conditionals.
 */
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbuild/make-internal.h"

/* ------------------------------------------------------------ records */

static struct kb_rec *new_rec(struct ev *ev)
{
	struct kb_rec *r = arena_alloc(ev->kb->a, sizeof(*r));

	memset(r, 0, sizeof(*r));
	r->file = ev->file;
	r->line = ev->lineno;
	r->state = mk_cur_state(ev);
	r->cond = mk_cur_decider(ev);
	r->lhs = "";
	if (r->state == ST_MAYBE)
		r->why = r->cond ? r->cond->why : "conditionals nested too deep";
	apv_push(ev->kb->a, &ev->mf->recs, r);
	return r;
}

static void rec_any(struct ev *ev, const char *why)
{
	struct kb_rec *r;

	if (mk_cur_state(ev) == ST_FALSE)
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
	int st = mk_cur_state(ev);
	struct xc lx = { 0 }, rx = { 0 };
	char *lhs = mk_strip(a, mk_expand_str(ev, &lx, lhs_raw, strlen(lhs_raw)));
	char *val = mk_expand_str(ev, &rx, rhs, strlen(rhs));
	struct kb_var *v = mk_tainted(lhs) ? NULL : sm_get(&ev->vars, lhs);
	bool have = v && v->defined;

	if (v && v->fixed)
		return;

	if (!strcmp(op, "!=")) {
		val = (char[]){ UNK, 0 };
		val = arena_strdup(a, val);
		rx.why = arena_printf(a, "%s:%d: != runs a shell command",
				      ev->file, ev->lineno);
	}
	if (!mk_tainted(lhs) && st == ST_TRUE) {
		if (!strcmp(op, ":=") || !strcmp(op, "::=") ||
		    !strcmp(op, "!="))
			mk_var_set(ev, lhs, val, false, rx.why);
		else if (!strcmp(op, "="))
			mk_var_set(ev, lhs, arena_strdup(a, rhs), true, NULL);
		else if (!strcmp(op, "?=")) {
			if (!have)
				mk_var_set(ev, lhs, arena_strdup(a, rhs), true,
					NULL);
		} else if (have && v->recursive) {
			v->value = arena_printf(a, "%s %s", v->value, rhs);
		} else if (have) {
			v->value = arena_printf(a, "%s %s", v->value, val);
			if (!v->why)
				v->why = rx.why;
		} else {
			mk_var_set(ev, lhs, arena_strdup(a, rhs), true, NULL);
		}
	} else if (!mk_tainted(lhs) && st == ST_MAYBE) {
		const struct kb_cond *d = mk_cur_decider(ev);
		const char *why = d ? d->why : "conditionals nested too deep";

		if (!strcmp(op, "+=") && have)
			v->value = arena_printf(a, "%s %c", v->value, UNK);
		else
			mk_var_set(ev, lhs, arena_printf(a, "%c", UNK), false,
				why);
		v = sm_get(&ev->vars, lhs);
		if (!v->why)
			v->why = why;
	} else if (!mk_tainted(lhs) && !v) {
		mk_var_set(ev, lhs, "", false, NULL)->defined = false;
	}

	if (mk_maybe_list(lhs)) {
		struct kb_rec *r = new_rec(ev);
		struct ptrvec words = { 0 };
		char *self = arena_printf(a, "$(%s)", lhs);
		char *self2 = arena_printf(a, "${%s}", lhs);

		/* "obj-y = x.o" drops what was added before, unless it
		 * keeps it ("libs-y := $(patsubst ..., $(libs-y))") */
		if (strcmp(op, "+=") && strcmp(op, "?=") && st != ST_FALSE &&
		    !mk_tainted(lhs) && !strstr(rhs, self) && !strstr(rhs, self2)) {
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
		mk_split_words(a, val, &words);
		r->items = (char **)words.items;
		r->nitems = words.count;
		for (int i = 0; i < lx.nrefs && !mk_ends_with(lhs, "-y"); i++) {
			const char *ref = lx.refs[i];
			const char *cur = mk_config_value(ev->kb, ref);
			struct xc fx = { .ovr = ref, .ovr_val = "y" };
			char *l2;

			if (mk_is_phase_define(ref) || (cur && !strcmp(cur, "y")))
				continue;
			l2 = mk_strip(a, mk_expand_str(ev, &fx, lhs_raw,
						 strlen(lhs_raw)));
			if (!mk_tainted(l2) && mk_ends_with(l2, "-y")) {
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
	char *paths = mk_expand_str(ev, &x, rest, strlen(rest));
	struct ptrvec words = { 0 };
	size_t tlen = strlen(kb->srctree);

	if (mk_tainted(paths)) {
		rec_any(ev, arena_printf(a, "%s:%d: include %s: %s", ev->file,
					 ev->lineno, rest,
					 x.why ? x.why : "its name is not known"));
		return;
	}
	mk_split_words(a, paths, &words);
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
		    mk_ends_with(base, ".cmd"))
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
		if (!path || !mk_file_exists(path)) {
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
		int err = read_regular_file(path, &buf, &blen);

		if (err) {
			rec_any(ev, arena_printf(a, "%s:%d: include %s: %s",
						 ev->file, ev->lineno, w,
						 strerror(-err)));
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

	if (strncmp(line, word, n) || (line[n] && !mk_is_blank(line[n])))
		return false;
	*rest = mk_skip_blanks(line + n);
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
		p = mk_skip_blanks(p + 6);
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
		    (mk_is_blank(c) || (i >= 2 && (c == '(' || c == '"' ||
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
	const char *rest, *line;
	char *hash;
	size_t at, oplen;

	if (def->name) {
		const char *t = mk_skip_blanks(raw);

		if (word_is(t, "define", &rest))
			def->level++;
		if (word_is(t, "endef", &rest) && !def->level--) {
			/* (the lines between, without the last newline, as
			 * make keeps them) */
			if (mk_cur_state(ev) == ST_TRUE)
				mk_var_set(ev, def->name,
					arena_strndup(a, def->body.buf ?
								 def->body.buf :
								 "",
						      def->body.len ?
						      def->body.len - 1 : 0),
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
	line = mk_trim_n(a, raw, strlen(raw));
	if (!*line)
		return;
	if (is_conditional(line)) {
		mk_directive_if(ev, line);
		return;
	}
	if (word_is(line, "else", &rest)) {
		mk_directive_else(ev, line);
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
		if (mk_cur_state(ev) != ST_FALSE)
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
		line = rest;
	} else if (word_is(line, "unexport", &rest) ||
		   word_is(line, "vpath", &rest)) {
		return;
	} else if (word_is(line, "undefine", &rest)) {
		struct kb_var *v = sm_get(&ev->vars, rest);

		if (v && mk_cur_state(ev) == ST_TRUE)
			v->defined = false;
		return;
	}
	oplen = find_op(line, &at);
	if (oplen) {
		char *lhs = mk_trim_n(a, line, at);
		char *op = arena_strndup(a, line + at, oplen);

		assign(ev, lhs, op, mk_skip_blanks(line + at + oplen));
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
		mk_var_set(ev, "CONFIG_XPL_BUILD", "y", false, NULL);
	if (p == KB_SPL)
		mk_var_set(ev, "CONFIG_SPL_BUILD", "y", false, NULL);
	if (p == KB_TPL)
		mk_var_set(ev, "CONFIG_TPL_BUILD", "y", false, NULL);
	if (p == KB_VPL)
		mk_var_set(ev, "CONFIG_VPL_BUILD", "y", false, NULL);
	mk_var_set(ev, "PHASE_", mk_phase_prefix(p), false, NULL);
	/* the older spellings */
	mk_var_set(ev, "SPL_", xpl ? "SPL_" : "", false, NULL);
	mk_var_set(ev, "XPL_", xpl ? "SPL_" : "", false, NULL);
	mk_var_set(ev, "SPL_TPL_", p == KB_TPL ? "TPL_" : xpl ? "SPL_" : "", false,
		NULL);
	mk_var_set(ev, "srctree", kb->srctree, false, NULL)->fixed = true;
	mk_var_set(ev, "src", src, false, NULL)->fixed = true;
	if (!dir[0])
		mk_var_set(ev, "obj", xpl ? kb_phase_label(p) : ".", false, NULL);
	else
		mk_var_set(ev, "obj",
			xpl ? arena_printf(a, "%s/%s", kb_phase_label(p), src) :
			      src,
			false, NULL);
	for (size_t i = 0; i < sizeof(from_config) / sizeof(from_config[0]);
	     i++) {
		const char *v = mk_config_value(kb, from_config[i].config);
		size_t n = v ? strlen(v) : 0;

		if (n >= 2 && v[0] == '"' && v[n - 1] == '"')
			v = arena_strndup(a, v + 1, n - 2);
		mk_var_set(ev, from_config[i].var, v ? v : "", false, NULL);
	}
	vendor = ((struct kb_var *)sm_get(&ev->vars, "VENDOR"))->value;
	board = ((struct kb_var *)sm_get(&ev->vars, "BOARD"))->value;
	mk_var_set(ev, "BOARDDIR",
		*vendor ? arena_printf(a, "%s/%s", vendor, board) : board,
		false, NULL);
	if (!dir[0]) {
		for (size_t i = 0;
		     i < sizeof(build_mode) / sizeof(build_mode[0]); i++)
			mk_var_set(ev, build_mode[i][0], build_mode[i][1], false,
				NULL)->fixed = true;
	}
}

/* The Makefile of directory @dir ("drivers/serial/"; "" for the top
 * list), read and evaluated once. */
struct kb_mf *mk_get_mf(struct kbuild *kb, const char *dir)
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
			if (mk_file_exists(path))
				break;
		}
		if (kb->phase == KB_PROPER) {
			mf->rel = "Makefile";
			path = arena_printf(a, "%s/Makefile", kb->srctree);
		}
	} else {
		mf->rel = arena_printf(a, "%sKbuild", dir);
		path = arena_printf(a, "%s/%s", kb->srctree, mf->rel);
		if (!mk_file_exists(path)) {
			mf->rel = arena_printf(a, "%sMakefile", dir);
			path = arena_printf(a, "%s/%s", kb->srctree, mf->rel);
		}
	}
	if (!mk_file_exists(path) || read_regular_file(path, &buf, &len))
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

		r = v->recursive ? mk_expand_str(&ev, &x, v->value, strlen(v->value)) :
				   v->value;
	}
	sm_free(&ev.vars);
	return r;
}
