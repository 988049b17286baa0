// SPDX-License-Identifier: GPL-2.0+
/*
 * diff: the two sides' nodes, from their reports (with each device's
 * seq at run time), and their matching: by path, then the rest as
 * renames or moves (the same compatible strings and unit address, or
 * the same properties under another name or parent).
 */
#include <stdlib.h>
#include <string.h>

#include "diff/model.h"

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

void side_nodes(struct dside *s, json_t *report)
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
			struct dnode *dn;

			/* side.c refuses such a report; this is for one
			 * that did not go through it (the fuzz target) */
			if (!jstr(n, "path") || sm_has(&s->by_path,
						       jstr(n, "path")))
				continue;
			dn = &s->nodes[k++];
			dn->path = jstr(n, "path");
			dn->obj = n;
			dn->valid = !pass;
			dn->seq = -1;
			dn->uclass = jstr(n, "uclass");
			if (s->inst && dn->valid)
				dn->seq = jint(n, "seq", -1);
			sm_put(&s->by_path, dn->path, dn);
		}
	}
	s->count = k;
	json_array_foreach(json_object_get(report, "structs"), i, st) {
		if (jstr(st, "name"))
			sm_put(&s->structs, jstr(st, "name"),
			       json_object_get(st, "members"));
	}
	if (!s->inst)
		bind_order_seqs(s);
}

void side_free_nodes(struct dside *s)
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

const char *parent_path(struct arena *a, const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash || slash == path)
		return "/";
	return arena_strndup(a, path, slash - path);
}

void match_by_path(struct diff *d)
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

/* The same driver at the same unit address, its compatible strings
 * edited (spiflash@0 "spidev", "jedec,spi-nor" -> flash@0
 * "jedec,spi-nor") */
static bool same_driver_unit(const struct dnode *o, const struct dnode *n)
{
	const char *ua = unit_address(o->path), *ub = unit_address(n->path);

	return ua && ub && !strcmp(ua, ub) && jstr(o->obj, "driver") &&
	       same_str(jstr(o->obj, "driver"), jstr(n->obj, "driver"));
}

/* Whether @n's parent is @o's, as matched so far */
static bool same_parent(struct diff *d, const struct dnode *o,
			const struct dnode *n)
{
	return same_str(new_path_of(d, parent_path(&d->arena, o->path)),
			parent_path(&d->arena, n->path));
}

/* The nodes left over: renames and moves, by identity first, and under
 * the same (matched) parent before any other, so that two like nodes
 * under two parents are not crossed; again while renamed parents let
 * more of their children match. */
void match_renames(struct diff *d)
{
	bool (*tests[])(const struct dnode *, const struct dnode *) = {
		same_identity, same_props, same_driver_unit,
	};

	for (size_t t = 0; t < sizeof(tests) / sizeof(*tests); t++) {
		/* a driver and an address: only under the same parent */
		int loosest = tests[t] == same_driver_unit ? 1 : 0;

		for (int strict = 1; strict >= loosest; strict--) {
			bool progress;

			do {
				progress = false;
				for (int i = 0; i < d->old.count; i++) {
					struct dnode *o = &d->old.nodes[i];

					if (o->match || !o->valid)
						continue;
					for (int k = 0; k < d->new.count; k++) {
						struct dnode *n = &d->new.nodes[k];

						if (n->match || !n->valid ||
						    !tests[t](o, n) ||
						    (strict && !same_parent(d, o, n)))
							continue;
						o->match = n;
						n->match = o;
						progress = true;
						break;
					}
				}
			} while (strict && progress);
		}
	}
}

/* A node left over that has one of a kind on each side: the same
 * compatible strings under the same (matched) parent, and no other
 * node left over like it on either side. Only where a unit address is
 * given or dropped (emul -> emul@7f): two nodes at two addresses are
 * two devices. */
static struct dnode *only_like(struct diff *d, const struct dside *side,
			       const struct dnode *x, bool x_old)
{
	struct dnode *found = NULL;

	for (int k = 0; k < side->count; k++) {
		struct dnode *y = &side->nodes[k];

		if (y->match || !y->valid || y == x ||
		    !json_equal(json_object_get(x->obj, "compatible"),
				json_object_get(y->obj, "compatible")) ||
		    !(x_old ? same_parent(d, x, y) : same_parent(d, y, x)))
			continue;
		if (found)
			return NULL;
		found = y;
	}
	return found;
}

void match_unique(struct diff *d)
{
	for (int i = 0; i < d->old.count; i++) {
		struct dnode *o = &d->old.nodes[i];
		struct dnode *n;

		if (o->match || !o->valid)
			continue;
		n = only_like(d, &d->new, o, true);
		if (n && (!unit_address(o->path) || !unit_address(n->path)) &&
		    only_like(d, &d->old, n, false) == o) {
			o->match = n;
			n->match = o;
		}
	}
}

/* An old path as it is on the new side (renamed or moved), else itself */
const char *new_path_of(const struct diff *d, const char *old_path)
{
	const struct dnode *o = old_path ? sm_get(&d->old.by_path, old_path) :
					   NULL;

	return o && o->match ? o->match->path : old_path;
}
