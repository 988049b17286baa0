/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME dual device: sandbox definition of its state
 */

#ifndef __ASM_DUAL_H
#define __ASM_DUAL_H

struct acme_dual_priv {
	int mode;
	int sim_fd;
};

#endif /* __ASM_DUAL_H */
