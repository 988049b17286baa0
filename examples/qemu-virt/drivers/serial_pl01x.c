// SPDX-License-Identifier: GPL-2.0+
/*
 * ARM PL011 UART (QEMU virt's console). The baud-rate divisor comes from
 * the "uartclk" clock, which the devicetree gives by phandle: the fixed
 * apb-pclk clock, found through its of-platdata idx.
 */

#include <dm.h>
#include <clk.h>
#include <serial.h>
#include <asm/io.h>
#include <linux/errno.h>
#include <qemu-virt/plat.h>

#define UART_DR		0x00
#define UART_FR		0x18
#define UART_IBRD	0x24
#define UART_FBRD	0x28
#define UART_LCRH	0x2c
#define UART_CR		0x30

#define UART_FR_TXFF	(1 << 5)
#define UART_LCRH_WLEN8	(3 << 5)
#define UART_LCRH_FEN	(1 << 4)
#define UART_CR_UARTEN	(1 << 0)
#define UART_CR_TXE	(1 << 8)
#define UART_CR_RXE	(1 << 9)

static int pl01x_serial_putc(struct udevice *dev, const char ch)
{
	const struct pl01x_serial_plat *plat = dev_get_plat(dev);

	if (readl(plat->base + UART_FR) & UART_FR_TXFF)
		return -EAGAIN;
	writel((u8)ch, plat->base + UART_DR);

	return 0;
}

static int pl01x_serial_setbrg(struct udevice *dev, int baudrate)
{
	const struct pl01x_serial_plat *plat = dev_get_plat(dev);
	/* Divisor in 1/64ths: clock / (16 * baud), rounded */
	ulong div64 = (plat->clock * 4 + (ulong)baudrate / 2) / (ulong)baudrate;

	if (!plat->clock || div64 < 64)
		return -EINVAL;
	writel(0, plat->base + UART_CR);
	writel((u32)(div64 >> 6), plat->base + UART_IBRD);
	writel((u32)(div64 & 63), plat->base + UART_FBRD);
	writel(UART_LCRH_WLEN8 | UART_LCRH_FEN, plat->base + UART_LCRH);
	writel(UART_CR_UARTEN | UART_CR_TXE | UART_CR_RXE, plat->base + UART_CR);

	return 0;
}

static const struct dm_serial_ops pl01x_serial_ops = {
	.putc	= pl01x_serial_putc,
	.setbrg	= pl01x_serial_setbrg,
};

static int pl01x_serial_of_to_plat(struct udevice *dev)
{
	struct pl01x_serial_plat *plat = dev_get_plat(dev);
	struct dtd_serial_pl01x *dtplat = &plat->dtplat;
	struct clk clk;
	int ret;

	plat->base = (uintptr_t)dtplat->reg[0];
	/* clocks[0] is "uartclk", clocks[1] "apb_pclk" */
	ret = clk_get_by_phandle(dev, &dtplat->clocks[0], &clk);
	if (ret)
		return ret;
	plat->clock = clk_get_rate(&clk);

	return 0;
}

static const struct udevice_id pl01x_serial_ids[] = {
	{ .compatible = "arm,pl011" },
	{ }
};

U_BOOT_DRIVER(serial_pl01x) = {
	.name		= "serial_pl01x",
	.id		= UCLASS_SERIAL,
	.of_match	= pl01x_serial_ids,
	.of_to_plat	= pl01x_serial_of_to_plat,
	.ops		= &pl01x_serial_ops,
	.plat_auto	= sizeof(struct pl01x_serial_plat),
	.flags		= DM_FLAG_PRE_RELOC,
	DM_HEADER(<qemu-virt/plat.h>)
};

DM_DRIVER_ALIAS(serial_pl01x, arm_pl011)
