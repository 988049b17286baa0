// SPDX-License-Identifier: GPL-2.0+
/*
 * The source scanner's parsers: U_BOOT_DRIVER and udevice_id tables,
 * DM_DRIVER_ALIAS, UCLASS_DRIVER, and struct definitions in headers.
 *
 * Like the reference they work line by line: a declaration starts on a
 * line that begins with its macro and ends at the first line holding
 * "};" (even inside a comment); a line ending in '\' is joined to the
 * next. Lines are split where Python splits them (see lines.c).
 *
 * A file is parsed on its own into a file_result, in any thread, without
 * looking at other files: scan.c merges the results in walk order (and
 * sets the file of what they declare and of their messages: @res->path
 * may be a scratch copy while parsing). The
 * results are also what the scan cache keeps, so a change to what these
 * parsers find must bump CACHE_VERSION in cache-format.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "scan/lines.h"
#include "scan/parse.h"

struct parser {
	struct arena *a;
	struct file_result *res;
};

static char *span_dup(struct parser *p, struct span s)
{
	return arena_strndup(p->a, s.p, s.len);
}

__attribute__((format(printf, 5, 6)))
static void note(struct parser *p, const char *driver, int line,
		 enum note_kind kind, const char *fmt, ...)
{
	struct driver_note *n = arena_alloc(p->a, sizeof(*n));
	va_list ap;

	va_start(ap, fmt);
	n->text = arena_vprintf(p->a, fmt, ap);
	va_end(ap);
	n->driver = arena_strdup(p->a, driver);
	n->line = line;
	n->kind = kind;
	apv_push(p->a, &p->res->notes, n);
}

/* ---------------------------------------------------------- drivers */

static struct of_table *of_table_new(struct parser *p)
{
	return arena_alloc(p->a, sizeof(struct of_table));
}

/* Add or replace a compatible string, keeping its first position. */
static void of_table_put(struct parser *p, struct of_table *t,
			 const char *compat, const char *data)
{
	for (int i = 0; i < t->count; i++) {
		if (!strcmp(t->entries[i].compat, compat)) {
			t->entries[i].data = data;
			return;
		}
	}
	struct of_entry *grown = arena_grow(p->a, t->entries,
					    t->count * sizeof(*grown),
					    (t->count + 1) * sizeof(*grown));

	grown[t->count].compat = compat;
	grown[t->count].data = data;
	t->entries = grown;
	t->count++;
}

struct driver_parser {
	struct parser p;
	struct strmap of_match;	  /* table name -> of_table, this file */
	struct strmap drivers;	  /* name -> driver, this file */
	struct driver *driver;	  /* inside U_BOOT_DRIVER() */
	const char *ids_name;	  /* inside a udevice_id table */
	struct of_table *entries; /* the table being filled */
	const char *compat_var;	  /* .of_match of the current driver */
	int compat_line;
	const char *ids_next;	  /* next "struct udevice_id " (see below) */
	const char *next_line;	  /* from find_driver_lines() */
};

static int end_driver(struct driver_parser *dp)
{
	struct parser *p = &dp->p;
	struct driver *drv = dp->driver;
	bool is_root = !strcmp(drv->name, "root_driver");

	if (drv->uclass_id && (dp->compat_var || is_root)) {
		if (!is_root) {
			drv->compat = sm_get(&dp->of_match, dp->compat_var);
			if (!drv->compat) {
				struct strbuf found = { 0 };

				for (int i = 0; i < dp->of_match.count; i++)
					sb_printf(&found, "%s%s", i ? "," : "",
						  dp->of_match.entries[i].key);
				p->res->error_code = DC_OF_MATCH_TABLE_MISSING;
				p->res->error_line = dp->compat_line;
				p->res->error = arena_printf(p->a,
					"driver '%s': .of_match names '%s', but no udevice_id table of that name comes before it in this file (found: %s)",
					drv->name,
					dp->compat_var,
					found.len ? found.buf : "none");
				sb_free(&found);
				return DTOC_ERR_INPUT;
			}
		}
		sm_put(&dp->drivers, drv->name, drv);
	} else if (!drv->uclass_id) {
		note(p, drv->name, drv->line, NOTE_NO_UCLASS,
		     "driver '%s' has no .id (uclass), so it is ignored; add .id = UCLASS_...",
		     drv->name);
	} else {
		note(p, drv->name, drv->line, NOTE_NO_OF_MATCH,
		     "driver '%s' has no .of_match compatible strings, so it is ignored; add .of_match = <udevice_id table>",
		     drv->name);
	}
	dp->driver = NULL;
	dp->ids_name = NULL;
	dp->compat_var = NULL;
	dp->entries = of_table_new(p);
	return 0;
}

