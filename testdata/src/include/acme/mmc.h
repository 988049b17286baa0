/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME MMC controller
 */

#ifndef __ACME_MMC_H
#define __ACME_MMC_H

#include <dt-structs.h>

/**
 * struct acme_mmc_uc_priv - MMC uclass data for each controller
 *
 * @blk_count: number of blocks on the inserted card
 * @card_present: true if a card was detected
 */
struct acme_mmc_uc_priv {
	unsigned long blk_count;
	int card_present;
};

/**
 * struct acme_mmc_plat - platform data of an ACME MMC controller
 *
 * @dtplat: devicetree values, filled in by dtoc; must come first
 * @bus_width: data bus width (1, 4 or 8)
 */
struct acme_mmc_plat {
	struct dtd_acme_mmc dtplat;
	int bus_width;
};

#endif /* __ACME_MMC_H */
