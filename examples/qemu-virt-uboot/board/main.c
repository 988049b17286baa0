// SPDX-License-Identifier: GPL-2.0+
/*
 * The QEMU virt firmware built with U-Boot's own drivers (make ...
 * UBOOT=DIR): start driver model from dtoc's platdata, probe every
 * device, make U-Boot's PL011 driver the console, print the dm tree,
 * follow the UART's clock phandle to U-Boot's fixed-rate clock, read the
 * time through U-Boot's PL031 driver and RTC uclass, read QEMU's fw_cfg
 * signature, ask U-Boot's PSCI reset driver what it supports, and end
 * with "ok" and a power-off through that driver (QEMU exits 0). Each
 * failure prints a "FAIL:" line and the exit status is 1.
 */

#include <clk.h>
#include <dm.h>
#include <dt-structs.h>
#include <fw_cfg.h>
#include <rtc.h>
#include <serial.h>
#include <sysreset.h>
#include <dm/device-internal.h>
#include <dm/ofnode.h>
#include <dm/uclass-internal.h>
#include <dm/util.h>
#include <linux/errno.h>
#include <qemu-virt/board.h>

#ifndef QV_MODE
#define QV_MODE "?"
#endif

static int failures;

static void fail(const char *what, int err)
{
	printf("FAIL: %s: %d\n", what, err);
	failures++;
}

/* Probe @dev and every device below it; count them */
static void probe_all(struct udevice *dev, uint *bound, uint *probed)
{
	struct udevice *child;
	int ret = device_probe(dev);

	(*bound)++;
	if (ret)
		printf("FAIL: probe %s: %d\n", dev->name, ret);
	failures += !!ret;
	*probed += !ret;
	for (device_find_first_child(dev, &child); child;
	     device_find_next_child(&child))
		probe_all(child, bound, probed);
}

#ifndef QV_INST
/* Plain only: with -i these devices are not there (see bind_nodeless()) */
static void check_clock(struct udevice *uart)
{
	struct dtd_serial_pl01x *dtplat = dev_get_plat(uart);
	struct clk clk;
	int ret;

	ret = clk_get_by_phandle_0(uart, &dtplat->clocks[0], &clk);
	if (!ret)
		printf("clk: %s clocks[0] -> idx %u -> %s (%s)\n", uart->name,
		       dtplat->clocks[0].idx, clk.dev->name,
		       dev_get_uclass_name(clk.dev));
	if (!ret)
		ret = clk_enable(&clk);
	if (ret) {
		fail("clk", ret);
		return;
	}
	/*
	 * U-Boot's clk_fixed_rate reads clock-frequency only from a live
	 * tree (dev_has_ofnode()); with of-platdata its rate is 0
	 */
	printf("clk: %s rate %lu Hz, enabled %d time(s)\n", clk.dev->name,
	       clk_get_rate(&clk), clk.enable_count);
}

static void check_rtc(void)
{
	struct udevice *dev;
	struct rtc_time tm;
	int ret;

	ret = uclass_first_device_err(UCLASS_RTC, &dev);
	if (!ret)
		ret = dm_rtc_get(dev, &tm);
	if (ret) {
		fail("rtc", ret);
		return;
	}
	printf("rtc: %s: %lu s since 1970\n", dev->name,
	       (ulong)rtc_mktime(&tm));
	if (tm.tm_year < 2024 || tm.tm_mon < 1 || tm.tm_mon > 12 ||
	    tm.tm_mday < 1 || tm.tm_mday > 31)
		fail("rtc: not a date of this century", tm.tm_year);
}

/* Returns the reset device, or NULL */
static struct udevice *check_sysreset(void)
{
	struct udevice *dev;
	char buf[32];
	int ret;

	ret = uclass_first_device_err(UCLASS_SYSRESET, &dev);
	if (ret) {
		fail("sysreset", ret);
		return NULL;
	}
	ret = sysreset_get_status(dev, buf, sizeof(buf));
	printf("sysreset: %s: get_status %d, request(SYSRESET_POWER) %d\n",
	       dev->name, ret, sysreset_request(dev, SYSRESET_POWER));

	return dev;
}

#endif /* QV_INST */

/*
 * U-Boot's date conversions (lib/rtc-lib.c, lib/date.c), which its PL031
 * driver uses: known dates (the epoch, a leap day, a century that is not
 * a leap year, 2038's 32-bit limit) both ways; tm_yday counts from 1
 */
