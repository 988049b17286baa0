// SPDX-License-Identifier: GPL-2.0+
/*
 * diff: two reports compared. Nodes are matched by path, then the rest
 * as renames or moves (the same compatible strings and unit address, or
 * the same properties under another name or parent). Phandles compare
 * by their target's (matched) path and args, never by number; idx,
 * parent_idx, phandle idx and uclass list positions that moved are one
 * count, "renumbered". What a user sees at run time (a device's seq)
 * is a detail of its node, with its cause. Changes that leave no trace
 * in the C are listed apart with why; struct member changes are grouped
 * by struct with the nodes that cause them.
 *
 * The result is the JSON `--json` prints; print.c writes it as text.
 */
#include <stdlib.h>
#include <string.h>

#include "diff/diff-internal.h"

struct dnode {
	const char *path;
	json_t *obj;
	bool valid;		/* in "nodes" (has records), else "skipped" */
	struct dnode *match;	/* on the other side, or NULL */
	int seq;		/* at run time, or -1 */
};

struct dside {
	json_t *report;
	struct dnode *nodes;
	int count;
	struct strmap by_path;	/* path -> struct dnode */
	struct strmap structs;	/* "dtd_x" -> its members (json array) */
	bool inst;
};

struct diff {
	struct dside old, new;
	struct arena arena;
	json_t *nodes;
	json_t *blob_only;
	int renumbered;
	struct strmap seq_changed; /* new path -> node, seq changed */
};

static const char *jstr(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

static long long jint(json_t *obj, const char *key, long long def)
{
	json_t *v = json_object_get(obj, key);

	return json_is_integer(v) ? json_integer_value(v) : def;
}

static bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* json_equal(), where two NULLs (both missing) are the same too */
static bool same_json(json_t *a, json_t *b)
{
	return a == b || json_equal(a, b);
}

static void add_blob_only(struct diff *d, const char *path, const char *what,
			  const char *why)
{
	json_array_append_new(d->blob_only,
			      json_pack("{s:s, s:s, s:s}", "path", path,
					"what", what ? what : "?",
					"why", why ? why : "(no reason given)"));
}

/* ------------------------------------------------------------- sides */

/* The seq each device gets at run time without -i: U-Boot binds the
 * records in list order (idx), a child only once its parent is bound,
 * and numbers each uclass's devices as they bind. */
static void bind_order_seqs(struct dside *s)
{
	int n = s->count;
	struct dnode **by_idx = calloc(n ? n : 1, sizeof(*by_idx));
	bool *bound = calloc(n ? n : 1, sizeof(*bound));
	struct strmap next = { 0 };
	bool progress = true;

	for (int i = 0; i < n; i++) {
		long long idx = jint(s->nodes[i].obj, "idx", -1);

		if (s->nodes[i].valid && idx >= 0 && idx < n)
			by_idx[idx] = &s->nodes[i];
	}
	while (progress) {
		progress = false;
		for (int i = 0; i < n; i++) {
			struct dnode *dn = by_idx[i];
			long long parent;
			const char *uc;

			if (!dn || bound[i] || !jstr(dn->obj, "driver"))
				continue;
			parent = jint(dn->obj, "parent_idx", -1);
			if (parent >= 0 && parent < n && !bound[parent])
				continue;
			bound[i] = true;
			progress = true;
			uc = jstr(dn->obj, "uclass");
			if (uc) {
				intptr_t seq = (intptr_t)sm_get(&next, uc);

				dn->seq = seq;
				sm_put(&next, uc, (void *)(seq + 1));
			}
		}
	}
	sm_free(&next);
	free(bound);
	free(by_idx);
}

static void side_nodes(struct dside *s, json_t *report)
{
	json_t *nodes = json_object_get(report, "nodes");
	json_t *skipped = json_object_get(report, "skipped");
	json_t *st;
	size_t i;
	int k = 0;

	s->report = report;
	s->inst = json_is_true(json_object_get(report, "instantiate"));
	s->count = json_array_size(nodes) + json_array_size(skipped);
	s->nodes = calloc(s->count ? s->count : 1, sizeof(*s->nodes));
	for (int pass = 0; pass < 2; pass++) {
		json_t *arr = pass ? skipped : nodes;
		json_t *n;

		json_array_foreach(arr, i, n) {
			struct dnode *dn = &s->nodes[k++];

			dn->path = jstr(n, "path");
			dn->obj = n;
			dn->valid = !pass;
			dn->seq = -1;
			if (s->inst && dn->valid)
				dn->seq = jint(n, "seq", -1);
			sm_put(&s->by_path, dn->path, dn);
		}
	}
	json_array_foreach(json_object_get(report, "structs"), i, st) {
		if (jstr(st, "name"))
			sm_put(&s->structs, jstr(st, "name"),
			       json_object_get(st, "members"));
	}
	if (!s->inst)
		bind_order_seqs(s);
}

static void side_free_nodes(struct dside *s)
{
	free(s->nodes);
	sm_free(&s->by_path);
	sm_free(&s->structs);
}

/* --------------------------------------------------------- matching */

static const char *unit_address(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *at = strchr(slash ? slash : path, '@');

	return at && at[1] ? at + 1 : NULL;
}

static const char *parent_path(struct arena *a, const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash || slash == path)
		return "/";
	return arena_strndup(a, path, slash - path);
}

static void match_by_path(struct diff *d)
{
	for (int i = 0; i < d->old.count; i++) {
		struct dnode *o = &d->old.nodes[i];
		struct dnode *n = sm_get(&d->new.by_path, o->path);

		if (n) {
			o->match = n;
			n->match = o;
		}
	}
}

static bool same_identity(const struct dnode *o, const struct dnode *n)
{
	const char *ua = unit_address(o->path), *ub = unit_address(n->path);

	return ua && ub && !strcmp(ua, ub) &&
	       json_equal(json_object_get(o->obj, "compatible"),
			  json_object_get(n->obj, "compatible"));
}

static bool same_props(const struct dnode *o, const struct dnode *n)
{
	json_t *po = json_object_get(o->obj, "props");

	return json_object_size(po) &&
	       json_equal(po, json_object_get(n->obj, "props"));
}