static const char *skip_blanks(const char *s, const char *end)
{
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	return s;
}

/*
 * What follows the table's name on an .of_match line, up to the comma.
 * The reference warns about anything but of_match_ptr()'s ')' and then
 * reads the whole table. " + N" is U-Boot's idiom for a driver that
 * matches a shared table from entry N on; a comment changes nothing.
 */
static void of_match_suffix(struct driver_parser *dp, struct span suffix,
			    int lineno)
{
	struct parser *p = &dp->p;
	const char *s = suffix.p, *end = suffix.p + suffix.len;
	const char *name = dp->driver->name;

	if (!suffix.len || (suffix.len == 1 && *suffix.p == ')'))
		return;
	s = skip_blanks(s, end);
	if (s < end && *s == '+') {
		int n = 0;
		const char *digits;

		s = skip_blanks(s + 1, end);
		for (digits = s; s < end && *s >= '0' && *s <= '9' &&
				 n < 100000; s++)
			n = n * 10 + (*s - '0');
		if (s > digits && skip_blanks(s, end) == end) {
			dp->driver->of_match_offset = n;
			return;
		}
	} else if (end - s >= 4 && s[0] == '/' && s[1] == '*' &&
		   end[-2] == '*' && end[-1] == '/') {
		note(p, name, lineno, NOTE_SUFFIX_COMMENT,
		     "comment '%.*s' after .of_match = %s changes nothing (U-Boot's dtoc warns of an unexpected suffix)",
		     (int)suffix.len, suffix.p, dp->compat_var);
		return;
	}
	note(p, name, lineno, NOTE_SUFFIX,
	     "unexpected suffix '%.*s' on .of_match line for compat '%s'",
	     (int)suffix.len, suffix.p, dp->compat_var);
}

/* One line inside U_BOOT_DRIVER(): the first rule that matches wins. */
static int driver_line(struct driver_parser *dp, const char *line, int lineno)
{
	struct parser *p = &dp->p;
	struct driver *drv = dp->driver;
	struct span s, suffix;

	if (match_auto_member(line, "priv_auto", &s)) {
		drv->priv = span_dup(p, s);
	} else if (match_auto_member(line, "plat_auto", &s)) {
		drv->plat = span_dup(p, s);
	} else if (match_auto_member(line, "per_child_plat_auto", &s)) {
		drv->child_plat = span_dup(p, s);
	} else if (match_auto_member(line, "per_child_auto", &s)) {
		drv->child_priv = span_dup(p, s);
	} else if (search_uclass_id(line, &s)) {
		drv->uclass_id = span_dup(p, s);
	} else if (search_of_match(line, &s, &suffix)) {
		dp->compat_var = span_dup(p, s);
		dp->compat_line = lineno;
		of_match_suffix(dp, suffix, lineno);
	} else if (match_call_after_space(line, "DM_PHASE(", &s)) {
		drv->phase = span_dup(p, s);
	} else if (match_call_after_space(line, "DM_HEADER(", &s)) {
		apv_push(p->a, &drv->headers, span_dup(p, s));
	} else if (strstr(line, "};")) {
		return end_driver(dp);
	}
	return 0;
}

/*
 * Whether the line may hold "struct udevice_id ": most lines of a driver
 * file are outside any declaration, and searching each of them would
 * cost more than reading the file. A line read in place is a piece of
 * the file, so the file's next occurrence, found once, tells.
 */
static bool may_hold_ids(struct driver_parser *dp, const struct line_reader *r)
{
	static const char key[] = "struct udevice_id ";
	const size_t klen = sizeof(key) - 1;

	if (!r->in_place)
		return true;
	if (!dp->ids_next || dp->ids_next < r->line) {
		dp->ids_next = find_needle(r->line, r->end, key, klen, 7, 14);
		if (!dp->ids_next)
			dp->ids_next = r->end;
	}
	return dp->ids_next + klen <= r->line + r->len;
}

