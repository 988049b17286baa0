/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME clock drivers
 */

#ifndef __ACME_CLK_H
#define __ACME_CLK_H

/**
 * struct acme_fixed_clk_priv - state of a fixed-rate clock
 *
 * @rate: rate in Hz, from clock-frequency
 * @enable_count: number of enables not matched by a disable
 */
struct acme_fixed_clk_priv {
	unsigned long rate;
	int enable_count;
};

/**
 * struct acme_pll_priv - state of a PLL
 *
 * @mult: multiplier
 * @div: divider
 */
struct acme_pll_priv {
	unsigned int mult;
	unsigned int div;
};

#endif /* __ACME_CLK_H */
