/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The QEMU virt board's variants (variant.c; only in the images dtoc
 * built with --variant): what the firmware expects of each, and the
 * variant named on the semihosting command line.
 */
#ifndef __QV_VARIANT_H
#define __QV_VARIANT_H

#include <linux/types.h>
#include <stdbool.h>

/**
 * struct qv_variant - what one variant of the board has
 * @name: the variant's name, as given to dtoc --variant ("base": none)
 * @clk_name: the apb-pclk's clock-output-names
 * @clk_rate: the apb-pclk's rate in Hz (also the UART's uartclk)
 * @gpio: whether the PL061 GPIO controller is fitted
 */
struct qv_variant {
	const char *name;
	const char *clk_name;
	ulong clk_rate;
	bool gpio;
};

/*
 * The variant driver model runs as (dm_variant()), NULL before dm_init()
 * or for a variant this board does not know
 */
const struct qv_variant *qv_variant(void);

#endif /* __QV_VARIANT_H */
