// SPDX-License-Identifier: GPL-2.0+
/*
 * QEMU's fw_cfg device, memory-mapped (compatible "qemu,fw-cfg-mmio"):
 * a 16-bit big-endian selector at +8 picks an item, whose bytes then come
 * one by one from the data register at +0.
 */

#include <dm.h>
#include <dt-structs.h>
#include <fw_cfg.h>
#include <asm/io.h>

#define FW_CFG_MMIO_DATA	0x00
#define FW_CFG_MMIO_SELECTOR	0x08

static int fw_cfg_mmio_read(struct udevice *dev, u16 key, void *buf,
			    uint size)
{
	struct fw_cfg_mmio_priv *priv = dev_get_priv(dev);
	u8 *out = buf;
	uint i;

	writew(__builtin_bswap16(key), priv->base + FW_CFG_MMIO_SELECTOR);
	for (i = 0; i < size; i++)
		out[i] = readb(priv->base + FW_CFG_MMIO_DATA);
	priv->reads++;

	return 0;
}

static int fw_cfg_mmio_probe(struct udevice *dev)
{
	struct dtd_qemu_fw_cfg_mmio *dtplat = dev_get_plat(dev);
	struct fw_cfg_mmio_priv *priv = dev_get_priv(dev);

	priv->base = dtplat->reg[0];
	priv->reads = 0;

	return 0;
}

static const struct fw_cfg_ops fw_cfg_mmio_ops = {
	.read	= fw_cfg_mmio_read,
};

static const struct udevice_id fw_cfg_mmio_ids[] = {
	{ .compatible = "qemu,fw-cfg-mmio" },
	{ }
};

U_BOOT_DRIVER(qemu_fw_cfg_mmio) = {
	.name	= "qemu_fw_cfg_mmio",
	.id	= UCLASS_QFW,
	.of_match = fw_cfg_mmio_ids,
	.probe	= fw_cfg_mmio_probe,
	.priv_auto	= sizeof(struct fw_cfg_mmio_priv),
	.ops	= &fw_cfg_mmio_ops,
};
