// SPDX-License-Identifier: GPL-2.0+
/* The scanner's parsers on whole snippets of source. */
#include <string.h>

#include "unit.h"

static struct ctx ctx;
static struct scan scan;

static void setup(void)
{
	memset(&ctx, 0, sizeof(ctx));
	scan_init(&scan, NULL);
}

static void teardown(void)
{
	scan_free(&scan);
	ctx_free(&ctx);
}

static int parse(const char *rel, const char *text)
{
	struct srcfile file = { rel, rel };

	return parse_source(&ctx, &scan, &file, text, strlen(text));
}

static struct driver *driver(const char *name)
{
	return sm_get(&scan.drivers, name);
}

static const char basic[] =
	"static const struct udevice_id demo_ids[] = {\n"
	"\t{ .compatible = \"acme,demo\", .data = DEMO_V1 },\n"
	"\t{ .compatible = \"acme,demo2\" },\n"
	"\t{ }\n"
	"};\n"
	"\n"
	"U_BOOT_DRIVER(acme_demo) = {\n"
	"\t.name = \"acme_demo\",\n"
	"\t.id = UCLASS_MISC,\n"
	"\t.of_match = demo_ids,\n"
	"\t.priv_auto = sizeof(struct demo_priv),\n"
	"\t.plat_auto = \\\n"
	"\t\tsizeof(struct demo_plat),\n"
	"\t.per_child_auto = sizeof(struct demo_child),\n"
	"\t.per_child_plat_auto = sizeof(struct demo_child_plat),\n"
	"\tDM_HEADER(<asm/demo.h>)\n"
	"};\n"
	"DM_DRIVER_ALIAS(acme_demo, acme_old_demo)\n";

START_TEST(test_driver)
{
	struct driver *d;

	ck_assert_int_eq(parse("drivers/demo.c", basic), 0);
	d = driver("acme_demo");
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(d->uclass_id, "UCLASS_MISC");
	ck_assert_str_eq(d->priv, "demo_priv");
	ck_assert_str_eq(d->plat, "demo_plat");
	ck_assert_str_eq(d->child_priv, "demo_child");
	ck_assert_str_eq(d->child_plat, "demo_child_plat");
	ck_assert_int_eq(d->headers.count, 1);
	ck_assert_str_eq(d->headers.items[0], "<asm/demo.h>");
	ck_assert_int_eq(d->compat->count, 2);
	ck_assert_str_eq(d->compat->entries[0].compat, "acme,demo");
	ck_assert_str_eq(d->compat->entries[0].data, "DEMO_V1");
	ck_assert_ptr_null(d->compat->entries[1].data);
	ck_assert_int_eq(d->line, 7);
	ck_assert_str_eq(((struct driver_alias *)sm_get(&scan.driver_aliases,
							"acme_old_demo"))
				 ->driver,
			 "acme_demo");
}
END_TEST

START_TEST(test_end_in_comment)
{
	/* "};" in a comment ends the declaration: .id is never seen */
	ck_assert_int_eq(parse("a.c",
			       "U_BOOT_DRIVER(early) = {\n"
			       "\t/* ends here }; */\n"
			       "\t.id = UCLASS_MISC,\n"
			       "};\n"),
			 0);
	ck_assert_ptr_null(driver("early"));
	ck_assert_int_eq(scan.notes.count, 1);
}
END_TEST

START_TEST(test_first_rule_wins)
{
	/* a line that sets .id does not also end the driver */
	ck_assert_int_eq(parse("a.c",
			       "static const struct udevice_id x_ids[] = {\n"
			       "\t{ .compatible = \"x\" },\n"
			       "};\n"
			       "U_BOOT_DRIVER(x) = {\n"
			       "\t.of_match = x_ids,\n"
			       "\t.id = UCLASS_MISC, };\n"
			       "\t.priv_auto = sizeof(struct late),\n"
			       "};\n"),
			 0);
	ck_assert_ptr_nonnull(driver("x"));
	ck_assert_str_eq(driver("x")->priv, "late");
}
END_TEST

START_TEST(test_not_at_line_start)
{
	ck_assert_int_eq(parse("a.c",
			       "static const struct udevice_id x_ids[] = {\n"
			       "\t{ .compatible = \"x\" },\n"
			       "};\n"
			       " U_BOOT_DRIVER(x) = {\n"
			       "\t.of_match = x_ids,\n"
			       "\t.id = UCLASS_MISC,\n"
			       "};\n"),
			 0);
	ck_assert_ptr_null(driver("x"));
}
END_TEST

START_TEST(test_unknown_compat_var)
{
	ck_assert_int_eq(parse("bad.c",
			       "U_BOOT_DRIVER(x) = {\n"
			       "\t.of_match = nowhere_ids,\n"
			       "\t.id = UCLASS_MISC,\n"
			       "};\n"),
			 DTOC_ERR_INPUT);
	check_diag(ctx.error, DC_OF_MATCH_TABLE_MISSING, "bad.c", 2, NULL,
		   "nowhere_ids");
}
END_TEST

