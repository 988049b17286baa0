/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME reset controller
 */

#ifndef __ACME_RESET_H
#define __ACME_RESET_H

/**
 * struct acme_reset_priv - state of the full reset driver
 *
 * @asserted: bitmask of lines held in reset
 * @line_count: number of reset lines
 */
struct acme_reset_priv {
	unsigned long asserted;
	int line_count;
};

/**
 * struct acme_reset_spl_priv - state of the small SPL reset driver
 *
 * @asserted: bitmask of lines held in reset
 */
struct acme_reset_spl_priv {
	unsigned long asserted;
};

#endif /* __ACME_RESET_H */