static void check_date(void)
{
	static const struct {
		u64 secs;
		int year, mon, mday, hour, min, sec, wday, yday;
	} known[] = {
		{ 0, 1970, 1, 1, 0, 0, 0, 4, 1 },
		{ 951782400, 2000, 2, 29, 0, 0, 0, 2, 60 },
		{ 4107542400ULL, 2100, 3, 1, 0, 0, 0, 1, 60 },
		{ 2147483647, 2038, 1, 19, 3, 14, 7, 2, 19 },
	};
	struct rtc_time tm;
	uint i, bad = 0;

	for (i = 0; i < ARRAY_SIZE(known); i++) {
		rtc_to_tm(known[i].secs, &tm);
		if (tm.tm_year != known[i].year || tm.tm_mon != known[i].mon ||
		    tm.tm_mday != known[i].mday || tm.tm_hour != known[i].hour ||
		    tm.tm_min != known[i].min || tm.tm_sec != known[i].sec ||
		    tm.tm_wday != known[i].wday ||
		    tm.tm_yday != known[i].yday ||
		    (u64)rtc_mktime(&tm) != known[i].secs) {
			printf("FAIL: date %lu: %d-%d-%d %d:%d:%d wday %d yday %d\n",
			       (ulong)known[i].secs, tm.tm_year, tm.tm_mon,
			       tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
			       tm.tm_wday, tm.tm_yday);
			bad++;
		}
	}
	printf("date: %u of %u known dates converted both ways\n",
	       (uint)ARRAY_SIZE(known) - bad, (uint)ARRAY_SIZE(known));
	failures += bad;
}

static void check_fw_cfg(void)
{
	const struct fw_cfg_uc_priv *upriv;
	struct udevice *dev;
	int ret;

	ret = uclass_first_device_err(UCLASS_QFW, &dev);
	if (ret) {
		fail("fw_cfg", ret);
		return;
	}
	upriv = dev_get_uclass_priv(dev);
	printf("fw_cfg: %s: signature \"%s\", features 0x%x\n", dev->name,
	       upriv->signature, upriv->features);
	if (!(upriv->features & FW_CFG_VERSION))
		fail("fw_cfg: no traditional interface", -EIO);
}

/*
 * Bind what has no node in dtoc's tree, as U-Boot binds a device without
 * one: U-Boot's PSCI reset driver (U-Boot's PSCI firmware driver binds
 * it), its PL031 and, with -i, its fixed-rate clock (qemu.mk says why)
 */
static void bind_nodeless(void)
{
	const struct {
		const struct driver *drv;
		const char *name;
	} nodeless[] = {
		{ DM_DRIVER_GET(psci_sysreset), "psci-sysreset" },
		{ DM_DRIVER_GET(rtc_pl031), "rtc-pl031" },
#ifdef QV_INST
		{ DM_DRIVER_GET(fixed_clock), "fixed_clock" },
#endif
	};
	uint i;
	int ret;

	for (i = 0; i < ARRAY_SIZE(nodeless); i++) {
		ret = device_bind(dm_root(), nodeless[i].drv, nodeless[i].name,
				  NULL, ofnode_null(), NULL);
#ifdef QV_INST
		/*
		 * With -i only the uclasses dtoc instantiated exist, and
		 * U-Boot does not add one at run time either: -ENOENT
		 */
		printf("bind: %s: %d (its uclass has no instance with -i)\n",
		       nodeless[i].name, ret);
		if (ret != -ENOENT)
			fail(nodeless[i].name, ret);
#else
		printf("bind: %s: %d\n", nodeless[i].name, ret);
		if (ret)
			fail(nodeless[i].name, ret);
#endif
	}
}

int main(void)
{
	struct udevice *console, *reset;
	struct serial_device_info info;
	uint bound = 0, probed = 0;
	int ret;

	printf("dtoc qemu-virt firmware, U-Boot's drivers (%s)\n", QV_MODE);
	ret = dm_init_and_scan(false);
	if (ret)
		fail("dm_init_and_scan", ret);
	if (!dm_root()) {
		printf("FAIL: no driver model\n");
		return 1;
	}
	bind_nodeless();
	probe_all(dm_root(), &bound, &probed);
	ret = uclass_get_device_by_seq(UCLASS_SERIAL, 0, &console);
	if (ret) {
		fail("console serial0", ret);
	} else {
		board_set_console(console);
		ret = serial_dev_getinfo(console, &info);
		printf("console: %s (serial seq 0), getinfo %d, type %s\n",
		       console->name, ret,
		       info.type == SERIAL_CHIP_PL01X ? "PL01X" : "?");
		if (ret || info.type != SERIAL_CHIP_PL01X)
			fail("console getinfo", ret);
	}
	printf("devices: %u bound, %u probed\n", bound, probed);
	dm_dump_tree();
	check_date();
	check_fw_cfg();
#ifdef QV_INST
	reset = NULL;
#else
	if (console)
		check_clock(console);
	check_rtc();
	reset = check_sysreset();
#endif
	printf("heap: %lu bytes used\n", (ulong)board_heap_used());
	if (failures) {
		printf("FAIL: %d failure(s)\n", failures);
		return 1;
	}
	printf("ok\n");
	if (!reset)
		return 0;
	/* QEMU exits with status 0 when the machine is powered off */
	ret = sysreset_request(reset, SYSRESET_POWER_OFF);
	board_set_console(NULL);
	printf("FAIL: power off through %s returned %d\n", reset->name, ret);

	return 1;
}