START_TEST(test_missing_members_warn)
{
	ck_assert_int_eq(parse("w.c",
			       "U_BOOT_DRIVER(no_id) = {\n"
			       "};\n"
			       "U_BOOT_DRIVER(no_compat) = {\n"
			       "\t.id = UCLASS_MISC,\n"
			       "};\n"),
			 0);
	ck_assert_ptr_null(driver("no_id"));
	ck_assert_ptr_null(driver("no_compat"));
	ck_assert_ptr_nonnull(sm_get(&scan.notes, "no_id"));
	ck_assert_ptr_nonnull(sm_get(&scan.notes, "no_compat"));
}
END_TEST

/* The notes on driver @name, one kind each */
static const struct driver_note *note_of(const char *name, int i)
{
	const struct ptrvec *notes = sm_get(&scan.notes, name);

	return notes && i < notes->count ? notes->items[i] : NULL;
}

START_TEST(test_of_match_suffix)
{
	ck_assert_int_eq(parse("s.c",
			       "static const struct udevice_id ids[] = {\n"
			       "\t{ .compatible = \"a,x\" },\n"
			       "\t{ .compatible = \"a,y\" },\n"
			       "\t{ }\n"
			       "};\n"
			       "U_BOOT_DRIVER(from_one) = {\n"
			       "\t.id = UCLASS_MISC,\n"
			       "\t.of_match = ids + 1,\n"
			       "};\n"
			       "U_BOOT_DRIVER(tight) = {\n"
			       "\t.id = UCLASS_MISC,\n"
			       "\t.of_match = ids+12,\n"
			       "};\n"
			       "U_BOOT_DRIVER(commented) = {\n"
			       "\t.id = UCLASS_MISC,\n"
			       "\t.of_match = ids /* all */,\n"
			       "};\n"
			       "U_BOOT_DRIVER(odd) = {\n"
			       "\t.id = UCLASS_MISC,\n"
			       "\t.of_match = ids + OFFSET,\n"
			       "};\n"),
			 0);
	ck_assert_int_eq(driver("from_one")->of_match_offset, 1);
	ck_assert_ptr_null(note_of("from_one", 0));
	ck_assert_int_eq(driver("tight")->of_match_offset, 12);
	ck_assert_int_eq(driver("commented")->of_match_offset, 0);
	ck_assert_int_eq(note_of("commented", 0)->kind, NOTE_SUFFIX_COMMENT);
	ck_assert_int_eq(note_of("commented", 0)->line, 16);
	ck_assert_int_eq(driver("odd")->of_match_offset, 0);
	ck_assert_int_eq(note_of("odd", 0)->kind, NOTE_SUFFIX);
	ck_assert_str_eq(note_of("odd", 0)->text,
			 "unexpected suffix ' + OFFSET' on .of_match line for compat 'ids'");
}
END_TEST

START_TEST(test_of_match_partial)
{
	/* an entry over two lines is not read (as by the reference): the
	 * table read is then not the C table, and offsets cannot be
	 * judged */
	ck_assert_int_eq(parse("p.c",
			       "static const struct udevice_id ids[] = {\n"
			       "\t{ .compatible = \"a,x\",\n"
			       "\t  .data = 1 },\n"
			       "\t{ .compatible = \"a,y\", .data = 2 },\n"
			       "\t{ }\n"
			       "};\n"
			       "U_BOOT_DRIVER(from_one) = {\n"
			       "\t.id = UCLASS_MISC,\n"
			       "\t.of_match = ids + 1,\n"
			       "};\n"),
			 0);
	ck_assert_int_eq(driver("from_one")->compat->count, 1);
	ck_assert(driver("from_one")->compat->partial);
}
END_TEST

static const char phase_a[] =
	"static const struct udevice_id d_ids[] = {\n"
	"\t{ .compatible = \"d\" },\n"
	"};\n"
	"U_BOOT_DRIVER(dup) = {\n"
	"\t.of_match = d_ids,\n"
	"\t.id = UCLASS_MISC,\n"
	"\tDM_PHASE(spl)\n"
	"};\n";
static const char phase_b[] =
	"static const struct udevice_id d_ids[] = {\n"
	"\t{ .compatible = \"d\" },\n"
	"};\n"
	"U_BOOT_DRIVER(dup) = {\n"
	"\t.of_match = d_ids,\n"
	"\t.id = UCLASS_I2C,\n"
	"};\n";

START_TEST(test_phase_choice)
{
	scan.phase = "spl";
	ck_assert_int_eq(parse("a.c", phase_a), 0);
	ck_assert_int_eq(parse("b.c", phase_b), 0);
	/* the spl driver stays, the other one is a duplicate */
	ck_assert_str_eq(driver("dup")->uclass_id, "UCLASS_MISC");
	ck_assert_int_eq(driver("dup")->dups.count, 1);
	ck_assert(!driver("dup")->warn_dups);
}
END_TEST

