/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Clock uclass, the subset the QEMU example uses, in U-Boot's names.
 */
#ifndef __QV_CLK_H
#define __QV_CLK_H

#include <dm/device.h>
#include <dt-structs.h>
#include <linux/types.h>

/**
 * struct clk - a clock a device uses
 * @dev: the clock provider's device
 * @id: the clock number within the provider (0 for #clock-cells = <0>)
 */
struct clk {
	struct udevice *dev;
	ulong id;
};

/**
 * struct clk_ops - what a clock driver provides
 * @get_rate: the clock's rate in Hz, or 0 if unknown
 */
struct clk_ops {
	ulong (*get_rate)(struct clk *clk);
};

/**
 * clk_get_by_phandle() - the clock an of-platdata phandle entry points at
 * @dev: the device using the clock (for messages)
 * @cells: the phandle entry (clocks[i] in the device's struct dtd_...)
 * @clk: set to the clock
 *
 * Looks the provider up by idx (device_get_by_ofplat_idx(), which probes
 * it) and checks that it is a clock.
 *
 * Return: 0; -ENOENT or -EINVAL if idx names no bound device; -ENODEV if
 * the device there is not in the clk uclass; or its probe error
 */
int clk_get_by_phandle(struct udevice *dev, const struct phandle_0_arg *cells,
		       struct clk *clk);

/* The clock's rate in Hz; 0 if the driver cannot tell */
ulong clk_get_rate(struct clk *clk);

#endif /* __QV_CLK_H */
