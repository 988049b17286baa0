// SPDX-License-Identifier: GPL-2.0+
/* Warnings: each kept once, in the order they first arose. */
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"

static const char *text_at(const struct ctx *ctx, int i)
{
	return ((const struct diag *)ctx->warnings.items[i])->text;
}

START_TEST(test_dedup_order)
{
	struct ctx ctx = { 0 };

	warn_at(&ctx, DC_DRIVER_MISSING,
		NODE_LOC(&(struct node){ .path = "/a" }), "one");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("x.c", 3), "one");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("x.c", 4), "one");
	warn_at(&ctx, DC_DRIVER_MISSING,
		NODE_LOC(&(struct node){ .path = "/a" }), "one");
	/* another code: another record */
	warn_at(&ctx, DC_DRIVER_NO_ID, FILE_LOC("x.c", 3), "one");
	warn_at(&ctx, DC_DRIVER_MISSING, NO_LOC, "one");
	/* the same record as a note: already there */
	note_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("x.c", 3), "one");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("x.c", 3), "two");
	/* a file the line does not name prints the same at any line */
	warn_at(&ctx, DC_DRIVER_MISSING, NAMED_FILE_LOC("y.c"), "three");
	warn_at(&ctx, DC_DRIVER_MISSING,
		((struct loc){ .file = "y.c", .line = 9, .quiet_file = true }),
		"three");
	ck_assert_int_eq(ctx.warnings.count, 7);
	ck_assert_str_eq(((struct diag *)ctx.warnings.items[0])->node, "/a");
	ck_assert_int_eq(((struct diag *)ctx.warnings.items[1])->line, 3);
	ck_assert_int_eq(((struct diag *)ctx.warnings.items[2])->line, 4);
	ck_assert_int_eq(((struct diag *)ctx.warnings.items[3])->code,
			 DC_DRIVER_NO_ID);
	ck_assert_ptr_null(((struct diag *)ctx.warnings.items[4])->file);
	ck_assert_str_eq(text_at(&ctx, 5), "two");
	ck_assert_str_eq(text_at(&ctx, 6), "three");
	ctx_free(&ctx);
}
END_TEST

/* Texts that a key made by joining the parts would confuse */
START_TEST(test_dedup_parts)
{
	struct ctx ctx = { 0 };

	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("a", 0), "b c");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("a b", 0), "c");
	warn_at(&ctx, DC_DRIVER_MISSING, NODE_LOC(&(struct node){ .path = "a" }), "b c");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("1", 2), "x");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("1", 0), "2 x");
	ck_assert_int_eq(ctx.warnings.count, 5);
	ctx_free(&ctx);
}
END_TEST

/* Many warnings, each met twice: kept once each, in order (and fast:
 * the test would take minutes if each were compared with every one) */
START_TEST(test_dedup_many)
{
	struct ctx ctx = { 0 };
	enum { N = 100000 };

	for (int round = 0; round < 2; round++) {
		for (int i = 0; i < N; i++)
			warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("f.c", i % 7 + 1), "w%d", i);
	}
	ck_assert_int_eq(ctx.warnings.count, N);
	for (int i = 0; i < N; i += 997) {
		char want[16];

		snprintf(want, sizeof(want), "w%d", i);
		ck_assert_str_eq(text_at(&ctx, i), want);
	}
	ctx_free(&ctx);
}
END_TEST

/* The list cut back from its end (as main.c does for output it throws
 * away): what was cut counts as new when met again */
START_TEST(test_dedup_cut)
{
	struct ctx ctx = { 0 };

	warn_at(&ctx, DC_DRIVER_MISSING, NO_LOC, "a");
	warn_at(&ctx, DC_DRIVER_MISSING, NO_LOC, "b");
	warn_at(&ctx, DC_DRIVER_MISSING, NO_LOC, "c");
	while (ctx.warnings.count > 1)
		diag_free(ctx.warnings.items[--ctx.warnings.count]);
	warn_at(&ctx, DC_DRIVER_MISSING, NO_LOC, "c");
	warn_at(&ctx, DC_DRIVER_MISSING, NO_LOC, "a");
	warn_at(&ctx, DC_DRIVER_MISSING, NO_LOC, "b");
	warn_at(&ctx, DC_DRIVER_MISSING, NO_LOC, "c");
	ck_assert_int_eq(ctx.warnings.count, 3);
	ck_assert_str_eq(text_at(&ctx, 0), "a");
	ck_assert_str_eq(text_at(&ctx, 1), "c");
	ck_assert_str_eq(text_at(&ctx, 2), "b");
	ctx_free(&ctx);
}
END_TEST

Suite *diag_suite(void)
{
	Suite *s = suite_create("diag");
	TCase *tc = tcase_create("dedup");

	tcase_add_test(tc, test_dedup_order);
	tcase_add_test(tc, test_dedup_parts);
	tcase_add_test(tc, test_dedup_many);
	tcase_add_test(tc, test_dedup_cut);
	suite_add_tcase(s, tc);
	return s;
}
