// SPDX-License-Identifier: GPL-2.0+
/* The scanner's line patterns, on single lines. */
#include <string.h>

#include "unit.h"

static struct arena arena;

static void teardown(void)
{
	arena_free(&arena);
}

static const char *str(struct span s)
{
	return arena_strndup(&arena, s.p, s.len);
}

START_TEST(test_call_at_start)
{
	struct span s;

	ck_assert(match_call_at_start("U_BOOT_DRIVER(foo) = {", "U_BOOT_DRIVER(",
				      &s));
	ck_assert_str_eq(str(s), "foo");
	/* greedy: up to the last ')' */
	ck_assert(match_call_at_start("U_BOOT_DRIVER(a) x(b)", "U_BOOT_DRIVER(",
				      &s));
	ck_assert_str_eq(str(s), "a) x(b");
	ck_assert(!match_call_at_start(" U_BOOT_DRIVER(foo)", "U_BOOT_DRIVER(",
				       &s));
	ck_assert(!match_call_at_start("U_BOOT_DRIVER(foo", "U_BOOT_DRIVER(",
				       &s));
	ck_assert(match_call_after_space("\tDM_PHASE(spl)", "DM_PHASE(", &s));
	ck_assert_str_eq(str(s), "spl");
}
END_TEST

START_TEST(test_auto_member)
{
	struct span s;

	ck_assert(match_auto_member("\t.priv_auto\t= sizeof(struct foo_priv),",
				    "priv_auto", &s));
	ck_assert_str_eq(str(s), "foo_priv");
	/* any character may stand for the '.', even the last blank */
	ck_assert(match_auto_member("  xpriv_auto = sizeof(struct a),",
				    "priv_auto", &s));
	ck_assert(match_auto_member("  priv_auto = sizeof(struct a),",
				    "priv_auto", &s));
	ck_assert_str_eq(str(s), "a");
	/* must end the line with ")," */
	ck_assert(!match_auto_member("\t.priv_auto = sizeof(struct a), /* x */",
				     "priv_auto", &s));
	ck_assert(!match_auto_member("\t.priv_auto = sizeof(struct a)",
				     "priv_auto", &s));
	/* needs a blank after "struct" */
	ck_assert(!match_auto_member("\t.priv_auto = sizeof(structa),",
				     "priv_auto", &s));
	ck_assert(!match_auto_member("\t.per_child_plat_auto = sizeof(struct a),",
				     "plat_auto", &s));
	ck_assert(match_auto_member("\t.plat_auto = sizeof(struct a b ),",
				    "plat_auto", &s));
	ck_assert_str_eq(str(s), "a b ");
}
END_TEST

START_TEST(test_uclass_id)
{
	struct span s;

	ck_assert(search_uclass_id("\t.id = UCLASS_I2C,", &s));
	ck_assert_str_eq(str(s), "UCLASS_I2C");
	ck_assert(search_uclass_id("x .id=UCLASS_A1_B }; ", &s));
	ck_assert_str_eq(str(s), "UCLASS_A1_B");
	ck_assert(!search_uclass_id("\t.idle = UCLASS_X,", &s));
	ck_assert(!search_uclass_id("\t.id = UCLASS_,", &s));
	ck_assert(!search_uclass_id("\t.id = uclass_x,", &s));
}
END_TEST

START_TEST(test_of_match)
{
	struct span v, suffix;

	ck_assert(search_of_match("\t.of_match = foo_ids,", &v, &suffix));
	ck_assert_str_eq(str(v), "foo_ids");
	ck_assert_str_eq(str(suffix), "");
	ck_assert(search_of_match("\t.of_match = of_match_ptr(foo_ids),", &v,
				  &suffix));
	ck_assert_str_eq(str(v), "foo_ids");
	ck_assert_str_eq(str(suffix), ")");
	ck_assert(search_of_match("\t.of_match = foo_ids + 1,", &v, &suffix));
	ck_assert_str_eq(str(suffix), " + 1");
	/* without a lower-case name after it, of_match_ptr is the name */
	ck_assert(search_of_match("\t.of_match = of_match_ptr(&x),", &v,
				  &suffix));
	ck_assert_str_eq(str(v), "of_match_ptr");
	ck_assert_str_eq(str(suffix), "(&x)");
	ck_assert(!search_of_match("\t.of_match = foo_ids", &v, &suffix));
	ck_assert(!search_of_match("\t.of_match = FOO,", &v, &suffix));
}
END_TEST

