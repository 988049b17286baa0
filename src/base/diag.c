// SPDX-License-Identifier: GPL-2.0+
/*
 * Diagnostics: the run's warnings and its error, each with where it
 * points, kept for main.c to print and for the --report.
 *
 * Printed forms: "FILE:LINE: warning: ...", "dtoc: warning: node 'PATH':
 * ...", and "dtoc: error: [FILE:LINE: | node 'PATH': ]...".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"

__attribute__((format(printf, 1, 0)))
static char *vformat(const char *fmt, va_list ap)
{
	va_list copy;
	int len;
	char *text;

	va_copy(copy, ap);
	len = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	text = xmalloc(len + 1);
	vsnprintf(text, len + 1, fmt, ap);
	return text;
}

static struct diag *diag_new(enum severity sev, struct loc loc, char *text)
{
	struct diag *d = xmalloc(sizeof(*d));

	memset(d, 0, sizeof(*d));
	d->severity = sev;
	d->file = loc.file ? xstrdup(loc.file) : NULL;
	d->line = loc.line;
	d->node = loc.node ? xstrdup(loc.node) : NULL;
	d->text = text;
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

/* The location prefix, e.g. "drivers/x.c:12: " or "node '/a': " */
static void format_loc(struct strbuf *sb, const struct diag *d)
{
	if (d->file && d->line)
		sb_printf(sb, "%s:%d: ", d->file, d->line);
	else if (d->file)
		sb_printf(sb, "%s: ", d->file);
	if (d->node)
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

	if (d->raw) {
		sb_puts(&sb, d->text);
	} else if (d->severity == SEV_ERROR) {
		sb_puts(&sb, "dtoc: error: ");
		format_loc(&sb, d);
		sb_puts(&sb, d->text);
	} else if (d->file) {
		format_loc(&sb, d);
		sb_printf(&sb, "%s: %s", severity_name(d->severity), d->text);
	} else {
		sb_printf(&sb, "dtoc: %s: ", severity_name(d->severity));
		format_loc(&sb, d);
		sb_puts(&sb, d->text);
	}
	return sb.buf;
}

int error_at(struct ctx *ctx, struct loc loc, const char *fmt, ...)
{
	va_list ap;
	char *line;

	va_start(ap, fmt);
	diag_free(ctx->error);
	ctx->error = diag_new(SEV_ERROR, loc, vformat(fmt, ap));
	va_end(ap);
	line = diag_format(ctx->error);
	snprintf(ctx->err, sizeof(ctx->err), "%s",
		 line + strlen("dtoc: error: "));
	free(line);
	return DTOC_ERR_INPUT;
}

int set_error(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_free(ctx->error);
	ctx->error = diag_new(SEV_ERROR, NO_LOC, vformat(fmt, ap));
	va_end(ap);
	snprintf(ctx->err, sizeof(ctx->err), "%s", ctx->error->text);
	return DTOC_ERR_INPUT;
}

static bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static bool same_diag(const struct diag *a, const struct diag *b)
{
	return a->raw == b->raw && a->line == b->line &&
	       same_str(a->file, b->file) && same_str(a->node, b->node) &&
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
 * Keep each warning once: the same cause can be met several times. The
 * set of those kept maps each one's record (all but its severity, as
 * same_diag() compares) to its index + 1 in ctx->warnings, so a run with
 * many warnings stays linear. The list may be cut back from its end
 * (main.c drops the warnings of output it throws away), so a key whose
 * index no longer holds its record counts as absent.
 */
static void push_warning(struct ctx *ctx, struct diag *d)
{
	struct strbuf key = { 0 };
	intptr_t at;

	sb_printf(&key, "%d %d ", d->raw, d->line);
	key_str(&key, d->file);
	key_str(&key, d->node);
	key_str(&key, d->text);
	at = (intptr_t)sm_get(&ctx->warnings_seen, key.buf) - 1;
	if (at >= 0 && at < ctx->warnings.count &&
	    same_diag(ctx->warnings.items[at], d)) {
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

void warn_at(struct ctx *ctx, struct loc loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	push_warning(ctx, diag_new(SEV_WARNING, loc, vformat(fmt, ap)));
	va_end(ap);
}

void note_at(struct ctx *ctx, struct loc loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	push_warning(ctx, diag_new(SEV_NOTE, loc, vformat(fmt, ap)));
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

void add_warning(struct ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	struct diag *d;

	va_start(ap, fmt);
	d = diag_new(SEV_WARNING, NO_LOC, vformat(fmt, ap));
	va_end(ap);
	d->raw = true;
	push_warning(ctx, d);
}