/* The nodes left over: renames and moves, by identity first */
static void match_renames(struct diff *d)
{
	bool (*tests[])(const struct dnode *, const struct dnode *) = {
		same_identity, same_props,
	};

	for (size_t t = 0; t < sizeof(tests) / sizeof(*tests); t++) {
		for (int i = 0; i < d->old.count; i++) {
			struct dnode *o = &d->old.nodes[i];

			if (o->match || !o->valid)
				continue;
			for (int k = 0; k < d->new.count; k++) {
				struct dnode *n = &d->new.nodes[k];

				if (n->match || !n->valid || !tests[t](o, n))
					continue;
				o->match = n;
				n->match = o;
				break;
			}
		}
	}
}

/* An old path as it is on the new side (renamed or moved), else itself */
static const char *new_path_of(const struct diff *d, const char *old_path)
{
	const struct dnode *o = old_path ? sm_get(&d->old.by_path, old_path) :
					   NULL;

	return o && o->match ? o->match->path : old_path;
}

/* ----------------------------------------------------------- values */

static void value_text(struct strbuf *sb, json_t *prop)
{
	const char *type = jstr(prop, "type");
	json_t *vals = json_object_get(prop, "value");
	json_t *v;
	size_t i;

	if (!prop) {
		sb_puts(sb, "(none)");
		return;
	}
	if (!type)
		type = "";
	if (!strcmp(type, "bool")) {
		sb_puts(sb, "(true)");
		return;
	}
	if (!strcmp(type, "strings")) {
		json_array_foreach(vals, i, v)
			sb_printf(sb, "%s\"%s\"", i ? ", " : "",
				  json_string_value(v) ? json_string_value(v) :
							 "");
		return;
	}
	sb_puts(sb, !strcmp(type, "bytes") ? "[" : "<");
	json_array_foreach(vals, i, v) {
		if (i)
			sb_puts(sb, " ");
		if (!strcmp(type, "phandles")) {
			json_t *arg;
			size_t k;

			sb_printf(sb, "&%s", jstr(v, "target") ?
					      jstr(v, "target") :
					      "(a node not in the blob)");
			json_array_foreach(json_object_get(v, "args"), k, arg)
				sb_printf(sb, " 0x%llx",
					  (long long)json_integer_value(arg));
		} else if (!strcmp(type, "bytes")) {
			sb_printf(sb, "%02llx",
				  (long long)json_integer_value(v));
		} else {
			sb_printf(sb, "0x%llx", (long long)json_integer_value(v));
		}
	}
	sb_puts(sb, !strcmp(type, "bytes") ? "]" : ">");
}

