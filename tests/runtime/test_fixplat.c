// SPDX-License-Identifier: GPL-2.0+
/*
 * A board that overrides board_fix_plat() without dtoc --variant, linked
 * against libdtoc-runtime.a (dts/tree.dts, plain mode). Nothing but a
 * variant table refers to the variant code strongly, so it is linked only
 * on request: built with RT_FIXPLAT_LINKED (-Wl,-u,dm_variant_setup) the
 * hook is called for every record; without, the code is not in the
 * program and dm_init() refuses to start rather than skip the hook. With
 * RT_FIXPLAT_STALE, no hook but a variant table without .setup (as an
 * older dtoc wrote it): refused too, rather than run the base.
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <dm.h>
#include <dm/variant.h>
#include <rt-test.h>
#include "rt_check.h"

/* Present only when the variant object of the library was linked */
#pragma weak dm_variant_setup

static uint calls;

#if RT_FIXPLAT_STALE
static const char *const names[] = { "base", "other" };

const struct dm_variant_table dm_variants = {
	.count	= 2,
	.nodes	= 1,
	.names	= names,
};
#else
int board_fix_plat(int idx, const char *drv_name, int variant, void **platp)
{
	(void)idx;
	(void)drv_name;
	(void)platp;
	if (variant == 0)
		calls++;

	return 0;
}
#endif

static void test_fixplat(void)
{
	uint records = ll_entry_count(struct driver_info, driver_info);

	REQUIRE(records > 1);
#if RT_FIXPLAT_LINKED
	/* the variant code is here: every record is offered to the hook */
	REQUIRE(dm_variant_setup);
	CHECK_INT(0, dm_init_and_scan(false));
	CHECK_INT(records, calls);
	CHECK(dm_variant_present(records - 1));
#else
	/* nothing refers to it: not linked, and the hook is not ignored */
	CHECK(!dm_variant_setup);
	CHECK_INT(-ENOSYS, dm_init_and_scan(false));
	CHECK_PTR(NULL, dm_root());
	CHECK_INT(0, calls);
#endif
}

static const struct rt_test tests[] = {
	{ "fixplat", test_fixplat },
};

int main(void)
{
	return rt_run(RT_PROG, tests, ARRAY_SIZE(tests));
}
