// SPDX-License-Identifier: GPL-2.0+
/*
 * The QEMU virt firmware: start driver model from dtoc's platdata for
 * QEMU's own (trimmed) devicetree, probe every device, make the PL011 the
 * console, print the dm tree, show that the clock phandles resolve to the
 * apb-pclk device, read the PL031 RTC, write and read back a PL061 GPIO
 * line, read QEMU's fw_cfg signature, and end with "ok". The exit status
 * (through semihosting) is 0 only if every step worked; each failure
 * prints a "FAIL:" line.
 *
 * Built with QV_VARIANTS (the images dtoc made with --variant), it also
 * says which variant it runs as, checks the clock against that variant's
 * values, and skips the GPIO test where the PL061 is absent.
 */

#include <dm.h>
#include <clk.h>
#include <fw_cfg.h>
#include <gpio.h>
#include <rtc.h>
#include <serial.h>
#include <dm/device-internal.h>
#include <dm/lists.h>
#include <dm/uclass-internal.h>
#include <dm/util.h>
#include <linux/errno.h>
#include <qemu-virt/board.h>
#include <qemu-virt/plat.h>

#ifndef QV_MODE
#define QV_MODE "?"
#endif

#ifdef QV_VARIANTS
#include <dm/variant.h>
#include <qemu-virt/variant.h>
#define QV_CLK_NAME	(qv_variant()->clk_name)
#define QV_CLK_RATE	(qv_variant()->clk_rate)
#define QV_GPIO		(qv_variant()->gpio)
#else
#define QV_CLK_NAME	"clk24mhz"
#define QV_CLK_RATE	24000000
#define QV_GPIO		1
#endif

/* The GPIO line the firmware drives (line 3 is QEMU's power button) */
#define TEST_GPIO_LINE	0

static int failures;

static void fail(const char *what, int err)
{
	printf("FAIL: %s: %d\n", what, err);
	failures++;
}

/* Plain mode: name each driver_info record whose driver is not linked */
static void report_unlinked(void)
{
	struct driver_info *info = ll_entry_start(struct driver_info,
						  driver_info);
	uint n = ll_entry_count(struct driver_info, driver_info);
	uint i;

	for (i = 0; i < n; i++) {
		if (!lists_driver_lookup_name(info[i].name))
			printf("FAIL: no driver '%s' linked in (driver_info idx %u)\n",
			       info[i].name, i);
	}
}

/* Probe @dev and every device below it; count them */
static void probe_all(struct udevice *dev, uint *bound, uint *probed)
{
	struct udevice *child;
	int ret = device_probe(dev);

	(*bound)++;
	if (ret) {
		printf("FAIL: probe %s: %d\n", dev->name, ret);
		failures++;
	} else {
		(*probed)++;
	}
	for (device_find_first_child(dev, &child); child;
	     device_find_next_child(&child))
		probe_all(child, bound, probed);
}

/*
 * Follow phandle entry @cells of device @dev (property @prop) and check
 * that it lands on the apb-pclk node's device: a clock whose platdata is
 * that node's (clock-output-names "clk24mhz", 24 MHz; with variants, the
 * variant's). Returns that device.
 */
static struct udevice *check_clock_phandle(struct udevice *dev,
					   const char *prop,
					   const struct phandle_0_arg *cells)
{
	const struct dtd_fixed_clock *clkplat;
	struct udevice *clkdev;
	struct clk clk;
	int ret;

	ret = device_get_by_ofplat_idx(cells->idx, &clkdev);
	if (ret) {
		printf("FAIL: %s %s: idx %u: %d\n", dev->name, prop, cells->idx,
		       ret);
		failures++;
		return NULL;
	}
	clkplat = dev_get_plat(clkdev);
	ret = clk_get_by_phandle(dev, cells, &clk);
	printf("phandle: %s %s -> idx %u -> %s (%s) %s, %lu Hz\n", dev->name,
	       prop, cells->idx, clkdev->name, dev_get_uclass_name(clkdev),
	       ret ? "?" : clkplat->clock_output_names,
	       ret ? 0UL : clk_get_rate(&clk));
	if (ret || device_get_uclass_id(clkdev) != UCLASS_CLK ||
	    strcmp(clkplat->clock_output_names, QV_CLK_NAME) ||
	    clk_get_rate(&clk) != QV_CLK_RATE) {
		fail("phandle resolves to the wrong device", ret);
		return NULL;
	}

	return clkdev;
}

static void check_phandles(void)
{
	struct udevice *uart, *rtc, *gpio;
	struct udevice *c0, *c1, *c2, *c3 = NULL;
	int ret;

	ret = uclass_find_first_device(UCLASS_SERIAL, &uart);
	if (!ret && uart)
		ret = uclass_find_first_device(UCLASS_RTC, &rtc);
	if (!ret && uart && rtc)
		ret = uclass_find_first_device(UCLASS_GPIO, &gpio);
	if (!ret && uart && rtc && !QV_GPIO && gpio) {
		fail("a GPIO device in a variant without one", -EEXIST);
		return;
	}
	if (ret || !uart || !rtc || (QV_GPIO && !gpio)) {
		fail("a device is missing", ret ? ret : -ENODEV);
		return;
	}
	c0 = check_clock_phandle(uart, "clocks[0]",
		&((struct dtd_serial_pl01x *)dev_get_plat(uart))->clocks[0]);
	c1 = check_clock_phandle(uart, "clocks[1]",
		&((struct dtd_serial_pl01x *)dev_get_plat(uart))->clocks[1]);
	c2 = check_clock_phandle(rtc, "clocks[0]",
		&((struct dtd_rtc_pl031 *)dev_get_plat(rtc))->clocks[0]);
	if (QV_GPIO)
		c3 = check_clock_phandle(gpio, "clocks[0]",
			&((struct dtd_gpio_pl061 *)dev_get_plat(gpio))->clocks[0]);
	if (c0 && (c1 != c0 || c2 != c0 || (QV_GPIO && c3 != c0)))
		fail("the clock phandles resolve to different devices", -EINVAL);
}

