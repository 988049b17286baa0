// SPDX-License-Identifier: GPL-2.0+
/*
 * The scanner's fast paths (lines.c, and the skipping and struct scan of
 * parse.c) against its general line reader: on texts made of pieces
 * that matter to them (continuations, odd line breaks, markers split
 * over lines), both must find exactly the same.
 */
#include <stdlib.h>
#include <string.h>

#include "unit.h"

static const char *const c_pieces[] = {
	"U_BOOT_DRIVER(d1) = {\n", "U_BOOT_DRIVER(d2) = {\n",
	"UCLASS_DRIVER(u1) = {\n", "\t.id = UCLASS_MISC,\n",
	"\t.id = UCLASS_I2C,\n", "\t.of_match = x_ids,\n",
	"\t.of_match = y_ids),\n", "static const struct udevice_id x_ids[] = {\n",
	"static const struct udevice_id y_ids[] = {\n",
	"\t{ .compatible = \"a,b\" },\n", "\t{ .compatible = \"c\", .data = 3 },\n",
	"};\n", "}", ";", "DM_DRIVER_ALIAS(d1, d3)\n", "DM_PHASE(spl)\n",
	"\t.priv_auto = sizeof(struct p),\n", "\tDM_HEADER(<h.h>)\n",
	"\\\n", "\\", "\\\\\n", "\n", "\n\n", " ", "\t", "U_BOOT_", "DRIVER(",
	"DM_", "struct udevice", "_id ", "x_ids[] =", "\r\n", "\r", "\v",
	"\xc2\x85", "\xe2\x80\xa8", "\xc2\xa9", "\xff", "/* }; */", "d1",
	"int f(void)\n{\n\treturn 0;\n}\n",
};

static const char *const h_pieces[] = {
	"struct ", "foo", "_x1", " {", "{", "\n", "\\\n", "\\", "\\\\\n",
	"\\\\", "\r\n", "\r", " ", "\t", "}", ";", "struct foo {\n",
	"struct bar_2 {\n", "struct Bad {\n", "\xc2\xa9", "\xc2\x85",
	"\xe2\x80\xa9", "\f", "\x1d", "#define X \\\n", "\n\n", "};\n", "a",
	"struct\tfoo {\n", "struct foo {}\n", " struct foo {\n",
};

static unsigned int seed;

static unsigned int rnd(unsigned int n)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 8) % n;
}

static void dump_str(struct strbuf *sb, const char *what, const char *s)
{
	sb_printf(sb, "%s=%s|", what, s ? s : "(null)");
}

/* Everything a result holds, as text. */
static void dump(struct strbuf *sb, const struct file_result *res)
{
	for (int i = 0; i < res->drivers.count; i++) {
		const struct driver *d = res->drivers.items[i];

		sb_printf(sb, "driver %s:%d|", d->name, d->line);
		dump_str(sb, "id", d->uclass_id);
		if (d->compat) {
			dump_str(sb, "table", d->compat->name);
			for (int k = 0; k < d->compat->count; k++) {
				dump_str(sb, "c", d->compat->entries[k].compat);
				dump_str(sb, "data", d->compat->entries[k].data);
			}
		}
		dump_str(sb, "priv", d->priv);
		dump_str(sb, "plat", d->plat);
		dump_str(sb, "cpriv", d->child_priv);
		dump_str(sb, "cplat", d->child_plat);
		dump_str(sb, "phase", d->phase);
		for (int k = 0; k < d->headers.count; k++)
			dump_str(sb, "h", d->headers.items[k]);
	}
	for (int i = 0; i < res->aliases.count; i++) {
		const struct alias_decl *a = res->aliases.items[i];

		sb_printf(sb, "alias %s=%s:%d|", a->name, a->alias->driver,
			  a->alias->line);
	}
	for (int i = 0; i < res->uclasses.count; i++) {
		const struct uclass *uc = res->uclasses.items[i];

		sb_printf(sb, "uclass %s %s:%d|", uc->name, uc->uclass_id,
			  uc->line);
		dump_str(sb, "priv", uc->priv);
		dump_str(sb, "dpriv", uc->per_dev_priv);
		dump_str(sb, "dplat", uc->per_dev_plat);
	}
	for (int i = 0; i < res->structs.count; i++)
		dump_str(sb, "struct", res->structs.items[i]);
	for (int i = 0; i < res->notes.count; i++) {
		const struct driver_note *n = res->notes.items[i];

		sb_printf(sb, "note %s %d %d: %s|", n->driver, n->line,
			  n->kind, n->text);
	}
	if (res->skipped)
		sb_puts(sb, "skipped|");
	for (int i = 0; i < res->skipped_names.count; i++)
		dump_str(sb, "would", res->skipped_names.items[i]);
	dump_str(sb, "error", res->error);
}

