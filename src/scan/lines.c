// SPDX-License-Identifier: GPL-2.0+
/*
 * The scanner's view of a file's bytes, fast: is it plain text, does it
 * hold a marker, and its lines as Python splits them.
 *
 * Most of the time goes into looking at bytes that declare nothing, so
 * the passes over whole files work on 16 bytes at a time (GCC vector
 * extensions, which clang has too; with SSE2, one instruction turns a
 * comparison into a bit mask).
 */
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "scan/lines.h"

typedef unsigned char v16 __attribute__((vector_size(16)));
typedef signed char s16 __attribute__((vector_size(16)));

#define LOAD16(v, p) memcpy(&(v), (p), 16)

/* One bit per lane of a comparison's result (lanes are 0 or 0xff). */
static inline unsigned int bits16(v16 m)
{
#ifdef __SSE2__
	return (unsigned int)_mm_movemask_epi8((__m128i)m);
#else
	unsigned int bits = 0;

	for (int k = 0; k < 16; k++)
		bits |= (unsigned int)(m[k] >> 7) << k;
	return bits;
#endif
}

/* Control characters but tab and newline. */
static inline v16 ctrl16(v16 v)
{
	return (v16)((v < 0x20) & (v != '\n') & (v != '\t'));
}

/* Bytes >= 0x80 (outside ASCII). */
static inline v16 high16(v16 v)
{
	return (v16)((s16)v < 0);
}

/* Whether the text holds a control character but tab and newline (bit
 * 1) or a byte outside ASCII (bit 0); stops at the first of the first. */
static unsigned int text_class(const char *buf, size_t len)
{
	unsigned int cls = 0;
	size_t i = 0;

	for (; i + 32 <= len; i += 32) {
		v16 a, b;

		LOAD16(a, buf + i);
		LOAD16(b, buf + i + 16);
		if (bits16(ctrl16(a) | ctrl16(b)))
			return 2;
		if (!cls && bits16(high16(a) | high16(b)))
			cls = 1;
	}
	for (; i < len; i++) {
		unsigned char c = buf[i];

		if (c < 0x20 && c != '\n' && c != '\t')
			return 2;
		if (c >= 0x80)
			cls = 1;
	}
	return cls;
}

/* U+0085, U+2028 or U+2029, which end lines too (in valid UTF-8). */
static bool has_unicode_break(const char *buf, size_t len)
{
	size_t i = 0;

	for (; i + 16 + 2 <= len; i += 16) {
		v16 v;

		LOAD16(v, buf + i);
		for (unsigned int bits = bits16((v16)((v == 0xc2) | (v == 0xe2)));
		     bits; bits &= bits - 1) {
			const unsigned char *c =
				(const unsigned char *)buf + i + __builtin_ctz(bits);

			if ((c[0] == 0xc2 && c[1] == 0x85) ||
			    (c[0] == 0xe2 && c[1] == 0x80 &&
			     (c[2] == 0xa8 || c[2] == 0xa9)))
				return true;
		}
	}
	for (; i + 1 < len; i++) {
		unsigned char c = buf[i], d = buf[i + 1];

		if ((c == 0xc2 && d == 0x85) ||
		    (c == 0xe2 && d == 0x80 && i + 2 < len &&
		     ((unsigned char)buf[i + 2] == 0xa8 ||
		      (unsigned char)buf[i + 2] == 0xa9)))
			return true;
	}
	return false;
}

bool text_is_plain(const char *buf, size_t len)
{
	switch (text_class(buf, len)) {
	case 0:
		return true;
	case 1:
		return text_is_utf8(buf, len) && !has_unicode_break(buf, len);
	default:
		return false;
	}
}

