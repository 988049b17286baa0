/* SPDX-License-Identifier: GPL-2.0+ */
/* Check suites for dtoc's stages; each tests/unit/test_*.c adds one. */
#ifndef UNIT_H
#define UNIT_H

#include <check.h>
#include <string.h>

#include "base/diag.h"
#include "bindings/bindings.h"
#include "bindings/schema.h"
#include "dtb/dtb.h"
#include "emit/emit.h"
#include "resolve/resolve.h"
#include "scan/cache.h"
#include "scan/lines.h"
#include "scan/merge.h"
#include "scan/parse.h"
#include "scan/scan.h"
#include "scan/walk.h"

/* Assert that record @d is @code, at @file (a suffix of its path; NULL:
 * none) and @line, on @node (NULL: none), with @text in its message. */
static inline void check_diag(const struct diag *d, enum diag_code code,
			      const char *file, int line, const char *node,
			      const char *text)
{
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(diag_code_name(d->code), diag_code_name(code));
	if (file) {
		size_t n = strlen(file);

		ck_assert_ptr_nonnull(d->file);
		ck_assert_uint_ge(strlen(d->file), n);
		ck_assert_str_eq(d->file + strlen(d->file) - n, file);
	} else {
		ck_assert_ptr_null(d->file);
	}
	ck_assert_int_eq(d->line, line);
	if (node)
		ck_assert_str_eq(d->node, node);
	else
		ck_assert_ptr_null(d->node);
	ck_assert_ptr_nonnull(strstr(d->text, text));
}

Suite *base_suite(void);
Suite *diagnostics_suite(void);
Suite *names_suite(void);
Suite *value_suite(void);
Suite *match_suite(void);
Suite *parse_suite(void);
Suite *lines_suite(void);
Suite *resolve_suite(void);
Suite *bindings_suite(void);
Suite *kbuild_suite(void);
Suite *diag_suite(void);
Suite *cache_suite(void);
Suite *cache_damage_suite(void);
Suite *size_suite(void);
Suite *diff_suite(void);

#endif
