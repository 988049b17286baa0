// SPDX-License-Identifier: GPL-2.0+
/*
 * The source scanner's parsers: U_BOOT_DRIVER and udevice_id tables,
 * DM_DRIVER_ALIAS, UCLASS_DRIVER, and struct definitions in headers.
 *
 * Like the reference they work line by line: a declaration starts on a
 * line that begins with its macro and ends at the first line holding
 * "};" (even inside a comment); a line ending in '\' is joined to the
 * next. Lines are split where Python splits them (see next_line()).
 */
#include <stdio.h>
#include <string.h>

#include "dtoc.h"

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

struct line_reader {
	const char *pos;
	const char *end;
	int next_lineno;
	int lineno;	    /* where the current logical line starts */
	struct strbuf line; /* the current logical line */
};

/* The next line, with backslash continuations joined. A continuation on
 * the last line is dropped, as in the reference. */
static bool next_line(struct line_reader *r)
{
	bool continued = false;

	r->line.len = 0;
	if (r->line.buf)
		r->line.buf[0] = '\0';
	while (r->pos < r->end) {
		const char *start = r->pos;
		const char *p = start;
		size_t brk = 0;

		while (p < r->end && !(brk = line_break_len(p, r->end)))
			p++;
		r->pos = p + brk;
		if (!continued)
			r->lineno = r->next_lineno;
		r->next_lineno++;
		sb_add(&r->line, start, p - start);
		if (r->line.len && r->line.buf[r->line.len - 1] == '\\') {
			r->line.buf[--r->line.len] = '\0';
			continued = true;
			continue;
		}
		return true;
	}
	return false;
}

/* Python reads sources as strict UTF-8 and skips files that are not. */
static bool is_valid_utf8(const unsigned char *s, size_t len)
{
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

static char *span_dup(struct ctx *ctx, struct span s)
{
	return arena_strndup(&ctx->arena, s.p, s.len);
}

void scan_add_warning(struct ctx *ctx, struct scan *scan,
		      const char *driver_name, const char *fmt, ...)
{
	struct driver_warnings *w = sm_get(&scan->warnings, driver_name);
	va_list ap;
	int len;

	if (!w) {
		w = arena_alloc(&ctx->arena, sizeof(*w));
		sm_put(&scan->warnings, arena_strdup(&ctx->arena, driver_name),
		       w);
	}
	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *text = arena_alloc(&ctx->arena, len + 1);

	va_start(ap, fmt);
	vsnprintf(text, len + 1, fmt, ap);
	va_end(ap);
	for (int i = 0; i < w->texts.count; i++) {
		if (!strcmp(w->texts.items[i], text))
			return;
	}
	apv_push(&ctx->arena, &w->texts, text);
}

/* ---------------------------------------------------------- drivers */

static struct of_table *of_table_new(struct ctx *ctx)
{
	return arena_alloc(&ctx->arena, sizeof(struct of_table));
}

/* Add or replace a compatible string, keeping its first position. */
static void of_table_put(struct ctx *ctx, struct of_table *t,
			 const char *compat, const char *data)
{
	for (int i = 0; i < t->count; i++) {
		if (!strcmp(t->entries[i].compat, compat)) {
			t->entries[i].data = data;
			return;
		}
	}
	struct of_entry *grown = arena_grow(&ctx->arena, t->entries,
					    t->count * sizeof(*grown),
					    (t->count + 1) * sizeof(*grown));

	grown[t->count].compat = compat;
	grown[t->count].data = data;
	t->entries = grown;
	t->count++;
}

struct driver_parser {
	struct ctx *ctx;
	struct scan *scan;
	const struct srcfile *file;
	struct strmap of_match;	  /* table name -> of_table, this file */
	struct strmap drivers;	  /* name -> driver, this file */
	struct driver *driver;	  /* inside U_BOOT_DRIVER() */
	const char *ids_name;	  /* inside a udevice_id table */
	struct of_table *entries; /* the table being filled */
	const char *compat_var;	  /* .of_match of the current driver */
	int compat_line;
};

static int end_driver(struct driver_parser *dp)
{
	struct ctx *ctx = dp->ctx;
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
				set_error(ctx,
					  "%s:%d: driver '%s': .of_match names '%s', but no udevice_id table of that name comes before it in this file (found: %s)",
					  dp->file->path, dp->compat_line,
					  drv->name, dp->compat_var,
					  found.len ? found.buf : "none");
				sb_free(&found);
				return DTOC_ERR_INPUT;
			}
		}
		sm_put(&dp->drivers, drv->name, drv);
	} else if (!drv->uclass_id) {
		scan_add_warning(ctx, dp->scan, drv->name,
				 "%s:%d: warning: driver '%s' has no .id (uclass), so it is ignored",
				 dp->file->path, drv->line, drv->name);
	} else {
		scan_add_warning(ctx, dp->scan, drv->name,
				 "%s:%d: warning: driver '%s' has no .of_match compatible strings, so it is ignored",
				 dp->file->path, drv->line, drv->name);
	}
	dp->driver = NULL;
	dp->ids_name = NULL;
	dp->compat_var = NULL;
	dp->entries = of_table_new(ctx);
	return 0;
}

