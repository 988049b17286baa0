// SPDX-License-Identifier: GPL-2.0+
/*
 * Kbuild (internal): whether the phase builds a file, walking the records
 * from the phase's top list down the directories on its path.
 */
#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kbuild/make-internal.h"

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
	if (mk_tainted(r->lhs))
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

		if (!mk_tainted(r->lhs) && !is_dir_list(r->lhs, false))
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
	struct kb_mf *mf = mk_get_mf(kb, dir);
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
		if (!mk_tainted(r->lhs) && !is_dir_list(r->lhs, top))
			continue;
		for (int k = 0; k < r->nitems; k++) {
			const char *item = item_path(r->items[k]);
			size_t n = strlen(item);
			char *full;

			if (mk_tainted(item)) {
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

			if (r->any || mk_tainted(r->lhs) || !dash ||
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
