// SPDX-License-Identifier: GPL-2.0+
/*
 * Diagnostics: the run's warnings, notes and its error, each a record
 * with a code and where it points, kept for main.c to print and for the
 * --report.
 *
 * Printed forms (the text format): "FILE:LINE: warning: ...",
 * "dtoc: warning: node 'PATH': ...", and
 * "dtoc: error: [FILE:LINE: ][node 'PATH': ]..." (quiet parts left out).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"

static const struct {
	const char *name;
	const char *summary;
} codes[] = {
#define DIAG_CODE_ENTRY(id, name, summary) [DC_##id] = { name, summary },
	DIAG_CODES(DIAG_CODE_ENTRY)
#undef DIAG_CODE_ENTRY
};

const char *diag_code_name(enum diag_code code)
{
	return codes[code].name;
}

const char *diag_code_summary(enum diag_code code)
{
	return codes[code].summary;
}

static void *xmalloc_cb(void *unused, size_t size)
{
	return xmalloc(size);
}

static struct diag *diag_new(enum severity sev, enum diag_code code,
			     struct loc loc, const char *fmt, va_list ap)
	__attribute__((format(printf, 4, 0)));

static struct diag *diag_new(enum severity sev, enum diag_code code,
			     struct loc loc, const char *fmt, va_list ap)
{
	struct diag *d = xmalloc(sizeof(*d));

	d->severity = sev;
	d->code = code;
	d->file = loc.file ? xstrdup(loc.file) : NULL;
	d->line = loc.line;
	d->node = loc.node ? xstrdup(loc.node) : NULL;
	d->quiet_file = loc.quiet_file;
	d->quiet_node = loc.quiet_node;
	d->text = vformat_with(xmalloc_cb, NULL, fmt, ap);
	return d;
}

void diag_free(struct diag *d)
{
	if (!d)
		return;
	free(d->file);
	free(d->node);
	free(d->text);
	free(d);
}

/* The printed location prefix, e.g. "drivers/x.c:12: " or "node '/a': " */
static void format_loc(struct strbuf *sb, const struct diag *d)
{
	if (d->file && !d->quiet_file) {
		if (d->line)
			sb_printf(sb, "%s:%d: ", d->file, d->line);
		else
			sb_printf(sb, "%s: ", d->file);
	}
	if (d->node && !d->quiet_node)
		sb_printf(sb, "node '%s': ", d->node);
}

const char *severity_name(enum severity sev)
{
	return sev == SEV_ERROR ? "error" : sev == SEV_NOTE ? "note" :
							       "warning";
}

char *diag_format(const struct diag *d)
{
	struct strbuf sb = { 0 };

	if (d->severity != SEV_ERROR && d->file && !d->quiet_file) {
		format_loc(&sb, d);
		sb_printf(&sb, "%s: %s", severity_name(d->severity), d->text);
	} else {
		sb_printf(&sb, "dtoc: %s: ", severity_name(d->severity));
		format_loc(&sb, d);
		sb_puts(&sb, d->text);
	}
	return sb.buf;
}

int error_at(struct ctx *ctx, enum diag_code code, struct loc loc,
	     const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_free(ctx->error);
	ctx->error = diag_new(SEV_ERROR, code, loc, fmt, ap);
	va_end(ap);
	return DTOC_ERR_INPUT;
}

static bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Whether two records print the same line with the same code. */
static bool same_printed(const struct diag *a, const struct diag *b)
{
	const char *afile = a->quiet_file ? NULL : a->file;
	const char *bfile = b->quiet_file ? NULL : b->file;

	return a->code == b->code && same_str(afile, bfile) &&
	       (!afile || a->line == b->line) &&
	       same_str(a->quiet_node ? NULL : a->node,
			b->quiet_node ? NULL : b->node) &&
	       same_str(a->text, b->text);
}

/* A string part of the key: its length first, so no text can make two
 * different records one key ("-" for none) */
static void key_str(struct strbuf *sb, const char *s)
{
	if (s)
		sb_printf(sb, "%zu:%s", strlen(s), s);
	else
		sb_puts(sb, "-");
}

/*
 * Keep each warning once: the same cause can be met several times (the
 * record kept is the first, with its place). The set of those kept maps
 * each one's printed form (as same_printed() compares) to its index + 1
 * in ctx->warnings, so a run with many warnings stays linear. A key
 * whose index no longer holds its record (a list cut back from its end)
 * counts as absent.
 */
static void push_warning(struct ctx *ctx, struct diag *d)
{
	struct strbuf key = { 0 };
	intptr_t at;

	sb_printf(&key, "%d %d ", (int)d->code,
		  d->file && !d->quiet_file ? d->line : 0);
	key_str(&key, d->quiet_file ? NULL : d->file);
	key_str(&key, d->quiet_node ? NULL : d->node);
	key_str(&key, d->text);
	at = (intptr_t)sm_get(&ctx->warnings_seen, key.buf) - 1;
	if (at >= 0 && at < ctx->warnings.count &&
	    same_printed(ctx->warnings.items[at], d)) {
		sb_free(&key);
		diag_free(d);
		return;
	}
	/* a key already there keeps its first copy; a new one is kept */
	sm_put(&ctx->warnings_seen,
	       at >= 0 ? key.buf : arena_strdup(&ctx->arena, key.buf),
	       (void *)(intptr_t)(ctx->warnings.count + 1));
	sb_free(&key);
	pv_push(&ctx->warnings, d);
}

void warn_at(struct ctx *ctx, enum diag_code code, struct loc loc,
	     const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	push_warning(ctx, diag_new(SEV_WARNING, code, loc, fmt, ap));
	va_end(ap);
}

void note_at(struct ctx *ctx, enum diag_code code, struct loc loc,
	     const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	push_warning(ctx, diag_new(SEV_NOTE, code, loc, fmt, ap));
	va_end(ap);
}

int diag_count(const struct ctx *ctx, enum severity sev)
{
	int n = 0;

	for (int i = 0; i < ctx->warnings.count; i++)
		n += ((const struct diag *)ctx->warnings.items[i])->severity ==
		     sev;
	return n;
}