static char *value_str(struct diff *d, json_t *prop)
{
	struct strbuf sb = { 0 };
	char *s;

	value_text(&sb, prop);
	s = arena_strdup(&d->arena, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return s;
}

/* Elements [from, to) of a cells or bytes value, at most 8 of them */
static void some_elems(struct strbuf *sb, json_t *vals, size_t from,
		       size_t to, bool bytes)
{
	sb_puts(sb, bytes ? "[" : "<");
	for (size_t i = from; i < to && i < from + 8; i++)
		sb_printf(sb, bytes ? "%s%02llx" : "%s0x%llx", i > from ? " " : "",
			  (long long)json_integer_value(json_array_get(vals, i)));
	if (to > from + 8)
		sb_printf(sb, " ... (%zu in all)", to - from);
	sb_puts(sb, bytes ? "]" : ">");
}

/* "name: 196 -> 206 cells; at cell 67: <> -> <0xffffffff ...>": a long
 * array's change as the run of elements that differs, or NULL */
static const char *array_change(struct diff *d, const char *name, json_t *a,
				json_t *b)
{
	json_t *va = json_object_get(a, "value"), *vb = json_object_get(b, "value");
	size_t na = json_array_size(va), nb = json_array_size(vb);
	size_t pre = 0, suf = 0;
	bool bytes = same_str(jstr(a, "type"), "bytes");
	struct strbuf sb = { 0 };
	const char *text;

	if (!same_str(jstr(a, "type"), jstr(b, "type")) ||
	    (!bytes && !same_str(jstr(a, "type"), "cells")) ||
	    (na < 16 && nb < 16))
		return NULL;
	while (pre < na && pre < nb &&
	       json_equal(json_array_get(va, pre), json_array_get(vb, pre)))
		pre++;
	while (suf < na - pre && suf < nb - pre &&
	       json_equal(json_array_get(va, na - 1 - suf),
			  json_array_get(vb, nb - 1 - suf)))
		suf++;
	sb_printf(&sb, "%s: ", name);
	if (na != nb)
		sb_printf(&sb, "%zu -> %zu %s; ", na, nb, bytes ? "bytes" : "cells");
	sb_printf(&sb, "at %s %zu: ", bytes ? "byte" : "cell", pre);
	some_elems(&sb, va, pre, na - suf, bytes);
	sb_puts(&sb, " -> ");
	some_elems(&sb, vb, pre, nb - suf, bytes);
	text = arena_strdup(&d->arena, sb.buf);
	sb_free(&sb);
	return text;
}

/* Whether two values are the same, phandle targets by matched path */
static bool same_value(const struct diff *d, json_t *o, json_t *n)
{
	json_t *ov = json_object_get(o, "value"), *nv = json_object_get(n, "value");
	json_t *e;
	size_t i;

	if (!o || !n)
		return o == n;
	if (!same_str(jstr(o, "type"), jstr(n, "type")))
		return false;
	if (!same_str(jstr(o, "type"), "phandles"))
		return same_json(ov, nv);
	if (json_array_size(ov) != json_array_size(nv))
		return false;
	json_array_foreach(ov, i, e) {
		json_t *f = json_array_get(nv, i);

		if (!same_str(new_path_of(d, jstr(e, "target")),
			      jstr(f, "target")) ||
		    !same_json(json_object_get(e, "args"),
				json_object_get(f, "args")))
			return false;
	}
	return true;
}

/* Whether the phandles of an unchanged value point at other idx values */
/* Whether the phandles of an unchanged value point at other numbers:
 * the target's idx, or (for a value dtoc holds as plain cells) the
 * phandle itself */
static bool phandle_numbers_moved(const struct diff *d, json_t *o, json_t *n)
{
	json_t *e;
	size_t i;

	if (!same_str(jstr(o, "type"), "phandles"))
		return false;
	json_array_foreach(json_object_get(o, "value"), i, e) {
		const char *path = jstr(e, "target");
		const struct dnode *t = path ? sm_get(&d->old.by_path, path) :
					       NULL;
		json_t *f = json_array_get(json_object_get(n, "value"), i);

		if ((t && t->match && jint(t->obj, "idx", -1) !=
					      jint(t->match->obj, "idx", -1)) ||
		    jint(e, "phandle", -1) != jint(f, "phandle", -1))
			return true;
	}
	return false;
}

/* The cells of @side's @node_path's parent: #address-cells and
 * #size-cells, 2 where not given (as dtoc reads reg) */
static void parent_cells(const struct diff *d, const struct dside *side,
			 const char *parent, long long *na, long long *ns)
{
	const struct dnode *p = parent ? sm_get(&side->by_path, parent) : NULL;
	json_t *props = p ? json_object_get(p->obj, "props") : NULL;
	json_t *a = json_object_get(json_object_get(props, "#address-cells"),
				    "value");
	json_t *s = json_object_get(json_object_get(props, "#size-cells"),
				    "value");

	*na = json_array_size(a) == 1 ? json_integer_value(json_array_get(a, 0)) : 2;
	*ns = json_array_size(s) == 1 ? json_integer_value(json_array_get(s, 0)) : 2;
}

/* reg as (address, size) pairs, for @side's node at @path; NULL if the
 * cells do not split so */
static json_t *reg_pairs(struct diff *d, const struct dside *side,
			 const char *path, json_t *reg)
{
	json_t *vals = json_object_get(reg, "value");
	size_t n = json_array_size(vals), i = 0;
	long long na, ns;
	json_t *out;

	parent_cells(d, side, parent_path(&d->arena, path), &na, &ns);
	if (!same_str(jstr(reg, "type"), "cells") || na < 0 || ns < 0 ||
	    na > 2 || ns > 2 || na + ns == 0 || n % (na + ns))
		return NULL;
	out = json_array();
	while (i < n) {
		for (int k = 0; k < 2; k++) {
			long long cells = k ? ns : na;
			unsigned long long v = 0;

			for (long long c = 0; c < cells; c++)
				v = v << 32 | (unsigned long long)
					json_integer_value(json_array_get(vals, i++));
			json_array_append_new(out, json_integer((json_int_t)v));
		}
	}
	return out;
}

/* "reg: the same values" when only the cells that hold them changed */
static const char *reg_same_values(struct diff *d, const struct dnode *o,
				   const struct dnode *n, json_t *a, json_t *b)
{
	json_t *pa = reg_pairs(d, &d->old, o->path, a);
	json_t *pb = reg_pairs(d, &d->new, n->path, b);
	const char *text = NULL;
	long long na, ns;

	if (pa && pb && json_equal(pa, pb)) {
		parent_cells(d, &d->new, parent_path(&d->arena, n->path), &na,
			     &ns);
		text = arena_printf(&d->arena,
				    "reg: the same addresses and sizes, now in %lld+%lld cells%s",
				    na, ns, na > 1 || ns > 1 ? " (fdt64_t in the C)" : "");
	}
	json_decref(pa);
	json_decref(pb);
	return text;
}

/* ------------------------------------------------------------- sizes */

static long long size_total(json_t *node, const char *model)
{
	json_t *m = json_object_get(json_object_get(node, "size"), model);

	return jint(m, "total", -1);
}

static const char *const models[] = { "ilp32", "lp64" };

static json_t *unknown_structs(const struct dnode *dn)
{
	json_t *arr = json_array();
	json_t *u;
	size_t i;

	json_array_foreach(json_object_get(json_object_get(dn->obj, "size"),
					   "unknown"), i, u) {
		if (jstr(u, "struct"))
			json_array_append_new(arr, json_string(jstr(u, "struct")));
	}
	return arr;
}

/* {"ilp32": {"old": N, "new": N}, ..., "not_counted": [structs]}, or
 * NULL if neither has sizes */
static json_t *pair_size(const struct dnode *o, const struct dnode *n)
{
	json_t *obj = json_object();
	bool any = false;

	for (int m = 0; m < 2; m++) {
		long long a = o ? size_total(o->obj, models[m]) : -1;
		long long b = n ? size_total(n->obj, models[m]) : -1;

		any |= a >= 0 || b >= 0;
		json_object_set_new(obj, models[m],
				    json_pack("{s:o, s:o}", "old",
					      a >= 0 ? json_integer(a) :
						       json_null(),
					      "new",
					      b >= 0 ? json_integer(b) :
						       json_null()));
	}
	if (!any) {
		json_decref(obj);
		return NULL;
	}
	/* records sized by a struct of the sources: dtoc cannot know */
	json_object_set_new(obj, "not_counted", unknown_structs(n ? n : o));
	return obj;
}

/* A side's total for @model: the report's own (with -i it counts the
 * uclass records too), else its nodes' added up; -1 if it has none */
static long long side_total(const struct dside *side, const char *model)
{
	long long sum = 0;
	bool have = false;
	json_t *t = json_object_get(json_object_get(side->report, "size"),
				    model);

	if (json_is_integer(json_object_get(t, "total")))
		return jint(t, "total", -1);
	for (int i = 0; i < side->count; i++) {
		long long v = side->nodes[i].valid ?
			size_total(side->nodes[i].obj, model) : -1;

		if (v >= 0) {
			sum += v;
			have = true;
		}
	}
	return have ? sum : -1;
}

static json_t *total_size(const struct diff *d)
{
	json_t *obj = json_object();
	bool any = false;

	for (int m = 0; m < 2; m++) {
		long long a = side_total(&d->old, models[m]);
		long long b = side_total(&d->new, models[m]);

		/* a side without nodes (git's /dev/null) has no records */
		if (a < 0 && !json_array_size(json_object_get(d->old.report,
							      "nodes")))
			a = 0;
		if (b < 0 && !json_array_size(json_object_get(d->new.report,
							      "nodes")))
			b = 0;
		if (a < 0 || b < 0)
			continue;
		any = true;
		json_object_set_new(obj, models[m],
				    json_pack("{s:I, s:I, s:I}", "old",
					      (json_int_t)a, "new",
					      (json_int_t)b, "delta",
					      (json_int_t)(b - a)));
	}
	if (any)
		return obj;
	json_decref(obj);
	return json_null();
}

/* ------------------------------------------------------------ details */

static void add_detail(json_t *details, const char *kind, const char *name,
		       json_t *old, json_t *new, const char *text)
{
	json_t *obj = json_object();

	json_object_set_new(obj, "kind", json_string(kind));
	if (name)
		json_object_set_new(obj, "name", json_string(name));
	json_object_set_new(obj, "old", old ? old : json_null());
	json_object_set_new(obj, "new", new ? new : json_null());
	json_object_set_new(obj, "text", json_string(text));
	json_array_append_new(details, obj);
}

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static const char *or_none(const char *s)
{
	return s ? s : "(none)";
}

/* Aliases that name @path in @side's report, "a, b", or NULL */
static const char *aliases_of(struct diff *d, const struct dside *side,
			      const char *path)
{
	struct strbuf sb = { 0 };
	const char *key;
	json_t *v;
	char *s;

	json_object_foreach(json_object_get(side->report, "aliases"), key, v) {
		if (same_str(json_string_value(v), path))
			sb_printf(&sb, "%s%s", sb.len ? ", " : "", key);
	}
	s = sb.buf ? arena_strdup(&d->arena, sb.buf) : NULL;
	sb_free(&sb);
	return s;
}

/* Why a device's seq moved: its aliases, or a device numbered before
 * it in its uclass that is new or gone */
static const char *seq_cause(struct diff *d, const struct dnode *o,
			     const struct dnode *n)
{
	const char *uc = jstr(n->obj, "uclass");
	struct strbuf sb = { 0 };
	char *s;

	if (n->seq < 0)
		return "it is not bound now: no driver";
	if (o->seq < 0)
		return "it is bound now";
	if (d->new.inst) {
		const char *a = aliases_of(d, &d->old, o->path);
		const char *b = aliases_of(d, &d->new, n->path);

		if (!same_str(a, b))
			return !a ? arena_printf(&d->arena, "alias %s added", b) :
			       !b ? arena_printf(&d->arena, "alias %s removed", a) :
				    arena_printf(&d->arena, "aliases %s -> %s",
						 a, b);
	}
	for (int s2 = 0; s2 < 2; s2++) {
		const struct dside *side = s2 ? &d->old : &d->new;
		const struct dnode *self = s2 ? o : n;

		for (int i = 0; i < side->count; i++) {
			const struct dnode *x = &side->nodes[i];

			if (x == self || !x->valid || x->seq < 0 ||
			    x->seq >= self->seq ||
			    !same_str(jstr(x->obj, "uclass"), uc) ||
			    (x->match && x->match->valid))
				continue;
			sb_printf(&sb, "%s%s %s before it", sb.len ? ", " : "",
				  x->path, s2 ? "removed" : "added");
		}
	}
	if (!sb.len)
		sb_puts(&sb, "the numbering of its uclass changed");
	s = arena_strdup(&d->arena, sb.buf);
	sb_free(&sb);
	return s;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_cells_prop(const char *name)
{
	return name[0] == '#';
}

static void compare_props(struct diff *d, const struct dnode *o,
			  const struct dnode *n, json_t *details,
			  bool *renumbered)
{
	json_t *po = json_object_get(o->obj, "props");
	json_t *pn = json_object_get(n->obj, "props");
	const char *driver = jstr(n->obj, "driver");
	const char **names = NULL;
	int count = 0;
	const char *key;
	json_t *v;

	json_object_foreach(po, key, v) {
		names = realloc(names, (count + 1) * sizeof(*names));
		names[count++] = key;
	}
	json_object_foreach(pn, key, v) {
		if (json_object_get(po, key))
			continue;
		names = realloc(names, (count + 1) * sizeof(*names));
		names[count++] = key;
	}
	if (count) /* qsort() wants an array, even of nothing */
		qsort(names, count, sizeof(*names), cmp_str);
	for (int i = 0; i < count; i++) {
		json_t *a = json_object_get(po, names[i]);
		json_t *b = json_object_get(pn, names[i]);
		bool member = jstr(a, "member") || jstr(b, "member");
		const char *text;

		if (same_value(d, a, b)) {
			*renumbered |= phandle_numbers_moved(d, a, b);
			continue;
		}
		text = arena_printf(&d->arena, "%s: %s -> %s", names[i],
				    value_str(d, a), value_str(d, b));
		if (!strcmp(names[i], "reg") && a && b) {
			const char *same = reg_same_values(d, o, n, a, b);

			if (same)
				text = same;
		} else if (a && b && array_change(d, names[i], a, b)) {
			text = array_change(d, names[i], a, b);
		}
		if (!n->valid && is_cells_prop(names[i])) {
			add_detail(details, "property", names[i],
				   a ? json_deep_copy(a) : NULL,
				   b ? json_deep_copy(b) : NULL,
				   arena_printf(&d->arena,
						"%s (no record of its own: the changes it makes are on its children)",
						text));
			continue;
		}
		if (!n->valid) {
			add_blob_only(d, n->path, text, jstr(n->obj, "why"));
			continue;
		}
		if (!strcmp(names[i], "compatible")) {
			if (!same_str(jstr(o->obj, "driver"), driver))
				add_detail(details, "property", names[i],
					   json_deep_copy(a), json_deep_copy(b),
					   text);
			else
			add_blob_only(d, n->path, text,
				      arena_printf(&d->arena,
						   "the driver stays %s: the C does not change",
						   driver ? driver : "(none)"));
			continue;
		}
		if (!strcmp(names[i], "status")) {
			add_blob_only(d, n->path, text,
				      "only \"disabled\" leaves a node out (as in U-Boot's dtoc); any other status is enabled and the C does not change");
			continue;
		}
		if (!member && !is_cells_prop(names[i])) {
			add_blob_only(d, n->path, text,
				      arena_printf(&d->arena,
						   "no struct member holds '%s'",
						   names[i]));
			continue;
		}
		add_detail(details, "property", names[i],
			   a ? json_deep_copy(a) : NULL,
			   b ? json_deep_copy(b) : NULL, text);
	}
	free(names);
}

/* What a node's records sized by structs of the sources are: a driver's
 * priv_auto or plat_auto (-i), as the report's "size" names them */
static json_t *unknown_records(const struct dnode *dn)
{
	return json_object_get(json_object_get(dn->obj, "size"), "unknown");
}

/* The same records, by kind and struct (their symbols follow the node's
 * C name, which a rename changes) */
static bool same_records(json_t *a, json_t *b)
{
	json_t *u;
	size_t i;

	if (json_array_size(a) != json_array_size(b))
		return false;
	json_array_foreach(a, i, u) {
		json_t *v = json_array_get(b, i);

		if (!same_str(jstr(u, "what"), jstr(v, "what")) ||
		    !same_str(jstr(u, "struct"), jstr(v, "struct")))
			return false;
	}
	return true;
}

static char *records_text(struct diff *d, json_t *unknown)
{
	struct strbuf sb = { 0 };
	json_t *u;
	size_t i;
	char *s;

	json_array_foreach(unknown, i, u)
		sb_printf(&sb, "%s%s struct %s", i ? ", " : "",
			  jstr(u, "what") ? jstr(u, "what") : "?",
			  jstr(u, "struct") ? jstr(u, "struct") : "?");
	s = arena_strdup(&d->arena, sb.buf ? sb.buf : "(none)");
	sb_free(&sb);
	return s;
}

static const char *seq_text(struct diff *d, int seq)
{
	return seq < 0 ? "(none)" : arena_printf(&d->arena, "%d", seq);
}

/* A node on both sides, with records on both */
static void compare_pair(struct diff *d, struct dnode *o, struct dnode *n,
			 json_t *details)
{
	const char *pa = new_path_of(d, jstr(o->obj, "parent"));
	const char *pb = jstr(n->obj, "parent");
	bool renumbered = false;
	json_t *size;

	if (!same_str(jstr(o->obj, "name"), jstr(n->obj, "name")))
		add_detail(details, "name", NULL,
			   str_or_null(jstr(o->obj, "name")),
			   str_or_null(jstr(n->obj, "name")),
			   arena_printf(&d->arena,
					"C name: %s -> %s (DM_DEVICE_GET() and DM_DEVICE_REF() use it)",
					or_none(jstr(o->obj, "name")),
					or_none(jstr(n->obj, "name"))));
	if (!same_str(jstr(o->obj, "driver"), jstr(n->obj, "driver")))
		add_detail(details, "driver", NULL,
			   str_or_null(jstr(o->obj, "driver")),
			   str_or_null(jstr(n->obj, "driver")),
			   arena_printf(&d->arena, "driver: %s -> %s",
					or_none(jstr(o->obj, "driver")),
					or_none(jstr(n->obj, "driver"))));
	if (!same_str(jstr(o->obj, "uclass"), jstr(n->obj, "uclass")))
		add_detail(details, "uclass", NULL,
			   str_or_null(jstr(o->obj, "uclass")),
			   str_or_null(jstr(n->obj, "uclass")),
			   arena_printf(&d->arena, "uclass: %s -> %s",
					or_none(jstr(o->obj, "uclass")),
					or_none(jstr(n->obj, "uclass"))));
	if (!same_str(pa, pb))
		add_detail(details, "parent", NULL,
			   str_or_null(jstr(o->obj, "parent")),
			   str_or_null(pb),
			   arena_printf(&d->arena, "parent: %s -> %s",
					or_none(jstr(o->obj, "parent")),
					or_none(pb)));
	if (!same_str(jstr(o->obj, "struct"), jstr(n->obj, "struct")))
		add_detail(details, "struct", NULL,
			   str_or_null(jstr(o->obj, "struct")),
			   str_or_null(jstr(n->obj, "struct")),
			   arena_printf(&d->arena, "struct: %s -> %s",
					or_none(jstr(o->obj, "struct")),
					or_none(jstr(n->obj, "struct"))));
	compare_props(d, o, n, details, &renumbered);
	if (same_str(jstr(o->obj, "struct"), jstr(n->obj, "struct")) &&
	    jstr(n->obj, "struct") &&
	    !same_json(sm_get(&d->old.structs, jstr(o->obj, "struct")),
		       sm_get(&d->new.structs, jstr(n->obj, "struct"))))
		add_detail(details, "struct", NULL,
			   json_string(jstr(o->obj, "struct")),
			   json_string(jstr(n->obj, "struct")),
			   arena_printf(&d->arena,
					"its struct %s changed (see structs)",
					jstr(n->obj, "struct")));
	if (o->seq != n->seq && (o->seq >= 0 || n->seq >= 0)) {
		const char *cause = seq_cause(d, o, n);

		add_detail(details, "seq", NULL,
			   o->seq >= 0 ? json_integer(o->seq) : NULL,
			   n->seq >= 0 ? json_integer(n->seq) : NULL,
			   arena_printf(&d->arena, "seq: %s -> %s (%s)",
					seq_text(d, o->seq), seq_text(d, n->seq),
					cause));
		json_object_set_new(json_array_get(details,
						   json_array_size(details) - 1),
				    "cause", json_string(cause));
		sm_put(&d->seq_changed, n->path, n);
	}
	if (!same_records(unknown_records(o), unknown_records(n))) {
		char *a = records_text(d, unknown_records(o));
		char *b = records_text(d, unknown_records(n));

		add_detail(details, "records", NULL,
			   json_deep_copy(unknown_records(o)),
			   json_deep_copy(unknown_records(n)),
			   arena_printf(&d->arena,
					"records sized by the sources: %s -> %s",
					a, b));
	}
	size = pair_size(o, n);
	for (int m = 0; size && m < 2; m++) {
		json_t *s = json_object_get(size, models[m]);

		if (!json_equal(json_object_get(s, "old"),
				json_object_get(s, "new"))) {
			add_detail(details, "size", NULL, NULL, NULL,
				   "size of its records changed");
			break;
		}
	}
	json_decref(size);
	renumbered |= jint(o->obj, "idx", -1) != jint(n->obj, "idx", -1) ||
		      jint(o->obj, "parent_idx", -1) !=
			      jint(n->obj, "parent_idx", -1) ||
		      jint(o->obj, "uclass_index", -1) !=
			      jint(n->obj, "uclass_index", -1);
	if (renumbered)
		d->renumbered++;
}

static const char *const change_names[] = {
	"removed", "added", "renamed", "moved", "changed",
};
enum change { CH_REMOVED, CH_ADDED, CH_RENAMED, CH_MOVED, CH_CHANGED };

static void add_node(struct diff *d, enum change change, const struct dnode *o,
		     const struct dnode *n, json_t *details)
{
	const struct dnode *shown = change == CH_REMOVED ? o : n;
	json_t *obj = json_object();
	json_t *size = pair_size(o && o->valid ? o : NULL,
				 n && n->valid ? n : NULL);

	json_object_set_new(obj, "path", json_string(shown->path));
	json_object_set_new(obj, "old_path",
			    o && n && strcmp(o->path, n->path) ?
				    json_string(o->path) : json_null());
	json_object_set_new(obj, "change", json_string(change_names[change]));
	json_object_set_new(obj, "driver",
			    str_or_null(jstr(shown->obj, "driver")));
	json_object_set_new(obj, "struct",
			    str_or_null(jstr(shown->obj, "struct")));
	json_object_set_new(obj, "uclass",
			    str_or_null(jstr(shown->obj, "uclass")));
	json_object_set_new(obj, "details", details);
	json_object_set_new(obj, "size", size ? size : json_null());
	json_array_append_new(d->nodes, obj);
}

/* A new node whose status is meant to disable it but does not: only
 * "disabled" does, as in U-Boot's dtoc */
static void odd_status(struct diff *d, const struct dnode *n)
{
	const char *status = jstr(n->obj, "status");

	if (!status || !strcmp(status, "okay") || !strcmp(status, "ok"))
		return;
	add_blob_only(d, n->path,
		      arena_printf(&d->arena, "status: \"%s\" (a new node)",
				   status),
		      "only \"disabled\" leaves a node out (as in U-Boot's dtoc); any other status is enabled: this node is in the C");
}

/* Nodes with records on one side only, or on both */
static void compare_nodes(struct diff *d)
{
	for (int i = 0; i < d->old.count; i++) {
		struct dnode *o = &d->old.nodes[i];
		struct dnode *n = o->match;
		json_t *details = json_array();

		if (!o->valid) {
			json_decref(details);
			continue;
		}
		if (!n || !n->valid) {
			if (n)
				add_detail(details, "left_out", NULL, NULL,
					   str_or_null(jstr(n->obj, "why")),
					   arena_printf(&d->arena,
							"left out now: %s",
							or_none(jstr(n->obj, "why"))));
			add_node(d, CH_REMOVED, o, n, details);
			continue;
		}
		compare_pair(d, o, n, details);
		if (strcmp(o->path, n->path)) {
			struct arena *a = &d->arena;
			/* a rename keeps the (matched) parent */
			bool moved = !same_str(new_path_of(d, parent_path(a, o->path)),
					       parent_path(a, n->path));

			add_node(d, moved ? CH_MOVED : CH_RENAMED, o, n,
				 details);
		} else if (json_array_size(details)) {
			add_node(d, CH_CHANGED, o, n, details);
		} else {
			json_decref(details);
		}
	}
	for (int i = 0; i < d->new.count; i++) {
		struct dnode *n = &d->new.nodes[i];
		struct dnode *o = n->match;
		json_t *details;

		if (!n->valid || (o && o->valid))
			continue;
		details = json_array();
		odd_status(d, n);
		if (o)
			add_detail(details, "left_out", NULL,
				   str_or_null(jstr(o->obj, "why")), NULL,
				   arena_printf(&d->arena, "was left out: %s",
						or_none(jstr(o->obj, "why"))));
		add_node(d, CH_ADDED, o, n, details);
	}
}

/* Nodes without records on either side: all blob-only */
static void compare_skipped(struct diff *d)
{
	for (int i = 0; i < d->old.count; i++) {
		struct dnode *o = &d->old.nodes[i];
		struct dnode *n = o->match;
		json_t *details;
		bool unused = false;

		if (o->valid)
			continue;
		if (!n) {
			add_blob_only(d, o->path, "node removed",
				      jstr(o->obj, "why"));
			continue;
		}
		if (n->valid)
			continue;
		details = json_array();
		compare_props(d, o, n, details, &unused);
		/* the rest is blob-only, added there */
		if (json_array_size(details))
			add_node(d, CH_CHANGED, o, n, details);
		else
			json_decref(details);
	}
	for (int i = 0; i < d->new.count; i++) {
		struct dnode *n = &d->new.nodes[i];

		if (!n->valid && !n->match)
			add_blob_only(d, n->path, "node added",
				      jstr(n->obj, "why"));
	}
}

/* An alias change that moved no device's seq */
static void compare_aliases(struct diff *d)
{
	json_t *ao = json_object_get(d->old.report, "aliases");
	json_t *an = json_object_get(d->new.report, "aliases");
	const char *key;
	json_t *v;

	for (int pass = 0; pass < 2; pass++) {
		json_object_foreach(pass ? an : ao, key, v) {
			const char *a = jstr(ao, key), *b = jstr(an, key);
			const struct dnode *t;

			if (pass && json_object_get(ao, key))
				continue; /* seen in the first pass */
			if (same_str(new_path_of(d, a), b))
				continue;
			t = b ? sm_get(&d->seq_changed, b) : NULL;
			if (!t && a)
				t = sm_get(&d->seq_changed, new_path_of(d, a));
			if (t)
				continue; /* on that node, as its cause */
			add_blob_only(d, "/aliases",
				      arena_printf(&d->arena, "%s: %s -> %s",
						   key, or_none(a), or_none(b)),
				      d->new.inst ?
				      "no device's seq changes: the alias names no device of its uclass, or one that keeps its number" :
				      "without -i the C holds no sequence numbers, and SPL reads no aliases");
		}
	}
}

/* --------------------------------------------------------- structs */

/* "fdt32_t[2]": a member's C type and array length */
static const char *member_type(struct diff *d, json_t *m)
{
	json_t *arr = json_object_get(m, "array");
	const char *type = jstr(m, "type") ? jstr(m, "type") : "?";

	if (json_is_integer(arr))
		return arena_printf(&d->arena, "%s[%lld]", type,
				    (long long)json_integer_value(arr));
	return type;
}

static json_t *find_member(json_t *members, const char *prop)
{
	json_t *m;
	size_t i;

	json_array_foreach(members, i, m) {
		if (same_str(jstr(m, "prop"), prop))
			return m;
	}
	return NULL;
}

/* The nodes of struct @st on side @s whose property @prop is new,
 * gone or changed against the other side */
static json_t *causes(struct diff *d, const char *st, const char *prop,
		      bool old_side)
{
	const struct dside *s = old_side ? &d->old : &d->new;
	json_t *arr = json_array();

	for (int i = 0; i < s->count; i++) {
		const struct dnode *x = &s->nodes[i];
		const struct dnode *y = x->match && x->match->valid ?
						x->match : NULL;
		json_t *px, *py;

		if (!x->valid || !same_str(jstr(x->obj, "struct"), st))
			continue;
		px = json_object_get(json_object_get(x->obj, "props"), prop);
		py = y && same_str(jstr(y->obj, "struct"), st) ?
			json_object_get(json_object_get(y->obj, "props"), prop) :
			NULL;
		if (!px)
			continue;
		if (old_side ? !py : !same_value(d, py, px))
			json_array_append_new(arr, json_string(x->path));
	}
	return arr;
}

static char *paths_text(struct diff *d, json_t *paths)
{
	struct strbuf sb = { 0 };
	json_t *p;
	size_t i;
	char *s;

	json_array_foreach(paths, i, p) {
		if (i == 3) {
			sb_printf(&sb, " and %zu more",
				  json_array_size(paths) - 3);
			break;
		}
		sb_printf(&sb, "%s%s", i ? ", " : "", json_string_value(p));
	}
	s = arena_strdup(&d->arena, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return s;
}

static void member_change(struct diff *d, json_t *changes, const char *st,
			  json_t *a, json_t *b)
{
	const char *prop = jstr(a ? a : b, "prop");
	const char *change;
	json_t *because;
	char *text;

	if (a && b) {
		const char *ta = member_type(d, a);

		if (!strcmp(ta, member_type(d, b)))
			return;
		change = "retyped";
		because = causes(d, st, prop, false);
		text = arena_printf(&d->arena, "%s '%s': %s -> %s%s%s", st,
				    prop, ta, member_type(d, b),
				    json_array_size(because) ? " because of " : "",
				    paths_text(d, because));
	} else if (b) {
		change = "added";
		because = causes(d, st, prop, false);
		text = arena_printf(&d->arena, "%s gains '%s' (%s %s)%s%s%s",
				    st, prop, member_type(d, b), or_none(jstr(b, "name")),
				    json_array_size(because) ? " because " : "",
				    paths_text(d, because),
				    json_array_size(because) > 1 ? " have it" :
				    json_array_size(because) ? " has it" : "");
	} else {
		change = "removed";
		because = causes(d, st, prop, true);
		text = arena_printf(&d->arena, "%s loses '%s'%s%s%s", st, prop,
				    json_array_size(because) ? " because " : "",
				    paths_text(d, because),
				    json_array_size(because) ?
					    " no longer has it" : "");
	}
	json_array_append_new(changes,
			      json_pack("{s:s, s:s, s:o, s:o, s:o, s:s}",
					"prop", prop, "change", change,
					"old", a ? json_string(member_type(d, a)) :
						   json_null(),
					"new", b ? json_string(member_type(d, b)) :
						   json_null(),
					"because", because, "text", text));
}

/* The nodes that use struct @st on one side */
static json_t *struct_users(struct diff *d, const char *st, bool old_side)
{
	const struct dside *s = old_side ? &d->old : &d->new;
	json_t *arr = json_array();

	for (int i = 0; i < s->count; i++) {
		if (s->nodes[i].valid &&
		    same_str(jstr(s->nodes[i].obj, "struct"), st))
			json_array_append_new(arr,
					      json_string(s->nodes[i].path));
	}
	return arr;
}

static json_t *compare_structs(struct diff *d)
{
	json_t *out = json_array();
	const char **names = NULL;
	int count = 0;

	for (int s = 0; s < 2; s++) {
		const struct strmap *m = s ? &d->new.structs : &d->old.structs;

		for (int i = 0; i < m->count; i++) {
			if (s && sm_has(&d->old.structs, m->entries[i].key))
				continue;
			names = realloc(names, (count + 1) * sizeof(*names));
			names[count++] = m->entries[i].key;
		}
	}
	if (count) /* qsort() wants an array, even of nothing */
		qsort(names, count, sizeof(*names), cmp_str);
	for (int i = 0; i < count; i++) {
		json_t *ma = sm_get(&d->old.structs, names[i]);
		json_t *mb = sm_get(&d->new.structs, names[i]);
		bool had = sm_has(&d->old.structs, names[i]);
		bool has = sm_has(&d->new.structs, names[i]);
		json_t *changes = json_array();
		json_t *m;
		size_t k;

		if (had && has) {
			json_array_foreach(ma, k, m)
				member_change(d, changes, names[i], m,
					      find_member(mb, jstr(m, "prop")));
			json_array_foreach(mb, k, m) {
				if (!find_member(ma, jstr(m, "prop")))
					member_change(d, changes, names[i],
						      NULL, m);
			}
			if (!json_array_size(changes)) {
				json_decref(changes);
				continue;
			}
		} else {
			/* every member, with the nodes that bring it */
			json_array_foreach(has ? mb : ma, k, m)
				member_change(d, changes, names[i],
					      has ? NULL : m, has ? m : NULL);
		}
		json_array_append_new(out,
				      json_pack("{s:s, s:s, s:o, s:o}", "name",
						names[i], "change",
						had && has ? "changed" :
						has ? "added" : "removed",
						"members", changes, "nodes",
						struct_users(d, names[i],
							     !has)));
	}
	free(names);
	return out;
}

/* ----------------------------------------------------- diagnostics */

static char *diag_key(json_t *diag)
{
	const char *sev = jstr(diag, "severity");

	if (!sev || !strcmp(sev, "note"))
		return NULL;
	/* without the line: an edit above it moves it */
	json_t *k = json_pack("[s, s?, s?, s?]", sev, jstr(diag, "message"),
			      jstr(diag, "node"), jstr(diag, "file"));
	char *key = json_dumps(k, JSON_COMPACT | JSON_ENCODE_ANY);

	json_decref(k);
	return key;
}

/* The warnings and errors in @b that @a lacks (as many as it lacks) */
static json_t *diags_only_in(json_t *a, json_t *b)
{
	json_t *out = json_array();
	json_t *counts = json_object();
	json_t *v;
	size_t i;

	json_array_foreach(a, i, v) {
		char *key = diag_key(v);

		if (!key)
			continue;
		json_object_set_new(counts, key,
				    json_integer(jint(counts, key, 0) + 1));
		free(key);
	}
	json_array_foreach(b, i, v) {
		char *key = diag_key(v);
		long long n;

		if (!key)
			continue;
		n = jint(counts, key, 0);
		if (n > 0)
			json_object_set_new(counts, key, json_integer(n - 1));
		else
			json_array_append(out, v);
		free(key);
	}
	json_decref(counts);
	return out;
}

/* -------------------------------------------------------------- all */

static int change_rank(json_t *node)
{
	const char *c = jstr(node, "change");

	for (int i = 0; i < (int)(sizeof(change_names) / sizeof(*change_names));
	     i++) {
		if (same_str(c, change_names[i]))
			return i;
	}
	return 99;
}

static int cmp_nodes(const void *a, const void *b)
{
	json_t *na = *(json_t *const *)a, *nb = *(json_t *const *)b;
	int ra = change_rank(na), rb = change_rank(nb);

	if (ra != rb)
		return ra - rb;
	return strcmp(jstr(na, "path"), jstr(nb, "path"));
}

static int cmp_blob_only(const void *a, const void *b)
{
	json_t *na = *(json_t *const *)a, *nb = *(json_t *const *)b;
	int c = strcmp(jstr(na, "path"), jstr(nb, "path"));

	return c ? c : strcmp(jstr(na, "what"), jstr(nb, "what"));
}

/* @arr sorted (a new array) */
static json_t *sorted(json_t *arr, int (*cmp)(const void *, const void *))
{
	size_t n = json_array_size(arr);
	json_t **items = malloc((n ? n : 1) * sizeof(*items));
	json_t *out = json_array();

	for (size_t i = 0; i < n; i++)
		items[i] = json_array_get(arr, i);
	qsort(items, n, sizeof(*items), cmp);
	for (size_t i = 0; i < n; i++)
		json_array_append(out, items[i]);
	free(items);
	json_decref(arr);
	return out;
}

static json_t *summary(json_t *result)
{
	json_t *sum = json_object();
	json_t *node;
	size_t i;

	for (size_t c = 0; c < sizeof(change_names) / sizeof(*change_names);
	     c++)
		json_object_set_new(sum, change_names[c], json_integer(0));
	json_array_foreach(json_object_get(result, "nodes"), i, node) {
		const char *c = jstr(node, "change");

		json_object_set_new(sum, c,
				    json_integer(jint(sum, c, 0) + 1));
	}
	json_object_set_new(sum, "blob_only",
			    json_integer(json_array_size(
				    json_object_get(result, "blob_only"))));
	json_object_set_new(sum, "structs",
			    json_integer(json_array_size(
				    json_object_get(result, "structs"))));
	json_object_set_new(sum, "new_diagnostics",
			    json_integer(json_array_size(json_object_get(
				    json_object_get(result, "diagnostics"),
				    "new"))));
	json_object_set_new(sum, "gone_diagnostics",
			    json_integer(json_array_size(json_object_get(
				    json_object_get(result, "diagnostics"),
				    "gone"))));
	return sum;
}

json_t *diff_compare(json_t *old, json_t *new)
{
	struct diff d = { 0 };
	json_t *result = json_object();
	json_t *od = json_object_get(old, "diagnostics");
	json_t *nd = json_object_get(new, "diagnostics");

	side_nodes(&d.old, old);
	side_nodes(&d.new, new);
	d.nodes = json_array();
	d.blob_only = json_array();
	match_by_path(&d);
	match_renames(&d);
	compare_nodes(&d);
	compare_skipped(&d);
	compare_aliases(&d);

	/* "summary" first: it counts what follows */
	json_object_set_new(result, "summary", json_object());
	json_object_set_new(result, "renumbered", json_integer(d.renumbered));
	json_object_set_new(result, "nodes", sorted(d.nodes, cmp_nodes));
	json_object_set_new(result, "blob_only",
			    sorted(d.blob_only, cmp_blob_only));
	json_object_set_new(result, "structs", compare_structs(&d));
	json_object_set_new(result, "size", total_size(&d));
	json_object_set_new(result, "diagnostics",
			    json_pack("{s:o, s:o}", "new",
				      diags_only_in(od, nd), "gone",
				      diags_only_in(nd, od)));
	json_object_set_new(result, "summary", summary(result));

	side_free_nodes(&d.old);
	side_free_nodes(&d.new);
	sm_free(&d.seq_changed);
	arena_free(&d.arena);
	return result;
}

bool diff_any(json_t *result)
{
	json_t *sum = json_object_get(result, "summary");
	const char *key;
	json_t *v;

	json_object_foreach(sum, key, v) {
		if (json_integer_value(v))
			return true;
	}
	return jint(result, "renumbered", 0) > 0;
}

int diff_new_diagnostics(json_t *result)
{
	return json_array_size(json_object_get(
		json_object_get(result, "diagnostics"), "new"));
}
