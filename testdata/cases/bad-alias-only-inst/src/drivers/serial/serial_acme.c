// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME UART, for of-platdata only: no .of_match table (U-Boot's
 * serial_rockchip.c has the same shape). The platdata names the driver
 * and the runtime binds it by that name; the nodes' compatibles reach it
 * through DM_DRIVER_ALIAS.
 */

#include <dm.h>

U_BOOT_DRIVER(acme_uart) = {
	.name		= "acme_uart",
	.id		= UCLASS_SERIAL,
};
DM_DRIVER_ALIAS(acme_uart, acme_soc_uart)
DM_DRIVER_ALIAS(acme_uart, acme_soc2_uart)