static int parse_drivers(struct parser *p, char *buf, size_t len, bool plain)
{
	struct driver_parser dp = { .p = *p };
	struct line_reader r;
	int ret = 0;

	lr_init(&r, buf, len, plain);
	dp.entries = of_table_new(p);
	while (!ret) {
		const char *line;
		struct span s, data, name;
		bool has_data;

		if (plain && !dp.driver && !dp.ids_name) {
			/* between declarations: skip to where it may end */
			if (!dp.next_line || dp.next_line < r.pos)
				dp.next_line = find_driver_lines(r.pos, r.end);
			lr_skip_to(&r, dp.next_line);
		}
		if (!lr_next(&r))
			break;
		line = r.line;
		if (dp.driver) {
			ret = driver_line(&dp, line, r.lineno);
		} else if (dp.ids_name) {
			if (search_compatible(line, &s, &data, &has_data)) {
				of_table_put(p, dp.entries, span_dup(p, s),
					     has_data ? span_dup(p, data) : NULL);
				continue;
			}
			/* an entry the reference does not read (say over
			 * two lines): the entries it has are not the C's */
			if (strstr(line, ".compatible"))
				dp.entries->partial = true;
			if (strstr(line, "};")) {
				/* the table object is shared until the next
				 * driver ends, as in the reference */
				dp.entries->name = dp.ids_name;
				sm_put(&dp.of_match, dp.ids_name, dp.entries);
				dp.ids_name = NULL;
			}
		} else if (*line == 'U' &&
			   match_call_at_start(line, "U_BOOT_DRIVER(", &s)) {
			dp.driver = arena_alloc(p->a, sizeof(*dp.driver));
			dp.driver->name = span_dup(p, s);
			dp.driver->line = r.lineno;
		} else if (may_hold_ids(&dp, &r) &&
			   search_udevice_ids(line, &name)) {
			dp.ids_name = span_dup(p, name);
		} else if (*line == 'D' && match_driver_alias(line, &s, &name)) {
			struct alias_decl *ad = arena_alloc(p->a, sizeof(*ad));

			ad->alias = arena_alloc(p->a, sizeof(*ad->alias));
			ad->alias->driver = span_dup(p, s);
			ad->alias->line = r.lineno;
			ad->name = span_dup(p, name);
			apv_push(p->a, &p->res->aliases, ad);
		}
	}
	for (int i = 0; !ret && i < dp.drivers.count; i++)
		apv_push(p->a, &p->res->drivers, dp.drivers.entries[i].value);
	sm_free(&dp.of_match);
	sm_free(&dp.drivers);
	lr_free(&r);
	return ret;
}

/* --------------------------------------------------- uclass drivers */

static int parse_uclasses(struct parser *p, char *buf, size_t len, bool plain)
{
	struct line_reader r;
	struct strmap found = { 0 }; /* UCLASS_xxx -> uclass, this file */
	struct uclass *uc = NULL;
	int ret = 0;

	lr_init(&r, buf, len, plain);
	while (!ret && lr_next(&r)) {
		const char *line = r.line;
		struct span s;

		if (uc) {
			if (search_uclass_id(line, &s)) {
				uc->uclass_id = span_dup(p, s);
			} else if (match_auto_member(line, "priv_auto", &s)) {
				uc->priv = span_dup(p, s);
			} else if (match_auto_member(line, "per_device_auto",
						     &s)) {
				uc->per_dev_priv = span_dup(p, s);
			} else if (match_auto_member(line,
						     "per_device_plat_auto",
						     &s)) {
				uc->per_dev_plat = span_dup(p, s);
			} else if (match_auto_member(line, "per_child_auto",
						     &s)) {
				uc->per_child_priv = span_dup(p, s);
			} else if (match_auto_member(line,
						     "per_child_plat_auto",
						     &s)) {
				uc->per_child_plat = span_dup(p, s);
			} else if (strstr(line, "};")) {
				if (!uc->uclass_id) {
					p->res->error_code = DC_UCLASS_NO_ID;
					p->res->error_line = uc->line;
					p->res->error = arena_printf(p->a,
						"uclass driver '%s' has no .id = UCLASS_... line",
						uc->name);
					ret = DTOC_ERR_INPUT;
					break;
				}
				sm_put(&found, uc->uclass_id, uc);
				uc = NULL;
			}
		} else if (*line == 'U' &&
			   match_call_at_start(line, "UCLASS_DRIVER(", &s)) {
			uc = arena_alloc(p->a, sizeof(*uc));
			uc->name = span_dup(p, s);
			uc->line = r.lineno;
		}
	}
	for (int i = 0; !ret && i < found.count; i++)
		apv_push(p->a, &p->res->uclasses, found.entries[i].value);
	sm_free(&found);
	lr_free(&r);
	return ret;
}

