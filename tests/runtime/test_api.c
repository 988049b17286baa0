// SPDX-License-Identifier: GPL-2.0+
/*
 * U-Boot's driver-model API around the lifecycle, on dts/api.dts, against
 * U-Boot's documented behaviour: binding at run time, the three kinds of
 * uclass walk, child lookups, removal selected by flags, autoprobe,
 * of_match_ptr(), the accessors, dm_warn() and the error numbers.
 *
 * Built in both modes (RT_INST) and under each configuration of the test
 * matrix (src/runtime/runtime.mk): the checks follow the switches of
 * <dm/runtime-config.h>, so that each configuration shows what it keeps
 * and what it leaves out.
 */

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dm.h>
#include <dm/device-internal.h>
#include <dm/lists.h>
#include <dm/uclass-internal.h>
#include <dm/util.h>
#include <dt-structs.h>
#include <linux/errno.h>
#include <rt-test.h>
#include "rt_check.h"

#ifndef RT_INST
#error "RT_INST must be 0 (plain) or 1 (dtoc -i)"
#endif

#define MODE		(RT_INST ? "inst" : "plain")
#define BY_MODE(plain, inst)	(RT_INST ? (inst) : (plain))

/* Whether this configuration has the code a test needs */
#define CAN_BIND	(!CONFIG_IS_ENABLED(OF_PLATDATA_NO_BIND))
#define CAN_REMOVE	CONFIG_IS_ENABLED(DM_DEVICE_REMOVE)

/* Sentinel put in *devp before a call, to see that the call clears it */
#define JUNK		((struct udevice *)&junk_target)
static int junk_target;

/* The board's console, captured: dm_warn() and dm_printf() print here */
static char console[8192];
static size_t console_len;

void board_putc(char ch)
{
	if (console_len < sizeof(console) - 1) {
		console[console_len++] = ch;
		console[console_len] = '\0';
	}
}

static void console_reset(void)
{
	console_len = 0;
	console[0] = '\0';
}

/* The devices of api.dts, found by tag after dm_init_and_scan() */
static struct udevice *dma_bus, *dma_child, *dma_vital, *osprep, *vital,
	*none_a, *none_b, *auto_bus, *autodev;

static bool setup(bool pre_reloc_only)
{
	if (dm_init_and_scan(pre_reloc_only))
		return false;
	dma_bus = rt_find("dma-bus");
	dma_child = rt_find("dma-child");
	dma_vital = rt_find("dma-vital");
	osprep = rt_find("osprep");
	vital = rt_find("vital");
	none_a = rt_find("none-a");
	none_b = rt_find("none-b");
	auto_bus = rt_find("auto-bus");
	autodev = rt_find("auto");

	return dma_bus && dma_child && dma_vital && osprep && vital &&
	       none_a && none_b && auto_bus && autodev;
}

/* Tags of devices visited, space-separated, into @buf */
static void add_tag(char *buf, size_t size, const struct udevice *dev)
{
	size_t len = strlen(buf);

	snprintf(buf + len, size - len, "%s%s", len ? " " : "", rt_tag(dev));
}

/* The uclass in list order, not probed, leaving out @skip */
static void list_i2c(char *buf, size_t size, const struct udevice *skip)
{
	struct udevice *dev;

	buf[0] = '\0';
	uclass_find_first_device(UCLASS_I2C, &dev);
	for (; dev; uclass_find_next_device(&dev)) {
		if (dev != skip)
			add_tag(buf, size, dev);
	}
}

/* Codes drivers return, with the Linux / U-Boot numbers */
static void test_errno(void)
{
	CHECK_INT(93, EPROTONOSUPPORT);
	CHECK_INT(95, EOPNOTSUPP);
	CHECK_INT(110, ETIMEDOUT);
	CHECK_INT(115, EINPROGRESS);
	CHECK_INT(121, EREMOTEIO);
	CHECK_INT(129, EKEYREJECTED);
	CHECK_INT(517, EPROBE_DEFER);
	CHECK_INT(524, ENOTSUPP);
	CHECK_INT(EAGAIN, EWOULDBLOCK);
}

