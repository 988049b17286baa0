// SPDX-License-Identifier: GPL-2.0+
/*
 * ACME on-chip bus
 *
 * Children are numbered in the order they are probed, which lets tests
 * check that parents are probed before their children.
 */

#include <dm.h>
#include <acme/bus.h>

static int acme_bus_probe_count;

static int acme_bus_child_pre_probe(struct udevice *dev)
{
	struct acme_bus_child_priv *cpriv = dev_get_parent_priv(dev);
	struct acme_bus_child_plat *cplat = dev_get_parent_plat(dev);

	cpriv->probed_order = acme_bus_probe_count++;
	cplat->window = 0;

	return 0;
}

static int acme_bus_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_bus_ids[] = {
	{ .compatible = "acme,simple-bus" },
	{ .compatible = "acme,soc-bus" },
	{ }
};

U_BOOT_DRIVER(acme_simple_bus) = {
	.name			= "acme_simple_bus",
	.id			= UCLASS_SIMPLE_BUS,
	.of_match		= acme_bus_ids,
	.probe			= acme_bus_probe,
	.child_pre_probe	= acme_bus_child_pre_probe,
	.per_child_auto		= sizeof(struct acme_bus_child_priv),
	.per_child_plat_auto	= sizeof(struct acme_bus_child_plat),
};

DM_DRIVER_ALIAS(acme_simple_bus, acme_soc_bus)
