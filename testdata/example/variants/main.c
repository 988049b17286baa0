// SPDX-License-Identifier: GPL-2.0+
/*
 * The variants example: one program for the whole board family of
 * board.dts, i2c-board.dtso and uart-clk.dtso (dtoc --variant), run as
 * any of them. On real hardware board_select_variant() would read
 * straps or an ID EEPROM; here the variant comes from the first argument
 * or from $DTOC_VARIANT (a name or a number), the base otherwise.
 *
 * board_fix_plat() shows the second hook: $DTOC_DROP names a driver whose
 * devices are left out, and the UART's speed can be overridden with
 * $DTOC_UART_SPEED.
 *
 * The program prints, for every node idx, what this boot has there (the
 * device, its uclass and seq, or why not), the values the tests check, and
 * the device tree ("dm tree").
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <dm.h>
#include <dm/device-internal.h>
#include <dm/root.h>
#include <dm/uclass.h>
#include <dm/util.h>
#include <dm/variant.h>
#include <dt-structs.h>

static const char *wanted;

int board_select_variant(void)
{
	const char *want = wanted ? wanted : getenv("DTOC_VARIANT");
	char *end;
	long num;

	if (!want || !*want)
		return 0;
	for (int v = 0; v < dm_variant_count(); v++) {
		if (!strcmp(dm_variant_name(v), want))
			return v;
	}
	num = strtol(want, &end, 10);
	if (*end || num < 0)
		return -EINVAL;

	return (int)num;
}

int board_fix_plat(int idx, const char *drv_name, int variant, void **platp)
{
	const char *drop = getenv("DTOC_DROP");
	const char *speed = getenv("DTOC_UART_SPEED");

	(void)idx;
	(void)variant;
	if (drop && !strcmp(drop, drv_name))
		return DM_FIX_PLAT_DROP;
	if (speed && !strcmp(drv_name, "acme_uart")) {
		/* the dtd struct starts the record in both modes */
		struct dtd_acme_uart *dtv = *platp;

		dtv->current_speed = (fdt32_t)strtoul(speed, NULL, 0);
	}

	return 0;
}

/* The values of a device that differ between the variants */
static void print_data(struct udevice *dev)
{
	const char *drv = dev->driver->name;

	if (!strcmp(drv, "acme_uart")) {
		const struct dtd_acme_uart *d = dev_get_plat(dev);

		printf("  clocks <%u %d> current-speed %u\n", d->clocks[0].idx,
		       d->clocks[0].arg[0], (unsigned int)d->current_speed);
	} else if (!strcmp(drv, "acme_mmc")) {
		const struct dtd_acme_mmc *d = dev_get_plat(dev);

		printf("  cd-gpios <%u %d %d>\n", d->cd_gpios[0].idx,
		       d->cd_gpios[0].arg[0], d->cd_gpios[0].arg[1]);
	} else if (!strcmp(drv, "acme_i2c")) {
		const struct dtd_acme_i2c *d = dev_get_plat(dev);

		printf("  clocks <%u %d> clock-frequency %u\n",
		       d->clocks[0].idx, d->clocks[0].arg[0],
		       (unsigned int)d->clock_frequency);
	} else if (!strcmp(drv, "acme_eeprom")) {
		const struct dtd_acme_eeprom *d = dev_get_plat(dev);

		printf("  reg <%#x> pagesize %u, on %s\n",
		       (unsigned int)d->reg[0], (unsigned int)d->pagesize,
		       dev_get_parent(dev)->name);
	}
}

int main(int argc, char **argv)
{
	struct udevice *dev;
	int ret, fails = 0;

	if (argc > 1)
		wanted = argv[1];
	ret = dm_init_and_scan(false);
	if (ret) {
		fprintf(stderr, "variants: dm_init_and_scan failed: %d\n", ret);
		return 1;
	}
	printf("variant %d (%s) of %d\n", dm_variant(),
	       dm_variant_name(dm_variant()), dm_variant_count());
	for (uint idx = 0; ; idx++) {
		ret = device_get_by_ofplat_idx(idx, &dev);
		if (ret == -EINVAL)
			break;
		if (ret == -ENODEV) {
			printf("%2u: absent\n", idx);
			continue;
		}
		if (ret) {
			printf("%2u: error %d\n", idx, ret);
			fails++;
			continue;
		}
		printf("%2u: %s (%s %d)\n", idx, dev->name,
		       dev_get_uclass_name(dev), dev_seq(dev));
		print_data(dev);
	}
	for (int i = 0; i < 4; i++) {
		if (!uclass_get_device_by_seq(UCLASS_SERIAL, i, &dev))
			printf("serial%d: %s\n", i, dev->name);
		if (!uclass_get_device_by_seq(UCLASS_I2C, i, &dev))
			printf("i2c%d: %s\n", i, dev->name);
		if (!uclass_get_device_by_seq(UCLASS_GPIO, i, &dev))
			printf("gpio%d: %s\n", i, dev->name);
	}
	dm_dump_tree_to(stdout);
	ret = dm_uninit();
	if (ret) {
		fprintf(stderr, "variants: dm_uninit failed: %d\n", ret);
		fails++;
	}

	return fails ? 1 : 0;
}
