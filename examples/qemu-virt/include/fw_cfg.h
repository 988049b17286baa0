/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * QEMU's firmware configuration device (fw_cfg): a uclass with one
 * operation, reading an item by its key, and the MMIO driver's private
 * data. This header is in dtoc's scan (-s examples/qemu-virt): with -i,
 * dtoc preallocates the driver's and the uclass's data from the structs
 * here, so they must be in a header, not in the .c file.
 */
#ifndef __QV_FW_CFG_H
#define __QV_FW_CFG_H

#include <dm/device.h>
#include <linux/types.h>

/* Item keys (QEMU's docs/specs/fw_cfg.rst) */
#define FW_CFG_SIGNATURE	0x0000	/* "QEMU" */
#define FW_CFG_ID		0x0001	/* feature bits, little-endian u32 */
#define FW_CFG_FILE_DIR		0x0019	/* file count, big-endian u32, ... */

/* FW_CFG_ID bits */
#define FW_CFG_VERSION		(1 << 0)	/* the traditional interface */
#define FW_CFG_VERSION_DMA	(1 << 1)	/* the DMA interface */

/**
 * struct fw_cfg_ops - what a fw_cfg driver provides
 * @read: select item @key and read its first @size bytes into @buf
 *	(returns 0 or a negative errno)
 */
struct fw_cfg_ops {
	int (*read)(struct udevice *dev, u16 key, void *buf, uint size);
};

/**
 * struct fw_cfg_uc_priv - what the uclass learns at probe
 * @signature: the FW_CFG_SIGNATURE item, NUL-terminated ("QEMU")
 * @features: the FW_CFG_ID item
 */
struct fw_cfg_uc_priv {
	char signature[5];
	u32 features;
};

/**
 * struct fw_cfg_mmio_priv - the MMIO driver's private data
 * @base: register base, from reg
 * @reads: items read so far
 */
struct fw_cfg_mmio_priv {
	uintptr_t base;
	uint reads;
};

/* Read item @key of fw_cfg device @dev (probed) */
int fw_cfg_read(struct udevice *dev, u16 key, void *buf, uint size);

#endif /* __QV_FW_CFG_H */
