// SPDX-License-Identifier: GPL-2.0+
/* ARM PL031 RTC: a 32-bit seconds counter (QEMU starts it at host time) */

#include <dm.h>
#include <clk.h>
#include <rtc.h>
#include <asm/io.h>
#include <linux/errno.h>
#include <qemu-virt/plat.h>

#define RTC_DR		0x00	/* data: the current count */
#define RTC_CR		0x0c	/* control */
#define RTC_CR_START	(1 << 0)

static int pl031_get_seconds(struct udevice *dev, u32 *secsp)
{
	const struct pl031_priv *priv = dev_get_priv(dev);

	*secsp = readl(priv->base + RTC_DR);

	return 0;
}

static const struct rtc_ops pl031_ops = {
	.get_seconds	= pl031_get_seconds,
};

static int pl031_probe(struct udevice *dev)
{
	const struct dtd_rtc_pl031 *dtplat = dev_get_plat(dev);
	struct pl031_priv *priv = dev_get_priv(dev);
	int ret;

	priv->base = (uintptr_t)dtplat->reg[0];
	/* Its APB clock must be there, though the counter runs at 1 Hz */
	ret = clk_get_by_phandle(dev, &dtplat->clocks[0], &priv->pclk);
	if (ret)
		return ret;
	if (!(readl(priv->base + RTC_CR) & RTC_CR_START))
		writel(RTC_CR_START, priv->base + RTC_CR);

	return 0;
}

static const struct udevice_id pl031_ids[] = {
	{ .compatible = "arm,pl031" },
	{ }
};

U_BOOT_DRIVER(rtc_pl031) = {
	.name		= "rtc_pl031",
	.id		= UCLASS_RTC,
	.of_match	= pl031_ids,
	.probe		= pl031_probe,
	.ops		= &pl031_ops,
	.priv_auto	= sizeof(struct pl031_priv),
	.flags		= DM_FLAG_PRE_RELOC,
};

DM_DRIVER_ALIAS(rtc_pl031, arm_pl031)
