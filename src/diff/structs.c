// SPDX-License-Identifier: GPL-2.0+
/*
 * diff: the dtd_ structs: members gained, lost or retyped, grouped by
 * struct, with the nodes that cause each; structs added or removed with
 * the nodes that use them.
 */
#include <stdlib.h>
#include <string.h>

#include "diff/structs.h"
#include "diff/values.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
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
				    strings_text(d, because, 3, ""));
	} else if (b) {
		change = "added";
		because = causes(d, st, prop, false);
		text = arena_printf(&d->arena, "%s gains '%s' (%s %s)%s%s%s",
				    st, prop, member_type(d, b), or_none(jstr(b, "name")),
				    json_array_size(because) ? " because " : "",
				    strings_text(d, because, 3, ""),
				    json_array_size(because) > 1 ? " have it" :
				    json_array_size(because) ? " has it" : "");
	} else {
		change = "removed";
		because = causes(d, st, prop, true);
		text = arena_printf(&d->arena, "%s loses '%s'%s%s%s", st, prop,
				    json_array_size(because) ? " because " : "",
				    strings_text(d, because, 3, ""),
				    json_array_size(because) > 1 ?
					    " no longer have it" :
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

json_t *compare_structs(struct diff *d)
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
