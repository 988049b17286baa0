// SPDX-License-Identifier: GPL-2.0+
/*
 * A growable array of pointers.
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
