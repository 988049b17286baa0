// SPDX-License-Identifier: GPL-2.0+
/*
 * diff: property values: as text (as dtc writes them, phandles as
 * "&/path args"), compared with phandles followed through matches, long
 * arrays as the run that differs, reg read with its parent's cells.
 */
#include <stdlib.h>
#include <string.h>

#include "diff/model.h"
#include "diff/values.h"

/* Bytes that are strings with empty ones among them (which dtc does not
 * take for strings), as "a", "", "b"; false if not so */
static bool strings_in_bytes(struct strbuf *sb, json_t *vals)
{
	size_t n = json_array_size(vals), start = 0;

	if (!n || json_integer_value(json_array_get(vals, n - 1)))
		return false;
	for (size_t i = 0; i < n; i++) {
		long long c = json_integer_value(json_array_get(vals, i));

		if (c && (c < 32 || c > 126))
			return false;
	}
	for (size_t i = 0; i < n; i++) {
		if (json_integer_value(json_array_get(vals, i)))
			continue;
		sb_puts(sb, start ? ", \"" : "\"");
		for (size_t k = start; k < i; k++)
			sb_printf(sb, "%c", (int)json_integer_value(
						    json_array_get(vals, k)));
		sb_puts(sb, "\"");
		start = i + 1;
	}
	return true;
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
	if (!strcmp(type, "bytes") && strings_in_bytes(sb, vals))
		return;
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
		} else if (json_is_object(v)) {
			/* a phandle among plain cells (a pin table) */
			sb_printf(sb, "&%s", jstr(v, "target") ?
					      jstr(v, "target") : "?");
		} else if (!strcmp(type, "bytes")) {
			sb_printf(sb, "%02llx",
				  (long long)json_integer_value(v));
		} else {
			sb_printf(sb, "0x%llx", (long long)json_integer_value(v));
		}
	}
	sb_puts(sb, !strcmp(type, "bytes") ? "]" : ">");
}

char *value_str(struct diff *d, json_t *prop)
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
const char *array_change(struct diff *d, const char *name, json_t *a,
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
	for (size_t i = 0; i < na || i < nb; i++) {
		if (json_is_object(json_array_get(va, i)) ||
		    json_is_object(json_array_get(vb, i)))
			return NULL; /* a pin table: shown whole */
	}
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

/* Two elements of a value: numbers and strings as they are, a phandle
 * (an object) by its matched target and its args */
static bool same_elem(const struct diff *d, json_t *e, json_t *f)
{
	if (json_is_object(e) && json_is_object(f))
		return same_str(new_path_of(d, jstr(e, "target")),
				jstr(f, "target")) &&
		       same_json(json_object_get(e, "args"),
				 json_object_get(f, "args"));
	return same_json(e, f);
}

/* Whether two values are the same, phandle targets by matched path */
bool same_value(const struct diff *d, json_t *o, json_t *n)
{
	json_t *ov = json_object_get(o, "value"), *nv = json_object_get(n, "value");
	json_t *e;
	size_t i;

	if (!o || !n)
		return o == n;
	if (!same_str(jstr(o, "type"), jstr(n, "type")))
		return false;
	if (!json_is_array(ov) || !json_is_array(nv))
		return same_json(ov, nv);
	if (json_array_size(ov) != json_array_size(nv))
		return false;
	json_array_foreach(ov, i, e) {
		if (!same_elem(d, e, json_array_get(nv, i)))
			return false;
	}
	return true;
}

/* Whether the phandles of an unchanged value point at other numbers:
 * the target's idx (what dtoc writes for the phandles it reads), or
 * for those it copies as plain cells ("numbers_in_c") the phandle */
bool phandle_numbers_moved(const struct diff *d, json_t *o, json_t *n)
{
	bool numbers = json_is_true(json_object_get(o, "numbers_in_c"));
	json_t *e;
	size_t i;

	json_array_foreach(json_object_get(o, "value"), i, e) {
		const char *path = jstr(e, "target");
		const struct dnode *t = path ? sm_get(&d->old.by_path, path) :
					       NULL;
		json_t *f = json_array_get(json_object_get(n, "value"), i);

		if (!json_is_object(e))
			continue;
		if ((t && t->match && jint(t->obj, "idx", -1) !=
					      jint(t->match->obj, "idx", -1)) ||
		    (numbers && jint(e, "phandle", -1) != jint(f, "phandle", -1)))
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
const char *reg_same_values(struct diff *d, const struct dnode *o,
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
