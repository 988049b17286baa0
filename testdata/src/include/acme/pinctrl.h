/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME pin controller
 */

#ifndef __ACME_PINCTRL_H
#define __ACME_PINCTRL_H

/**
 * struct acme_pinctrl_priv - state of the pin controller
 *
 * @mux_count: number of pin-mux changes made
 */
struct acme_pinctrl_priv {
	int mux_count;
};

#endif /* __ACME_PINCTRL_H */