bool text_is_utf8(const char *buf, size_t len)
{
	const unsigned char *s = (const unsigned char *)buf;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		int n;
		unsigned int cp, min;

		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xe0) == 0xc0) {
			n = 1, cp = c & 0x1f, min = 0x80;
		} else if ((c & 0xf0) == 0xe0) {
			n = 2, cp = c & 0x0f, min = 0x800;
		} else if ((c & 0xf8) == 0xf0) {
			n = 3, cp = c & 0x07, min = 0x10000;
		} else {
			return false;
		}
		if (i + n >= len)
			return false;
		for (int k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return false;
			cp = cp << 6 | (s[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return false;
		i += n + 1;
	}
	return true;
}

bool text_braces(const char *buf, size_t len, struct ptrvec *braces)
{
	v16 ctrl = { 0 }, high = { 0 };
	size_t i = 0;

	for (; i + 33 <= len; i += 32) {
		v16 a, b, c, d;

		LOAD16(a, buf + i);
		LOAD16(b, buf + i + 1);
		LOAD16(c, buf + i + 16);
		LOAD16(d, buf + i + 17);
		ctrl |= ctrl16(a) | ctrl16(c);
		high |= a | c;
		unsigned int bits =
			bits16((v16)((a == '{') & ((b == '\n') | (b == '\\')))) |
			bits16((v16)((c == '{') & ((d == '\n') | (d == '\\')))) << 16;

		for (; bits; bits &= bits - 1)
			pv_push_const(braces, buf + i + __builtin_ctz(bits));
	}
	if (bits16(ctrl))
		return false;
	bool any_high = bits16(high);

	for (; i < len; i++) {
		unsigned char ch = buf[i];

		if (ch < 0x20 && ch != '\n' && ch != '\t')
			return false;
		any_high |= ch >= 0x80;
		if (ch == '{' && (i + 1 == len || buf[i + 1] == '\n' ||
				  buf[i + 1] == '\\'))
			pv_push_const(braces, buf + i);
	}
	return !any_high ||
	       (text_is_utf8(buf, len) && !has_unicode_break(buf, len));
}

static unsigned int marker_at(const char *p)
{
	if (!memcmp(p, "U_BOOT_DRIVER", 13))
		return MARK_DRIVER;
	if (!memcmp(p, "UCLASS_DRIVER", 13))
		return MARK_UCLASS;
	return 0;
}

/*
 * "U_BOOT_DRIVER" and "UCLASS_DRIVER" in one pass: both are 13 bytes,
 * start with 'U' and end with 'R', so lanes where both hold are the only
 * candidates to compare.
 */
unsigned int find_c_markers(const char *buf, size_t len)
{
	const unsigned int all = MARK_DRIVER | MARK_UCLASS;
	unsigned int found = 0;
	size_t i = 0;

	for (; i + 12 + 32 <= len && found != all; i += 32) {
		v16 a, b, c, d;

		LOAD16(a, buf + i);
		LOAD16(b, buf + i + 12);
		LOAD16(c, buf + i + 16);
		LOAD16(d, buf + i + 28);
		unsigned int bits = bits16((v16)((a == 'U') & (b == 'R'))) |
				    bits16((v16)((c == 'U') & (d == 'R'))) << 16;

		for (; bits; bits &= bits - 1)
			found |= marker_at(buf + i + __builtin_ctz(bits));
	}
	for (; i + 13 <= len && found != all; i++) {
		if (buf[i] == 'U')
			found |= marker_at(buf + i);
	}
	return found;
}

/*
 * The first @needle in [@p, @end), or NULL: lanes where the needle's
 * bytes at @a and @b both hold are the only places compared.
 */
const char *find_needle(const char *p, const char *end, const char *needle,
			size_t len, size_t a, size_t b)
{
	size_t n = end - p, i = 0;

	if (n < len)
		return NULL;
	for (; i + b + 16 <= n; i += 16) {
		v16 x, y;

		LOAD16(x, p + i + a);
		LOAD16(y, p + i + b);
		unsigned int bits = bits16((v16)((x == (unsigned char)needle[a]) &
						 (y == (unsigned char)needle[b])));

		for (; bits; bits &= bits - 1) {
			size_t k = i + __builtin_ctz(bits);

			if (k + len <= n && !memcmp(p + k, needle, len))
				return p + k;
		}
	}
	for (; i + len <= n; i++) {
		if (!memcmp(p + i, needle, len))
			return p + i;
	}
	return NULL;
}

/* Whether one of find_driver_lines()'s strings starts at @p. */
static bool driver_line_at(const char *p, size_t room)
{
	static const struct {
		const char *s;
		size_t len;
	} needles[] = {
		{ "\\\n", 2 },
		{ "U_BOOT_DRIVER(", 14 },
		{ "DM_DRIVER_ALIAS(", 16 },
		{ "struct udevice_id ", 18 },
	};

	for (size_t j = 0; j < sizeof(needles) / sizeof(needles[0]); j++) {
		if (needles[j].len <= room &&
		    !memcmp(p, needles[j].s, needles[j].len))
			return true;
	}
	return false;
}

/*
 * Where, from @p on, a line of a driver file may matter to a parser
 * that is between declarations: a line continuation, "U_BOOT_DRIVER(",
 * "DM_DRIVER_ALIAS(" or "struct udevice_id ". Lines before the one
 * holding the place returned can only be skipped. @end if none.
 */
const char *find_driver_lines(const char *p, const char *end)
{
	size_t n = end - p, i = 0;

	/* anchors: the first two bytes, or 's' and the '_' of "udevice_" */
	for (; i + 14 + 16 <= n; i += 16) {
		v16 x, y, z;

		LOAD16(x, p + i);
		LOAD16(y, p + i + 1);
		LOAD16(z, p + i + 14);
		unsigned int bits = bits16((v16)(((x == '\\') & (y == '\n')) |
						 ((x == 'U') & (y == '_')) |
						 ((x == 'D') & (y == 'M')) |
						 ((x == 's') & (z == '_'))));

		for (; bits; bits &= bits - 1) {
			size_t k = i + __builtin_ctz(bits);

			if (driver_line_at(p + k, n - k))
				return p + k;
		}
	}
	for (; i < n; i++) {
		if (driver_line_at(p + i, n - i))
			return p + i;
	}
	return end;
}

static size_t count_newlines(const char *p, const char *end)
{
	size_t n = end - p, i = 0, count = 0;

	while (i + 16 <= n) {
		v16 acc = { 0 };

		/* each lane counts up to 255 before it is added up */
		for (int round = 0; round < 255 && i + 16 <= n;
		     round++, i += 16) {
			v16 v;

			LOAD16(v, p + i);
			acc -= (v16)(v == '\n');
		}
		for (int k = 0; k < 16; k++)
			count += acc[k];
	}
	for (; i < n; i++)
		count += p[i] == '\n';
	return count;
}

/* ------------------------------------------------------------ lines */

/* Length of the line break at @p, or 0: Python's universal newlines and
 * str.splitlines() also break at \v, \f, \x1c-\x1e, U+0085, U+2028/9. */
static size_t line_break_len(const char *p, const char *end)
{
	unsigned char c = *p;

	if (c == '\n' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1e))
		return 1;
	if (c == '\r')
		return p + 1 < end && p[1] == '\n' ? 2 : 1;
	if (c == 0xc2 && p + 1 < end && (unsigned char)p[1] == 0x85)
		return 2;
	if (c == 0xe2 && p + 2 < end && (unsigned char)p[1] == 0x80 &&
	    ((unsigned char)p[2] == 0xa8 || (unsigned char)p[2] == 0xa9))
		return 3;
	return 0;
}