/* ---------------------------------------------------------- structs */

static void parse_structs(struct parser *p, char *buf, size_t len, bool plain)
{
	struct line_reader r;
	struct span s;

	lr_init(&r, buf, len, plain);
	while (lr_next(&r)) {
		if (match_struct_definition(r.line, &s))
			apv_push(p->a, &p->res->structs, span_dup(p, s));
	}
	lr_free(&r);
}

/* match_struct_definition() on the line [@s, @e), which has no NUL. */
static bool struct_line(const char *s, const char *e, struct span *name)
{
	if (e - s < 10 || memcmp(s, "struct ", 7) || e[-2] != ' ' ||
	    e[-1] != '{')
		return false;
	for (const char *c = s + 7; c < e - 2; c++) {
		if (!is_lower_ident(*c))
			return false;
	}
	name->p = s + 7;
	name->len = e - 2 - name->p;
	return true;
}

/*
 * Whether the physical line at @s starts a logical line: 1 yes, 0 no
 * (the line before ends in a backslash), -1 cannot tell cheaply (blank
 * lines follow a backslash: whether they continue depends on what came
 * before them).
 */
static int starts_logical(const char *buf, const char *s)
{
	bool blank = false;

	/* s[-1] is the '\n' that ends the line before, Q */
	while (s > buf) {
		const char *q_last = s - 2;

		if (q_last >= buf && *q_last != '\n')
			return *q_last != '\\' ? 1 : blank ? -1 : 0;
		blank = true;
		s--; /* Q is blank: look before it */
	}
	return 1;
}

/*
 * parse_structs() without splitting the text into lines: a struct
 * definition is a logical line ending in '{', so only lines that end in
 * '{' are looked at. Returns false if the text is not plain, or where a
 * line continuation could make a definition that this cannot see (rare):
 * then the caller reads every line.
 */
static bool parse_structs_fast(struct parser *p, const char *buf, size_t len)
{
	const char *end = buf + len;
	struct ptrvec braces = { 0 };
	bool ok = text_braces(buf, len, &braces);

	for (int i = 0; ok && i < braces.count; i++) {
		const char *c = braces.items[i], *s = c;
		struct span name;

		if (c + 1 < end && c[1] == '\\') {
			ok = false;
			break;
		}
		/* back to the line's start, unless it cannot be the end of a
		 * definition: only [a-z0-9_ ] may come before the '{' */
		while (s > buf && s[-1] != '\n' &&
		       (is_lower_ident(s[-1]) || s[-1] == ' '))
			s--;
		if (s > buf && s[-1] != '\n')
			continue;
		if (starts_logical(buf, s) != 1)
			ok = false;
		else if (struct_line(s, c + 1, &name))
			apv_push(p->a, &p->res->structs, span_dup(p, name));
	}
	pv_free(&braces);
	if (!ok)
		p->res->structs.count = 0;
	return ok;
}

/* ------------------------------------------------------------- entry */

static bool has_suffix(const char *s, const char *suffix)
{
	size_t len = strlen(s), slen = strlen(suffix);

	return len >= slen && !strcmp(s + len - slen, suffix);
}

bool result_is_empty(const struct file_result *res)
{
	return !res->drivers.count && !res->aliases.count &&
	       !res->uclasses.count && !res->structs.count &&
	       !res->notes.count && !res->skipped && !res->warning &&
	       !res->error;
}

static void parse_all(struct parser *p, char *buf, size_t len,
		      unsigned int marks, bool plain)
{
	if ((marks & MARK_DRIVER) && parse_drivers(p, buf, len, plain))
		return;
	if ((marks & MARK_UCLASS) && parse_uclasses(p, buf, len, plain))
		return;
	if (marks & MARK_STRUCT)
		parse_structs(p, buf, len, plain);
}

unsigned int file_markers(const char *rel, const char *buf, size_t len)
{
	unsigned int marks;

	if (!has_suffix(rel, ".c"))
		return find_needle(buf, buf + len, "struct", 6, 1, 4) ?
			       MARK_STRUCT : 0;
	marks = find_c_markers(buf, len);
	if (marks && text_is_plain(buf, len))
		marks |= MARK_PLAIN;
	return marks;
}

