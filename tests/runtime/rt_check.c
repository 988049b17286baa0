// SPDX-License-Identifier: GPL-2.0+
/* The test harness for the runtime tests (see rt_check.h). */

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dm.h>
#include <rt-test.h>
#include "rt_check.h"

#ifndef RT_EXPECTED_DIR
#error "RT_EXPECTED_DIR must name the directory of expected outputs"
#endif

/* Bracket .priv_data (u-boot-lists.ld) */
extern char __priv_data_start[], __priv_data_end[];

static int failures_in_test;

bool rt_check(bool ok, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	if (ok)
		return true;
	failures_in_test++;
	fprintf(stderr, "%s:%d: check failed: ", file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);

	return false;
}

/* Read a whole file into a NUL-terminated buffer; NULL if unreadable */
static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, got;
	char chunk[4096];

	if (!f)
		return NULL;
	while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		char *nbuf = realloc(buf, len + got + 1);

		if (!nbuf) {
			free(buf);
			fclose(f);
			return NULL;
		}
		buf = nbuf;
		memcpy(buf + len, chunk, got);
		len += got;
	}
	fclose(f);
	if (!buf)
		buf = calloc(1, 1);
	else
		buf[len] = '\0';

	return buf;
}

bool rt_check_file(const char *file, int line, const char *name,
		   const char *text)
{
	char path[1024];
	const char *regen = getenv("RT_REGEN");
	char *expect;
	bool ok;

	snprintf(path, sizeof(path), "%s/%s", RT_EXPECTED_DIR, name);
	if (regen && !strcmp(regen, "1")) {
		FILE *f = fopen(path, "w");

		ok = f && fputs(text, f) >= 0;
		if (f && fclose(f))
			ok = false;
		return rt_check(ok, file, line, "cannot write %s", path);
	}
	expect = read_file(path);
	if (!expect)
		return rt_check(false, file, line, "cannot read %s", path);
	ok = !strcmp(expect, text);
	rt_check(ok, file, line,
		 "output differs from %s (RT_REGEN=1 rewrites it)\n"
		 "--- expected\n%s--- got\n%s---", path, expect, text);
	free(expect);

	return ok;
}

bool rt_check_log_file(const char *file, int line, const char *name,
		       const char *log)
{
	size_t len = strlen(log);
	char *text = malloc(len + 2);
	bool ok;
	char *p;

	if (!text)
		return rt_check(false, file, line, "out of memory");
	/* Entries never contain spaces: one per line reads better in a diff */
	memcpy(text, log, len + 1);
	for (p = text; *p; p++) {
		if (*p == ' ')
			*p = '\n';
	}
	if (len)
		strcpy(text + len, "\n");
	ok = rt_check_file(file, line, name, text);
	free(text);

	return ok;
}

int rt_run(const char *prog, const struct rt_test *tests, int count)
{
	int failed = 0;
	int i;

	for (i = 0; i < count; i++) {
		failures_in_test = 0;
		rt_log_reset();
		rt_fail_set(NULL, NULL, 0, 0);
		tests[i].fn();
		/* Every test starts from nothing, whatever the last one did */
		dm_uninit();
		printf("%s - %s: %s\n", failures_in_test ? "FAIL" : "ok", prog,
		       tests[i].name);
		if (failures_in_test)
			failed++;
	}
	printf("%s: %d of %d tests passed\n", prog, count - failed, count);

	return failed ? 1 : 0;
}

/* Depth-first search of the children of @dev (the device itself too) */
static struct udevice *find_in(struct udevice *dev, const char *tag)
{
	struct udevice *child, *found;

	if (!strcmp(rt_tag(dev), tag))
		return dev;
	for (device_find_first_child(dev, &child); child;
	     device_find_next_child(&child)) {
		found = find_in(child, tag);
		if (found)
			return found;
	}

	return NULL;
}

struct udevice *rt_find(const char *tag)
{
	return dm_root() ? find_in(dm_root(), tag) : NULL;
}

static int count_in(struct udevice *dev)
{
	struct udevice *child;
	int count = 1;

	device_foreach_child(child, dev)
		count += count_in(child);

	return count;
}

int rt_count_devices(void)
{
	return dm_root() ? count_in(dm_root()) : 0;
}

bool rt_in_priv_data(const void *ptr)
{
	uintptr_t p = (uintptr_t)ptr;

	return p >= (uintptr_t)__priv_data_start &&
	       p < (uintptr_t)__priv_data_end;
}