/* Bytes where a line break may start: \n \v \f \r, 0x1c-0x1e, and the
 * first bytes of U+0085 and U+2028/9. */
static inline v16 break16(v16 v)
{
	return (v16)(((v >= 0x0a) & (v <= 0x0d)) | ((v >= 0x1c) & (v <= 0x1e)) |
		     (v == 0xc2) | (v == 0xe2));
}

/* The first line break at or after @p (@end if none), its length in
 * @brk. */
static char *find_break(char *p, char *end, size_t *brk)
{
	for (; p + 16 <= end; p += 16) {
		v16 v;

		LOAD16(v, p);
		for (unsigned int bits = bits16(break16(v)); bits;
		     bits &= bits - 1) {
			char *q = p + __builtin_ctz(bits);

			*brk = line_break_len(q, end);
			if (*brk)
				return q;
		}
	}
	for (; p < end; p++) {
		*brk = line_break_len(p, end);
		if (*brk)
			return p;
	}
	*brk = 0;
	return end;
}

/*
 * The reference reads a file whole: a NUL byte is a character of its
 * line like any other, which no pattern gives a meaning but '.'. The
 * matchers stop at a NUL, so they see LR_NUL instead, which no pattern
 * gives a meaning either (parse.c refuses a declaration holding one).
 * Plain text has no NUL: such lines are always copied.
 */
