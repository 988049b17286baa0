/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * scan (internal): a file's bytes and lines as the reference reads them
 * (lines.c), and the line patterns it matches (match.c). Only the
 * parser of one file (parse.c) reads text this way.
 */
#ifndef SCAN_LINES_H
#define SCAN_LINES_H

#include "base/diag.h"

/* --------------------------------------------------------- match.c */

/* A piece of a line. */
struct span {
	const char *p;
	size_t len;
};

bool match_call_at_start(const char *line, const char *name_paren,
			 struct span *arg);
bool match_call_after_space(const char *line, const char *name_paren,
			    struct span *arg);
bool match_auto_member(const char *line, const char *member,
		       struct span *name);
bool search_uclass_id(const char *line, struct span *id);
bool search_of_match(const char *line, struct span *var, struct span *suffix);
bool search_compatible(const char *line, struct span *compat,
		       struct span *data, bool *has_data);
bool search_udevice_ids(const char *line, struct span *name);
bool match_driver_alias(const char *line, struct span *driver,
			struct span *alias);
bool match_struct_definition(const char *line, struct span *name);

/* [a-z0-9_]: a character of the names the reference's patterns take
 * (struct names, .of_match suffixes) */
static inline bool is_lower_ident(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/* How a C file includes the header at @rel (relative to its tree). */
char *header_include_name(struct arena *a, const char *rel);

/* lines.c: a file's bytes, looked at 16 at a time */

/* Valid UTF-8 whose lines end only at '\n' (no other control character
 * but tab, no U+0085, U+2028/9): the parsers' fast paths apply. */
bool text_is_plain(const char *buf, size_t len);
/* Strict UTF-8, as Python decodes sources. */
bool text_is_utf8(const char *buf, size_t len);

/* One pass over a header: whether it is plain, as text_is_plain(), and
 * if so, in @braces (of const char *), each '{' that ends a line or is
 * followed by a backslash, for the struct scan. */
bool text_braces(const char *buf, size_t len, struct ptrvec *braces);

enum { MARK_DRIVER = 1, MARK_UCLASS = 2, MARK_STRUCT = 4, MARK_PLAIN = 8 };
/* Which of "U_BOOT_DRIVER", "UCLASS_DRIVER" @buf holds (MARK_ bits). */
unsigned int find_c_markers(const char *buf, size_t len);

/* The first @needle (@len bytes) in [@p, @end), or NULL; @a and @b are
 * offsets of two of its bytes, preferably rare ones. */
const char *find_needle(const char *p, const char *end, const char *needle,
			size_t len, size_t a, size_t b);
/* Where a line of a driver file may matter to a parser between
 * declarations, from @p on (@end: nowhere); see lines.c. */
const char *find_driver_lines(const char *p, const char *end);

/* Logical lines as the reference reads them (see lr_next()). */
struct line_reader {
	char *pos;
	char *end;
	bool plain;	    /* text_is_plain(): lines end only at '\n' */
	int next_lineno;
	int lineno;	    /* where the current line starts */
	char *line;	    /* the current line, NUL-terminated */
	size_t len;
	bool in_place;	    /* line points into the buffer */
	char *restore;	    /* a '\n' replaced by NUL, put back next */
	struct strbuf join; /* joined or copied lines */
};

/* What a NUL byte in a line is handed out as (see lines.c) */
#define LR_NUL '\x01'

/* @buf[@len] must be NUL; the buffer is written to while reading and
 * is as it was after lr_free(). */
void lr_init(struct line_reader *r, char *buf, size_t len, bool plain);
bool lr_next(struct line_reader *r);
/* Skip to the physical line holding @p, which must start a logical line
 * (plain text, no continuation before it since the current position). */
void lr_skip_to(struct line_reader *r, const char *p);
void lr_free(struct line_reader *r);

#endif /* SCAN_LINES_H */
