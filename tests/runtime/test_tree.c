// SPDX-License-Identifier: GPL-2.0+
/*
 * Runtime tests on dts/tree.dts, built twice: RT_INST=0 against dtoc's
 * plain output (dt-plat.c: devices bound at start-up) and RT_INST=1
 * against dtoc -i (dt-device.c, dt-uclass.c: devices instantiated).
 *
 * The expected idx and seq of each node are properties of the node itself
 * (see rt-test.h and the comment at the top of tree.dts).
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dm.h>
#include <dm/board.h>
#include <dm/device-internal.h>
#include <dm/lists.h>
#include <dm/uclass-internal.h>
#include <dm/util.h>
#include <dm/variant.h>
#include <dt-structs.h>
#include <rt-test.h>
#include "rt_check.h"

#ifndef RT_INST
#error "RT_INST must be 0 (plain) or 1 (dtoc -i)"
#endif

#define MODE		(RT_INST ? "inst" : "plain")
/* What this configuration (<dm/runtime-config.h>) has */
#define CAN_BIND	(!CONFIG_IS_ENABLED(OF_PLATDATA_NO_BIND))
#define CAN_REMOVE	CONFIG_IS_ENABLED(DM_DEVICE_REMOVE)
/* By mode: the plain-mode value, or the dtoc -i one */
#define BY_MODE(plain, inst)	(RT_INST ? (inst) : (plain))

/* Records dtoc writes for tree.dts: 21 nodes, plus the root with -i */
#define NUM_RECORDS	BY_MODE(21, 22)

#if CONFIG_IS_ENABLED(DM_WARN) || CONFIG_IS_ENABLED(DM_DEBUG)
/* Driver model's messages are test_api.c's business: keep them quiet */
void board_putc(char ch)
{
	(void)ch;
}
#endif

/* Sentinel put in *devp before a call, to see that the call clears it */
#define JUNK		((struct udevice *)&junk_target)
static int junk_target;

/* The idx and seq the dts says @dev should have in this mode */
static void expected_numbers(const struct udevice *dev, int *idx, int *seq)
{
	struct rt_info info;

	rt_get_info(dev, &info);
#if RT_INST
	if (dev == dm_root()) {
		/* The root's properties are in root_driver's dtd struct */
		const struct dtd_root_driver *rp = dev_get_plat(dev);

		info.iidx = rp->iidx;
		info.iseq = rp->iseq;
	}
#endif
	*idx = BY_MODE(info.pidx, info.iidx);
	*seq = BY_MODE(info.pseq, info.iseq);
}

/* Tags of a uclass's devices, probing each (first/next_device_err) */
static const char *walk_uclass(enum uclass_id id, char *buf, size_t size)
{
	struct udevice *dev;
	size_t len = 0;
	int ret;

	buf[0] = '\0';
	for (ret = uclass_first_device_err(id, &dev); !ret;
	     ret = uclass_next_device_err(&dev))
		len += snprintf(buf + len, size - len, "%s%s", len ? " " : "",
				rt_tag(dev));
	CHECK_INT(-ENODEV, ret);
	CHECK_PTR(NULL, dev);

	return buf;
}

/* Tags of a uclass's devices, without probing */
static const char *list_uclass(enum uclass_id id, char *buf, size_t size)
{
	struct udevice *dev;
	size_t len = 0;

	buf[0] = '\0';
	CHECK_INT(0, uclass_find_first_device(id, &dev));
	for (; dev; uclass_find_next_device(&dev))
		len += snprintf(buf + len, size - len, "%s%s", len ? " " : "",
				rt_tag(dev));

	return buf;
}

/* Tags of a device's children, without probing */
static const char *list_children(struct udevice *parent, char *buf,
				 size_t size)
{
	struct udevice *dev;
	size_t len = 0;

	buf[0] = '\0';
	for (device_find_first_child(parent, &dev); dev;
	     device_find_next_child(&dev))
		len += snprintf(buf + len, size - len, "%s%s", len ? " " : "",
				rt_tag(dev));

	return buf;
}

