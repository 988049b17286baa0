// SPDX-License-Identifier: GPL-2.0+
/* base/diag.c: the records, their printed lines, which are kept once;
 * base's one formatter (vformat_with). */
#include <stdlib.h>
#include <string.h>

#include "unit.h"

static struct ctx ctx;

static void teardown(void)
{
	ctx_free(&ctx);
	memset(&ctx, 0, sizeof(ctx));
}

/* The printed line of the last warning */
static char *last_line(void)
{
	static char line[512];
	char *s = diag_format(ctx.warnings.items[ctx.warnings.count - 1]);

	snprintf(line, sizeof(line), "%s", s);
	free(s);
	return line;
}

START_TEST(test_records)
{
	const struct node node = { .path = "/soc/uart@0" };

	ck_assert_int_eq(error_at(&ctx, DC_REG_INVALID, NODE_LOC(&node),
				  "reg has %d cells", 3),
			 DTOC_ERR_INPUT);
	check_diag(ctx.error, DC_REG_INVALID, NULL, 0, "/soc/uart@0",
		   "reg has 3 cells");
	ck_assert_int_eq(ctx.error->severity, SEV_ERROR);
	/* a later error replaces it */
	error_at(&ctx, DC_YAML_INVALID, FILE_LOC("b/x.yaml", 4), "bad");
	check_diag(ctx.error, DC_YAML_INVALID, "b/x.yaml", 4, NULL, "bad");
	ck_assert_int_eq(ctx.warnings.count, 0);

	warn_at(&ctx, DC_DRIVER_MISSING, NODE_LOC(&node), "no %s", "driver");
	note_at(&ctx, DC_DRIVER_NO_ID, FILE_LOC("d/a.c", 7), "no .id");
	ck_assert_int_eq(diag_count(&ctx, SEV_WARNING), 1);
	ck_assert_int_eq(diag_count(&ctx, SEV_NOTE), 1);
	ck_assert_int_eq(diag_count(&ctx, SEV_ERROR), 0);
	check_diag(ctx.warnings.items[1], DC_DRIVER_NO_ID, "d/a.c", 7, NULL,
		   "no .id");
}
END_TEST

START_TEST(test_printed)
{
	const struct node node = { .path = "/a" };
	struct loc both = { .file = "mk/Makefile", .line = 5, .node = "/a",
			    .quiet_file = true };
	char *s;

	warn_at(&ctx, DC_FILE_SKIPPED, FILE_LOC("src/f.c", 0), "skipping");
	ck_assert_str_eq(last_line(), "src/f.c: warning: skipping");
	note_at(&ctx, DC_DRIVER_NO_ID, FILE_LOC("src/f.c", 3), "x");
	ck_assert_str_eq(last_line(), "src/f.c:3: note: x");
	warn_at(&ctx, DC_DRIVER_MISSING, NODE_LOC(&node), "y");
	ck_assert_str_eq(last_line(), "dtoc: warning: node '/a': y");
	/* a quiet file is recorded, not printed */
	warn_at(&ctx, DC_NOT_BUILT_FOR_PHASE, both, "z");
	ck_assert_str_eq(last_line(), "dtoc: warning: node '/a': z");
	check_diag(ctx.warnings.items[3], DC_NOT_BUILT_FOR_PHASE,
		   "mk/Makefile", 5, "/a", "z");
	error_at(&ctx, DC_FILE_UNREADABLE, NAMED_FILE_LOC("in.dtb"),
		 "cannot open 'in.dtb'");
	s = diag_format(ctx.error);
	ck_assert_str_eq(s, "dtoc: error: cannot open 'in.dtb'");
	free(s);
	check_diag(ctx.error, DC_FILE_UNREADABLE, "in.dtb", 0, NULL,
		   "cannot open");
	error_at(&ctx, DC_BLOB_INVALID,
		 (struct loc){ .file = "in.dtb", .node = "/b" }, "bad");
	s = diag_format(ctx.error);
	ck_assert_str_eq(s, "dtoc: error: in.dtb: node '/b': bad");
	free(s);
}
END_TEST

START_TEST(test_kept_once)
{
	struct loc at_a = { .file = "d/a.c", .line = 1, .node = "/x",
			    .quiet_file = true, .quiet_node = true };
	struct loc at_b = { .file = "d/b.c", .line = 2, .node = "/y",
			    .quiet_file = true, .quiet_node = true };

	/* the same line twice: the first record, with its place, stays */
	warn_at(&ctx, DC_STRUCT_HEADER_MISSING, at_a, "no header for s");
	warn_at(&ctx, DC_STRUCT_HEADER_MISSING, at_b, "no header for s");
	ck_assert_int_eq(ctx.warnings.count, 1);
	check_diag(ctx.warnings.items[0], DC_STRUCT_HEADER_MISSING, "d/a.c",
		   1, "/x", "no header for s");
	/* another printed place, another code or text: kept */
	warn_at(&ctx, DC_STRUCT_HEADER_MISSING, FILE_LOC("d/a.c", 1),
		"no header for s");
	warn_at(&ctx, DC_DRIVER_MISSING, at_a, "no header for s");
	warn_at(&ctx, DC_STRUCT_HEADER_MISSING, at_a, "no header for t");
	ck_assert_int_eq(ctx.warnings.count, 4);
	warn_at(&ctx, DC_STRUCT_HEADER_MISSING, FILE_LOC("d/a.c", 2),
		"no header for s");
	ck_assert_int_eq(ctx.warnings.count, 5);
}
END_TEST

START_TEST(test_codes)
{
	for (int c = 0; c < DC_COUNT; c++) {
		const char *name = diag_code_name(c);

		ck_assert_uint_gt(strlen(name), 2);
		ck_assert_uint_eq(strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-"),
				  strlen(name));
		ck_assert_uint_gt(strlen(diag_code_summary(c)), 10);
		for (int k = 0; k < c; k++)
			ck_assert_str_ne(diag_code_name(k), name);
	}
	ck_assert_str_eq(diag_code_name(DC_DRIVER_MISSING), "driver-missing");
	ck_assert_str_eq(diag_code_name(DC_ALIAS_CONTESTED), "alias-contested");
	ck_assert_str_eq(diag_code_name(DC_NOT_BUILT_FOR_PHASE),
			 "not-built-for-phase");
}
END_TEST

START_TEST(test_format)
{
	struct strbuf sb = { 0 };
	char big[1000];
	char *s;

	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	sb_printf(&sb, "%d-", 12);
	sb_printf(&sb, "%s", big); /* past the first 256 bytes */
	sb_printf(&sb, "-%s", "end");
	ck_assert_uint_eq(sb.len, 3 + 999 + 4);
	ck_assert_uint_eq(strlen(sb.buf), sb.len);
	ck_assert(!strncmp(sb.buf, "12-xxx", 6));
	ck_assert_str_eq(sb.buf + sb.len - 4, "-end");
	s = arena_printf(&ctx.arena, "%s|%s", big, big);
	ck_assert_uint_eq(strlen(s), 2 * 999 + 1);
	ck_assert_int_eq(s[999], '|');
	sb_free(&sb);
}
END_TEST

Suite *diagnostics_suite(void)
{
	Suite *s = suite_create("diagnostics");
	TCase *tc = tcase_create("diagnostics");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_records);
	tcase_add_test(tc, test_printed);
	tcase_add_test(tc, test_kept_once);
	tcase_add_test(tc, test_codes);
	tcase_add_test(tc, test_format);
	suite_add_tcase(s, tc);
	return s;
}