START_TEST(test_compatible)
{
	struct span c, d;
	bool has_data;

	ck_assert(search_compatible("\t{ .compatible = \"vendor,dev\" },", &c,
				    &d, &has_data));
	ck_assert_str_eq(str(c), "vendor,dev");
	ck_assert(!has_data);
	ck_assert(search_compatible("{ .compatible = \"a\", .data = DATA_A },",
				    &c, &d, &has_data));
	ck_assert_str_eq(str(c), "a");
	ck_assert(has_data);
	ck_assert_str_eq(str(d), "DATA_A");
	ck_assert(search_compatible("{.compatible=\"a\",.data=(ulong)&x},", &c,
				    &d, &has_data));
	ck_assert_str_eq(str(d), "(ulong)&x");
	/* greedy: two entries on one line become one odd string */
	ck_assert(search_compatible("{ .compatible = \"a\" }, { .compatible = \"b\" },",
				    &c, &d, &has_data));
	ck_assert_str_eq(str(c), "a\" }, { .compatible = \"b");
	/* the entry needs its trailing comma */
	ck_assert(!search_compatible("{ .compatible = \"a\" }", &c, &d,
				     &has_data));
	ck_assert(!search_compatible("{ }", &c, &d, &has_data));
}
END_TEST

START_TEST(test_udevice_ids)
{
	struct span s;

	ck_assert(search_udevice_ids("static const struct udevice_id foo_ids[] = {",
				     &s));
	ck_assert_str_eq(str(s), "foo_ids");
	ck_assert(!search_udevice_ids("static const struct udevice_id *foo;", &s));
	ck_assert(!search_udevice_ids("struct  udevice_id foo[] = {", &s));
}
END_TEST

START_TEST(test_driver_alias)
{
	struct span d, a;

	ck_assert(match_driver_alias("DM_DRIVER_ALIAS( drv_a , vendor_alt )",
				     &d, &a));
	ck_assert_str_eq(str(d), "drv_a");
	ck_assert_str_eq(str(a), "vendor_alt");
	ck_assert(!match_driver_alias(" DM_DRIVER_ALIAS(a, b)", &d, &a));
	ck_assert(!match_driver_alias("DM_DRIVER_ALIAS(a-b, c)", &d, &a));
}
END_TEST

START_TEST(test_struct_definition)
{
	struct span s;

	ck_assert(match_struct_definition("struct foo_priv {", &s));
	ck_assert_str_eq(str(s), "foo_priv");
	ck_assert(!match_struct_definition("struct foo_priv {  ", &s));
	ck_assert(!match_struct_definition("struct Foo {", &s));
	ck_assert(!match_struct_definition("struct foo;", &s));
	ck_assert(!match_struct_definition(" struct foo {", &s));
}
END_TEST

START_TEST(test_header_name)
{
	ck_assert_str_eq(header_include_name(&arena, "include/dm/foo.h"),
			 "dm/foo.h");
	ck_assert_str_eq(header_include_name(&arena,
					     "arch/sandbox/include/asm/clk.h"),
			 "asm/clk.h");
	ck_assert_str_eq(header_include_name(&arena, "drivers/x/y.h"),
			 "../drivers/x/y.h");
	ck_assert_str_eq(header_include_name(&arena,
					     "arch/ARM/include/asm/clk.h"),
			 "../arch/ARM/include/asm/clk.h");
}
END_TEST

Suite *match_suite(void)
{
	Suite *s = suite_create("match");
	TCase *tc = tcase_create("match");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_call_at_start);
	tcase_add_test(tc, test_auto_member);
	tcase_add_test(tc, test_uclass_id);
	tcase_add_test(tc, test_of_match);
	tcase_add_test(tc, test_compatible);
	tcase_add_test(tc, test_udevice_ids);
	tcase_add_test(tc, test_driver_alias);
	tcase_add_test(tc, test_struct_definition);
	tcase_add_test(tc, test_header_name);
	suite_add_tcase(s, tc);
	return s;
}
