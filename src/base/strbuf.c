// SPDX-License-Identifier: GPL-2.0+
/*
 * A growable, always NUL-terminated byte buffer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

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

/* Room for @size more bytes at the end (the text and its NUL) */
static void *sb_room(void *sbp, size_t size)
{
	struct strbuf *sb = sbp;

	sb_grow(sb, size - 1);
	return sb->buf + sb->len;
}

void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
{
	sb->len += strlen(vformat_with(sb_room, sb, fmt, ap));
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(sb, fmt, ap);
	va_end(ap);
}

void sb_free(struct strbuf *sb)
{
	free(sb->buf);
	memset(sb, 0, sizeof(*sb));
}