/* Behaviour 9, before set-up: every lookup fails cleanly */
static void test_before_init(void)
{
	struct udevice *dev = JUNK;
	struct uclass *uc = (struct uclass *)&junk_target;

	CHECK_PTR(NULL, dm_root());
	CHECK_INT(-EDEADLK, uclass_get(UCLASS_MISC, &uc));
	CHECK_PTR(NULL, uc);
	CHECK_INT(-EDEADLK, device_get_by_ofplat_idx(0, &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-EDEADLK, uclass_first_device_err(UCLASS_MISC, &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-EDEADLK, uclass_get_device(UCLASS_MISC, 0, &dev));
	CHECK_PTR(NULL, dev);
	CHECK_INT(-EDEADLK, dm_scan_plat(false));
	CHECK_INT(0, dm_uninit());
	CHECK_STR("", rt_log());
}

/* Set-up, and behaviour 9: a second dm_init() is refused */
static void test_init(void)
{
	struct udevice *root;

	CHECK_INT(0, dm_init_and_scan(false));
	root = dm_root();
	REQUIRE(root);
	CHECK_STR("root_driver", root->name);
	CHECK_INT(UCLASS_ROOT, device_get_uclass_id(root));
	CHECK_PTR(NULL, dev_get_parent(root));
	/* Plain mode probes the root at once; dtoc -i leaves flags at 0 */
	CHECK_INT(BY_MODE(1, 0), !!device_active(root));
	CHECK_INT(-EINVAL, dm_init(false));
	CHECK_PTR(root, dm_root());
	/* Scanning again finds nothing left to bind */
	CHECK_INT(0, dm_scan_plat(false));
	CHECK_INT(NUM_RECORDS + BY_MODE(1, 0), rt_count_devices());
}

/*
 * Behaviour 2: idx is the linker-list position, so every node's idx leads
 * to the device holding that node's values.
 */
static void test_idx(void)
{
	struct udevice *dev;
	uint count, i;

	REQUIRE(!dm_init_and_scan(false));
	count = BY_MODE(ll_entry_count(struct driver_info, driver_info),
			ll_entry_count(struct udevice, udevice));
	CHECK_INT(NUM_RECORDS, count);
	for (i = 0; i < count; i++) {
		int idx, seq;

		dev = JUNK;
		if (!CHECK_INT(0, device_get_by_ofplat_idx(i, &dev)))
			continue;
		expected_numbers(dev, &idx, &seq);
		if (!CHECK_INT(i, idx))
			fprintf(stderr, "  idx %u is %s\n", i, rt_tag(dev));
		CHECK(device_active(dev));
	}

	dev = JUNK;
	CHECK_INT(-EINVAL, device_get_by_ofplat_idx(count, &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-EINVAL, device_get_by_ofplat_idx(~0U, &dev));
	CHECK_PTR(NULL, dev);
}

/* Behaviour 2: phandle arguments and other values arrive intact */
static void test_values(void)
{
	const struct rt_dev_plat *plat;
	const struct dtd_rt_bus *bplat;
	struct udevice *dev, *clk;

	REQUIRE(!dm_init_and_scan(false));

	/* adev: clocks = <&cc 3>, <&cf> */
	REQUIRE(!device_get_by_ofplat_idx(0, &dev));
	CHECK_STR("adev", rt_tag(dev));
	plat = dev_get_plat(dev);
	CHECK_INT(0, device_get_by_ofplat_idx(plat->dtplat.clocks[0].idx,
					      &clk));
	CHECK_STR("clock-ctl", clk ? rt_tag(clk) : NULL);
	CHECK_INT(3, plat->dtplat.clocks[0].arg[0]);
	CHECK_INT(0, device_get_by_ofplat_idx(plat->dtplat.clocks[1].idx,
					      &clk));
	CHECK_STR("clock-fixed", clk ? rt_tag(clk) : NULL);
	CHECK_INT(0, plat->dtplat.clocks[1].arg[0]);
	CHECK_INT(5, plat->dtplat.reg[0]);
	CHECK(!plat->dtplat.rt_flag);

	/* cdev: clocks = <&cf>, <&cc 7>; rt-flag */
	REQUIRE(!device_get_by_ofplat_idx(2, &dev));
	CHECK_STR("cdev", rt_tag(dev));
	plat = dev_get_plat(dev);
	CHECK_INT(0, device_get_by_ofplat_idx(plat->dtplat.clocks[0].idx,
					      &clk));
	CHECK_STR("clock-fixed", clk ? rt_tag(clk) : NULL);
	CHECK_INT(0, device_get_by_ofplat_idx(plat->dtplat.clocks[1].idx,
					      &clk));
	CHECK_STR("clock-ctl", clk ? rt_tag(clk) : NULL);
	CHECK_INT(7, plat->dtplat.clocks[1].arg[0]);
	CHECK(plat->dtplat.rt_flag);

	/* zbus: a 64-bit reg (2 address and 2 size cells) */
	dev = rt_find("zbus");
	REQUIRE(dev);
	bplat = dev_get_plat(dev);
	CHECK_INT(0x100002000ULL, bplat->reg[0]);
	CHECK_INT(0x100, bplat->reg[1]);
	CHECK_INT(8, sizeof(bplat->reg[0]));

	/* Driver data comes only from dtoc -i, which reads the of_match */
	dev = rt_find("serial@a");
	REQUIRE(dev);
	CHECK_INT(BY_MODE(0, 7), dev_get_driver_data(dev));
	CHECK_STR("rt_serial", dev->name);
}

/*
 * Behaviour 3: parents are right for every device, including children
 * whose idx is below their parent's and the 10-deep chain.
 */
static void test_parents(void)
{
	struct udevice *dev, *zbus;
	int depth;
	uint i;

	REQUIRE(!dm_init_and_scan(false));
	for (i = 0; i < NUM_RECORDS; i++) {
		struct rt_info info;

		if (!CHECK_INT(0, device_get_by_ofplat_idx(i, &dev)))
			continue;
		if (dev == dm_root())
			continue;
		rt_get_info(dev, &info);
		CHECK_STR(info.ptag, rt_tag(dev_get_parent(dev)));
	}

	/* adev's idx is below zbus's: it was bound after zbus all the same */
	dev = rt_find("adev");
	zbus = rt_find("zbus");
	REQUIRE(dev && zbus);
	CHECK_PTR(zbus, dev_get_parent(dev));

	/* ch0 is ten levels down */
	dev = rt_find("ch0");
	REQUIRE(dev);
	for (depth = 0; dev && dev != dm_root(); depth++)
		dev = dev_get_parent(dev);
	CHECK_INT(10, depth);
	CHECK_PTR(dm_root(), dev);
}

/*
 * Behaviour 5: with plat_auto larger than the dtoc struct the device gets
 * a zeroed plat_auto block starting with the values; with no plat_auto it
 * gets exactly the dtoc values.
 */
static void test_plat(void)
{
	const struct rt_dev_plat *plat;
	struct udevice *adev, *zbus;
	static const u8 zero[sizeof(plat->extra)];

	REQUIRE(!dm_init_and_scan(false));
	adev = rt_find("adev");
	zbus = rt_find("zbus");
	REQUIRE(adev && zbus);
	plat = dev_get_plat(adev);
	REQUIRE(plat);
	CHECK_STR("adev", plat->dtplat.tag);
	CHECK(!memcmp(plat->extra, zero, sizeof(zero)));
	/* Static platform data keeps what earlier tests' hooks wrote to it */
	if (!RT_INST)
		CHECK_INT(0, plat->of_to_plat_calls);
#if RT_INST
	/* dtoc -i preallocated the whole block in .priv_data */
	CHECK(rt_in_priv_data(plat));
	CHECK(!(dev_get_flags(adev) & DM_FLAG_ALLOC_PDATA));
	CHECK(!rt_in_priv_data(dev_get_plat(zbus)));
	CHECK_STR("zbus", rt_tag(zbus));
#else
	{
		const struct driver_info *info;

		info = ll_entry_get(struct driver_info, adev, driver_info);
		CHECK_INT(sizeof(struct dtd_rt_dev), info->plat_size);
		CHECK(plat != info->plat);
		CHECK(!memcmp(plat, info->plat, info->plat_size));
		CHECK(dev_get_flags(adev) & DM_FLAG_ALLOC_PDATA);
		CHECK(dev_get_flags(adev) & DM_FLAG_OF_PLATDATA);

		info = ll_entry_get(struct driver_info, zbus, driver_info);
		CHECK_PTR(info->plat, dev_get_plat(zbus));
		CHECK(!(dev_get_flags(zbus) & DM_FLAG_ALLOC_PDATA));
	}
#endif
}

/* The hooks probing gchild runs, top-down (same in both modes) */
static const char probe_gchild_log[] =
	"rt_bus.of_to_plat(zbus) rt_dev.of_to_plat(adev) "
	"rt_dev.of_to_plat(gchild) "
	"simple_bus.pre_probe(zbus) rt_bus.probe(zbus) "
	"simple_bus.post_probe(zbus) "
	"misc.pre_probe(adev) simple_bus.child_pre_probe(adev) "
	"rt_bus.child_pre_probe(adev) rt_dev.probe(adev) "
	"simple_bus.child_post_probe(adev) misc.post_probe(adev) "
	"misc.pre_probe(gchild) misc.child_pre_probe(gchild) "
	"rt_dev.probe(gchild) misc.child_post_probe(gchild) "
	"misc.post_probe(gchild)";

/*
 * Behaviour 6: probing a grandchild probes its ancestors first, in hook
 * order, allocating their data; probing again does nothing.
 */
static void test_probe_order(void)
{
	struct udevice *zbus, *adev, *gchild, *dev;
	const struct rt_misc_uc_priv *ucpriv;
	struct uclass *uc;
	int plat_calls;

	REQUIRE(!dm_init_and_scan(false));
	zbus = rt_find("zbus");
	adev = rt_find("adev");
	gchild = rt_find("gchild");
	REQUIRE(zbus && adev && gchild);
	/* Static platform data (dtoc -i) counts on from earlier tests */
	plat_calls = ((struct rt_dev_plat *)dev_get_plat(gchild))
		->of_to_plat_calls;
	CHECK(!device_active(zbus) && !device_active(adev));
	/* Private data: preallocated by dtoc -i, else none until probed */
	CHECK(RT_INST ? !!dev_get_priv(gchild) : !dev_get_priv(gchild));

	rt_log_reset();
	CHECK_INT(0, device_probe(gchild));
	CHECK_STR(probe_gchild_log, rt_log());
	CHECK(device_active(dm_root()));
	CHECK(device_active(zbus) && device_active(adev));
	CHECK(device_active(gchild));

	/* Each piece of data was there, zeroed, for its hook to count in */
	CHECK_INT(1, ((struct rt_bus_priv *)dev_get_priv(zbus))->probe_calls);
	CHECK_INT(1, ((struct rt_dev_priv *)dev_get_priv(adev))->probe_calls);
	CHECK_INT(1, ((struct rt_dev_priv *)dev_get_priv(gchild))->probe_calls);
	CHECK_INT(plat_calls + 1, ((struct rt_dev_plat *)dev_get_plat(gchild))
		  ->of_to_plat_calls);
	CHECK_INT(1, ((struct rt_misc_dev_priv *)dev_get_uclass_priv(adev))
		  ->pre_probe_calls);
	CHECK_INT(1, ((struct rt_bus_child_priv *)dev_get_parent_priv(adev))
		  ->child_pre_probe_calls);
	CHECK_INT(1, ((struct rt_misc_child_priv *)dev_get_parent_priv(gchild))
		  ->child_pre_probe_calls);
	REQUIRE(!uclass_get(UCLASS_MISC, &uc));
	ucpriv = uclass_get_priv(uc);
	REQUIRE(ucpriv);
	CHECK_INT(2, ucpriv->post_probe_calls);

	/* Bind-time data: bind hooks ran only in plain mode */
	REQUIRE(dev_get_uclass_plat(adev) && dev_get_parent_plat(adev));
	REQUIRE(dev_get_parent_plat(gchild));
	CHECK_INT(BY_MODE(1, 0), ((struct rt_misc_dev_plat *)
		  dev_get_uclass_plat(adev))->post_bind_calls);
	CHECK_INT(BY_MODE(1, 0), ((struct rt_bus_child_plat *)
		  dev_get_parent_plat(adev))->child_post_bind_calls);
	CHECK_INT(BY_MODE(1, 0), ((struct rt_misc_child_plat *)
		  dev_get_parent_plat(gchild))->child_post_bind_calls);

#if RT_INST
	/* dtoc preallocated what it could size; the runtime did the rest */
	CHECK(rt_in_priv_data(dev_get_priv(adev)));
	CHECK(rt_in_priv_data(dev_get_uclass_priv(adev)));
	CHECK(rt_in_priv_data(dev_get_parent_priv(adev)));
	CHECK(rt_in_priv_data(ucpriv));
	CHECK(!(dev_get_flags(adev) & (DM_FLAG_ALLOC_PRIV |
		DM_FLAG_ALLOC_UCLASS_PRIV | DM_FLAG_ALLOC_PARENT_PRIV)));
	/* The parent's uclass gives gchild's parent data: dtoc cannot */
	CHECK(!rt_in_priv_data(dev_get_parent_priv(gchild)));
	CHECK(!rt_in_priv_data(dev_get_parent_plat(gchild)));
	CHECK(dev_get_flags(gchild) & DM_FLAG_ALLOC_PARENT_PRIV);
	CHECK(dev_get_flags(gchild) & DM_FLAG_ALLOC_PARENT_PDATA);
#else
	CHECK(dev_get_flags(adev) & DM_FLAG_ALLOC_PRIV);
	CHECK(dev_get_flags(adev) & DM_FLAG_ALLOC_UCLASS_PRIV);
	CHECK(dev_get_flags(adev) & DM_FLAG_ALLOC_PARENT_PRIV);
	CHECK(dev_get_flags(gchild) & DM_FLAG_ALLOC_PARENT_PDATA);
#endif

	/* A second probe, by any route, runs no hook */
	rt_log_reset();
	CHECK_INT(0, device_probe(gchild));
	CHECK_INT(0, device_get_by_ofplat_idx(15, &dev));
	CHECK_PTR(gchild, dev);
	CHECK_STR("", rt_log());
	CHECK_INT(1, ((struct rt_dev_priv *)dev_get_priv(gchild))->probe_calls);
}

/* Behaviour 6: a failed probe leaves the device inactive, and can retry */
static void test_probe_retry(void)
{
	struct udevice *cdev, *gchild, *adev, *zbus, *ser, *dev;
	const struct rt_dev_priv *priv;
	int plat_calls;

	REQUIRE(!dm_init_and_scan(false));
	cdev = rt_find("cdev");
	REQUIRE(cdev);
	plat_calls = ((struct rt_dev_plat *)dev_get_plat(cdev))
		->of_to_plat_calls;

	rt_fail_set("rt_dev.probe", "cdev", -EIO, 1);
	rt_log_reset();
	dev = JUNK;
	CHECK_INT(-EIO, device_get_by_ofplat_idx(2, &dev));
	CHECK_PTR(NULL, dev);
	CHECK_STR("rt_dev.of_to_plat(cdev) misc.pre_probe(cdev) "
		  "rt_dev.probe(cdev)", rt_log());
	CHECK(!device_active(cdev));
	CHECK(!(dev_get_flags(cdev) & DM_FLAG_PLATDATA_VALID));
	/* Private data is released: freed, or zeroed if dtoc's */
	priv = dev_get_priv(cdev);
	if (RT_INST)
		CHECK(priv && !priv->probe_calls);
	else
		CHECK_PTR(NULL, priv);

	rt_log_reset();
	CHECK_INT(0, device_get_by_ofplat_idx(2, &dev));
	CHECK_PTR(cdev, dev);
	CHECK_STR("rt_dev.of_to_plat(cdev) misc.pre_probe(cdev) "
		  "rt_dev.probe(cdev) misc.post_probe(cdev)", rt_log());
	CHECK(device_active(cdev));
	priv = dev_get_priv(cdev);
	REQUIRE(priv);
	CHECK_INT(1, priv->probe_calls);
	CHECK_INT(1, ((struct rt_misc_dev_priv *)dev_get_uclass_priv(cdev))
		  ->pre_probe_calls);
	/* Platform data is not released: of_to_plat ran twice on it */
	CHECK_INT(plat_calls + 2, ((struct rt_dev_plat *)dev_get_plat(cdev))
		  ->of_to_plat_calls);

	/* A parent that fails to probe stops its descendants */
	gchild = rt_find("gchild");
	adev = rt_find("adev");
	zbus = rt_find("zbus");
	REQUIRE(gchild && adev && zbus);
	rt_fail_set("rt_bus.probe", "zbus", -EIO, 1);
	rt_log_reset();
	dev = JUNK;
	CHECK_INT(-EIO, device_get_by_ofplat_idx(15, &dev));
	CHECK_PTR(NULL, dev);
	CHECK_STR("rt_bus.of_to_plat(zbus) rt_dev.of_to_plat(adev) "
		  "rt_dev.of_to_plat(gchild) simple_bus.pre_probe(zbus) "
		  "rt_bus.probe(zbus)", rt_log());
	CHECK(!device_active(zbus) && !device_active(adev));
	CHECK(!device_active(gchild));
	CHECK(!(dev_get_flags(gchild) & DM_FLAG_PLATDATA_VALID));
	rt_log_reset();
	CHECK_INT(0, device_get_by_ofplat_idx(15, &dev));
	CHECK_PTR(gchild, dev);
	CHECK_STR(probe_gchild_log, rt_log());

	/* A uclass hook failing after the driver's probe: remove() runs */
	ser = rt_find("serial@a");
	REQUIRE(ser);
	rt_fail_set("serial.post_probe", "serial@a", -EIO, 1);
	rt_log_reset();
	CHECK_INT(-EIO, device_probe(ser));
	/* Without removal code (U-Boot's inline) remove() cannot run */
	CHECK_STR(CAN_REMOVE ?
		  "serial.pre_probe(serial@a) rt_serial.probe(serial@a) "
		  "serial.post_probe(serial@a) rt_serial.remove(serial@a)" :
		  "serial.pre_probe(serial@a) rt_serial.probe(serial@a) "
		  "serial.post_probe(serial@a)", rt_log());
	CHECK(!device_active(ser));
	CHECK_INT(0, device_probe(ser));
	CHECK_INT(1, ((struct rt_serial_priv *)dev_get_priv(ser))->probe_calls);
}

/*
 * Behaviour 7: plain mode numbers each uclass in bind order; dtoc -i puts
 * aliases first (serial2), then the next free numbers. Lookups by seq
 * find them.
 */
static void test_seq(void)
{
	struct udevice *dev;
	uint i;

	REQUIRE(!dm_init_and_scan(false));
	for (i = 0; i < NUM_RECORDS; i++) {
		int idx, seq;

		if (!CHECK_INT(0, device_get_by_ofplat_idx(i, &dev)))
			continue;
		expected_numbers(dev, &idx, &seq);
		if (!CHECK_INT(seq, dev_seq(dev)))
			fprintf(stderr, "  for %s\n", rt_tag(dev));
	}

	CHECK_INT(0, uclass_get_device_by_seq(UCLASS_SERIAL, 2, &dev));
	CHECK_STR(BY_MODE("serial@c", "serial@b"), dev ? rt_tag(dev) : NULL);
	CHECK_INT(BY_MODE(0, -ENODEV),
		  uclass_find_device_by_seq(UCLASS_SERIAL, 0, &dev));
	CHECK_STR(BY_MODE("serial@a", "?"), dev ? rt_tag(dev) : "?");
	CHECK_INT(0, uclass_find_device_by_seq(UCLASS_SIMPLE_BUS, 10, &dev));
	CHECK_STR("ch0", dev ? rt_tag(dev) : NULL);

	/* -1 means "none" and matches nothing, not the unnumbered clocks */
	dev = JUNK;
	CHECK_INT(-ENODEV, uclass_find_device_by_seq(UCLASS_CLK, -1, &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-ENODEV, uclass_get_device_by_seq(UCLASS_SERIAL, 99, &dev));
	CHECK_PTR(NULL, dev);
	/* Bound clocks have no number; dtoc -i numbers them anyway */
	dev = JUNK;
	CHECK_INT(BY_MODE(-ENODEV, 0),
		  uclass_get_device_by_seq(UCLASS_CLK, 0, &dev));
	CHECK_STR(BY_MODE("?", "clock-ctl"), dev ? rt_tag(dev) : "?");
}

/*
 * Behaviour 8: devices of a uclass and children of a device come in bind
 * order (plain) or idx order (dtoc -i); the _err walks end with -ENODEV.
 */
static void test_iteration(void)
{
	struct udevice *dev = JUNK;
	char buf[256];

	REQUIRE(!dm_init_and_scan(false));
	CHECK_STR(BY_MODE("ch9 zbus ch8 ch7 ch6 ch5 ch4 ch3 ch2 ch1 ch0",
			  "ch0 ch1 ch2 ch3 ch4 ch5 ch6 ch7 ch8 ch9 zbus"),
		  list_uclass(UCLASS_SIMPLE_BUS, buf, sizeof(buf)));
	CHECK_STR(BY_MODE("alt cdev zzdev adev gchild",
			  "adev alt cdev gchild zzdev"),
		  walk_uclass(UCLASS_MISC, buf, sizeof(buf)));
	CHECK_STR(BY_MODE("serial@a serial@b serial@c",
			  "serial@a serial@b serial@c"),
		  walk_uclass(UCLASS_SERIAL, buf, sizeof(buf)));
	CHECK_STR("alt cdev ch9 clock-ctl clock-fixed serial@a serial@b "
		  "serial@c zbus", list_children(dm_root(), buf, sizeof(buf)));
	REQUIRE(rt_find("zbus"));
	CHECK_STR(BY_MODE("zzdev adev", "adev zzdev"),
		  list_children(rt_find("zbus"), buf, sizeof(buf)));

	CHECK_INT(0, uclass_get_device(UCLASS_MISC, 1, &dev));
	CHECK_STR(BY_MODE("cdev", "alt"), dev ? rt_tag(dev) : NULL);
	CHECK_INT(0, device_get_child(dm_root(), 2, &dev));
	CHECK_STR("ch9", dev ? rt_tag(dev) : NULL);
	CHECK(dev && device_active(dev));
	dev = JUNK;
	CHECK_INT(-ENODEV, device_get_child(dm_root(), 9, &dev));
	CHECK_PTR(NULL, dev);

	/* The walk past the last device, and from nothing */
	CHECK_INT(0, uclass_get_device(UCLASS_SERIAL, 2, &dev));
	CHECK_INT(-ENODEV, uclass_next_device_err(&dev));
	CHECK_PTR(NULL, dev);
	CHECK_INT(-EINVAL, uclass_next_device_err(&dev));
	CHECK_PTR(NULL, dev);

	/* i2c has a uclass driver but no devices */
	dev = JUNK;
	CHECK_INT(BY_MODE(-ENODEV, -ENOENT),
		  uclass_first_device_err(UCLASS_I2C, &dev));
	CHECK_PTR(NULL, dev);
}

/* Behaviour 9: error paths return their code and clear *devp */
static void test_errors(void)
{
	struct udevice *dev = JUNK;
	struct uclass *uc = (struct uclass *)&junk_target;

	REQUIRE(!dm_init_and_scan(false));

	/* No UCLASS_DRIVER has this ID; with -i, nothing uses it either */
	CHECK_INT(BY_MODE(-EPFNOSUPPORT, -ENOENT),
		  uclass_get(UCLASS_PMIC, &uc));
	CHECK_PTR(NULL, uc);
	CHECK_INT(BY_MODE(-EPFNOSUPPORT, -ENOENT),
		  uclass_get_device(UCLASS_PMIC, 0, &dev));
	CHECK_PTR(NULL, dev);
	CHECK_PTR(NULL, uclass_get_name(UCLASS_PMIC));

	/* A uclass driver with no devices: created on demand, plain only */
	rt_log_reset();
	uc = (struct uclass *)&junk_target;
	CHECK_INT(BY_MODE(0, -ENOENT), uclass_get(UCLASS_I2C, &uc));
	CHECK(RT_INST ? !uc : uc && uc->uc_drv->id == UCLASS_I2C);
	CHECK_STR(BY_MODE("i2c.init", ""), rt_log());

	dev = JUNK;
	CHECK_INT(-ENODEV, uclass_get_device(UCLASS_MISC, 99, &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-ENODEV, uclass_get_device_by_name(UCLASS_MISC, "nope",
						     &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-EINVAL, uclass_get_device_by_name(UCLASS_MISC, NULL, &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-ENODEV, uclass_find_device(UCLASS_SERIAL, 3, &dev));
	CHECK_PTR(NULL, dev);
	dev = JUNK;
	CHECK_INT(-ENODEV, uclass_get_device_by_driver(UCLASS_SERIAL,
		  DM_DRIVER_GET(rt_dev), &dev));
	CHECK_PTR(NULL, dev);
	CHECK_INT(-EINVAL, device_probe(NULL));
	CHECK_INT(-EINVAL, device_of_to_plat(NULL));
	CHECK_INT(UCLASS_INVALID, uclass_get_by_name("nope"));

	/* Device names are driver names: the first rt_dev in the uclass */
	CHECK_INT(0, uclass_get_device_by_name(UCLASS_MISC, "rt_dev", &dev));
	CHECK_STR(BY_MODE("alt", "adev"), dev ? rt_tag(dev) : NULL);
	CHECK_INT(0, uclass_get_device_by_driver(UCLASS_CLK,
		  DM_DRIVER_GET(rt_clk), &dev));
	CHECK_STR("clock-ctl", dev ? rt_tag(dev) : NULL);
	CHECK_INT(UCLASS_SERIAL, uclass_get_by_name("serial"));
	CHECK_STR("misc", uclass_get_name(UCLASS_MISC));
	CHECK_INT(0, device_find_child_by_name(dm_root(), "rt_bus", &dev));
	CHECK_STR("ch9", dev ? rt_tag(dev) : NULL);
	CHECK_INT(-ENODEV, device_find_child_by_name(dm_root(), "x", &dev));
	CHECK_PTR(NULL, dev);

	/* Only inactive devices can be unbound; dtoc's records never */
	dev = rt_find("alt");
	REQUIRE(dev);
	if (!CAN_REMOVE) {
		/* U-Boot's inlines: nothing is removed or unbound */
		CHECK_INT(0, device_probe(dev));
		CHECK_INT(0, device_remove(dev, DM_REMOVE_NORMAL));
		CHECK_INT(0, device_unbind(dev));
		CHECK(device_active(dev));
		return;
	}
	CHECK_INT(0, device_probe(dev));
	CHECK_INT(-EINVAL, device_unbind(dev));
	CHECK_INT(0, device_remove(dev, DM_REMOVE_NORMAL));
	CHECK(!device_active(dev));
	CHECK_INT(BY_MODE(0, -ENOSYS), device_unbind(dev));
	CHECK(RT_INST ? !!rt_find("alt") : !rt_find("alt"));
	/* Its idx no longer leads anywhere (plain mode) */
	dev = JUNK;
	CHECK_INT(BY_MODE(-ENOENT, 0), device_get_by_ofplat_idx(1, &dev));
	CHECK(RT_INST ? dev != NULL : dev == NULL);
	CHECK_INT(-EINVAL, device_unbind(NULL));
#if RT_INST
	CHECK_PTR(rt_find("adev"), DM_DEVICE_GET(adev));
#endif
}

/* Plain mode: the bind and uclass-init hooks of the whole scan, in order */
static void test_bind_hooks(void)
{
	rt_log_reset();
	REQUIRE(!dm_init_and_scan(false));
#if RT_INST
	CHECK_STR("", rt_log());
#else
	CHECK_LOG_FILE("tree-bind.log", rt_log());
#endif
}

/* Only DM_FLAG_PRE_RELOC drivers (clk, serial) bind; nothing is deferred */
static void test_pre_reloc(void)
{
	struct udevice *dev = JUNK;
	char buf[256];

	CHECK_INT(0, dm_init_and_scan(true));
	CHECK_STR(BY_MODE("clock-ctl clock-fixed serial@a serial@b serial@c",
			  "alt cdev ch9 clock-ctl clock-fixed serial@a "
			  "serial@b serial@c zbus"),
		  list_children(dm_root(), buf, sizeof(buf)));
	CHECK_INT(BY_MODE(-ENOENT, 0), device_get_by_ofplat_idx(0, &dev));
	CHECK(RT_INST ? dev != NULL : dev == NULL);
	CHECK_INT(0, device_get_by_ofplat_idx(13, &dev));
}

/* Devices bound at run time by a driver, under a dtoc device */
static void test_bind_driver(void)
{
	struct udevice *zbus, *dev = JUNK, *extra;
	char buf[256];

	REQUIRE(!dm_init_and_scan(false));
	zbus = rt_find("zbus");
	REQUIRE(zbus);
	if (!CAN_BIND) {
		/* CONFIG_OF_PLATDATA_NO_BIND: no binding code at all */
		CHECK_INT(-ENOSYS, device_bind_driver(zbus, "rt_dev", "x",
						      &dev));
		CHECK_PTR(NULL, dev);
		return;
	}
	CHECK_INT(-ENOENT, device_bind_driver(zbus, "nope", "x", &dev));
	CHECK_PTR(NULL, dev);
	CHECK_INT(0, device_bind_driver(zbus, "rt_dev", "extra", &extra));
	REQUIRE(extra);
	CHECK_STR("extra", extra->name);
	CHECK_PTR(zbus, dev_get_parent(extra));
	CHECK_INT(5, dev_seq(extra));
	CHECK(dev_get_flags(extra) & DM_FLAG_ALLOC_DEV);
	CHECK_STR(BY_MODE("zzdev adev (none)", "adev zzdev (none)"),
		  list_children(zbus, buf, sizeof(buf)));
	CHECK_INT(0, device_probe(extra));
	CHECK_INT(0, uclass_find_device_by_seq(UCLASS_MISC, 5, &dev));
	CHECK_PTR(extra, dev);
	/* dm_uninit() (run after every test) must unbind and free it */
}

/* dm tree output, after probing gchild */
static void test_dump(void)
{
	char *text = NULL;
	size_t size = 0;
	FILE *f;

	REQUIRE(!dm_init_and_scan(false));
	REQUIRE(rt_find("gchild"));
	CHECK_INT(0, device_probe(rt_find("gchild")));
	f = open_memstream(&text, &size);
	REQUIRE(f);
	dm_dump_tree_to(f);
	fclose(f);
	CHECK_FILE(BY_MODE("tree-plain.dump", "tree-inst.dump"), text);
	free(text);
}

/* dm tree on the console (board_puts(), board_putc(): stdout in a hosted
 * build) is what dm_dump_tree_to() writes */
static void test_dump_console(void)
{
	char *text = NULL, *got;
	size_t size = 0;
	FILE *f, *out;
	int saved;
	long len;

	REQUIRE(!dm_init_and_scan(false));
#if CONFIG_IS_ENABLED(DM_WARN) || CONFIG_IS_ENABLED(DM_DEBUG)
	/* the console is kept quiet above: nothing reaches stdout */
	return;
#endif
	f = open_memstream(&text, &size);
	REQUIRE(f);
	dm_dump_tree_to(f);
	fclose(f);
	out = tmpfile();
	REQUIRE(out);
	fflush(stdout);
	saved = dup(STDOUT_FILENO);
	REQUIRE(saved >= 0 && dup2(fileno(out), STDOUT_FILENO) >= 0);
	dm_dump_tree();
	fflush(stdout);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	len = ftell(out);
	REQUIRE(len >= 0);
	got = calloc(1, len + 1);
	REQUIRE(got);
	rewind(out);
	CHECK_INT(len, (long)fread(got, 1, len, out));
	fclose(out);
	CHECK_STR(text, got);
	free(got);
	free(text);
}

/* The hosted board defaults: the C library's heap, no region of its own;
 * without variants every record is present */
static void test_board_defaults(void)
{
	size_t size = 1;

	CHECK_PTR(NULL, board_heap_region(&size));
	CHECK_INT(0, (int)size);
	CHECK_INT(0, (int)board_heap_used());
	REQUIRE(!dm_init_and_scan(false));
#if CONFIG_IS_ENABLED(OF_PLATDATA_VARIANT)
	CHECK(dm_variant_present(0));
	CHECK(dm_variant_present(NUM_RECORDS - 1));
	CHECK(!dm_variant_present(NUM_RECORDS));
#endif
}

/* The accessors: what dev_set_*() and uclass_set_priv() store is what
 * the getters give; children and uclasses counted */
static void test_accessors(void)
{
	struct udevice *cdev, *leaf;
	struct uclass *uc;
	int slots[7];
	void *old[7];

	REQUIRE(!dm_init_and_scan(false));
	cdev = rt_find("cdev");
	leaf = rt_find("gchild");
	REQUIRE(cdev && leaf);
	old[0] = dev_get_priv(cdev);
	old[1] = dev_get_parent_priv(cdev);
	old[2] = dev_get_uclass_priv(cdev);
	old[3] = dev_get_plat(cdev);
	old[4] = dev_get_parent_plat(cdev);
	old[5] = dev_get_uclass_plat(cdev);
	dev_set_priv(cdev, &slots[0]);
	dev_set_parent_priv(cdev, &slots[1]);
	dev_set_uclass_priv(cdev, &slots[2]);
	dev_set_plat(cdev, &slots[3]);
	dev_set_parent_plat(cdev, &slots[4]);
	dev_set_uclass_plat(cdev, &slots[5]);
	CHECK_PTR(&slots[0], dev_get_priv(cdev));
	CHECK_PTR(&slots[1], dev_get_parent_priv(cdev));
	CHECK_PTR(&slots[2], dev_get_uclass_priv(cdev));
	CHECK_PTR(&slots[3], dev_get_plat(cdev));
	CHECK_PTR(&slots[4], dev_get_parent_plat(cdev));
	CHECK_PTR(&slots[5], dev_get_uclass_plat(cdev));
	dev_set_priv(cdev, old[0]);
	dev_set_parent_priv(cdev, old[1]);
	dev_set_uclass_priv(cdev, old[2]);
	dev_set_plat(cdev, old[3]);
	dev_set_parent_plat(cdev, old[4]);
	dev_set_uclass_plat(cdev, old[5]);

	uc = cdev->uclass;
	REQUIRE(uc);
	old[6] = uclass_get_priv(uc);
	uclass_set_priv(uc, &slots[6]);
	CHECK_PTR(&slots[6], uclass_get_priv(uc));
	uclass_set_priv(uc, old[6]);

	CHECK(device_has_children(dm_root()));
	CHECK(!device_has_children(leaf));
	/* root, simple_bus, misc, serial, clk: the uclasses of tree.dts's
	 * drivers (i2c's has no device) */
	CHECK_INT(5, uclass_get_count());
	CHECK_INT(0, dm_uninit());
	CHECK_INT(0, uclass_get_count());
}

/*
 * Shutting down removes active devices children first and frees what was
 * allocated; driver model can then start again from scratch.
 */
static void test_uninit(void)
{
	struct udevice *cdev, *again;
	const struct rt_dev_priv *priv;

	REQUIRE(!dm_init_and_scan(false));
	cdev = rt_find("cdev");
	REQUIRE(cdev && rt_find("gchild"));
	CHECK_INT(0, device_probe(cdev));
	CHECK_INT(0, device_probe(rt_find("gchild")));
	REQUIRE(dev_get_uclass_plat(cdev));
	((struct rt_misc_dev_plat *)dev_get_uclass_plat(cdev))
		->post_bind_calls = 42;
	rt_log_reset();
	CHECK_INT(0, dm_uninit());
	/* Without removal code no hook runs; memory is freed all the same */
	if (CAN_REMOVE)
		CHECK_LOG_FILE(BY_MODE("tree-plain-uninit.log",
				       "tree-inst-uninit.log"), rt_log());
	else
		CHECK_STR("", rt_log());
	CHECK_PTR(NULL, dm_root());
	CHECK_INT(0, dm_uninit());

	rt_log_reset();
	CHECK_INT(0, dm_init_and_scan(false));
	again = rt_find("cdev");
	REQUIRE(again);
	/* dtoc -i devices are the same records, back as they started */
	if (RT_INST) {
		CHECK_PTR(cdev, again);
		CHECK_INT(0, dev_get_flags(again));
	}
	CHECK_INT(0, device_probe(again));
	priv = dev_get_priv(again);
	REQUIRE(priv);
	CHECK_INT(1, priv->probe_calls);
	/* Fresh per-device data: bound anew, or dtoc's zeroed again */
	REQUIRE(dev_get_uclass_plat(again));
	CHECK_INT(BY_MODE(1, 0), ((struct rt_misc_dev_plat *)
		  dev_get_uclass_plat(again))->post_bind_calls);
	CHECK_INT(0, dm_uninit());
}

static const struct rt_test tests[] = {
	{ "before_init", test_before_init },
	{ "init", test_init },
	{ "idx", test_idx },
	{ "values", test_values },
	{ "parents", test_parents },
	{ "plat", test_plat },
	{ "probe_order", test_probe_order },
	{ "probe_retry", test_probe_retry },
	{ "seq", test_seq },
	{ "iteration", test_iteration },
	{ "errors", test_errors },
	{ "bind_hooks", test_bind_hooks },
	{ "pre_reloc", test_pre_reloc },
	{ "bind_driver", test_bind_driver },
	{ "dump", test_dump },
	{ "dump_console", test_dump_console },
	{ "board_defaults", test_board_defaults },
	{ "accessors", test_accessors },
	{ "uninit", test_uninit },
};

int main(void)
{
	/* RT_PROG: the program's name, which says its configuration */
	return rt_run(RT_PROG, tests, ARRAY_SIZE(tests));
}
