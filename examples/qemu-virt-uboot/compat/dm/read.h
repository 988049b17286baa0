/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * U-Boot's dev_read_*() calls, which read a device's node in the live
 * devicetree. Of-platdata has no tree at run time: dtoc's values are in
 * the device's platform data instead. The defaults (compat.c) answer as
 * U-Boot does for a device without a node (no address, the default
 * value); a board whose drivers need more overrides dev_read_addr() (it
 * is weak) from the dtd structs it knows.
 */
#ifndef __UBC_DM_READ_H
#define __UBC_DM_READ_H

#include <asm/types.h>
#include <dm/device.h>
#include <linux/errno.h>

fdt_addr_t dev_read_addr(const struct udevice *dev);

static inline void *dev_read_addr_ptr(const struct udevice *dev)
{
	fdt_addr_t addr = dev_read_addr(dev);

	return addr == FDT_ADDR_T_NONE ? NULL : (void *)(uintptr_t)addr;
}

static inline u32 dev_read_u32_default(const struct udevice *dev,
				       const char *propname, u32 def)
{
	return def;
}

static inline int dev_read_u32_array(const struct udevice *dev,
				      const char *propname, u32 *out_values,
				      size_t sz)
{
	return -EINVAL;
}

static inline int dev_read_string_index(const struct udevice *dev,
					const char *propname, int index,
					const char **outp)
{
	return -EINVAL;
}

static inline bool dev_read_bool(const struct udevice *dev,
				 const char *propname)
{
	return false;
}

#endif /* __UBC_DM_READ_H */
