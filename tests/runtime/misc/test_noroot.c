// SPDX-License-Identifier: GPL-2.0+
/*
 * A program in inst mode (it defines uclass_head, as dtoc -i's dt-uclass.c
 * does) without an instantiated root device: dm_init() must refuse it and
 * leave driver model unset, so that every lookup still fails cleanly.
 */

#include <errno.h>
#include <stdio.h>
#include <dm.h>
#include <dm/uclass-internal.h>

struct list_head uclass_head = LIST_HEAD_INIT(uclass_head);

static int failures;

static void check(int ok, const char *what, int line)
{
	if (!ok) {
		fprintf(stderr, "test_noroot.c:%d: check failed: %s\n", line,
			what);
		failures++;
	}
}
#define CHECK(x)	check(!!(x), #x, __LINE__)

int main(void)
{
	static int junk;
	struct udevice *dev = (struct udevice *)&junk;
	struct uclass *uc = (struct uclass *)&junk;

	CHECK(ll_entry_count(struct udevice, udevice) == 0);
	CHECK(dm_init_and_scan(false) == -ENOENT);
	CHECK(dm_root() == NULL);
	CHECK(uclass_get(UCLASS_ROOT, &uc) == -EDEADLK);
	CHECK(uc == NULL);
	CHECK(device_get_by_ofplat_idx(0, &dev) == -EDEADLK);
	CHECK(dev == NULL);
	CHECK(uclass_find_first_device(UCLASS_ROOT, &dev) == -EDEADLK);
	CHECK(dm_uninit() == 0);
	/* Still nothing to find: the failed start left no state behind */
	CHECK(dm_init(false) == -ENOENT);

	printf("%s - noroot: dtoc -i program without a root device\n",
	       failures ? "FAIL" : "ok");

	return failures ? 1 : 0;
}
