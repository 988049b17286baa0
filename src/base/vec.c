// SPDX-License-Identifier: GPL-2.0+
/*
 * A growable array of pointers (and sm_put_const(), which shares its
 * as_item()).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

void pv_push(struct ptrvec *v, void *item)
{
	if (v->count == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 8;
		v->items = xrealloc(v->items, v->cap * sizeof(*v->items));
	}
	v->items[v->count++] = item;
}

void apv_push(struct arena *a, struct ptrvec *v, void *item)
{
	if (v->count == v->cap) {
		int cap = v->cap ? v->cap * 2 : 4;
		void **items = arena_alloc(a, cap * sizeof(*items));

		if (v->count)
			memcpy(items, v->items, v->count * sizeof(*items));
		v->items = items;
		v->cap = cap;
	}
	v->items[v->count++] = item;
}

/* A const pointer as a container's item, without a cast */
static void *as_item(const void *item)
{
	union {
		const void *c;
		void *p;
	} u = { .c = item };

	return u.p;
}

void pv_push_const(struct ptrvec *v, const void *item)
{
	pv_push(v, as_item(item));
}

void apv_push_const(struct arena *a, struct ptrvec *v, const void *item)
{
	apv_push(a, v, as_item(item));
}

void sm_put_const(struct strmap *m, const char *key, const void *value)
{
	sm_put(m, key, as_item(value));
}

void pv_sort(struct ptrvec *v, int (*cmp)(const void *, const void *))
{
	if (v->count > 1)
		qsort(v->items, v->count, sizeof(*v->items), cmp);
}

void pv_free(struct ptrvec *v)
{
	free(v->items);
	memset(v, 0, sizeof(*v));
}
