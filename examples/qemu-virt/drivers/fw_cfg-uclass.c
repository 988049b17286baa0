// SPDX-License-Identifier: GPL-2.0+
/*
 * fw_cfg uclass: reading items, and at probe a check that the device
 * really is QEMU's (its signature item reads "QEMU").
 */

#include <dm.h>
#include <fw_cfg.h>
#include <linux/errno.h>

int fw_cfg_read(struct udevice *dev, u16 key, void *buf, uint size)
{
	const struct fw_cfg_ops *ops = device_get_ops(dev);

	if (!ops->read)
		return -ENOSYS;

	return ops->read(dev, key, buf, size);
}

static int fw_cfg_post_probe(struct udevice *dev)
{
	struct fw_cfg_uc_priv *upriv = dev_get_uclass_priv(dev);
	u8 id[4];
	int ret;

	ret = fw_cfg_read(dev, FW_CFG_SIGNATURE, upriv->signature, 4);
	if (ret)
		return ret;
	upriv->signature[4] = '\0';
	if (upriv->signature[0] != 'Q' || upriv->signature[1] != 'E' ||
	    upriv->signature[2] != 'M' || upriv->signature[3] != 'U')
		return -ENODEV;
	ret = fw_cfg_read(dev, FW_CFG_ID, id, sizeof(id));
	if (ret)
		return ret;
	upriv->features = id[0] | id[1] << 8 | id[2] << 16 | (u32)id[3] << 24;

	return 0;
}

UCLASS_DRIVER(qfw) = {
	.id		= UCLASS_QFW,
	.name		= "qfw",
	.post_probe	= fw_cfg_post_probe,
	.per_device_auto	= sizeof(struct fw_cfg_uc_priv),
};
