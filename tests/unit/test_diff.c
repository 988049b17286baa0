// SPDX-License-Identifier: GPL-2.0+
/*
 * dtoc diff's matching and comparison (src/diff/compare.c) on reports
 * written here: renames by compatible and unit address, moves by
 * properties, phandles followed through a rename, renumbering counted
 * and never listed, warnings compared as a multiset without lines.
 */
#include <stdint.h>
#include <string.h>

#include "diff/model.h"
#include "diff/structs.h"
#include "diff/values.h"
#include "diff/diff-internal.h"
#include "unit.h"

/* A report of @nodes (a JSON array, as text) and @diags */
static json_t *report(const char *nodes, const char *diags)
{
	json_t *r;
	json_error_t err;

	r = json_pack("{s:i, s:s, s:b, s:b, s:[], s:{}, s:[]}", "dtoc_report",
		      REPORT_FORMAT, "dtoc_version", DTOC_VERSION, "ok", 1,
		      "instantiate", 0, "skipped", "aliases", "structs");
	json_object_set_new(r, "nodes", json_loads(nodes, 0, &err));
	json_object_set_new(r, "diagnostics",
			    json_loads(diags ? diags : "[]", 0, &err));
	ck_assert_ptr_nonnull(json_object_get(r, "nodes"));
	return r;
}

static json_t *node_at(json_t *result, size_t i)
{
	return json_array_get(json_object_get(result, "nodes"), i);
}

