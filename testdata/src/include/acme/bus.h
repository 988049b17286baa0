/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME simple bus: data kept by the bus for each of its children
 */

#ifndef __ACME_BUS_H
#define __ACME_BUS_H

#include <linux/types.h>

/**
 * struct acme_bus_child_plat - per-child platform data of an ACME bus
 *
 * @window: index of the bus window the child is mapped through
 * @flags: ACME_BUS_CHILD_... flags
 */
struct acme_bus_child_plat {
	int window;
	u32 flags;
};

/**
 * struct acme_bus_child_priv - per-child private data of an ACME bus
 *
 * @probed_order: position of the child in the bus probe sequence
 */
struct acme_bus_child_priv {
	int probed_order;
};

/**
 * struct acme_bus_uc_plat - simple-bus uclass data for each bus device
 *
 * @base: CPU address the bus is mapped at
 * @size: size of the bus window
 */
struct acme_bus_uc_plat {
	u32 base;
	u32 size;
};

#endif /* __ACME_BUS_H */
