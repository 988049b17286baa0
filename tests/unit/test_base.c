// SPDX-License-Identifier: GPL-2.0+
/*
 * base: the bounds-checked cursor the scan cache and the bindings memo
 * read through (every read past the end fails and stays failed), the
 * trimmed copy of a struct name, the thread count from DTOC_JOBS.
 */
#include <stdlib.h>

#include "base/base.h"
#include "base/cursor.h"
#include "unit.h"

START_TEST(test_cursor_reads)
{
	/* u32 7, u64 9, str "ab", count 1 (then one 5-byte item) */
	static const char data[] = "\7\0\0\0" "\11\0\0\0\0\0\0\0"
				   "\2\0\0\0ab" "\0" "\1\0\0\0" "\0\0\0\0\0";
	struct cursor c = cursor_at(data, sizeof(data) - 1);

	ck_assert_uint_eq(cursor_u32(&c), 7);
	ck_assert_uint_eq(cursor_u64(&c), 9);
	ck_assert_str_eq(cursor_str(&c), "ab");
	ck_assert_uint_eq(cursor_count(&c, 5), 1);
	ck_assert(!c.bad);
	c.p += 5;
	ck_assert(c.p == c.end);
	/* past the end: 0, and the cursor stays bad */
	ck_assert_uint_eq(cursor_u32(&c), 0);
	ck_assert(c.bad);
	c.p = data;
	ck_assert_uint_eq(cursor_u32(&c), 0);
}
END_TEST

START_TEST(test_cursor_refuses)
{
	/* a string without its NUL, with a NUL inside, longer than the data */
	static const char no_nul[] = "\2\0\0\0abc";
	static const char nul_in[] = "\2\0\0\0a\0\0";
	static const char too_long[] = "\377\377\377\377ab";
	/* a count more items than the data left could hold */
	static const char count[] = "\2\0\0\0" "\0\0\0\0\0\0\0\0\0";
	struct cursor c;

	c = cursor_at(no_nul, sizeof(no_nul) - 1);
	ck_assert_ptr_null(cursor_str(&c));
	ck_assert(c.bad);
	c = cursor_at(nul_in, sizeof(nul_in) - 1);
	ck_assert_ptr_null(cursor_str(&c));
	ck_assert(c.bad);
	c = cursor_at(too_long, sizeof(too_long) - 1);
	ck_assert_ptr_null(cursor_str(&c));
	ck_assert(c.bad);
	c = cursor_at(count, sizeof(count) - 1);
	ck_assert_uint_eq(cursor_count(&c, 5), 0);
	ck_assert(c.bad);
	c = cursor_at(count, sizeof(count) - 1);
	ck_assert_uint_eq(cursor_count(&c, 4), 2);
	ck_assert(!c.bad);
}
END_TEST

START_TEST(test_strtrim)
{
	struct arena a = { 0 };

	ck_assert_str_eq(arena_strtrim(&a, " \tfoo_priv \t"), "foo_priv");
	ck_assert_str_eq(arena_strtrim(&a, "foo bar"), "foo bar");
	ck_assert_str_eq(arena_strtrim(&a, " \t "), "");
	ck_assert_str_eq(arena_strtrim(&a, ""), "");
	arena_free(&a);
}
END_TEST

START_TEST(test_jobs_wanted)
{
	setenv("DTOC_JOBS", "3", 1);
	ck_assert_int_eq(jobs_wanted(8), 3);
	ck_assert_int_eq(jobs_wanted(2), 2);
	setenv("DTOC_JOBS", "0", 1);
	ck_assert_int_ge(jobs_wanted(64), 1);
	ck_assert_int_le(jobs_wanted(1), 1);
	unsetenv("DTOC_JOBS");
}
END_TEST

Suite *base_suite(void)
{
	Suite *s = suite_create("base");
	TCase *tc = tcase_create("base");

	tcase_add_test(tc, test_cursor_reads);
	tcase_add_test(tc, test_cursor_refuses);
	tcase_add_test(tc, test_strtrim);
	tcase_add_test(tc, test_jobs_wanted);
	suite_add_tcase(s, tc);
	return s;
}
