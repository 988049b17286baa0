// SPDX-License-Identifier: GPL-2.0+
/* The scan cache file: its section for the bindings, and listings that
 * would lead the walk out of its tree. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"

static char path[64];

/* A cache of tree "key" holding the listing @names of its top directory
 * and the section @section */
static struct scan_cache *make(const char *const *names, int nfiles,
			       int ndirs, const char *section)
{
	const struct file_stamp st = { 1, 2, 3, 4 };
	const char *why = NULL;
	struct cache_writer *w;
	struct scan_cache *c;
	int fd;

	strcpy(path, "/tmp/dtoc-cache-XXXXXX");
	fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
	/* (a run started long after the stamps: nothing is too fresh) */
	w = cw_open(path, "key\n", 1, INT64_MAX / 2, &why);
	ck_assert_ptr_nonnull(w);
	cw_add_dir(w, 0, "", &st, names, nfiles, ndirs);
	if (section)
		cw_set_section(w, section, strlen(section));
	ck_assert_int_eq(cw_commit(w, &why), 0);
	c = cache_load(path, "key\n", 1, &why);
	unlink(path);
	ck_assert_ptr_nonnull(c);
	return c;
}

START_TEST(test_section)
{
	const char *names[] = { "a.c", "sub" };
	struct scan_cache *c = make(names, 1, 1, "what the bindings said");
	size_t len;

	ck_assert(!memcmp(cache_section(c, &len), "what the bindings said",
			  strlen("what the bindings said")));
	ck_assert_int_eq(len, strlen("what the bindings said"));
	cache_free(c);
	c = make(names, 1, 1, NULL);
	ck_assert_ptr_null(cache_section(c, &len));
	ck_assert_int_eq(len, 0);
	cache_free(c);
}
END_TEST

START_TEST(test_listing_names)
{
	static const char *const bad[][2] = {
		{ "../x.c", "sub" }, { "a.c", ".." }, { "a.c", "" },
		{ "a.c", "s/t" }, { "a.c", "." },
	};
	const char *good[] = { "a.c", ".hidden" };
	const struct file_stamp st = { 1, 2, 3, 4 };
	struct ptrvec files = { 0 }, dirs = { 0 };
	struct scan_cache *c = make(good, 1, 1, NULL);

	ck_assert(cache_dir_lookup(c, 0, "", &st, &files, &dirs));
	cache_free(c);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		c = make(bad[i], 1, 1, NULL);
		ck_assert(!cache_dir_lookup(c, 0, "", &st, &files, &dirs));
		ck_assert_int_eq(files.count + dirs.count, 0);
		cache_free(c);
	}
	pv_free(&files);
	pv_free(&dirs);
}
END_TEST

Suite *cache_suite(void)
{
	Suite *s = suite_create("cache");
	TCase *tc = tcase_create("cache");

	tcase_add_test(tc, test_section);
	tcase_add_test(tc, test_listing_names);
	suite_add_tcase(s, tc);
	return s;
}
