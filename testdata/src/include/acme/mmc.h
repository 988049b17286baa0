/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * MMC uclass data for ACME boards
 */

#ifndef __ACME_MMC_H
#define __ACME_MMC_H

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

#endif /* __ACME_MMC_H */