/* of_match_ptr() is NULL without a devicetree; dtoc -i still has .data */
static void test_of_match(void)
{
	REQUIRE(setup(false));
	CHECK_PTR(NULL, DM_DRIVER_GET(rt_auto)->of_match);
	CHECK(DM_DRIVER_GET(rt_dma)->of_match != NULL);
	CHECK_INT(BY_MODE(0, 42), dev_get_driver_data(autodev));
	CHECK_INT(0, dev_get_driver_data(none_a));
	CHECK(!ofnode_valid(dev_ofnode(none_a)));
	CHECK(!ofnode_valid(ofnode_null()));
}

/* The accessors on a NULL device, and what dm_warn() says about it */
static void test_accessors(void)
{
	console_reset();
	CHECK_PTR(NULL, dev_get_plat(NULL));
	CHECK_PTR(NULL, dev_get_priv(NULL));
	CHECK_PTR(NULL, dev_get_parent_plat(NULL));
	CHECK_PTR(NULL, dev_get_uclass_priv(NULL));
	CHECK_INT(0, dev_get_driver_data(NULL));
	CHECK_PTR(NULL, dev_get_parent(NULL));
	if (CONFIG_IS_ENABLED(DM_WARN))
		CHECK_STR("dev_get_plat: null device\n"
			  "dev_get_priv: null device\n"
			  "dev_get_parent_plat: null device\n"
			  "dev_get_uclass_priv: null device\n", console);
	else
		CHECK_STR("", console);

	console_reset();
	dm_printf("%s|%d|%u|%x|%c|%ld|%lu|%%|%p|%s", "str", -5, 7u, 255u, 'c',
		  -9L, 10UL, (void *)0x10, (const char *)NULL);
	CHECK_STR("str|-5|7|ff|c|-9|10|%|0x10|(null)", console);
}

