// SPDX-License-Identifier: GPL-2.0+
/*
 * Runtime tests on dts/unknown.dts (plain mode): a record naming a driver
 * that is not linked in (behaviour 4). See the comment in unknown.dts for
 * what each pass binds.
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

/* The device record @idx leads to must be the node that says so */
static void check_bound(uint idx)
{
	struct udevice *dev = JUNK;
	struct rt_info info;

	if (!CHECK_INT(0, device_get_by_ofplat_idx(idx, &dev)))
		return;
	rt_get_info(dev, &info);
	CHECK_INT(idx, info.pidx);
	CHECK_STR(info.ptag, rt_tag(dev_get_parent(dev)));
}

static void check_unbound(uint idx)
{
	struct udevice *dev = JUNK;

	CHECK_INT(-ENOENT, device_get_by_ofplat_idx(idx, &dev));
	CHECK_PTR(NULL, dev);
}

static void test_unknown_driver(void)
{
	struct udevice *dev = JUNK;

	/* The scan reports the missing driver, and binds what it can */
	CHECK_INT(-ENOENT, dm_init_and_scan(false));
	REQUIRE(dm_root());
	check_bound(2);		/* bus0 */
	check_bound(3);		/* clk0 */
	check_bound(5);		/* ser0 */
	check_bound(6);		/* zdev0 */
	check_unbound(4);	/* mystery: no driver */
	check_unbound(1);	/* amc: its child */
	check_unbound(7);	/* zmc: its child */
	/* The error ended the scan before adev0's turn came */
	check_unbound(0);
	CHECK_INT(5, rt_count_devices());
	CHECK_PTR(NULL, rt_find("amc"));
	CHECK_INT(-ENODEV, uclass_get_device_by_name(UCLASS_MISC,
						     "rt_nonexistent", &dev));
	CHECK_PTR(NULL, dev);

	/* Scanning again binds what was waiting; the rest still fails */
	CHECK_INT(-ENOENT, dm_scan_plat(false));
	check_bound(0);
	check_unbound(1);
	check_unbound(4);
	check_unbound(7);
	CHECK_INT(6, rt_count_devices());
}

static const struct rt_test tests[] = {
	{ "unknown_driver", test_unknown_driver },
};

int main(void)
{
	return rt_run("unknown-plain", tests, ARRAY_SIZE(tests));
}
