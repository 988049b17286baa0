/* SPDX-License-Identifier: GPL-2.0+ */
#ifndef DEMO_LED_H
#define DEMO_LED_H

struct demo_led_priv {
	const char *label;
	unsigned int base;
};

#endif
