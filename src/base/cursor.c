// SPDX-License-Identifier: GPL-2.0+
/*
 * base: the bounds-checked cursor the readers of binary files share;
 * each format keeps its own checks on top of it.
 */
#include <string.h>

#include "base/cursor.h"

struct cursor cursor_at(const char *p, size_t len)
{
	return (struct cursor){ p, p + len, false };
}

void cursor_take(struct cursor *c, void *out, size_t n)
{
	if (c->bad || (size_t)(c->end - c->p) < n) {
		c->bad = true;
		memset(out, 0, n);
		return;
	}
	memcpy(out, c->p, n);
	c->p += n;
}

uint32_t cursor_u32(struct cursor *c)
{
	uint32_t v;

	cursor_take(c, &v, sizeof(v));
	return v;
}

uint64_t cursor_u64(struct cursor *c)
{
	uint64_t v;

	cursor_take(c, &v, sizeof(v));
	return v;
}

const char *cursor_chars(struct cursor *c, uint32_t len)
{
	const char *s = c->p;

	if (c->bad || (size_t)(c->end - c->p) <= len || s[len] ||
	    memchr(s, 0, len)) {
		c->bad = true;
		return NULL;
	}
	c->p += (size_t)len + 1;
	return s;
}

const char *cursor_str(struct cursor *c)
{
	return cursor_chars(c, cursor_u32(c));
}

uint32_t cursor_count(struct cursor *c, size_t min)
{
	uint32_t n = cursor_u32(c);

	if (c->bad || n > (size_t)(c->end - c->p) / min) {
		c->bad = true;
		return 0;
	}
	return n;
}