/* One line inside U_BOOT_DRIVER(): the first rule that matches wins. */
static int driver_line(struct driver_parser *dp, const char *line, int lineno)
{
	struct ctx *ctx = dp->ctx;
	struct driver *drv = dp->driver;
	struct span s, suffix;

	if (match_auto_member(line, "priv_auto", &s)) {
		drv->priv = span_dup(ctx, s);
	} else if (match_auto_member(line, "plat_auto", &s)) {
		drv->plat = span_dup(ctx, s);
	} else if (match_auto_member(line, "per_child_plat_auto", &s)) {
		drv->child_plat = span_dup(ctx, s);
	} else if (match_auto_member(line, "per_child_auto", &s)) {
		drv->child_priv = span_dup(ctx, s);
	} else if (search_uclass_id(line, &s)) {
		drv->uclass_id = span_dup(ctx, s);
	} else if (search_of_match(line, &s, &suffix)) {
		dp->compat_var = span_dup(ctx, s);
		dp->compat_line = lineno;
		if (suffix.len && !(suffix.len == 1 && *suffix.p == ')'))
			scan_add_warning(ctx, dp->scan, drv->name,
					 "%s:%d: warning: unexpected suffix '%.*s' on .of_match line for compat '%s'",
					 dp->file->path, lineno,
					 (int)suffix.len, suffix.p,
					 dp->compat_var);
	} else if (match_call_after_space(line, "DM_PHASE(", &s)) {
		drv->phase = span_dup(ctx, s);
	} else if (match_call_after_space(line, "DM_HEADER(", &s)) {
		apv_push(&ctx->arena, &drv->headers, span_dup(ctx, s));
	} else if (strstr(line, "};")) {
		return end_driver(dp);
	}
	return 0;
}

/* Merge this file's drivers into the scan; -p picks between same names. */
static void merge_drivers(struct driver_parser *dp)
{
	struct scan *scan = dp->scan;

	for (int i = 0; i < dp->drivers.count; i++) {
		struct driver *drv = dp->drivers.entries[i].value;
		struct driver *orig = sm_get(&scan->drivers, drv->name);

		if (orig) {
			if (scan->phase && *scan->phase) {
				if (orig->phase && !strcmp(orig->phase,
							   scan->phase)) {
					apv_push(&dp->ctx->arena, &orig->dups, drv);
					continue;
				}
				/* otherwise the newer one is taken to match */
			} else {
				drv->warn_dups = true;
			}
			apv_push(&dp->ctx->arena, &drv->dups, orig);
		}
		sm_put(&scan->drivers, drv->name, drv);
	}
}

