// SPDX-License-Identifier: GPL-2.0+
/*
 * Logical lines of a Makefile, as GNU make reads them outside recipes:
 * a backslash-newline and the blanks around it become one space.
 */
#include <string.h>

#include "kbuild/kbuild.h"

void kb_lines_init(struct kb_lines *r, const char *buf, size_t len)
{
	memset(r, 0, sizeof(*r));
	r->pos = buf;
	r->end = buf + len;
	r->next_lineno = 1;
}

bool kb_lines_next(struct kb_lines *r)
{
	bool joined = false;

	if (r->pos >= r->end)
		return false;
	r->line.len = 0;
	if (r->line.buf)
		r->line.buf[0] = '\0';
	r->lineno = r->next_lineno;
	while (r->pos < r->end) {
		const char *eol = memchr(r->pos, '\n', r->end - r->pos);
		const char *p = r->pos, *e;

		if (!eol)
			eol = r->end;
		e = eol;
		if (e > p && e[-1] == '\r')
			e--;
		if (joined) {
			while (p < e && (*p == ' ' || *p == '\t'))
				p++;
		}
		r->pos = eol < r->end ? eol + 1 : eol;
		r->next_lineno++;
		if (e > p && e[-1] == '\\') {
			e--;
			while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
				e--;
			sb_add(&r->line, p, e - p);
			sb_add(&r->line, " ", 1);
			joined = true;
			continue;
		}
		sb_add(&r->line, p, e - p);
		break;
	}
	if (!r->line.buf)
		sb_add(&r->line, "", 0);
	return true;
}

void kb_lines_free(struct kb_lines *r)
{
	sb_free(&r->line);
}
