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

/* Keep each warning once: the same cause can be met several times. */
static void push_warning(struct ctx *ctx, struct diag *d)
{
	for (int i = 0; i < ctx->warnings.count; i++) {
		const struct diag *o = ctx->warnings.items[i];

		if (o->raw == d->raw && o->line == d->line &&
		    same_str(o->file, d->file) && same_str(o->node, d->node) &&
		    same_str(o->text, d->text)) {
			diag_free(d);
			return;
		}
	}
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
