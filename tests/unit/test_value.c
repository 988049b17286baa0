// SPDX-License-Identifier: GPL-2.0+
/* Types guessed from bytes, widening between nodes, C expressions. */
#include <string.h>

#include "unit.h"

static struct arena arena;

static void teardown(void)
{
	arena_free(&arena);
}

static struct value make(const void *data, int len)
{
	struct value v;

	value_from_bytes(&arena, &v, data, len);
	return v;
}

/* Every element as the value's type, comma-separated; "!" if invalid. */
static const char *show(const struct value *v)
{
	struct strbuf sb = { 0 };
	const char *why;
	char *out;

	for (int i = 0; i < v->count; i++) {
		if (i)
			sb_puts(&sb, ",");
		if (value_check_elem(v->type, &v->elems[i], &why))
			sb_puts(&sb, "!");
		else
			value_format_elem(&sb, v->type, &v->elems[i]);
	}
	out = arena_strdup(&arena, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return out;
}

START_TEST(test_infer_types)
{
	struct value v;

	v = make("", 0);
	ck_assert_int_eq(v.type, PT_BOOL);
	ck_assert(!v.is_list);
	ck_assert_str_eq(show(&v), "true");

	v = make("\x12", 1);
	ck_assert_int_eq(v.type, PT_BYTE);
	ck_assert(!v.is_list);
	ck_assert_str_eq(show(&v), "0x12");

	v = make("\x01\x02\x03", 3);
	ck_assert_int_eq(v.type, PT_BYTE);
	ck_assert(v.is_list);
	ck_assert_str_eq(show(&v), "0x1,0x2,0x3");

	v = make("\x00\x00\x00\x00", 4);
	ck_assert_int_eq(v.type, PT_INT);
	ck_assert(!v.is_list);
	ck_assert_str_eq(show(&v), "0x0");

	v = make("\x00\x00\x00\x01\xde\xad\xbe\xef", 8);
	ck_assert_int_eq(v.type, PT_INT);
	ck_assert(v.is_list);
	ck_assert_str_eq(show(&v), "0x1,0xdeadbeef");

	v = make("abc", 4);
	ck_assert_int_eq(v.type, PT_STRING);
	ck_assert(!v.is_list);
	ck_assert_str_eq(show(&v), "\"abc\"");

	v = make("ab\0cd", 6);
	ck_assert_int_eq(v.type, PT_STRING);
	ck_assert(v.is_list);
	ck_assert_str_eq(show(&v), "\"ab\",\"cd\"");
}
END_TEST

START_TEST(test_infer_not_strings)
{
	struct value v;

	/* an empty piece, a control char, a byte above 127: not strings */
	v = make("ab\0\0", 4);
	ck_assert_int_eq(v.type, PT_INT);
	v = make("a\tb", 4);
	ck_assert_int_eq(v.type, PT_INT);
	v = make("\x80z", 3);
	ck_assert_int_eq(v.type, PT_BYTE);
	/* no terminating NUL */
	v = make("abcd", 4);
	ck_assert_int_eq(v.type, PT_INT);
	/* 127 still counts as printable */
	v = make("a\x7f", 3);
	ck_assert_int_eq(v.type, PT_STRING);
	/* a backslash is doubled */
	v = make("a\\b", 4);
	ck_assert_str_eq(show(&v), "\"a\\\\b\"");
}
END_TEST

START_TEST(test_widen_pads_lists)
{
	struct value a = make("\x00\x00\x00\x05", 4);
	struct value b = make("\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x03",
			      12);
	const char *why;

	ck_assert_int_eq(value_widen(&arena, &a, &b, &why), 0);
	ck_assert(a.is_list);
	ck_assert_int_eq(a.count, 3);
	ck_assert_str_eq(show(&a), "0x5,0x0,0x0");
}
END_TEST

START_TEST(test_widen_int_to_bytes)
{
	struct value a = make("\x12\x34\x56\x78", 4);
	struct value b = make("\x01\x02", 2);
	const char *why;

	ck_assert_int_eq(value_widen(&arena, &a, &b, &why), 0);
	ck_assert_int_eq(a.type, PT_BYTE);
	ck_assert_str_eq(show(&a), "0x12,0x34,0x56,0x78");
}
END_TEST

START_TEST(test_widen_bool)
{
	struct value a = make("", 0);
	struct value b = make("\x00\x00\x00\x07\x00\x00\x00\x08", 8);
	struct value c = make("", 0);
	struct value d = make("\x09\x08\x07\x06\x05", 5);
	const char *why;

	/* a bool becomes one zero cell, then padding */
	ck_assert_int_eq(value_widen(&arena, &a, &b, &why), 0);
	ck_assert_int_eq(a.type, PT_INT);
	ck_assert_str_eq(show(&a), "0x0,0x0");
	/* and to bytes: four zero bytes, then padding */
	ck_assert_int_eq(value_widen(&arena, &c, &d, &why), 0);
	ck_assert_int_eq(c.type, PT_BYTE);
	ck_assert_str_eq(show(&c), "0x0,0x0,0x0,0x0,0x0");
}
END_TEST

START_TEST(test_widen_string_to_bytes)
{
	struct value a = make("hello", 6);
	struct value b = make("\x01\x02\x03", 3);
	const char *why;

	/* only the first character survives, as in the reference */
	ck_assert_int_eq(value_widen(&arena, &a, &b, &why), 0);
	ck_assert_int_eq(a.type, PT_BYTE);
	ck_assert_str_eq(show(&a), "0x68,0x0,0x0");
}
END_TEST

START_TEST(test_widen_string_int_conflict)
{
	struct value a = make("hello", 6);
	struct value b = make("\x00\x00\x00\x01", 4);
	const char *why;

	/* the string takes the int type but cannot be written as one */
	ck_assert_int_eq(value_widen(&arena, &a, &b, &why), 0);
	ck_assert_int_eq(a.type, PT_INT);
	ck_assert_str_eq(show(&a), "!");
}
END_TEST

START_TEST(test_int64_padding)
{
	struct value a, b;
	const char *why;

	memset(&a, 0, sizeof(a));
	a.type = PT_INT64;
	a.is_list = true;
	a.count = 2;
	a.elems = arena_alloc(&arena, 2 * sizeof(struct elem));
	a.elems[0].kind = EK_U64;
	a.elems[0].u64 = 0x123456789ull;
	a.elems[1].kind = EK_U64;
	a.elems[1].u64 = 0;
	value_copy(&arena, &b, &a);
	b.count = 1;
	/* padding a 64-bit list uses True, which prints as 0x1 */
	ck_assert_int_eq(value_widen(&arena, &b, &a, &why), 0);
	ck_assert_str_eq(show(&b), "0x123456789,0x1");
	ck_assert_str_eq(show(&a), "0x123456789,0x0");
}
END_TEST

START_TEST(test_c_types)
{
	ck_assert_str_eq(ptype_c_name(PT_INT), "fdt32_t");
	ck_assert_str_eq(ptype_c_name(PT_INT64), "fdt64_t");
	ck_assert_str_eq(ptype_c_name(PT_BYTE), "unsigned char");
	ck_assert_str_eq(ptype_c_name(PT_STRING), "const char *");
	ck_assert_str_eq(ptype_c_name(PT_BOOL), "bool");
}
END_TEST

Suite *value_suite(void)
{
	Suite *s = suite_create("value");
	TCase *tc = tcase_create("value");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_infer_types);
	tcase_add_test(tc, test_infer_not_strings);
	tcase_add_test(tc, test_widen_pads_lists);
	tcase_add_test(tc, test_widen_int_to_bytes);
	tcase_add_test(tc, test_widen_bool);
	tcase_add_test(tc, test_widen_string_to_bytes);
	tcase_add_test(tc, test_widen_string_int_conflict);
	tcase_add_test(tc, test_int64_padding);
	tcase_add_test(tc, test_c_types);
	suite_add_tcase(s, tc);
	return s;
}
