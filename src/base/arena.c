// SPDX-License-Identifier: GPL-2.0+
/*
 * The run's arena, and allocation that aborts on exhaustion.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

/* (running out of memory is not tested: it exits at once, with one line) */
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

char *arena_strtrim(struct arena *a, const char *s)
{
	const char *end = s + strlen(s);

	while (*s == ' ' || *s == '\t')
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	return arena_strndup(a, s, end - s);
}

char *vformat_with(void *(*alloc)(void *actx, size_t size), void *actx,
		   const char *fmt, va_list ap)
{
	va_list copy;
	int len;
	char *p;

	va_copy(copy, ap);
	len = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	p = alloc(actx, len + 1);
	vsnprintf(p, len + 1, fmt, ap);
	return p;
}

static void *arena_alloc_cb(void *a, size_t size)
{
	return arena_alloc(a, size);
}

char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
	return vformat_with(arena_alloc_cb, a, fmt, ap);
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = arena_vprintf(a, fmt, ap);
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
