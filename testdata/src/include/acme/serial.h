/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Serial uclass data shared by the ACME UART drivers
 */

#ifndef __ACME_SERIAL_H
#define __ACME_SERIAL_H

#include <linux/types.h>

/**
 * struct acme_serial_uc_priv - serial uclass data for each UART
 *
 * @baudrate: current baud rate
 * @chars_out: number of characters written so far
 */
struct acme_serial_uc_priv {
	int baudrate;
	unsigned long chars_out;
};

/* UART variants, held in the driver data */
enum acme_uart_variant {
	ACME_UART_V1 = 1,
	ACME_UART_V2,
};

#endif /* __ACME_SERIAL_H */
