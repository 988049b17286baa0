/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME dual device: generic definition of its state
 */

#ifndef __ACME_DUAL_H
#define __ACME_DUAL_H

struct acme_dual_priv {
	int mode;
};

#endif /* __ACME_DUAL_H */
