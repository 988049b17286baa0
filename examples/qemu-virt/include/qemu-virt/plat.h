/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Platform and private data of the QEMU virt drivers. The platform data
 * embeds dtoc's values (struct dtd_...), so this header is for firmware
 * whose devicetree has these nodes.
 */
#ifndef __QV_PLAT_H
#define __QV_PLAT_H

#include <dt-structs.h>
#include <clk.h>
#include <linux/types.h>

/**
 * struct pl01x_serial_plat - PL011 UART
 * @dtplat: dtoc's values (reg, clocks, ...); must come first
 * @base: register base, from reg
 * @clock: UART reference clock rate in Hz, from the "uartclk" clock
 */
struct pl01x_serial_plat {
	struct dtd_serial_pl01x dtplat;
	uintptr_t base;
	ulong clock;
};

/**
 * struct pl031_priv - PL031 RTC
 * @base: register base, from reg
 * @pclk: the APB clock it runs from (resolved from clocks[0])
 */
struct pl031_priv {
	uintptr_t base;
	struct clk pclk;
};

/**
 * struct pl061_priv - PL061 GPIO
 * @base: register base, from reg
 */
struct pl061_priv {
	uintptr_t base;
};

/**
 * struct clk_fixed_rate - a fixed-rate clock
 * @fixed_rate: its rate in Hz, from clock-frequency
 */
struct clk_fixed_rate {
	ulong fixed_rate;
};

#endif /* __QV_PLAT_H */
