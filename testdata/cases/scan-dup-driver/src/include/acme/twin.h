/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Two versions of the ACME twin device, each with its own state
 */

#ifndef __ACME_TWIN_H
#define __ACME_TWIN_H

/* State of the first version */
struct acme_twin_a_priv {
	int count;
};

/* State of the second version */
struct acme_twin_b_priv {
	int count;
	int flags;
};

#endif /* __ACME_TWIN_H */
