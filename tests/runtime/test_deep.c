// SPDX-License-Identifier: GPL-2.0+
/*
 * Runtime tests on dts/deep.dts (plain mode): a chain one level deeper
 * than the ten binding passes can bind in its worst order (behaviour 3's
 * limit).
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <dm.h>
#include <dt-structs.h>
#include <rt-test.h>
#include "rt_check.h"

static int junk_target;
#define JUNK	((struct udevice *)&junk_target)

static void test_too_deep(void)
{
	struct udevice *dev = JUNK;
	int depth;
	uint i;

	CHECK_INT(-EAGAIN, dm_init_and_scan(false));
	REQUIRE(dm_root());

	/* ca would have been bound in an eleventh pass */
	CHECK_INT(-ENOENT, device_get_by_ofplat_idx(0, &dev));
	CHECK_PTR(NULL, dev);

	/* Everything else is bound, under the right parent and numbered */
	for (i = 1; i < 14; i++) {
		struct rt_info info;

		if (!CHECK_INT(0, device_get_by_ofplat_idx(i, &dev)))
			continue;
		rt_get_info(dev, &info);
		CHECK_INT(i, info.pidx);
		CHECK_STR(info.ptag, rt_tag(dev_get_parent(dev)));
		CHECK_INT(info.pseq, dev_seq(dev));
	}
	dev = rt_find("cb");
	REQUIRE(dev);
	for (depth = 0; dev && dev != dm_root(); depth++)
		dev = dev_get_parent(dev);
	CHECK_INT(10, depth);
}

static const struct rt_test tests[] = {
	{ "too_deep", test_too_deep },
};

int main(void)
{
	return rt_run("deep-plain", tests, ARRAY_SIZE(tests));
}
