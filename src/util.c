// SPDX-License-Identifier: GPL-2.0+
/*
 * Small containers used by every stage: an arena, a string buffer, a
 * pointer vector and an insertion-ordered string map.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dtoc.h"

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p) {
		fputs("dtoc: error: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

void *xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (!p) {
		fputs("dtoc: error: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

char *xstrdup(const char *s)
{
	size_t len = strlen(s) + 1;

	return memcpy(xmalloc(len), s, len);
}

/* ------------------------------------------------------------ arena */

struct arena_block {
	struct arena_block *next;
	size_t used;
	size_t size;
	max_align_t data[];
};

#define ARENA_BLOCK_SIZE (64 * 1024)

void *arena_alloc(struct arena *a, size_t size)
{
	struct arena_block *b = a->head;
	size_t align = sizeof(max_align_t);

	size = (size + align - 1) & ~(align - 1);
	if (!b || b->size - b->used < size) {
		size_t bsize = size > ARENA_BLOCK_SIZE ? size : ARENA_BLOCK_SIZE;

		b = xmalloc(sizeof(*b) + bsize);
		b->size = bsize;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	void *p = (char *)b->data + b->used;

	b->used += size;
	memset(p, 0, size);
	return p;
}

void *arena_dup(struct arena *a, const void *src, size_t size)
{
	void *p = arena_alloc(a, size);

	if (size)
		memcpy(p, src, size);
	return p;
}

void *arena_grow(struct arena *a, const void *old, size_t old_size,
		 size_t new_size)
{
	void *p = arena_alloc(a, new_size);

	if (old_size)
		memcpy(p, old, old_size);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc(a, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = arena_alloc(a, len + 1);

	va_start(ap, fmt);
	vsnprintf(p, len + 1, fmt, ap);
	va_end(ap);
	return p;
}

void arena_free(struct arena *a)
{
	struct arena_block *b = a->head;

	while (b) {
		struct arena_block *next = b->next;

		free(b);
		b = next;
	}
	a->head = NULL;
}

/* ----------------------------------------------------------- strbuf */

static void sb_grow(struct strbuf *sb, size_t extra)
{
	if (sb->len + extra + 1 <= sb->cap)
		return;
	size_t cap = sb->cap ? sb->cap * 2 : 256;

	while (cap < sb->len + extra + 1)
		cap *= 2;
	sb->buf = xrealloc(sb->buf, cap);
	sb->cap = cap;
}

void sb_add(struct strbuf *sb, const char *s, size_t len)
{
	sb_grow(sb, len);
	memcpy(sb->buf + sb->len, s, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

void sb_puts(struct strbuf *sb, const char *s)
{
	sb_add(sb, s, strlen(s));
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	sb_grow(sb, len);
	va_start(ap, fmt);
	vsnprintf(sb->buf + sb->len, len + 1, fmt, ap);
	va_end(ap);
	sb->len += len;
}

void sb_free(struct strbuf *sb)
{
	free(sb->buf);
	memset(sb, 0, sizeof(*sb));
}

/* ----------------------------------------------------------- ptrvec */

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

/* ----------------------------------------------------------- strmap */

static unsigned int hash_str(const char *s)
{
	unsigned int h = 2166136261u; /* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int sm_slot(const struct strmap *m, const char *key)
{
	unsigned int mask = m->nslots - 1;
	unsigned int i = hash_str(key) & mask;

	while (m->slots[i] >= 0 && strcmp(m->entries[m->slots[i]].key, key))
		i = (i + 1) & mask;
	return i;
}

void *sm_get(const struct strmap *m, const char *key)
{
	if (!m->nslots)
		return NULL;
	int slot = m->slots[sm_slot(m, key)];

	return slot < 0 ? NULL : m->entries[slot].value;
}

bool sm_has(const struct strmap *m, const char *key)
{
	return m->nslots && m->slots[sm_slot(m, key)] >= 0;
}

static void sm_rehash(struct strmap *m, int nslots)
{
	free(m->slots);
	m->nslots = nslots;
	m->slots = xmalloc(nslots * sizeof(*m->slots));
	memset(m->slots, 0xff, nslots * sizeof(*m->slots));
	for (int i = 0; i < m->count; i++)
		m->slots[sm_slot(m, m->entries[i].key)] = i;
}

void sm_put(struct strmap *m, const char *key, void *value)
{
	if ((m->count + 1) * 2 > m->nslots)
		sm_rehash(m, m->nslots ? m->nslots * 2 : 16);
	int slot = sm_slot(m, key);

	if (m->slots[slot] >= 0) {
		m->entries[m->slots[slot]].value = value;
		return;
	}
	if (m->count == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 16;
		m->entries = xrealloc(m->entries, m->cap * sizeof(*m->entries));
	}
	m->entries[m->count].key = key;
	m->entries[m->count].value = value;
	m->slots[slot] = m->count++;
}

void sm_free(struct strmap *m)
{
	free(m->entries);
	free(m->slots);
	memset(m, 0, sizeof(*m));
}

/* ---------------------------------------------------------- context */

void ctx_free(struct ctx *ctx)
{
	for (int i = 0; i < ctx->warnings.count; i++)
		diag_free(ctx->warnings.items[i]);
	pv_free(&ctx->warnings);
	diag_free(ctx->error);
	if (ctx->scan) {
		scan_free(ctx->scan);
		free(ctx->scan);
	}
	if (ctx->dt)
		free(ctx->dt->blob);
	arena_free(&ctx->arena);
}
