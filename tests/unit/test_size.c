// SPDX-License-Identifier: GPL-2.0+
/* resolve/size.c: C layout on ILP32 (arm EABI) and LP64, and the
 * runtime's records. tests/sizes.sh checks the same against compilers. */
#include "unit.h"

static long layout(const struct member_decl *m, int n, enum abi abi)
{
	struct c_layout l = { 0 };

	for (int i = 0; i < n; i++) {
		long size, align;

		member_layout(&m[i], abi, &size, &align);
		c_layout_add(&l, size, align, m[i].count < 0 ? 1 : m[i].count);
	}
	return c_layout_end(&l);
}

START_TEST(test_empty_struct)
{
	/* GNU C: an empty struct has size 0 */
	ck_assert_int_eq(layout(NULL, 0, ABI_ILP32), 0);
	ck_assert_int_eq(layout(NULL, 0, ABI_LP64), 0);
}
END_TEST

START_TEST(test_padding_before_64bit)
{
	const struct member_decl m[] = {
		{ .type = PT_BOOL, .count = -1 },
		{ .type = PT_INT64, .count = -1 },
	};

	/* arm EABI aligns fdt64_t to 8 (i386 would give 12) */
	ck_assert_int_eq(layout(m, 2, ABI_ILP32), 16);
	ck_assert_int_eq(layout(m, 2, ABI_LP64), 16);
}
END_TEST

START_TEST(test_tail_padding)
{
	const struct member_decl m[] = {
		{ .type = PT_STRING, .count = -1 },
		{ .type = PT_BYTE, .count = 3 },
	};
	const struct member_decl ints[] = {
		{ .type = PT_INT, .count = 3 },
		{ .type = PT_INT16, .count = -1 },
	};

	ck_assert_int_eq(layout(m, 2, ABI_ILP32), 8);
	ck_assert_int_eq(layout(m, 2, ABI_LP64), 16);
	ck_assert_int_eq(layout(ints, 2, ABI_ILP32), 16);
	ck_assert_int_eq(layout(ints, 2, ABI_LP64), 16);
}
END_TEST

START_TEST(test_phandle_arrays)
{
	const struct member_decl m[] = {
		{ .type = PT_BYTE, .count = -1 },
		{ .phandles = true, .args = 2, .count = 3 },
		{ .type = PT_BOOL, .count = -1 },
	};
	const struct member_decl none[] = {
		{ .phandles = true, .args = 0, .count = 2 },
	};

	/* u8, pad 3, 3 x (idx + 2 args) = 36, bool, pad 3 */
	ck_assert_int_eq(layout(m, 3, ABI_ILP32), 44);
	ck_assert_int_eq(layout(m, 3, ABI_LP64), 44);
	/* struct phandle_0_arg is its idx alone */
	ck_assert_int_eq(layout(none, 1, ABI_LP64), 8);
}
END_TEST

START_TEST(test_pointer_alignment)
{
	const struct member_decl m[] = {
		{ .type = PT_INT, .count = -1 },
		{ .type = PT_STRING, .count = 2 },
		{ .type = PT_INT, .count = -1 },
	};

	ck_assert_int_eq(layout(m, 3, ABI_ILP32), 16);
	ck_assert_int_eq(layout(m, 3, ABI_LP64), 32);
}
END_TEST

START_TEST(test_runtime_records)
{
	ck_assert_int_eq(dm_record_size(REC_DRIVER_INFO, ABI_ILP32), 12);
	ck_assert_int_eq(dm_record_size(REC_DRIVER_INFO, ABI_LP64), 24);
	ck_assert_int_eq(dm_record_size(REC_UDEVICE, ABI_ILP32), 76);
	ck_assert_int_eq(dm_record_size(REC_UDEVICE, ABI_LP64), 144);
	ck_assert_int_eq(dm_record_size(REC_UCLASS, ABI_ILP32), 24);
	ck_assert_int_eq(dm_record_size(REC_UCLASS, ABI_LP64), 48);
	ck_assert_str_eq(dm_record_name(REC_UDEVICE), "struct udevice");
	ck_assert_str_eq(abi_name(ABI_ILP32), "ilp32");
	ck_assert_str_eq(abi_name(ABI_LP64), "lp64");
}
END_TEST

Suite *size_suite(void)
{
	Suite *s = suite_create("size");
	TCase *tc = tcase_create("size");

	tcase_add_test(tc, test_empty_struct);
	tcase_add_test(tc, test_padding_before_64bit);
	tcase_add_test(tc, test_tail_padding);
	tcase_add_test(tc, test_phandle_arrays);
	tcase_add_test(tc, test_pointer_alignment);
	tcase_add_test(tc, test_runtime_records);
	suite_add_tcase(s, tc);
	return s;
}