static int parse_drivers(struct ctx *ctx, struct scan *scan,
			 const struct srcfile *file, const char *buf,
			 size_t len)
{
	struct driver_parser dp = { .ctx = ctx, .scan = scan, .file = file };
	struct line_reader r = { .pos = buf, .end = buf + len,
				 .next_lineno = 1 };
	int ret = 0;

	dp.entries = of_table_new(ctx);
	while (!ret && next_line(&r)) {
		const char *line = r.line.buf;
		struct span s, data, name;
		bool has_data;

		if (dp.driver) {
			ret = driver_line(&dp, line, r.lineno);
		} else if (dp.ids_name) {
			if (search_compatible(line, &s, &data, &has_data)) {
				of_table_put(ctx, dp.entries, span_dup(ctx, s),
					     has_data ? span_dup(ctx, data) : NULL);
			} else if (strstr(line, "};")) {
				/* the table object is shared until the next
				 * driver ends, as in the reference */
				dp.entries->name = dp.ids_name;
				sm_put(&dp.of_match, dp.ids_name, dp.entries);
				dp.ids_name = NULL;
			}
		} else if (match_call_at_start(line, "U_BOOT_DRIVER(", &s)) {
			dp.driver = arena_alloc(&ctx->arena, sizeof(*dp.driver));
			dp.driver->name = span_dup(ctx, s);
			dp.driver->file = file->path;
			dp.driver->line = r.lineno;
		} else if (search_udevice_ids(line, &name)) {
			dp.ids_name = span_dup(ctx, name);
		} else if (match_driver_alias(line, &s, &name)) {
			struct driver_alias *alias =
				arena_alloc(&ctx->arena, sizeof(*alias));

			alias->driver = span_dup(ctx, s);
			alias->file = file->path;
			alias->line = r.lineno;
			sm_put(&scan->driver_aliases, span_dup(ctx, name),
			       alias);
		}
	}
	if (!ret)
		merge_drivers(&dp);
	sm_free(&dp.of_match);
	sm_free(&dp.drivers);
	sb_free(&r.line);
	return ret;
}

/* --------------------------------------------------- uclass drivers */

static int parse_uclasses(struct ctx *ctx, struct scan *scan,
			  const struct srcfile *file, const char *buf,
			  size_t len)
{
	struct line_reader r = { .pos = buf, .end = buf + len,
				 .next_lineno = 1 };
	struct strmap found = { 0 }; /* UCLASS_xxx -> uclass, this file */
	struct uclass *uc = NULL;
	int ret = 0;

	while (!ret && next_line(&r)) {
		const char *line = r.line.buf;
		struct span s;

		if (uc) {
			if (search_uclass_id(line, &s)) {
				uc->uclass_id = span_dup(ctx, s);
			} else if (match_auto_member(line, "priv_auto", &s)) {
				uc->priv = span_dup(ctx, s);
			} else if (match_auto_member(line, "per_device_auto",
						     &s)) {
				uc->per_dev_priv = span_dup(ctx, s);
			} else if (match_auto_member(line,
						     "per_device_plat_auto",
						     &s)) {
				uc->per_dev_plat = span_dup(ctx, s);
			} else if (match_auto_member(line, "per_child_auto",
						     &s)) {
				uc->per_child_priv = span_dup(ctx, s);
			} else if (match_auto_member(line,
						     "per_child_plat_auto",
						     &s)) {
				uc->per_child_plat = span_dup(ctx, s);
			} else if (strstr(line, "};")) {
				if (!uc->uclass_id) {
					ret = set_error(ctx,
							"%s:%d: uclass driver '%s' has no .id = UCLASS_... line",
							file->path, uc->line,
							uc->name);
					break;
				}
				sm_put(&found, uc->uclass_id, uc);
				uc = NULL;
			}
		} else if (match_call_at_start(line, "UCLASS_DRIVER(", &s)) {
			uc = arena_alloc(&ctx->arena, sizeof(*uc));
			uc->name = span_dup(ctx, s);
			uc->file = file->path;
			uc->line = r.lineno;
		}
	}
	for (int i = 0; !ret && i < found.count; i++)
		sm_put(&scan->uclasses, found.entries[i].key,
		       found.entries[i].value);
	sm_free(&found);
	sb_free(&r.line);
	return ret;
}