static void skipped_names(struct arena *a, struct file_result *res,
			  const struct file_result *would)
{
	struct ptrvec *names = &res->skipped_names;

	res->skipped = true;
	for (int i = 0; i < would->drivers.count; i++) {
		const struct driver *d = would->drivers.items[i];

		apv_push(a, names, arena_printf(a, "driver %s", d->name));
	}
	for (int i = 0; i < would->notes.count; i++) {
		const struct driver_note *n = would->notes.items[i];

		apv_push(a, names, arena_printf(a, "driver %s", n->driver));
	}
	for (int i = 0; i < would->aliases.count; i++) {
		const struct alias_decl *ad = would->aliases.items[i];

		apv_push(a, names, arena_printf(a, "alias %s", ad->name));
	}
	for (int i = 0; i < would->uclasses.count; i++) {
		const struct uclass *uc = would->uclasses.items[i];

		apv_push(a, names, arena_printf(a, "uclass %s", uc->uclass_id));
	}
	for (int i = 0; i < would->structs.count; i++)
		apv_push(a, names, arena_printf(a, "struct %s",
						(char *)would->structs.items[i]));
}

/* Whether @s holds what the line reader hands out for a NUL byte. */
static bool has_nul(const char *s)
{
	return s && strchr(s, LR_NUL);
}

/*
 * A file with NUL bytes is read as the reference reads it (see lines.c).
 * Where a NUL would be part of a name that the output spells out (a
 * struct of *_auto, a DM_HEADER), the reference would write the NUL into
 * the C it generates: that is an error (the first such, in the file's
 * order). Other names holding one (a driver's, a compatible string) can
 * match no node, in the reference as here.
 */
static void refuse_nul(struct arena *a, struct file_result *res)
{
	const char *what = NULL;
	int line = 0;

	for (int i = 0; !what && i < res->drivers.count; i++) {
		const struct driver *d = res->drivers.items[i];
		const char *strs[] = { d->priv, d->plat, d->child_priv,
				       d->child_plat };

		for (size_t k = 0; !what && k < sizeof(strs) / sizeof(*strs);
		     k++)
			what = has_nul(strs[k]) ? strs[k] : NULL;
		for (int k = 0; !what && k < d->headers.count; k++)
			what = has_nul(d->headers.items[k]) ?
				       d->headers.items[k] : NULL;
		line = d->line;
	}
	for (int i = 0; !what && i < res->uclasses.count; i++) {
		const struct uclass *uc = res->uclasses.items[i];
		const char *strs[] = { uc->priv, uc->per_dev_priv,
				       uc->per_dev_plat, uc->per_child_priv,
				       uc->per_child_plat };

		for (size_t k = 0; !what && k < sizeof(strs) / sizeof(*strs);
		     k++)
			what = has_nul(strs[k]) ? strs[k] : NULL;
		line = uc->line;
	}
	if (!what)
		return;
	struct strbuf shown = { 0 };

	for (const char *c = what; *c; c++) {
		if (*c == LR_NUL)
			sb_puts(&shown, "\\0");
		else
			sb_add(&shown, c, 1);
	}
	res->error_code = DC_NUL_BYTE;
	res->error_line = line;
	res->error = arena_printf(a,
		"a NUL byte in '%s', which U-Boot's dtoc would write into the C it generates",
		shown.buf);
	sb_free(&shown);
}

void parse_file(struct arena *a, struct file_result *res, char *buf,
		size_t len, unsigned int marks, bool fast)
{
	struct parser p = { a, res };
	bool plain = fast && (marks & MARK_PLAIN);

	if (!marks)
		return;
	if (fast && (marks & MARK_STRUCT) && parse_structs_fast(&p, buf, len))
		return;
	if (!plain && !text_is_utf8(buf, len)) {
		/* skipped as the reference does; what it would declare
		 * tells resolve whether the output may miss it */
		struct file_result tmp = { .path = res->path, .rel = res->rel };

		p.res = &tmp;
		parse_all(&p, buf, len, marks, false);
		if (!result_is_empty(&tmp))
			skipped_names(a, res, &tmp);
		return;
	}
	parse_all(&p, buf, len, marks, plain);
	if (!plain && memchr(buf, '\0', len))
		refuse_nul(a, res);
}
