// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME UART
 *
 * Two register-compatible versions exist; the second has a deeper FIFO.
 * Boards describing the new one with only "acme,uart-v2" still get this
 * driver through the alias below.
 */

#include <dm.h>
#include <acme/serial.h>
#include <acme/uart.h>

static int acme_uart_of_to_plat(struct udevice *dev)
{
	struct acme_uart_plat *plat = dev_get_plat(dev);
	struct dtd_acme_uart *dtplat = &plat->dtplat;

	plat->base = dtplat->reg[0];
	plat->clock_hz = 24000000;

	return 0;
}

static int acme_uart_probe(struct udevice *dev)
{
	struct acme_uart_priv *priv = dev_get_priv(dev);

	priv->variant = (int)dev_get_driver_data(dev);
	priv->tx_count = 0;

	return 0;
}

static const struct udevice_id acme_uart_ids[] = {
	{ .compatible = "acme,uart", .data = ACME_UART_V1 },
	{ .compatible = "acme,uart-v2", .data = ACME_UART_V2 },
	{ }
};

U_BOOT_DRIVER(acme_uart) = {
	.name		= "acme_uart",
	.id		= UCLASS_SERIAL,
	.of_match	= acme_uart_ids,
	.of_to_plat	= acme_uart_of_to_plat,
	.probe		= acme_uart_probe,
	.plat_auto	= sizeof(struct acme_uart_plat),
	.priv_auto	= sizeof(struct acme_uart_priv),
	DM_HEADER(<acme/serial.h>)
};

DM_DRIVER_ALIAS(acme_uart, acme_uart_v2)
