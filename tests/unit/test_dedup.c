// SPDX-License-Identifier: GPL-2.0+
/* Warnings: each printed line kept once, in the order they first arose,
 * in time linear in their number. */
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"

static const struct diag *at(const struct ctx *ctx, int i)
{
	return ctx->warnings.items[i];
}

START_TEST(test_dedup_order)
{
	struct ctx ctx = { 0 };
	const struct node a = { .path = "/a" };

	warn_at(&ctx, DC_DRIVER_MISSING, NODE_LOC(&a), "one");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("x.c", 3), "one");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("x.c", 4), "one");
	warn_at(&ctx, DC_DRIVER_MISSING, NODE_LOC(&a), "one");
	/* another code, or no place: another record */
	warn_at(&ctx, DC_NAME_CLASH, NODE_LOC(&a), "one");
	warn_at(&ctx, DC_DRIVER_MISSING, NO_LOC, "one");
	/* the same record as a note: already there */
	note_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("x.c", 3), "one");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("x.c", 3), "two");
	/* a place not printed does not tell two records apart (the quiet
	 * node prints as the placeless "one" above) */
	warn_at(&ctx, DC_CACHE_IGNORED, NAMED_FILE_LOC("c1"), "cache");
	warn_at(&ctx, DC_CACHE_IGNORED, NAMED_FILE_LOC("c2"), "cache");
	warn_at(&ctx, DC_DRIVER_MISSING, QUIET_NODE_LOC(&a), "one");
	ck_assert_int_eq(ctx.warnings.count, 7);
	ck_assert_str_eq(at(&ctx, 0)->node, "/a");
	ck_assert_int_eq(at(&ctx, 1)->line, 3);
	ck_assert_int_eq(at(&ctx, 2)->line, 4);
	ck_assert_int_eq(at(&ctx, 3)->code, DC_NAME_CLASH);
	ck_assert_ptr_null(at(&ctx, 4)->file);
	ck_assert_str_eq(at(&ctx, 5)->text, "two");
	ck_assert_str_eq(at(&ctx, 6)->file, "c1");
	ctx_free(&ctx);
}
END_TEST

/* Texts that a key made by joining the parts would confuse */
START_TEST(test_dedup_parts)
{
	struct ctx ctx = { 0 };
	const struct node a = { .path = "a" };

	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("a", 0), "b c");
	warn_at(&ctx, DC_DRIVER_MISSING, FILE_LOC("a b", 0), "c");
	warn_at(&ctx, DC_DRIVER_MISSING, NODE_LOC(&a), "b c");
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
			warn_at(&ctx, DC_DRIVER_MISSING,
				FILE_LOC("f.c", i % 7 + 1), "w%d", i);
	}
	ck_assert_int_eq(ctx.warnings.count, N);
	for (int i = 0; i < N; i += 997) {
		char want[16];

		snprintf(want, sizeof(want), "w%d", i);
		ck_assert_str_eq(at(&ctx, i)->text, want);
	}
	ctx_free(&ctx);
}
END_TEST

/* The list cut back from its end: what was cut counts as new when met
 * again */
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
	ck_assert_str_eq(at(&ctx, 0)->text, "a");
	ck_assert_str_eq(at(&ctx, 1)->text, "c");
	ck_assert_str_eq(at(&ctx, 2)->text, "b");
	ctx_free(&ctx);
}
END_TEST

Suite *dedup_suite(void)
{
	Suite *s = suite_create("dedup");
	TCase *tc = tcase_create("dedup");

	tcase_add_test(tc, test_dedup_order);
	tcase_add_test(tc, test_dedup_parts);
	tcase_add_test(tc, test_dedup_many);
	tcase_add_test(tc, test_dedup_cut);
	suite_add_tcase(s, tc);
	return s;
}
