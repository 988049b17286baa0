// SPDX-License-Identifier: GPL-2.0+
/*
 * The scan cache against damage its checksum does not catch: a cache
 * written by the cache writer, then every byte of its entries changed in
 * turn (and every length cut short), each time with a checksum made to
 * match. Loading and reading back every entry must refuse what does not
 * decode and never read outside the file (the sanitizer pass runs this
 * under ASan); the undamaged cache reads back what was written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "scan/cache-format.h"

static const char source[] =
	"#include <dm.h>\n"
	"static const struct udevice_id demo_ids[] = {\n"
	"\t{ .compatible = \"acme,demo\", .data = 7 },\n"
	"\t{ }\n"
	"};\n"
	"U_BOOT_DRIVER(acme_demo) = {\n"
	"\t.name = \"acme_demo\",\n"
	"\t.id = UCLASS_MISC,\n"
	"\t.of_match = demo_ids,\n"
	"\t.priv_auto = sizeof(struct demo_priv),\n"
	"\tDM_PHASE(spl)\n"
	"};\n"
	"U_BOOT_DRIVER(acme_noid) = {\n"
	"\t.name = \"acme_noid\",\n"
	"};\n"
	"DM_DRIVER_ALIAS(acme_demo, acme_old)\n"
	"UCLASS_DRIVER(demo) = {\n\t.id = UCLASS_MISC,\n\t.name = \"demo\",\n};\n";

static const struct file_stamp stamp = { 10, 20, 30, 40 };
static char path[64];

/* Write a cache of one parsed file and one directory; its bytes in @buf */
static size_t write_cache(struct arena *a, char *buf, size_t size)
{
	struct file_result res = { .path = "t/demo.c", .rel = "demo.c" };
	const char *names[] = { "demo.c", "sub" };
	char *text = strdup(source);
	const char *why = NULL;
	struct cache_writer *w;
	FILE *f;
	size_t len;

	parse_file(a, &res, text, strlen(text),
		   file_markers("demo.c", text, strlen(text)), true);
	ck_assert_int_eq(res.drivers.count, 1);
	w = cw_open(path, "key\n", 1, INT64_MAX / 2, &why);
	ck_assert_msg(w != NULL, "cw_open: %s", why);
	cw_add(w, 0, "demo.c", &stamp, &res);
	cw_add_dir(w, 0, "", &stamp, names, 1, 1);
	ck_assert_int_eq(cw_commit(w, &why), 0);
	free(text);
	f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	len = fread(buf, 1, size, f);
	fclose(f);
	ck_assert(len > 8 && len < size);
	return len;
}

/* Put @len bytes of @buf, with a matching checksum, in the cache file;
 * load and read everything back. 1 if it all decoded, 0 if refused. */
static int try_cache(struct arena *a, char *buf, size_t len)
{
	uint64_t sum = checksum(buf, len - 8);
	struct ptrvec files = { 0 }, dirs = { 0 };
	const struct cache_entry *e;
	struct file_result *res = NULL;
	struct scan_cache *c;
	const char *why = NULL;
	FILE *f;
	int ok = 1;

	memcpy(buf + len - 8, &sum, 8);
	f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(buf, 1, len, f), len);
	fclose(f);
	c = cache_load(path, "key\n", 1, &why);
	if (!c) {
		ck_assert_ptr_nonnull(why);
		return 0;
	}
	e = cache_lookup(c, 0, "demo.c", &stamp);
	if (!e || cache_entry_result(a, e, "t/demo.c", "demo.c", &res))
		ok = 0;
	if (!cache_dir_lookup(c, 0, "", &stamp, &files, &dirs))
		ok = 0;
	pv_free(&files);
	pv_free(&dirs);
	cache_free(c);
	return ok;
}

START_TEST(test_cache_damage)
{
	struct arena a = { 0 };
	char good[8192], buf[8192];
	struct file_result *res = NULL;
	struct scan_cache *c;
	const char *why;
	size_t len;
	int refused = 0, decoded = 0;

	strcpy(path, "/tmp/dtoc-cache-XXXXXX");
	close(mkstemp(path));
	len = write_cache(&a, good, sizeof(good));

	/* as written: everything reads back */
	c = cache_load(path, "key\n", 1, &why);
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(cache_entry_result(&a, cache_lookup(c, 0, "demo.c",
							     &stamp),
					    "t/demo.c", "demo.c", &res), 0);
	ck_assert_int_eq(res->drivers.count, 1);
	ck_assert_str_eq(((struct driver *)res->drivers.items[0])->name,
			 "acme_demo");
	ck_assert_int_eq(res->aliases.count, 1);
	ck_assert_int_eq(res->uclasses.count, 1);
	ck_assert_int_eq(res->notes.count, 1);
	cache_free(c);
	/* another key, another number of trees: not this cache */
	ck_assert_ptr_null(cache_load(path, "other\n", 1, &why));
	ck_assert_ptr_null(cache_load(path, "key\n", 2, &why));

	/* every byte but the checksum, changed; every shorter length */
	for (size_t i = 0; i < len - 8; i++) {
		memcpy(buf, good, len);
		buf[i] ^= 0x5a;
		if (try_cache(&a, buf, len))
			decoded++;
		else
			refused++;
	}
	for (size_t n = 9; n < len; n++) {
		memcpy(buf, good, len);
		try_cache(&a, buf, n) ? decoded++ : refused++;
	}
	/* (a changed byte inside a string can still decode) */
	ck_assert_int_gt(refused, 0);
	ck_assert_int_gt(decoded, 0);
	unlink(path);
	arena_free(&a);
}
END_TEST

Suite *cache_damage_suite(void)
{
	Suite *s = suite_create("cache damage");
	TCase *tc = tcase_create("cache");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_cache_damage);
	suite_add_tcase(s, tc);
	return s;
}
