// SPDX-License-Identifier: GPL-2.0+
/*
 * diff: two reports compared. Nodes are matched by path, then the rest
 * as renames or moves (model.c). Phandles compare
 * by their target's (matched) path and args, never by number; idx,
 * parent_idx, phandle idx and uclass list positions that moved are one
 * count, "renumbered". What a user sees at run time (a device's seq)
 * is a detail of its node, with its cause. Changes that leave no trace
 * in the C are listed apart with why; struct member changes are grouped
 * by struct with the nodes that cause them.
 *
 * The result is the JSON `--json` prints; print.c writes it as text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diff/model.h"
#include "diff/structs.h"
#include "diff/values.h"

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

/* One more cause in @sb: the first three named, the rest counted */
static void add_cause(struct strbuf *sb, int *count, const char *path,
		      const char *what)
{
	if ((*count)++ < 3)
		sb_printf(sb, "%s%s %s", sb->len ? ", " : "", path, what);
}

/* Why a device's seq moved: its aliases, a device numbered before it in
 * its uclass that is new or gone, or one whose place in the bind order
 * changed against it (a rename changes its place in the list) */
static const char *seq_cause(struct diff *d, const struct dnode *o,
			     const struct dnode *n)
{
	struct strbuf sb = { 0 };
	int count = 0;
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
			    (x->match && x->match->valid) ||
			    !same_str(x->uclass, self->uclass))
				continue;
			add_cause(&sb, &count, x->path,
				  s2 ? "removed before it" : "added before it");
		}
	}
	for (int i = 0, had = count; !had && i < d->new.count; i++) {
		const struct dnode *x = &d->new.nodes[i];
		bool before_now, before_then;

		if (x == n || !x->valid || x->seq < 0 || !x->match ||
		    !x->match->valid || x->match->seq < 0)
			continue;
		before_now = x->seq < n->seq;
		before_then = x->match->seq < o->seq;
		if (before_now != before_then &&
		    same_str(x->uclass, n->uclass) &&
		    same_str(x->match->uclass, o->uclass))
			add_cause(&sb, &count, x->path, before_now ?
				  "now bound before it" : "now bound after it");
	}
	if (count > 3)
		sb_printf(&sb, " and %d more", count - 3);
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

/* "a, b" of a JSON array of strings, "(none)" if empty or missing */
static const char *names_text(struct diff *d, json_t *arr)
{
	return strings_text(d, arr, SIZE_MAX, "(none)");
}

static const char *seq_text(struct diff *d, int seq)
{
	return seq < 0 ? "(none)" : arena_printf(&d->arena, "%d", seq);
}

/* The detail for a string field, @a -> @b: "@label: a -> b@why" */
static void add_str_detail(struct diff *d, json_t *details, const char *key,
			   const char *label, const char *a, const char *b,
			   const char *why)
{
	add_detail(details, key, NULL, str_or_null(a), str_or_null(b),
		   arena_printf(&d->arena, "%s: %s -> %s%s", label, or_none(a),
				or_none(b), why));
}

/* That detail if the two records' string at @key differ */
static void str_field(struct diff *d, json_t *details, const struct dnode *o,
		      const struct dnode *n, const char *key,
		      const char *label, const char *why)
{
	const char *a = jstr(o->obj, key), *b = jstr(n->obj, key);

	if (!same_str(a, b))
		add_str_detail(d, details, key, label, a, b, why);
}

/* A node on both sides, with records on both */
static void compare_pair(struct diff *d, struct dnode *o, struct dnode *n,
			 json_t *details)
{
	const char *pa = new_path_of(d, jstr(o->obj, "parent"));
	const char *pb = jstr(n->obj, "parent");
	bool renumbered = false;
	json_t *size;

	str_field(d, details, o, n, "name", "C name",
		  " (DM_DEVICE_GET() and DM_DEVICE_REF() use it)");
	str_field(d, details, o, n, "driver", "driver", "");
	str_field(d, details, o, n, "uclass", "uclass", "");
	/* the old parent as its new path: a renamed parent is no move */
	if (!same_str(pa, pb))
		add_str_detail(d, details, "parent", "parent",
			       jstr(o->obj, "parent"), pb, "");
	str_field(d, details, o, n, "struct", "struct", "");
	if (!same_json(json_object_get(o->obj, "variants"),
		       json_object_get(n->obj, "variants")))
		add_detail(details, "variants", NULL,
			   json_deep_copy(json_object_get(o->obj, "variants")),
			   json_deep_copy(json_object_get(n->obj, "variants")),
			   arena_printf(&d->arena, "in the variants: %s -> %s",
					names_text(d, json_object_get(o->obj,
								      "variants")),
					names_text(d, json_object_get(n->obj,
								      "variants"))));
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

/* Whether a node's path changed only as its (renamed) parent's did */
static bool follows_parent(struct diff *d, const struct dnode *o,
			   const struct dnode *n)
{
	const char *a = strrchr(o->path, '/'), *b = strrchr(n->path, '/');

	return a && b && !strcmp(a, b) &&
	       same_str(new_path_of(d, parent_path(&d->arena, o->path)),
			parent_path(&d->arena, n->path));
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
		if (strcmp(o->path, n->path) && !follows_parent(d, o, n)) {
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
	match_unique(&d);
	match_renames(&d); /* the children of what that matched */
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

json_t *diff_diagnostics_only(json_t *old, json_t *new, const char *error)
{
	json_t *result = json_object();
	json_t *od = json_object_get(old, "diagnostics");
	json_t *nd = json_object_get(new, "diagnostics");

	json_object_set_new(result, "summary", json_object());
	json_object_set_new(result, "failed", json_string(error));
	json_object_set_new(result, "diagnostics",
			    json_pack("{s:o, s:o}", "new",
				      diags_only_in(od, nd), "gone",
				      diags_only_in(nd, od)));
	json_object_set_new(result, "summary", summary(result));
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
