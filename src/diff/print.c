// SPDX-License-Identifier: GPL-2.0+
/*
 * diff: the result as text, for a terminal and a review. A one-line
 * summary, then a block per node (removed, added, renamed, moved,
 * changed; by path within each), the struct changes, the changes with
 * no trace in the C, and the warnings and errors that are new or gone.
 * Colour only when asked (cli.c decides).
 */
#include <stdlib.h>
#include <string.h>

#include "diff/diff-internal.h"

struct out {
	FILE *f;
	bool color;
};

static void paint(const struct out *o, const char *code, const char *text)
{
	if (o->color)
		fprintf(o->f, "\033[%sm%s\033[m", code, text);
	else
		fputs(text, o->f);
}

static const char *jstr(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

static long long jint(json_t *obj, const char *key)
{
	return json_integer_value(json_object_get(obj, key));
}

static const char *change_color(const char *change)
{
	if (!strcmp(change, "removed"))
		return "31";
	if (!strcmp(change, "added"))
		return "32";
	if (!strcmp(change, "changed"))
		return "33";
	return "36";
}

static void count(struct strbuf *sb, long long n, const char *one,
		  const char *many)
{
	if (n)
		sb_printf(sb, "%s%lld %s", sb->len ? ", " : "", n,
			  n == 1 ? one : many);
}

/* "ILP32 1234 -> 1258 (+24)" for each model of a {"old", "new"} pair */
static void size_text(struct strbuf *sb, json_t *size)
{
	static const char *const models[][2] = {
		{ "ilp32", "ILP32" }, { "lp64", "LP64" },
	};

	for (int m = 0; m < 2; m++) {
		json_t *s = json_object_get(size, models[m][0]);
		json_t *a = json_object_get(s, "old");
		json_t *b = json_object_get(s, "new");
		long long va = json_integer_value(a), vb = json_integer_value(b);

		if (m)
			sb_puts(sb, ", ");
		sb_printf(sb, "%s ", models[m][1]);
		if (!json_is_integer(a))
			sb_printf(sb, "%lld (new)", vb);
		else if (!json_is_integer(b))
			sb_printf(sb, "%lld (gone)", va);
		else if (va == vb)
			sb_printf(sb, "%lld", va);
		else
			sb_printf(sb, "%lld -> %lld (%+lld)", va, vb, vb - va);
	}
	if (json_array_size(json_object_get(size, "not_counted"))) {
		json_t *v;
		size_t i;

		sb_puts(sb, "; not counted:");
		json_array_foreach(json_object_get(size, "not_counted"), i, v)
			sb_printf(sb, "%s struct %s", i ? "," : "",
				  json_string_value(v));
	}
}

static void print_summary(const struct out *o, json_t *result)
{
	json_t *sum = json_object_get(result, "summary");
	json_t *size = json_object_get(result, "size");
	struct strbuf sb = { 0 };
	long long changed = jint(sum, "changed");

	count(&sb, jint(sum, "removed"), "node removed", "nodes removed");
	count(&sb, jint(sum, "added"), "node added", "nodes added");
	count(&sb, jint(sum, "renamed"), "node renamed", "nodes renamed");
	count(&sb, jint(sum, "moved"), "node moved", "nodes moved");
	count(&sb, changed, "node changed", "nodes changed");
	count(&sb, jint(result, "renumbered"), "node renumbered",
	      "nodes renumbered");
	count(&sb, jint(sum, "structs"), "struct changed", "structs changed");
	count(&sb, jint(sum, "blob_only"), "change with no trace in the C",
	      "changes with no trace in the C");
	count(&sb, jint(sum, "new_diagnostics"), "new warning",
	      "new warnings");
	count(&sb, jint(sum, "gone_diagnostics"), "warning gone",
	      "warnings gone");
	if (json_is_object(size)) {
		long long d32 = jint(json_object_get(size, "ilp32"), "delta");
		long long d64 = jint(json_object_get(size, "lp64"), "delta");

		if (d32 || d64) {
			sb_puts(&sb, "; size ");
			size_text(&sb, size);
		}
	}
	if (jstr(result, "failed")) {
		sb.len = 0;
		long long n = jint(sum, "new_diagnostics");

		sb_printf(&sb, "the run of NEW fails: %s; %lld new %s",
			  jstr(result, "failed"), n,
			  n == 1 ? "error or warning" : "errors and warnings");
	}
	fputs("dtoc diff: ", o->f);
	paint(o, "1", sb.buf ? sb.buf : "no differences");
	fputc('\n', o->f);
	sb_free(&sb);
}

static void print_node(const struct out *o, json_t *node)
{
	const char *change = jstr(node, "change");
	const char *old_path = jstr(node, "old_path");
	json_t *size = json_object_get(node, "size");
	struct strbuf sb = { 0 };
	json_t *det;
	size_t i;

	fputc('\n', o->f);
	paint(o, change_color(change), change);
	fprintf(o->f, " %s", jstr(node, "path"));
	if (old_path)
		fprintf(o->f, " (was %s)", old_path);
	if (jstr(node, "driver"))
		fprintf(o->f, "  (%s, %s)", jstr(node, "driver"),
			jstr(node, "uclass") ? jstr(node, "uclass") :
					       "no uclass");
	else if (jstr(node, "struct"))
		fputs("  (no driver)", o->f);
	else
		fputs("  (no record: dtoc leaves it out)", o->f);
	fputc('\n', o->f);
	json_array_foreach(json_object_get(node, "details"), i, det) {
		if (!strcmp(jstr(det, "kind"), "size"))
			continue; /* the size line says it */
		fprintf(o->f, "    %s\n", jstr(det, "text"));
	}
	if (json_is_object(size)) {
		size_text(&sb, size);
		fprintf(o->f, "    size: %s\n", sb.buf);
	}
	sb_free(&sb);
}

/* The cause of a change of node that is only its seq, else NULL */
static const char *seq_only_cause(json_t *node)
{
	json_t *det, *seq = NULL;
	size_t i;

	if (strcmp(jstr(node, "change"), "changed"))
		return NULL;
	json_array_foreach(json_object_get(node, "details"), i, det) {
		if (!strcmp(jstr(det, "kind"), "seq"))
			seq = det;
		else if (strcmp(jstr(det, "kind"), "size"))
			return NULL;
	}
	return seq ? jstr(seq, "cause") : NULL;
}

/* Nodes whose only change is their seq, for one cause in one uclass, as
 * one block when there are more than a few; @done marks them printed */
static bool print_seq_group(const struct out *o, json_t *nodes, size_t at,
			    bool *done)
{
	json_t *first = json_array_get(nodes, at);
	const char *cause = seq_only_cause(first);
	const char *uc = jstr(first, "uclass");
	size_t count = 0, shown = 0;
	json_t *v;
	size_t i;

	if (!cause || !uc)
		return false;
	json_array_foreach(nodes, i, v) {
		const char *c = seq_only_cause(v);

		count += i >= at && !done[i] && c && !strcmp(c, cause) &&
			 jstr(v, "uclass") && !strcmp(jstr(v, "uclass"), uc);
	}
	if (count <= 3)
		return false;
	fputc('\n', o->f);
	paint(o, change_color("changed"), "changed");
	fprintf(o->f, " the seq of %zu devices of %s (%s)\n", count, uc,
		cause);
	json_array_foreach(nodes, i, v) {
		const char *c = seq_only_cause(v);
		json_t *det;
		size_t k;

		if (i < at || done[i] || !c || strcmp(c, cause) ||
		    !jstr(v, "uclass") || strcmp(jstr(v, "uclass"), uc))
			continue;
		done[i] = true;
		if (shown++ >= 8)
			continue;
		json_array_foreach(json_object_get(v, "details"), k, det) {
			if (!strcmp(jstr(det, "kind"), "seq"))
				fprintf(o->f, "    %s: seq %lld -> %lld\n",
					jstr(v, "path"), jint(det, "old"),
					jint(det, "new"));
		}
	}
	if (shown > 8)
		fprintf(o->f, "    and %zu more\n", shown - 8);
	return true;
}

static void print_diag(const struct out *o, json_t *d)
{
	const char *file = jstr(d, "file"), *node = jstr(d, "node");

	fputs("    ", o->f);
	if (file && json_is_integer(json_object_get(d, "line")))
		fprintf(o->f, "%s:%lld: ", file, jint(d, "line"));
	else if (file)
		fprintf(o->f, "%s: ", file);
	fprintf(o->f, "%s: ", jstr(d, "severity"));
	if (node)
		fprintf(o->f, "node '%s': ", node);
	fprintf(o->f, "%s\n", jstr(d, "message") ? jstr(d, "message") : "");
}

/* A blank line and the title over a list, if it has items */
static void heading(const struct out *o, json_t *items, const char *code,
		    const char *title)
{
	if (!json_array_size(items))
		return;
	fputc('\n', o->f);
	paint(o, code, title);
	fputc('\n', o->f);
}

void diff_print_text(FILE *f, json_t *result, bool color)
{
	const struct out o = { f, color };
	json_t *diags = json_object_get(result, "diagnostics");
	json_t *v, *m;
	size_t i, k;

	json_t *nodes = json_object_get(result, "nodes");
	bool *done = calloc(json_array_size(nodes) + 1, sizeof(*done));

	print_summary(&o, result);
	json_array_foreach(nodes, i, v) {
		if (!done[i] && !print_seq_group(&o, nodes, i, done))
			print_node(&o, v);
	}
	free(done);
	heading(&o, json_object_get(result, "structs"), "1", "structs:");
	json_array_foreach(json_object_get(result, "structs"), i, v) {
		const char *change = jstr(v, "change");

		if (strcmp(change, "changed")) {
			json_t *p;

			fputs("    ", f);
			paint(&o, change_color(change), change);
			fprintf(f, " struct %s, %s by", jstr(v, "name"),
				strcmp(change, "added") ? "was used" : "used");
			json_array_foreach(json_object_get(v, "nodes"), k, p)
				fprintf(f, "%s %s", k ? "," : "",
					json_string_value(p));
			fputc('\n', f);
			continue;
		}
		json_array_foreach(json_object_get(v, "members"), k, m)
			fprintf(f, "    %s\n", jstr(m, "text"));
	}
	heading(&o, json_object_get(result, "blob_only"), "1",
		"no trace in the C:");
	json_array_foreach(json_object_get(result, "blob_only"), i, v)
		fprintf(f, "    %s: %s\n        %s\n", jstr(v, "path"),
			jstr(v, "what"), jstr(v, "why"));
	heading(&o, json_object_get(diags, "new"), "1;31",
		"new warnings and errors:");
	json_array_foreach(json_object_get(diags, "new"), i, v)
		print_diag(&o, v);
	heading(&o, json_object_get(diags, "gone"), "1",
		"warnings and errors gone:");
	json_array_foreach(json_object_get(diags, "gone"), i, v)
		print_diag(&o, v);
}