static const char *str(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

#define UART(path, idx, addr) \
	"{\"path\": \"" path "\", \"idx\": " #idx ", \"name\": \"n" #idx "\"," \
	" \"compatible\": [\"acme,uart\"], \"driver\": \"acme_uart\"," \
	" \"uclass\": \"UCLASS_SERIAL\", \"parent\": \"/\"," \
	" \"parent_idx\": null, \"struct\": \"dtd_acme_uart\"," \
	" \"props\": {\"reg\": {\"type\": \"cells\", \"value\": [" addr \
	", 256], \"member\": \"reg\"}}}"

START_TEST(test_same_is_nothing)
{
	json_t *a = report("[" UART("/serial@1000", 0, "4096") "]", NULL);
	json_t *res = diff_compare(a, a);

	ck_assert(!diff_any(res));
	ck_assert_int_eq(json_array_size(json_object_get(res, "nodes")), 0);
	json_decref(res);
	json_decref(a);
}
END_TEST

START_TEST(test_rename_by_identity)
{
	json_t *a = report("[" UART("/uart@1000", 0, "4096") "]", NULL);
	json_t *b = report("[" UART("/serial@1000", 0, "4096") "]", NULL);
	json_t *res = diff_compare(a, b);

	ck_assert_int_eq(json_array_size(json_object_get(res, "nodes")), 1);
	ck_assert_str_eq(str(node_at(res, 0), "change"), "renamed");
	ck_assert_str_eq(str(node_at(res, 0), "path"), "/serial@1000");
	ck_assert_str_eq(str(node_at(res, 0), "old_path"), "/uart@1000");
	json_decref(res);
	json_decref(a);
	json_decref(b);
}
END_TEST

/* Another unit address and another parent, the same properties */
START_TEST(test_move_by_props)
{
	json_t *a = report("[" UART("/serial@1000", 0, "4096") "]", NULL);
	json_t *b = report("[" UART("/bus/serial", 0, "4096") "]", NULL);
	json_t *res = diff_compare(a, b);

	ck_assert_str_eq(str(node_at(res, 0), "change"), "moved");
	ck_assert_str_eq(str(node_at(res, 0), "old_path"), "/serial@1000");
	json_decref(res);
	json_decref(a);
	json_decref(b);
}
END_TEST

#define NODE(path, parent, compat) \
	"{\"path\": \"" path "\", \"parent\": \"" parent "\"," \
	" \"compatible\": [\"" compat "\"], \"props\": {}}"

/* Two like nodes (one compatible, one unit address) under two renamed
 * parents: each follows its own parent, though the other comes first */
START_TEST(test_renames_follow_parents)
{
	json_t *a = report("[" NODE("/bus@1", "/", "acme,bus") ","
			   NODE("/bus@2", "/", "acme,bus") ","
			   NODE("/bus@1/a@50", "/bus@1", "acme,rom") ","
			   NODE("/bus@2/b@50", "/bus@2", "acme,rom") "]",
			   NULL);
	json_t *b = report("[" NODE("/busx@2/b@50", "/busx@2", "acme,rom") ","
			   NODE("/busx@1/a@50", "/busx@1", "acme,rom") ","
			   NODE("/busx@2", "/", "acme,bus") ","
			   NODE("/busx@1", "/", "acme,bus") "]", NULL);
	json_t *res = diff_compare(a, b);
	json_t *n;
	size_t i;

	/* the buses renamed; each child follows its own parent, so it is
	 * not listed (crossed, both would be "moved") */
	ck_assert_int_eq(json_array_size(json_object_get(res, "nodes")), 2);
	json_array_foreach(json_object_get(res, "nodes"), i, n) {
		ck_assert_str_eq(str(n, "change"), "renamed");
		ck_assert_ptr_null(strstr(str(n, "path"), "@50"));
	}
	json_decref(res);
	json_decref(a);
	json_decref(b);
}
END_TEST

/* Different addresses and properties: a removal and an addition */
START_TEST(test_no_false_rename)
{
	json_t *a = report("[" UART("/serial@1000", 0, "4096") "]", NULL);
	json_t *b = report("[" UART("/serial@2000", 0, "8192") "]", NULL);
	json_t *res = diff_compare(a, b);

	ck_assert_str_eq(str(node_at(res, 0), "change"), "removed");
	ck_assert_str_eq(str(node_at(res, 1), "change"), "added");
	json_decref(res);
	json_decref(a);
	json_decref(b);
}
END_TEST

#define USER(idx, target, phandle) \
	"{\"path\": \"/user\", \"idx\": " #idx ", \"name\": \"user\"," \
	" \"compatible\": [\"acme,user\"], \"driver\": \"acme_user\"," \
	" \"uclass\": \"UCLASS_MISC\", \"parent\": \"/\"," \
	" \"parent_idx\": null, \"struct\": \"dtd_acme_user\"," \
	" \"props\": {\"clocks\": {\"type\": \"phandles\", \"value\":" \
	" [{\"target\": \"" target "\", \"args\": [3], \"phandle\": " \
	#phandle "}], \"member\": \"clocks\"}}}"

/* A phandle to a renamed node, under another number: not a change of
 * the node that holds it, only renumbering */
START_TEST(test_phandle_through_rename)
{
	json_t *a = report("[" UART("/uart@1000", 0, "4096") ","
			   USER(1, "/uart@1000", 1) "]", NULL);
	json_t *b = report("[" UART("/serial@1000", 1, "4096") ","
			   USER(0, "/serial@1000", 2) "]", NULL);
	json_t *res = diff_compare(a, b);

	ck_assert_int_eq(json_array_size(json_object_get(res, "nodes")), 1);
	ck_assert_str_eq(str(node_at(res, 0), "change"), "renamed");
	ck_assert_int_eq(json_integer_value(json_object_get(res, "renumbered")),
			 2);
	json_decref(res);
	json_decref(a);
	json_decref(b);
}
END_TEST

/* The target changed: a change, shown as paths */
START_TEST(test_phandle_retarget)
{
	json_t *a = report("[" UART("/serial@1000", 0, "4096") ","
			   UART("/serial@2000", 1, "8192") ","
			   USER(2, "/serial@1000", 1) "]", NULL);
	json_t *b = report("[" UART("/serial@1000", 0, "4096") ","
			   UART("/serial@2000", 1, "8192") ","
			   USER(2, "/serial@2000", 1) "]", NULL);
	json_t *res = diff_compare(a, b);
	json_t *det = json_array_get(json_object_get(node_at(res, 0),
						     "details"), 0);

	ck_assert_str_eq(str(node_at(res, 0), "path"), "/user");
	ck_assert_str_eq(str(det, "text"),
			 "clocks: <&/serial@1000 0x3> -> <&/serial@2000 0x3>");
	json_decref(res);
	json_decref(a);
	json_decref(b);
}
END_TEST

/* --variant: a node now in fewer variants */
START_TEST(test_variants)
{
	json_t *a = report("[{\"path\": \"/x\", \"props\": {},"
			   " \"variants\": [\"a\", \"b\"]}]", NULL);
	json_t *b = report("[{\"path\": \"/x\", \"props\": {},"
			   " \"variants\": [\"a\"]}]", NULL);
	json_t *res = diff_compare(a, b);
	json_t *det = json_array_get(json_object_get(node_at(res, 0),
						     "details"), 0);

	ck_assert_str_eq(str(det, "text"), "in the variants: a, b -> a");
	json_decref(res);
	json_decref(a);
	json_decref(b);
}
END_TEST

/* One warning twice where it was once: one new; its line moved: none */
START_TEST(test_new_warnings)
{
	const char *w1 = "[{\"severity\": \"warning\", \"message\": \"m\","
			 " \"file\": \"f.c\", \"line\": 3},"
			 " {\"severity\": \"note\", \"message\": \"n\"}]";
	const char *w2 = "[{\"severity\": \"warning\", \"message\": \"m\","
			 " \"file\": \"f.c\", \"line\": 9},"
			 " {\"severity\": \"warning\", \"message\": \"m\","
			 " \"file\": \"f.c\", \"line\": 12}]";
	json_t *a = report("[]", w1), *b = report("[]", w2);
	json_t *res = diff_compare(a, b);

	ck_assert_int_eq(diff_new_diagnostics(res), 1);
	json_decref(res);
	res = diff_compare(b, a);
	ck_assert_int_eq(diff_new_diagnostics(res), 0);
	json_decref(res);
	json_decref(a);
	json_decref(b);
}
END_TEST

/* The lists in the text: all names, or the first paths and a count */
START_TEST(test_strings_text)
{
	struct diff d = { 0 };
	json_error_t err;
	json_t *four = json_loads("[\"/a\", \"/b\", 7, \"/d\"]", 0, &err);
	json_t *none = json_array();

	ck_assert_str_eq(strings_text(&d, four, SIZE_MAX, "(none)"),
			 "/a, /b, ?, /d");
	ck_assert_str_eq(strings_text(&d, four, 2, ""), "/a, /b and 2 more");
	ck_assert_str_eq(strings_text(&d, four, 4, ""), "/a, /b, ?, /d");
	ck_assert_str_eq(strings_text(&d, none, 3, "(none)"), "(none)");
	ck_assert_str_eq(strings_text(&d, NULL, 3, ""), "");
	json_decref(four);
	json_decref(none);
	arena_free(&d.arena);
}
END_TEST

Suite *diff_suite(void)
{
	Suite *s = suite_create("diff");
	TCase *tc = tcase_create("compare");

	tcase_add_test(tc, test_same_is_nothing);
	tcase_add_test(tc, test_rename_by_identity);
	tcase_add_test(tc, test_move_by_props);
	tcase_add_test(tc, test_no_false_rename);
	tcase_add_test(tc, test_renames_follow_parents);
	tcase_add_test(tc, test_phandle_through_rename);
	tcase_add_test(tc, test_phandle_retarget);
	tcase_add_test(tc, test_new_warnings);
	tcase_add_test(tc, test_variants);
	tcase_add_test(tc, test_strings_text);
	suite_add_tcase(s, tc);
	return s;
}