static void nul_to_placeholder(char *line, size_t len)
{
	for (char *z = memchr(line, '\0', len); z;
	     z = memchr(z + 1, '\0', len - (size_t)(z + 1 - line)))
		*z = LR_NUL;
}

void lr_init(struct line_reader *r, char *buf, size_t len, bool plain)
{
	memset(r, 0, sizeof(*r));
	r->pos = buf;
	r->end = buf + len;
	r->plain = plain;
	r->next_lineno = 1;
}

/* The next physical line [*start, *stop), and where the one after it
 * begins. */
static char *next_physical(struct line_reader *r, char **stop)
{
	char *start = r->pos;

	if (r->plain) {
		char *nl = memchr(start, '\n', r->end - start);

		*stop = nl ? nl : r->end;
		r->pos = nl ? nl + 1 : r->end;
	} else {
		size_t brk = 0;
		char *p = find_break(start, r->end, &brk);

		*stop = p;
		r->pos = p + brk;
	}
	return start;
}

/*
 * The next logical line: physical lines joined while the line so far
 * ends in a backslash (which is dropped), as the reference joins them; a
 * continuation on the last line is dropped with it. A plain line that
 * stands alone is handed out in place, its '\n' replaced by a NUL until
 * the next call.
 */
bool lr_next(struct line_reader *r)
{
	bool continued = false;

	if (r->restore) {
		*r->restore = '\n';
		r->restore = NULL;
	}
	r->join.len = 0;
	while (r->pos < r->end) {
		char *stop;
		char *start = next_physical(r, &stop);

		if (!continued)
			r->lineno = r->next_lineno;
		r->next_lineno++;
		if (!continued && r->plain && (stop == start ||
					       stop[-1] != '\\')) {
			r->line = start;
			r->len = stop - start;
			r->in_place = true;
			if (stop < r->end) {
				*stop = '\0';
				r->restore = stop;
			}
			return true;
		}
		sb_add(&r->join, start, stop - start);
		if (r->join.len && r->join.buf[r->join.len - 1] == '\\') {
			r->join.buf[--r->join.len] = '\0';
			continued = true;
			continue;
		}
		r->line = r->join.buf;
		r->len = r->join.len;
		r->in_place = false;
		nul_to_placeholder(r->line, r->len);
		return true;
	}
	return false;
}

void lr_skip_to(struct line_reader *r, const char *p)
{
	char *start = r->pos + (p - r->pos); /* @p points into r's buffer */

	if (r->restore) {
		*r->restore = '\n';
		r->restore = NULL;
	}
	while (start > r->pos && start[-1] != '\n')
		start--;
	if (start <= r->pos)
		return;
	r->next_lineno += count_newlines(r->pos, start);
	r->pos = start;
}

void lr_free(struct line_reader *r)
{
	if (r->restore) {
		*r->restore = '\n';
		r->restore = NULL;
	}
	sb_free(&r->join);
}