/* ---------------------------------------------------------- structs */

static void parse_structs(struct ctx *ctx, struct scan *scan,
			  const struct srcfile *file, const char *buf,
			  size_t len)
{
	struct line_reader r = { .pos = buf, .end = buf + len,
				 .next_lineno = 1 };
	const char *header = NULL;
	struct span s;

	while (next_line(&r)) {
		if (!match_struct_definition(r.line.buf, &s))
			continue;
		if (!header)
			header = header_include_name(&ctx->arena, file->rel);
		struct struct_def *def = arena_alloc(&ctx->arena, sizeof(*def));

		def->name = span_dup(ctx, s);
		def->header = header;
		def->file = file->path;
		def->shadowed = sm_get(&scan->structs, def->name);
		if (def->shadowed && def->shadowed->file == file->path)
			def->shadowed = def->shadowed->shadowed;
		sm_put(&scan->structs, def->name, def);
	}
	sb_free(&r.line);
}

/* ------------------------------------------------------------- entry */

static bool has_suffix(const char *s, const char *suffix)
{
	size_t len = strlen(s), slen = strlen(suffix);

	return len >= slen && !strcmp(s + len - slen, suffix);
}

static int parse_all(struct ctx *ctx, struct scan *scan,
		     const struct srcfile *file, const char *buf, size_t len,
		     bool drivers, bool uclasses, bool structs)
{
	int ret = 0;

	if (drivers)
		ret = parse_drivers(ctx, scan, file, buf, len);
	if (!ret && uclasses)
		ret = parse_uclasses(ctx, scan, file, buf, len);
	if (structs)
		parse_structs(ctx, scan, file, buf, len);
	return ret;
}

/* Whether a file would declare anything, were it read: only then is
 * skipping it worth a warning. */
static bool declares_anything(struct ctx *ctx, const struct srcfile *file,
			      const char *buf, size_t len)
{
	struct scan tmp;
	char saved[sizeof(ctx->err)];
	bool any;

	memcpy(saved, ctx->err, sizeof(saved));
	scan_init(&tmp, NULL);
	any = parse_all(ctx, &tmp, file, buf, len, true, true, true) ||
	      tmp.drivers.count || tmp.uclasses.count || tmp.structs.count ||
	      tmp.driver_aliases.count || tmp.warnings.count;
	scan_free(&tmp);
	memcpy(ctx->err, saved, sizeof(saved));
	return any;
}

int parse_source(struct ctx *ctx, struct scan *scan,
		 const struct srcfile *file, const char *buf, size_t len)
{
	bool is_c = has_suffix(file->rel, ".c");
	bool drivers = is_c && memmem(buf, len, "U_BOOT_DRIVER", 13);
	bool uclasses = is_c && memmem(buf, len, "UCLASS_DRIVER", 13);
	bool structs = !is_c && memmem(buf, len, "struct", 6);
	if (!drivers && !uclasses && !structs)
		return 0;
	if (!is_valid_utf8((const unsigned char *)buf, len)) {
		if (declares_anything(ctx, file, buf, len))
			add_warning(ctx, "%s: warning: skipping file: not valid UTF-8, so U-Boot's dtoc ignores what it declares",
				    file->path);
		return 0;
	}
	scan->files_scanned++;
	/* what the file declares outlives the caller's buffers */
	struct srcfile kept = { arena_strdup(&ctx->arena, file->path),
				arena_strdup(&ctx->arena, file->rel) };

	return parse_all(ctx, scan, &kept, buf, len, drivers, uclasses,
			 structs);
}
