/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Sandbox model of the ACME GPIO bank
 */

#ifndef __ASM_ACME_GPIO_H
#define __ASM_ACME_GPIO_H

#define ACME_GPIO_PER_BANK	32

/**
 * struct acme_gpio_priv - simulated state of one GPIO bank
 *
 * @dir: bit set for each output
 * @value: current level of each line
 */
struct acme_gpio_priv {
	unsigned int dir;
	unsigned int value;
};

#endif /* __ASM_ACME_GPIO_H */
