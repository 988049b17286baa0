/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * GPIO uclass data for ACME boards
 */

#ifndef __ACME_GPIO_H
#define __ACME_GPIO_H

/**
 * struct acme_gpio_uc_priv - GPIO uclass data for each bank
 *
 * @bank_name: name of the bank, e.g. "a"
 * @gpio_count: number of GPIOs in the bank
 */
struct acme_gpio_uc_priv {
	const char *bank_name;
	int gpio_count;
};

#endif /* __ACME_GPIO_H */
