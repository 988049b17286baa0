// SPDX-License-Identifier: GPL-2.0+
/*
 * Runtime tests on dts/tree.dts, both modes: every allocation failing in
 * turn. The program overrides the runtime's weak board_calloc() (as a
 * board would) with one that fails at a chosen call. Each start-up and
 * each probe that meets a failure returns -ENOMEM and leaves nothing
 * behind: dm_uninit() tidies up, and the sanitizer pass finds no leak;
 * with no failure, all goes through.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <dm.h>
#include <dm/board.h>
#include <dm/device-internal.h>
#include <dt-structs.h>
#include <rt-test.h>
#include "rt_check.h"

#define MODE		(RT_INST ? "inst" : "plain")
/* more calls than start-up and a probe make here */
#define MAX_CALLS	1000

static int calls, fail_at = -1;

void *board_calloc(size_t nmemb, size_t size)
{
	if (calls++ == fail_at)
		return NULL;

	return calloc(nmemb, size);
}

/* fail at call @n of what follows; -1: none */
static void fail_from_now(int n)
{
	calls = 0;
	fail_at = n;
}

static void test_init(void)
{
	int full, n, ret;

	fail_from_now(-1);
	REQUIRE(!dm_init_and_scan(false));
	full = rt_count_devices();
	CHECK_INT(0, dm_uninit());
	for (n = 0; n < MAX_CALLS; n++) {
		fail_from_now(n);
		ret = dm_init_and_scan(false);
		if (calls <= n) /* no failure met: done */
			break;
		if (!CHECK_INT(-ENOMEM, ret))
			printf("# failing allocation %d\n", n);
		CHECK_INT(0, dm_uninit());
	}
	CHECK(n < MAX_CALLS);
	/* (-i allocates little: the records are dtoc's) */
	CHECK(RT_INST || n > 20);
	CHECK_INT(0, ret);
	CHECK_INT(full, rt_count_devices());
	fail_from_now(-1);
	CHECK_INT(0, dm_uninit());
}

static void test_probe(void)
{
	struct udevice *dev;
	int n, ret;

	for (n = 0; n < MAX_CALLS; n++) {
		fail_from_now(-1);
		REQUIRE(!dm_init_and_scan(false));
		dev = rt_find("gchild");
		REQUIRE(dev);
		fail_from_now(n);
		ret = device_probe(dev);
		if (calls <= n)
			break;
		CHECK_INT(-ENOMEM, ret);
		CHECK(!(dev_get_flags(dev) & DM_FLAG_ACTIVATED));
		fail_from_now(-1);
		CHECK_INT(0, dm_uninit());
	}
	CHECK(n > 0 && n < MAX_CALLS);
	CHECK_INT(0, ret);
	CHECK(dev_get_flags(dev) & DM_FLAG_ACTIVATED);
	fail_from_now(-1);
	CHECK_INT(0, dm_uninit());
}

static const struct rt_test tests[] = {
	{ "init", test_init },
	{ "probe", test_probe },
};

int main(void)
{
	char prog[32];

	snprintf(prog, sizeof(prog), "alloc-%s", MODE);

	return rt_run(prog, tests, ARRAY_SIZE(tests));
}