/* Parse @text as file @rel, the fast way or the general way. */
static char *parse_as(struct arena *a, const char *rel, const char *text,
		      size_t len, bool fast)
{
	struct file_result res = { .path = rel, .rel = rel };
	char *buf = arena_alloc(a, len + 1);
	struct strbuf sb = { 0 };

	memcpy(buf, text, len);
	parse_file(a, &res, buf, len, file_markers(rel, buf, len), fast);
	ck_assert(!memcmp(buf, text, len)); /* the buffer is as it was */
	dump(&sb, &res);
	return sb.buf;
}

static void differential(const char *rel, const char *const *pieces,
			 int npieces, int rounds)
{
	struct strbuf text = { 0 };

	seed = 12345;
	for (int r = 0; r < rounds; r++) {
		struct arena a = { 0 };
		char *fast, *slow;

		text.len = 0;
		sb_add(&text, "", 0);
		for (int n = 1 + rnd(40); n; n--)
			sb_puts(&text, pieces[rnd(npieces)]);
		fast = parse_as(&a, rel, text.buf, text.len, true);
		slow = parse_as(&a, rel, text.buf, text.len, false);
		if (strcmp(fast, slow))
			ck_abort_msg("round %d: fast and general parses differ on:\n%s\nfast: %s\ngeneral: %s",
				     r, text.buf, fast, slow);
		free(fast);
		free(slow);
		arena_free(&a);
	}
	sb_free(&text);
}

START_TEST(test_drivers_fast_path)
{
	differential("drivers/x.c", c_pieces,
		     sizeof(c_pieces) / sizeof(c_pieces[0]), 20000);
}
END_TEST

START_TEST(test_structs_fast_path)
{
	differential("include/x.h", h_pieces,
		     sizeof(h_pieces) / sizeof(h_pieces[0]), 20000);
}
END_TEST

START_TEST(test_struct_continuations)
{
	/* each defines exactly one struct, "s", by way of continuations */
	static const char *const texts[] = {
		"\\\nstruct s {\n",
		"struct s {\\\n\n",
		"struct s \\\n{\n",
		"x \\\n\nstruct s {\n",
		"\n\n\nstruct s {",
		"struct s {\\\\\n\n\n",
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct arena a = { 0 };
		char *fast = parse_as(&a, "a.h", texts[i], strlen(texts[i]),
				      true);
		char *slow = parse_as(&a, "a.h", texts[i], strlen(texts[i]),
				      false);

		ck_assert_str_eq(fast, slow);
		ck_assert_ptr_nonnull(strstr(fast, "struct=s|"));
		free(fast);
		free(slow);
		arena_free(&a);
	}
}
END_TEST

START_TEST(test_text_is_plain)
{
	ck_assert(text_is_plain("struct a {\n\t\xc2\xa9\n", 15));
	ck_assert(!text_is_plain("a\rb", 3));
	ck_assert(!text_is_plain("a\xc2\x85" "b", 4));	    /* U+0085 */
	ck_assert(!text_is_plain("a\xe2\x80\xa9", 4));	    /* U+2029 */
	ck_assert(!text_is_plain("a\xff", 2));		    /* not UTF-8 */
	ck_assert(!text_is_plain("a\0b", 3));
}
END_TEST

START_TEST(test_find_c_markers)
{
	static const char tail[] = "x UCLASS_DRIVER(y)";
	char big[200];

	memset(big, 'U', sizeof(big));
	memcpy(big + sizeof(big) - sizeof(tail), tail, sizeof(tail));
	ck_assert_int_eq(find_c_markers(big, strlen(big)), MARK_UCLASS);
	ck_assert_int_eq(find_c_markers("U_BOOT_DRIVER", 13), MARK_DRIVER);
	ck_assert_int_eq(find_c_markers("U_BOOT_DRIVE", 12), 0);
}
END_TEST

Suite *lines_suite(void)
{
	Suite *s = suite_create("lines");
	TCase *tc = tcase_create("lines");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_drivers_fast_path);
	tcase_add_test(tc, test_structs_fast_path);
	tcase_add_test(tc, test_struct_continuations);
	tcase_add_test(tc, test_text_is_plain);
	tcase_add_test(tc, test_find_c_markers);
	suite_add_tcase(s, tc);
	return s;
}
