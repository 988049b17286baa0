/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Private state of the ACME MMC driver. This header lives next to the
 * driver, outside include/, since nothing else needs it.
 */

#ifndef __ACME_MMC_HOST_H
#define __ACME_MMC_HOST_H

/**
 * struct acme_mmc_host - run-time state of an ACME MMC controller
 *
 * @clock_hz: current card clock
 * @cmd_count: commands sent since probe
 */
struct acme_mmc_host {
	unsigned long clock_hz;
	unsigned int cmd_count;
};

#endif /* __ACME_MMC_HOST_H */