START_TEST(test_no_phase_later_wins)
{
	ck_assert_int_eq(parse("a.c", phase_a), 0);
	ck_assert_int_eq(parse("b.c", phase_b), 0);
	ck_assert_str_eq(driver("dup")->uclass_id, "UCLASS_I2C");
	ck_assert(driver("dup")->warn_dups);
}
END_TEST

START_TEST(test_uclass_driver)
{
	struct uclass *uc;

	ck_assert_int_eq(parse("uc.c",
			       "UCLASS_DRIVER(misc) = {\n"
			       "\t.id\t\t= UCLASS_MISC,\n"
			       "\t.name\t\t= \"misc\",\n"
			       "\t.priv_auto = sizeof(struct misc_uc),\n"
			       "\t.per_device_auto = sizeof(struct misc_dev),\n"
			       "\t.per_device_plat_auto = sizeof(struct misc_plat),\n"
			       "\t.per_child_auto = sizeof(struct misc_child),\n"
			       "\t.per_child_plat_auto = sizeof(struct misc_cplat),\n"
			       "};\n"),
			 0);
	uc = sm_get(&scan.uclasses, "UCLASS_MISC");
	ck_assert_ptr_nonnull(uc);
	ck_assert_str_eq(uc->name, "misc");
	ck_assert_str_eq(uc->priv, "misc_uc");
	ck_assert_str_eq(uc->per_dev_priv, "misc_dev");
	ck_assert_str_eq(uc->per_dev_plat, "misc_plat");
	ck_assert_str_eq(uc->per_child_priv, "misc_child");
	ck_assert_str_eq(uc->per_child_plat, "misc_cplat");
}
END_TEST

START_TEST(test_uclass_without_id)
{
	ck_assert_int_eq(parse("uc.c", "UCLASS_DRIVER(x) = {\n};\n"),
			 DTOC_ERR_INPUT);
	check_diag(ctx.error, DC_UCLASS_NO_ID, "uc.c", 1, NULL,
		   "has no .id = UCLASS_... line");
}
END_TEST

START_TEST(test_structs)
{
	struct struct_def *def;

	ck_assert_int_eq(parse("arch/sandbox/include/asm/clk.h",
			       "struct clk_priv {\n\tint x;\n};\n"
			       "struct not_this{\n"
			       "struct \\\nsplit {\n"),
			 0);
	def = sm_get(&scan.structs, "clk_priv");
	ck_assert_ptr_nonnull(def);
	ck_assert_str_eq(def->header, "asm/clk.h");
	ck_assert_ptr_null(sm_get(&scan.structs, "not_this"));
	ck_assert_ptr_nonnull(sm_get(&scan.structs, "split"));
}
END_TEST

START_TEST(test_line_breaks)
{
	/* \r\n and a lone \r both end lines, as Python reads them */
	ck_assert_int_eq(parse("a.h", "struct one {\r\nstruct two {\rx\n"), 0);
	ck_assert_ptr_nonnull(sm_get(&scan.structs, "one"));
	ck_assert_ptr_nonnull(sm_get(&scan.structs, "two"));
}
END_TEST

START_TEST(test_invalid_utf8_skipped)
{
	ck_assert_int_eq(parse("bad.h", "struct gone {\n/* \xff */\n"), 0);
	const struct skipped_file *sf;

	ck_assert_ptr_null(sm_get(&scan.structs, "gone"));
	/* resolve decides whether the output needs what it would declare */
	ck_assert_int_eq(scan.skipped.count, 1);
	sf = scan.skipped.items[0];
	ck_assert_int_eq(sf->names.count, 1);
	ck_assert_str_eq(sf->names.items[0], "struct gone");
}
END_TEST

Suite *parse_suite(void)
{
	Suite *s = suite_create("parse");
	TCase *tc = tcase_create("parse");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_driver);
	tcase_add_test(tc, test_end_in_comment);
	tcase_add_test(tc, test_first_rule_wins);
	tcase_add_test(tc, test_not_at_line_start);
	tcase_add_test(tc, test_unknown_compat_var);
	tcase_add_test(tc, test_missing_members_warn);
	tcase_add_test(tc, test_of_match_suffix);
	tcase_add_test(tc, test_of_match_partial);
	tcase_add_test(tc, test_phase_choice);
	tcase_add_test(tc, test_no_phase_later_wins);
	tcase_add_test(tc, test_uclass_driver);
	tcase_add_test(tc, test_uclass_without_id);
	tcase_add_test(tc, test_structs);
	tcase_add_test(tc, test_line_breaks);
	tcase_add_test(tc, test_invalid_utf8_skipped);
	suite_add_tcase(s, tc);
	return s;
}