static void check_rtc(void)
{
	struct udevice *dev;
	u32 secs;
	int ret;

	ret = uclass_first_device_err(UCLASS_RTC, &dev);
	if (!ret)
		ret = rtc_get_seconds(dev, &secs);
	if (ret) {
		fail("rtc", ret);
		return;
	}
	printf("rtc: %s: %u s since 1970\n", dev->name, secs);
	if (!secs)
		fail("rtc reads 0", -EIO);
}

/* QEMU's fw_cfg: the uclass checked its signature at probe */
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

#ifdef QV_VARIANTS
/*
 * The idx dtoc gave the node of driver @name: the driver_info records
 * (plain) or the udevice records (-i) are in idx order, one per node of
 * any variant, present or not. -1 if none.
 */
static int ofplat_idx_of(const char *name)
{
	struct driver_info *info = ll_entry_start(struct driver_info,
						  driver_info);
	struct udevice *devs = ll_entry_start(struct udevice, udevice);
	uint n = ll_entry_count(struct driver_info, driver_info);
	uint i;

	for (i = 0; i < n; i++) {
		if (!strcmp(info[i].name, name))
			return i;
	}
	n = ll_entry_count(struct udevice, udevice);
	for (i = 0; i < n; i++) {
		if (devs[i].driver && !strcmp(devs[i].driver->name, name))
			return i;
	}

	return -1;
}

/* Where this variant has no GPIO: it must be absent; say so */
static void check_gpio_absent(void)
{
	struct udevice *dev;
	int idx = ofplat_idx_of("gpio_pl061");
	int ret;

	if (idx < 0) {
		fail("no gpio_pl061 record", -ENOENT);
		return;
	}
	ret = device_get_by_ofplat_idx(idx, &dev);
	printf("gpio: gpio_pl061 (idx %d) absent in variant %s: device_get_by_ofplat_idx %d, test skipped\n",
	       idx, dm_variant_name(dm_variant()), ret);
	if (ret != -ENODEV || dm_variant_present(idx))
		fail("gpio not absent", ret);
}
#endif

static void check_gpio(void)
{
	static const int pattern[] = { 1, 0, 1 };
	struct udevice *dev;
	const struct gpio_dev_priv *upriv;
	uint i;
	int ret;

#ifdef QV_VARIANTS
	if (!QV_GPIO) {
		check_gpio_absent();
		return;
	}
#endif
	ret = uclass_first_device_err(UCLASS_GPIO, &dev);
	if (ret) {
		fail("gpio", ret);
		return;
	}
	upriv = dev_get_uclass_priv(dev);
	ret = gpio_dev_direction_output(dev, TEST_GPIO_LINE, 0);
	if (!ret && gpio_dev_get_function(dev, TEST_GPIO_LINE) != GPIOF_OUTPUT)
		ret = -EIO;
	if (ret) {
		fail("gpio: direction out", ret);
		return;
	}
	printf("gpio: %s (%s, %u lines): line %u output\n", dev->name,
	       upriv->bank_name, upriv->gpio_count, TEST_GPIO_LINE);
	for (i = 0; i < ARRAY_SIZE(pattern); i++) {
		int got;

		ret = gpio_dev_set_value(dev, TEST_GPIO_LINE, pattern[i]);
		got = ret ? ret : gpio_dev_get_value(dev, TEST_GPIO_LINE);
		printf("gpio: line %u set %d read %d\n", TEST_GPIO_LINE,
		       pattern[i], got);
		if (got != pattern[i])
			fail("gpio read back", got);
	}
	gpio_dev_direction_input(dev, TEST_GPIO_LINE);
}

int main(void)
{
	struct udevice *console;
	uint bound = 0, probed = 0;
	int ret;

	printf("dtoc qemu-virt firmware (%s)\n", QV_MODE);
	ret = dm_init_and_scan(false);
	if (ret) {
		fail("dm_init_and_scan", ret);
		report_unlinked();
	}
	if (!dm_root()) {
		printf("FAIL: no driver model\n");
		return 1;
	}
#ifdef QV_VARIANTS
	printf("variant: %s (%d of %d)\n", dm_variant_name(dm_variant()),
	       dm_variant(), dm_variant_count());
	if (!qv_variant()) {
		printf("FAIL: a variant this board does not know\n");
		return 1;
	}
#endif

	probe_all(dm_root(), &bound, &probed);
	ret = uclass_get_device_by_seq(UCLASS_SERIAL, 0, &console);
	if (ret) {
		fail("console serial0", ret);
	} else {
		board_set_console(console);
		printf("console: %s (serial seq 0), uartclk %lu Hz\n",
		       console->name,
		       ((struct pl01x_serial_plat *)dev_get_plat(console))->clock);
	}
	printf("devices: %u bound, %u probed\n", bound, probed);
	dm_dump_tree();
	check_phandles();
	check_rtc();
	check_gpio();
	check_fw_cfg();
	printf("heap: %lu bytes used\n", (ulong)board_heap_used());

	if (failures) {
		printf("FAIL: %d failure(s)\n", failures);
		return 1;
	}
	printf("ok\n");

	return 0;
}