/* device_bind() and device_bind_with_driver_data() */
static void test_bind(void)
{
	static struct dtd_rt_none plat = { .tag = "bound", .ptag = "none-a" };
	static struct dtd_rt_auto aplat = { .tag = "auto2", .ptag = "none-a" };
	static struct dtd_rt_none dplat = { .tag = "data", .ptag = "none-b" };
	struct udevice *dev = JUNK, *adev, *ddev;
	int max_seq = -1;
	struct uclass *uc;

	REQUIRE(setup(false));
	REQUIRE(!uclass_get(UCLASS_I2C, &uc));
	uclass_foreach_dev(dev, uc) {
		if (dev_seq(dev) > max_seq)
			max_seq = dev_seq(dev);
	}

	dev = JUNK;
	if (!CAN_BIND) {
		CHECK_INT(-ENOSYS, device_bind(none_a, DM_DRIVER_GET(rt_none),
					       "bound", &plat, ofnode_null(),
					       &dev));
		CHECK_PTR(NULL, dev);
		dev = JUNK;
		CHECK_INT(-ENOSYS, device_bind_with_driver_data(none_a,
			  DM_DRIVER_GET(rt_none), "x", 1, ofnode_null(), &dev));
		CHECK_PTR(NULL, dev);
		CHECK_INT(-ENOSYS, device_bind_driver(none_a, "rt_none", "x",
						      NULL));
		CHECK_INT(0, device_get_child_count(none_a));
		return;
	}

	rt_log_reset();
	console_reset();
	CHECK_INT(0, device_bind(none_a, DM_DRIVER_GET(rt_none), "bound",
				 &plat, ofnode_null(), &dev));
	/* CONFIG_DM_DEBUG: each bind is reported, with its parent */
	CHECK_STR(CONFIG_IS_ENABLED(DM_DEBUG) ?
		  "Bound device bound to rt_none\n" : "", console);
	REQUIRE(dev && dev != JUNK);
	CHECK_STR("bound", dev->name);
	CHECK_PTR(&plat, dev_get_plat(dev));
	CHECK_PTR(none_a, dev_get_parent(dev));
	CHECK_INT(max_seq + 1, dev_seq(dev));
	CHECK(!device_active(dev));
	CHECK_INT(0, dev_get_driver_data(dev));
	CHECK_PTR(dev, rt_find("bound"));
	CHECK_INT(1, device_get_child_count(none_a));
	/* At the end of its uclass */
	CHECK(list_is_last(&dev->uclass_node, &uc->dev_head));

	/* The bind hook runs; it asks for autoprobe */
	CHECK_INT(0, device_bind(none_a, DM_DRIVER_GET(rt_auto), "auto2",
				 &aplat, ofnode_null(), &adev));
	CHECK_STR("rt_auto.bind(auto2)", rt_log());
	CHECK(dev_get_flags(adev) & DM_FLAG_PROBE_AFTER_BIND);
	CHECK_INT(max_seq + 2, dev_seq(adev));
	CHECK_INT(2, device_get_child_count(none_a));

	CHECK_INT(0, device_bind_with_driver_data(none_b,
		  DM_DRIVER_GET(rt_none), "data", 7, ofnode_null(), &ddev));
	CHECK_INT(7, dev_get_driver_data(ddev));
	/* No platform data given, and rt_none has no plat_auto */
	CHECK_PTR(NULL, dev_get_plat(ddev));
	dev_set_plat(ddev, &dplat);
	CHECK_PTR(ddev, rt_find("data"));

	/* A NULL devp is allowed; a NULL name or driver is not */
	CHECK_INT(0, device_bind(none_b, DM_DRIVER_GET(rt_none), "nop", NULL,
				 ofnode_null(), NULL));
	dev = JUNK;
	CHECK_INT(-EINVAL, device_bind(none_b, DM_DRIVER_GET(rt_none), NULL,
				       NULL, ofnode_null(), &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-EINVAL, device_bind(none_b, NULL, "x", NULL, ofnode_null(),
				       &dev));
	CHECK_PTR(NULL, dev);
	/* The device with no platform data must not be met by rt_find() */
	CHECK_INT(0, device_find_child_by_name(none_b, "nop", &dev));
	if (CAN_REMOVE)
		CHECK_INT(0, device_unbind(dev));
	else
		dev_set_plat(dev, &dplat);

	/* Probing works as for dtoc's devices */
	CHECK_INT(0, device_probe(adev));
	CHECK(device_active(adev) && device_active(none_a));
	console_reset();
	CHECK_INT(-ENOENT, device_bind_driver(none_a, "nope", "x", NULL));
	CHECK_STR(CONFIG_IS_ENABLED(DM_WARN) ?
		  "Cannot find driver 'nope'\n" : "", console);
}

/* The three kinds of uclass walk, with a device that fails to probe */
static void test_walks(void)
{
	char want[256], got[256], all[256];
	struct udevice *dev, *next;
	struct uclass *uc;
	int ret, count;

	REQUIRE(setup(false));
	list_i2c(want, sizeof(want), none_a);
	list_i2c(all, sizeof(all), NULL);
	rt_fail_set("rt_none.probe", "none-a", -EIO, 1000);

	/* Failing devices are skipped */
	got[0] = '\0';
	for (uclass_first_device(UCLASS_I2C, &dev); dev;
	     uclass_next_device(&dev)) {
		CHECK(device_active(dev));
		add_tag(got, sizeof(got), dev);
	}
	CHECK_STR(want, got);
	got[0] = '\0';
	uclass_foreach_dev_probe(UCLASS_I2C, dev)
		add_tag(got, sizeof(got), dev);
	CHECK_STR(want, got);
	CHECK_PTR(NULL, dev);

	/* _check: the error with the device, and the walk goes on */
	got[0] = '\0';
	count = 0;
	for (ret = uclass_first_device_check(UCLASS_I2C, &dev); dev;
	     ret = uclass_next_device_check(&dev)) {
		add_tag(got, sizeof(got), dev);
		if (dev == none_a) {
			CHECK_INT(-EIO, ret);
			CHECK(!device_active(dev));
			count++;
		} else {
			CHECK_INT(0, ret);
		}
	}
	CHECK_INT(0, ret);
	CHECK_INT(1, count);
	CHECK_STR(all, got);

	/* _err: the same, but the end is -ENODEV */
	got[0] = '\0';
	for (ret = uclass_first_device_err(UCLASS_I2C, &dev); ret != -ENODEV;
	     ret = uclass_next_device_err(&dev)) {
		REQUIRE(dev);
		CHECK_INT(dev == none_a ? -EIO : 0, ret);
		add_tag(got, sizeof(got), dev);
	}
	CHECK_PTR(NULL, dev);
	CHECK_STR(all, got);

	/* A uclass with no uclass driver, or (-i) no device */
	dev = JUNK;
	uclass_first_device(UCLASS_PMIC, &dev);
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(BY_MODE(-EPFNOSUPPORT, -ENOENT),
		  uclass_first_device_check(UCLASS_PMIC, &dev));
	CHECK_PTR(NULL, dev);
	CHECK_INT(0, uclass_id_count(UCLASS_PMIC));
	CHECK_INT(9, uclass_id_count(UCLASS_I2C));

	/* Counting and probing them all */
	CHECK_PTR(NULL, uclass_try_first_device(UCLASS_SERIAL));
	uclass_find_first_device(UCLASS_I2C, &dev);
	CHECK_PTR(dev, uclass_try_first_device(UCLASS_I2C));
	CHECK_INT(-EIO, uclass_probe_all(UCLASS_I2C));
	REQUIRE(!uclass_get(UCLASS_I2C, &uc));
	count = 0;
	uclass_foreach_dev_safe(dev, next, uc) {
		CHECK(dev == none_a ? !device_active(dev) : device_active(dev));
		count++;
	}
	CHECK_INT(9, count);

	/* By driver_data: only dtoc -i gives one (rt_auto's table) */
	dev = JUNK;
	CHECK_INT(BY_MODE(-ENODEV, 0),
		  uclass_first_device_drvdata(UCLASS_I2C, 42, &dev));
	CHECK_PTR(BY_MODE(NULL, autodev), dev);
	rt_fail_set(NULL, NULL, 0, 0);
	CHECK_INT(0, uclass_get_device_by_driver(UCLASS_I2C,
						 DM_DRIVER_GET(rt_osprep), &dev));
	CHECK_PTR(osprep, dev);
	dev = JUNK;
	CHECK_INT(-ENODEV, uclass_get_device_by_driver(UCLASS_I2C,
						       DM_DRIVER_GET(root_driver),
						       &dev));
	CHECK_PTR(NULL, dev);
}

/* Child counts and lookups */
static void test_children(void)
{
	struct udevice *root, *dev = JUNK;
	char got[256];
	int ret, n;

	REQUIRE(setup(false));
	root = dm_root();
	CHECK_INT(6, device_get_child_count(root));
	CHECK_INT(2, device_get_child_count(dma_bus));
	CHECK_INT(0, device_get_child_count(vital));
	CHECK_INT(9, device_get_decendent_count(root));
	CHECK_INT(2, device_get_decendent_count(dma_bus));

	CHECK_INT(0, device_find_child_by_seq(root, dev_seq(vital), &dev));
	CHECK_PTR(vital, dev);
	CHECK(!device_active(vital));
	CHECK_INT(0, device_get_child_by_seq(root, dev_seq(vital), &dev));
	CHECK_PTR(vital, dev);
	CHECK(device_active(vital));
	dev = JUNK;
	CHECK_INT(-ENODEV, device_find_child_by_seq(root, 999, &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-ENODEV, device_get_child_by_seq(dma_bus, dev_seq(vital),
						   &dev));
	CHECK_PTR(NULL, dev);

	CHECK_INT(0, device_find_first_child_by_uclass(root, UCLASS_I2C, &dev));
	CHECK_PTR(auto_bus, dev);
	dev = JUNK;
	CHECK_INT(-ENODEV, device_find_first_child_by_uclass(root, UCLASS_MISC,
							     &dev));
	CHECK_PTR(NULL, dev);

	/* Inactive children in a uclass, before and after a probe */
	CHECK_INT(0, device_find_first_inactive_child(root, UCLASS_I2C, &dev));
	CHECK_PTR(auto_bus, dev);
	CHECK_INT(0, device_probe(auto_bus));
	CHECK_INT(0, device_find_first_inactive_child(root, UCLASS_I2C, &dev));
	CHECK_PTR(dma_bus, dev);
	dev = JUNK;
	CHECK_INT(-ENODEV, device_find_first_inactive_child(root, UCLASS_MISC,
							    &dev));
	CHECK_PTR(NULL, dev);

	CHECK(!device_has_active_children(dma_bus));
	got[0] = '\0';
	for (ret = device_first_child_err(dma_bus, &dev); !ret;
	     ret = device_next_child_err(&dev)) {
		CHECK(device_active(dev));
		add_tag(got, sizeof(got), dev);
	}
	CHECK_INT(-ENODEV, ret);
	CHECK_PTR(NULL, dev);
	CHECK_STR("dma-child dma-vital", got);
	CHECK(device_has_active_children(dma_bus));
	CHECK_INT(-ENODEV, device_first_child_err(vital, &dev));

	n = 0;
	device_foreach_child_probe(dev, root) {
		CHECK(device_active(dev));
		n++;
	}
	CHECK_INT(6, n);
	/* By the first @len characters of a name (device names: drivers') */
	CHECK_INT(0, device_find_child_by_namelen(root, "rt_dma_x", 6, &dev));
	CHECK_PTR(dma_bus, dev);
	dev = JUNK;
	CHECK_INT(-ENODEV, device_find_child_by_namelen(root, "rt_dma", 5,
							&dev));
	CHECK_PTR(NULL, dev);
	CHECK_INT(0, uclass_find_device_by_namelen(UCLASS_I2C, "rt_vitalz", 8,
						   &dev));
	CHECK_PTR(dma_vital, dev);
	CHECK_INT(UCLASS_I2C, uclass_get_by_namelen("i2cX", 3));
	CHECK_INT(UCLASS_INVALID, uclass_get_by_namelen("i2", 2));
	CHECK_INT(UCLASS_I2C, uclass_get_by_name("i2c"));

	/* Position in the uclass */
	{
		struct udevice *first;
		struct uclass *uc = (struct uclass *)&junk_target;

		uclass_find_first_device(UCLASS_I2C, &first);
		CHECK_INT(0, dev_get_uclass_index(first, &uc));
		CHECK(uc && uc == first->uclass);
		uclass_find_next_device(&first);
		CHECK_INT(1, dev_get_uclass_index(first, NULL));
		CHECK_INT(-ENODEV, dev_get_uclass_index(NULL, &uc));
		CHECK_PTR(NULL, uc);
	}

	/* Moving a device: the last child goes and comes back last */
	CHECK_INT(0, device_reparent(vital, dma_bus));
	CHECK_PTR(dma_bus, dev_get_parent(vital));
	CHECK_INT(5, device_get_child_count(root));
	CHECK_INT(3, device_get_child_count(dma_bus));
	CHECK(device_is_last_sibling(vital));
	CHECK_INT(0, device_reparent(vital, root));
	CHECK_INT(6, device_get_child_count(root));
	CHECK_INT(-EINVAL, device_reparent(root, dma_bus));

	CHECK(device_is_last_sibling(dma_vital));
	CHECK(!device_is_last_sibling(dma_child));
	CHECK(device_is_last_sibling(root));
	CHECK(device_is_last_sibling(vital));
}

/* Probe everything, and forget the hooks that ran */
static bool probe_all(void)
{
	int ret = uclass_probe_all(UCLASS_I2C);

	rt_log_reset();

	return !ret;
}

/* device_remove() as its flags and the driver flags select */
static void test_remove_flags(void)
{
	REQUIRE(setup(false));
	REQUIRE(probe_all());
	if (!CAN_REMOVE) {
		/* U-Boot's inline: nothing is removed */
		CHECK_INT(0, device_remove(none_a, DM_REMOVE_NORMAL));
		CHECK(device_active(none_a));
		CHECK_INT(0, dm_remove_devices_flags(DM_REMOVE_ACTIVE_DMA));
		dm_remove_devices_active();
		CHECK(device_active(dma_bus));
		CHECK_INT(0, device_chld_remove(dma_bus, NULL, DM_REMOVE_NORMAL));
		CHECK(device_active(dma_child));
		CHECK_STR("", rt_log());
		return;
	}

	/* Not a DMA device; a vital one */
	CHECK_INT(-EKEYREJECTED, device_remove(none_a, DM_REMOVE_ACTIVE_DMA));
	CHECK(device_active(none_a));
	CHECK_INT(-EPROBE_DEFER, device_remove(vital, DM_REMOVE_NON_VITAL));
	CHECK(device_active(vital));
	CHECK_STR("", rt_log());

	/* A DMA bus with a vital child: the child stays, so the bus does */
	CHECK_INT(-EPROBE_DEFER, device_remove(dma_bus, DM_REMOVE_ACTIVE_DMA |
					       DM_REMOVE_NON_VITAL));
	CHECK_STR("rt_none.remove(dma-child)", rt_log());
	CHECK(!device_active(dma_child));
	CHECK(device_active(dma_vital) && device_active(dma_bus));

	/* Without NON_VITAL the bus goes, children first whatever their flags */
	rt_log_reset();
	CHECK_INT(0, device_remove(dma_bus, DM_REMOVE_ACTIVE_DMA));
	CHECK_STR("rt_vital.remove(dma-vital) rt_dma.remove(dma-bus)",
		  rt_log());
	CHECK(!device_active(dma_vital) && !device_active(dma_bus));
	CHECK(device_active(osprep) && device_active(none_a));

	/* Across the tree */
	REQUIRE(probe_all());
	CHECK_INT(0, dm_remove_devices_flags(DM_REMOVE_OS_PREPARE));
	CHECK_STR("rt_osprep.remove(osprep)", rt_log());
	CHECK(!device_active(osprep) && device_active(dma_bus));
	CHECK(device_active(dm_root()));
	REQUIRE(probe_all());
	dm_remove_devices_active();
	CHECK_STR("rt_none.remove(dma-child) rt_osprep.remove(osprep) "
		  "rt_vital.remove(dma-vital) rt_dma.remove(dma-bus)", rt_log());
	CHECK(device_active(vital) && device_active(none_a));

	/* A remove hook that fails leaves the device active (U-Boot) */
	REQUIRE(probe_all());
	rt_fail_set("rt_none.remove", "none-a", -EIO, 1);
	CHECK_INT(-EIO, device_remove(none_a, DM_REMOVE_NORMAL));
	CHECK(device_active(none_a));
	CHECK_INT(0, device_remove(none_a, DM_REMOVE_NORMAL));
	CHECK(!device_active(none_a));
	/* No DM_REMOVE_NORMAL and nothing to select by: removed */
	CHECK_INT(0, device_remove(none_b, DM_REMOVE_NO_PD));
	CHECK(!device_active(none_b));
	CHECK_INT(0, device_remove(vital, DM_REMOVE_NORMAL));
	CHECK(!device_active(vital));
	CHECK_INT(0, device_remove(vital, DM_REMOVE_NORMAL));
	CHECK_INT(-EINVAL, device_remove(NULL, DM_REMOVE_NORMAL));

	/* Only the children of one driver */
	rt_log_reset();
	CHECK_INT(0, device_chld_remove(auto_bus, DM_DRIVER_GET(rt_none),
					DM_REMOVE_NORMAL));
	CHECK(device_active(autodev));
	CHECK_INT(0, device_chld_remove(auto_bus, DM_DRIVER_GET(rt_auto),
					DM_REMOVE_NORMAL));
	CHECK(!device_active(autodev) && device_active(auto_bus));
	CHECK_STR("rt_auto.remove(auto)", rt_log());
}

/* dm_uninit() removes the vital devices last, as U-Boot does */
static void test_uninit_vital(void)
{
	static const char want[] = "rt_auto.remove(auto) "
		"rt_none.remove(auto-bus) rt_none.remove(dma-child) "
		"rt_none.remove(none-a) rt_none.remove(none-b) "
		"rt_osprep.remove(osprep) rt_vital.remove(dma-vital) "
		"rt_dma.remove(dma-bus) rt_vital.remove(vital)";

	REQUIRE(setup(false));
	REQUIRE(probe_all());
	CHECK_INT(0, dm_uninit());
	if (CAN_REMOVE)
		CHECK(!strncmp(want, rt_log(), strlen(want)));
	else
		CHECK_STR("", rt_log());
	CHECK_PTR(NULL, dm_root());
}

/* dm_autoprobe(): devices that asked for it, their parents first */
static void test_autoprobe(void)
{
	CHECK_INT(-EDEADLK, dm_autoprobe());
	REQUIRE(setup(false));
	/* dtoc -i runs no bind hook: the device asks here instead */
	if (RT_INST)
		dev_or_flags(autodev, DM_FLAG_PROBE_AFTER_BIND);
	CHECK(dev_get_flags(autodev) & DM_FLAG_PROBE_AFTER_BIND);
	CHECK(!device_active(autodev) && !device_active(auto_bus));
	rt_log_reset();
	CHECK_INT(0, dm_autoprobe());
	CHECK(device_active(autodev) && device_active(auto_bus));
	CHECK(!device_active(none_a) && !device_active(dma_bus));
	CHECK_STR("rt_none.probe(auto-bus) rt_auto.probe(auto)", rt_log());
	rt_log_reset();
	CHECK_INT(0, dm_autoprobe());
	CHECK_STR("", rt_log());
	dm_uninit();

	/* Before relocation only DM_FLAG_PRE_RELOC drivers count */
	CHECK_INT(0, dm_init_and_scan(true));
	if (RT_INST) {
		autodev = rt_find("auto");
		REQUIRE(autodev);
		dev_or_flags(autodev, DM_FLAG_PROBE_AFTER_BIND);
	} else {
		/* None of api.dts's drivers is bound before relocation */
		CHECK_INT(0, device_get_child_count(dm_root()));
	}
	CHECK_INT(0, dm_autoprobe());
	if (RT_INST)
		CHECK(!device_active(autodev));
}

/* Driver model's own messages, with CONFIG_DM_WARN / CONFIG_DM_DEBUG */
static void test_messages(void)
{
	console_reset();
	CHECK_INT(0, dm_init_and_scan(false));
	if (CONFIG_IS_ENABLED(DM_DEBUG) && !RT_INST)
		CHECK(strstr(console, "Bound device rt_none to root_driver\n"));
	else
		CHECK_STR("", console);
	console_reset();
	CHECK_INT(-EINVAL, dm_init(false));
	CHECK_STR(CONFIG_IS_ENABLED(DM_WARN) ?
		  "Virtual root driver already exists!\n" : "", console);
	console_reset();
	CHECK_INT(0, device_probe(rt_find("none-a")));
	/* With -i the root is probed first, here */
	CHECK_STR(!CONFIG_IS_ENABLED(DM_DEBUG) ? "" :
		  BY_MODE("Probed device rt_none\n",
			  "Probed device root_driver\nProbed device rt_none\n"),
		  console);
}

/* CONFIG_OF_PLATDATA_RT: flags live apart from dtoc's records */
static void test_flags_storage(void)
{
	/* Without flags_, seq_ follows the list heads, as in U-Boot */
	CHECK_INT(offsetof(struct udevice, sibling_node) +
		  sizeof(struct list_head) +
		  (CONFIG_IS_ENABLED(OF_PLATDATA_RT) ? 0 : sizeof(u32)),
		  offsetof(struct udevice, seq_));
	REQUIRE(setup(false));
	CHECK_INT(0, dev_get_flags(none_a) & DM_FLAG_ACTIVATED);
	CHECK_INT(0, device_probe(none_a));
	CHECK(dev_get_flags(none_a) & DM_FLAG_ACTIVATED);
	dev_bic_flags(none_a, DM_FLAG_PROBE_AFTER_BIND);
	CHECK(device_active(none_a));
	/* Back to 0 at the next start (dtoc -i), or a new device (plain) */
	dm_uninit();
	REQUIRE(setup(false));
	CHECK(!device_active(none_a));
	CHECK_INT(BY_MODE(DM_FLAG_BOUND | DM_FLAG_ALLOC_DEV |
			  DM_FLAG_OF_PLATDATA, 0), dev_get_flags(none_a));
}

static const struct rt_test tests[] = {
	{ "errno", test_errno },
	{ "of_match", test_of_match },
	{ "accessors", test_accessors },
	{ "bind", test_bind },
	{ "walks", test_walks },
	{ "children", test_children },
	{ "remove_flags", test_remove_flags },
	{ "uninit_vital", test_uninit_vital },
	{ "autoprobe", test_autoprobe },
	{ "messages", test_messages },
	{ "flags_storage", test_flags_storage },
};

int main(void)
{
	/* RT_PROG: the program's name, which says its configuration */
	return rt_run(RT_PROG, tests, ARRAY_SIZE(tests));
}
