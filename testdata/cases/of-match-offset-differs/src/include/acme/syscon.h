/* SPDX-License-Identifier: GPL-2.0+ */
/* ACME system controllers: what each driver's .data says it is */

#ifndef ACME_SYSCON_H
#define ACME_SYSCON_H

enum {
	ACME_SYSCON_NOC = 1,
	ACME_SYSCON_GRF,
	ACME_SYSCON_PMU,
};

#endif
