// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME "lite" UART: a transmit-only debug port with no state of its own
 */

#include <dm.h>
#include <errno.h>

static int acme_lite_uart_probe(struct udevice *dev)
{
	struct dtd_acme_lite_uart *dtplat = dev_get_plat(dev);

	return dtplat ? 0 : -ENODEV;
}

static const struct udevice_id acme_lite_uart_ids[] = {
	{ .compatible = "acme,lite-uart" },
	{ }
};

U_BOOT_DRIVER(acme_lite_uart) = {
	.name		= "acme_lite_uart",
	.id		= UCLASS_SERIAL,
	.of_match	= acme_lite_uart_ids,
	.probe		= acme_lite_uart_probe,
};
