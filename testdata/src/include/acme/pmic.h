/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME power-management chip and its regulators
 */

#ifndef __ACME_PMIC_H
#define __ACME_PMIC_H

/**
 * struct acme_pmic_priv - run-time state of the PMIC
 *
 * @reg_count: number of registers
 * @last_reg: last register read or written
 */
struct acme_pmic_priv \
{
	int reg_count;
	int last_reg;
};

/**
 * struct acme_regulator_uc_plat - regulator uclass data for each regulator
 *
 * @min_uv: lowest allowed voltage in microvolts
 * @max_uv: highest allowed voltage in microvolts
 */
struct acme_regulator_uc_plat {
	int min_uv;
	int max_uv;
};

#endif /* __ACME_PMIC_H */
