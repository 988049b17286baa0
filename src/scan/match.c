// SPDX-License-Identifier: GPL-2.0+
/*
 * The line patterns of the source scanner.
 *
 * Each function accepts exactly the lines the reference's regular
 * expressions accept and captures the same text, including where a
 * greedy match reaches (the last ')' of a line, the last '"' that still
 * lets the rest match). They are written out by hand so that they keep
 * the reference's backtracking semantics, which POSIX regex does not.
 */
#include <string.h>

#include "scan/lines.h"

/* Python's \s, for the characters that can occur inside a line */
static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	       c == '\f' || (c >= 0x1c && c <= 0x1f);
}

static bool is_word(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

static const char *skip_space(const char *p)
{
	while (is_space(*p))
		p++;
	return p;
}

static bool starts_with(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static struct span span_of(const char *start, const char *end)
{
	struct span s = { start, (size_t)(end - start) };

	return s;
}

/* "NAME(" at the start of the line, up to the last ')' after it. */
bool match_call_at_start(const char *line, const char *name_paren,
			 struct span *arg)
{
	if (!starts_with(line, name_paren))
		return false;
	const char *start = line + strlen(name_paren);
	const char *close = strrchr(start, ')');

	if (!close)
		return false;
	*arg = span_of(start, close);
	return true;
}

/* As match_call_at_start(), after optional leading whitespace. */
bool match_call_after_space(const char *line, const char *name_paren,
			    struct span *arg)
{
	return match_call_at_start(skip_space(line), name_paren, arg);
}

/*
 * "<ws><any char>MEMBER<ws>=<ws>sizeof(struct<ws+>NAME)," ending the line.
 * The character before MEMBER need not be a '.', and may itself be the
 * last whitespace character.
 */
bool match_auto_member(const char *line, const char *member, struct span *name)
{
	const char *first = skip_space(line);
	size_t mlen = strlen(member);
	const char *cands[2] = { *first ? first + 1 : NULL,
				 first > line ? first : NULL };

	for (int i = 0; i < 2; i++) {
		const char *p = cands[i];

		if (!p || strncmp(p, member, mlen))
			continue;
		p = skip_space(p + mlen);
		if (*p != '=')
			continue;
		p = skip_space(p + 1);
		if (!starts_with(p, "sizeof(struct"))
			continue;
		p += strlen("sizeof(struct");
		if (!is_space(*p))
			continue;
		p = skip_space(p);
		size_t len = strlen(p);

		if (len < 2 || strcmp(p + len - 2, "),"))
			continue;
		*name = span_of(p, p + len - 2);
		return true;
	}
	return false;
}

/* ".id<ws>=<ws>UCLASS_[A-Z0-9_]+" anywhere in the line. */
bool search_uclass_id(const char *line, struct span *id)
{
	for (const char *p = strstr(line, ".id"); p; p = strstr(p + 1, ".id")) {
		const char *q = skip_space(p + 3);

		if (*q != '=')
			continue;
		q = skip_space(q + 1);
		if (!starts_with(q, "UCLASS_"))
			continue;
		const char *end = q + strlen("UCLASS_");

		while ((*end >= 'A' && *end <= 'Z') ||
		       (*end >= '0' && *end <= '9') || *end == '_')
			end++;
		if (end == q + strlen("UCLASS_"))
			continue;
		*id = span_of(q, end);
		return true;
	}
	return false;
}

/*
 * ".of_match<ws>=<ws>[of_match_ptr(]VAR<suffix>," anywhere in the line:
 * VAR is [a-z0-9_]+ and the suffix runs to the next ','.
 */
bool search_of_match(const char *line, struct span *var, struct span *suffix)
{
	for (const char *p = strstr(line, ".of_match"); p;
	     p = strstr(p + 1, ".of_match")) {
		const char *q = skip_space(p + strlen(".of_match"));

		if (*q != '=')
			continue;
		q = skip_space(q + 1);
		/* with the optional "of_match_ptr(" first, then without */
		for (int with_ptr = 1; with_ptr >= 0; with_ptr--) {
			const char *v = q;

			if (with_ptr) {
				if (!starts_with(v, "of_match_ptr("))
					continue;
				v += strlen("of_match_ptr(");
			}
			const char *end = v;

			while (is_lower_ident(*end))
				end++;
			if (end == v)
				continue;
			const char *comma = strchr(end, ',');

			if (!comma)
				continue;
			*var = span_of(v, end);
			*suffix = span_of(end, comma);
			return true;
		}
	}
	return false;
}

/* After ".data<ws>=<ws>" at @p: the longest non-space run that is still
 * followed by "<ws>},". */
static bool match_data_tail(const char *p, struct span *data)
{
	const char *run_end = p;

	while (*run_end && !is_space(*run_end))
		run_end++;
	if (starts_with(skip_space(run_end), "},")) {
		*data = span_of(p, run_end);
		return true;
	}
	for (const char *e = run_end - 1; e >= p; e--) {
		if (starts_with(e, "},")) {
			*data = span_of(p, e);
			return true;
		}
	}
	return false;
}

/* What may follow the closing quote of a compatible string. */
static bool match_compat_tail(const char *p, struct span *data, bool *has_data)
{
	p = skip_space(p);
	if (*p == ',') {
		const char *q = skip_space(p + 1);

		if (starts_with(q, ".data")) {
			q = skip_space(q + strlen(".data"));
			if (*q == '=' && match_data_tail(skip_space(q + 1), data)) {
				*has_data = true;
				return true;
			}
		}
	}
	*has_data = false;
	return starts_with(p, "},");
}

/*
 * "{<ws>.compatible<ws>=<ws>"STR"<ws>[,<ws>.data<ws>=<ws>DATA]<ws>},"
 * anywhere in the line. STR reaches the last '"' that lets the rest match.
 */
bool search_compatible(const char *line, struct span *compat,
		       struct span *data, bool *has_data)
{
	for (const char *p = strchr(line, '{'); p; p = strchr(p + 1, '{')) {
		const char *q = skip_space(p + 1);

		if (!starts_with(q, ".compatible"))
			continue;
		q = skip_space(q + strlen(".compatible"));
		if (*q != '=')
			continue;
		q = skip_space(q + 1);
		if (*q != '"')
			continue;
		const char *start = q + 1;

		for (const char *e = start + strlen(start) - 1; e >= start;
		     e--) {
			if (*e == '"' && match_compat_tail(e + 1, data, has_data)) {
				*compat = span_of(start, e);
				return true;
			}
		}
	}
	return false;
}

/* "struct udevice_id NAME[]<ws>=" anywhere; NAME reaches the last "[]". */
bool search_udevice_ids(const char *line, struct span *name)
{
	static const char key[] = "struct udevice_id ";

	for (const char *p = strstr(line, key); p; p = strstr(p + 1, key)) {
		const char *start = p + strlen(key);

		for (const char *e = start + strlen(start); e >= start; e--) {
			if (starts_with(e, "[]") && *skip_space(e + 2) == '=') {
				*name = span_of(start, e);
				return true;
			}
		}
	}
	return false;
}

/* "DM_DRIVER_ALIAS(<ws>DRIVER<ws>,<ws>ALIAS<ws>)" at the start. */
bool match_driver_alias(const char *line, struct span *driver,
			struct span *alias)
{
	const char *p = line;
	struct span *out[2] = { driver, alias };

	if (!starts_with(p, "DM_DRIVER_ALIAS("))
		return false;
	p += strlen("DM_DRIVER_ALIAS(");
	for (int i = 0; i < 2; i++) {
		const char *start = skip_space(p);
		const char *end = start;

		while (is_word(*end))
			end++;
		if (end == start)
			return false;
		*out[i] = span_of(start, end);
		p = skip_space(end);
		if (*p != (i ? ')' : ','))
			return false;
		p++;
	}
	return true;
}

/* The whole line is "struct [a-z0-9_]+ {". */
bool match_struct_definition(const char *line, struct span *name)
{
	if (!starts_with(line, "struct "))
		return false;
	const char *start = line + strlen("struct ");
	const char *end = start;

	while (is_lower_ident(*end))
		end++;
	if (end == start || strcmp(end, " {"))
		return false;
	*name = span_of(start, end);
	return true;
}

/*
 * How a C file includes a header, given its path relative to the tree:
 * relative to include/, with arch/<arch>/include/asm/ shown as asm/.
 */
char *header_include_name(struct arena *a, const char *rel)
{
	const char *inc = starts_with(rel, "include/") ? rel + 8 : NULL;
	char *name = inc ? arena_strdup(a, inc) : arena_printf(a, "../%s", rel);

	/* any two characters, then /arch/[a-z0-9]+/include/asm/ */
	if (strlen(name) < 2 || !starts_with(name + 2, "/arch/"))
		return name;
	const char *p = name + 2 + strlen("/arch/");
	const char *arch = p;

	while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
		p++;
	if (p == arch || !starts_with(p, "/include/asm/"))
		return name;
	return arena_printf(a, "asm/%s", p + strlen("/include/asm/"));
}
