// SPDX-License-Identifier: GPL-2.0+
/* Name conversion and tab alignment. */
#include <stdlib.h>

#include "unit.h"

static struct arena arena;

static void teardown(void)
{
	arena_free(&arena);
}

START_TEST(test_conv_name)
{
	ck_assert_str_eq(conv_name_to_c(&arena, "serial@10000"),
			 "serial_at_10000");
	ck_assert_str_eq(conv_name_to_c(&arena, "rockchip,rk3288-grf.x"),
			 "rockchip_rk3288_grf_x");
	ck_assert_str_eq(conv_name_to_c(&arena, "/"), "root");
	ck_assert_str_eq(conv_name_to_c(&arena, "a+b"), "a+b");
	ck_assert_str_eq(conv_name_to_c(&arena, "@@"), "_at__at_");
}
END_TEST

START_TEST(test_identifier)
{
	ck_assert(is_c_identifier("spl_test"));
	ck_assert(is_c_identifier("_x1"));
	ck_assert(!is_c_identifier("1x"));
	ck_assert(!is_c_identifier("a+b"));
	ck_assert(!is_c_identifier(""));
}
END_TEST

START_TEST(test_tab_to)
{
	struct strbuf sb = { 0 };

	sb_tab_to(&sb, 2, "fdt32_t");
	ck_assert_str_eq(sb.buf, "fdt32_t\t\t");
	sb.len = 0;
	sb_tab_to(&sb, 2, "const char *");
	ck_assert_str_eq(sb.buf, "const char *\t");
	sb.len = 0;
	sb_tab_to(&sb, 2, "struct phandle_2_arg");
	ck_assert_str_eq(sb.buf, "struct phandle_2_arg ");
	sb.len = 0;
	sb_tab_to(&sb, 3, ".exactly_twenty_four_ch");
	ck_assert_str_eq(sb.buf, ".exactly_twenty_four_ch\t");
	sb.len = 0;
	sb_tab_to(&sb, 3, ".exactly_twenty_four_chr");
	ck_assert_str_eq(sb.buf, ".exactly_twenty_four_chr ");
	sb_free(&sb);
}
END_TEST

Suite *names_suite(void)
{
	Suite *s = suite_create("names");
	TCase *tc = tcase_create("names");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_conv_name);
	tcase_add_test(tc, test_identifier);
	tcase_add_test(tc, test_tab_to);
	suite_add_tcase(s, tc);
	return s;
}
