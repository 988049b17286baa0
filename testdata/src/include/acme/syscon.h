/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME system controllers
 */

#ifndef __ACME_SYSCON_H
#define __ACME_SYSCON_H

/* Which system controller a syscon device is; held in its driver data */
enum acme_syscon_type {
	ACME_SYSCON_NONE,
	ACME_SYSCON_GRF,
	ACME_SYSCON_PMU,
};

/**
 * struct acme_syscon_uc_priv - syscon uclass data for each controller
 *
 * @base: register base
 * @type: enum acme_syscon_type
 */
struct acme_syscon_uc_priv {
	unsigned long base;
	int type;
};

#endif /* __ACME_SYSCON_H */
