/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * base: diagnostics. A stage records its error or warnings in the
 * context and returns a code; only main.c prints them.
 */
#ifndef BASE_DIAG_H
#define BASE_DIAG_H

#include "dtoc.h"

/* Record the run's error; returns DTOC_ERR_INPUT for the caller to pass on */
int error_at(struct ctx *ctx, struct loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int set_error(struct ctx *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void warn_at(struct ctx *ctx, struct loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void note_at(struct ctx *ctx, struct loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* How many diagnostics of @sev the run has */
int diag_count(const struct ctx *ctx, enum severity sev);
/* A warning whose text is already the whole line to print */
void add_warning(struct ctx *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* "error", "warning" or "note" */
const char *severity_name(enum severity sev);
/* The line printed for a diagnostic (malloc'ed) */
char *diag_format(const struct diag *d);
void diag_free(struct diag *d);

#endif /* BASE_DIAG_H */
