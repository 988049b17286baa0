/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The clock API as U-Boot's drivers see it: struct clk and the consumer
 * calls. U-Boot's own <clk.h> is built around the live devicetree
 * (ofnode); of-platdata has none. The uclass is board/clk-uclass.c.
 */
#ifndef __UBC_CLK_H
#define __UBC_CLK_H

#include <dm/device.h>
#include <linux/errno.h>
#include <linux/types.h>

/* A clock's id: the provider's seq + 1 above CLK_ID_SZ bits of index */
#define CLK_ID_SZ	24
#define CLK_ID_MSK	((1UL << CLK_ID_SZ) - 1)
#define CLK_ID(dev, id)	\
	(((dev_seq(dev) + 1) << CLK_ID_SZ) | ((id) & CLK_ID_MSK))

/**
 * struct clk - a consumer's handle on one clock of a provider device
 * @dev: the provider
 * @rate: cached rate in Hz (unused here)
 * @flags: CLK_... flags of the provider
 * @enable_count: how often it is enabled
 * @id: which of the provider's clocks
 * @data: provider-specific
 */
struct clk {
	struct udevice *dev;
	long long rate;
	u32 flags;
	int enable_count;
	unsigned long id;
	unsigned long data;
};

/**
 * struct clk_bulk - all the clocks of a device
 * @clks: the clocks
 * @count: how many
 */
struct clk_bulk {
	struct clk *clks;
	unsigned int count;
};

struct phandle_0_arg;
struct phandle_1_arg;

/* Clock @cells of an of-platdata phandle property (one cell: the id) */
int clk_get_by_phandle(struct udevice *dev, const struct phandle_1_arg *cells,
		       struct clk *clk);
/* Not U-Boot's: the same for a provider with #clock-cells = <0> */
int clk_get_by_phandle_0(struct udevice *dev,
			 const struct phandle_0_arg *cells, struct clk *clk);
ulong clk_get_rate(struct clk *clk);

/* By index in the node's clocks property: there is no node to read */
static inline int clk_get_by_index(struct udevice *dev, int index,
				   struct clk *clk)
{
	return -ENOSYS;
}

ulong clk_set_rate(struct clk *clk, ulong rate);
int clk_enable(struct clk *clk);
int clk_disable(struct clk *clk);

#endif /* __UBC_CLK_H */
