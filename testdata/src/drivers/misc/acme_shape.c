// SPDX-License-Identifier: GPL-2.0+
/*
 * Demo shapes: a driver with no fixed set of properties, so that a board
 * can attach any devicetree value to a shape and read it back.
 */

#include <dm.h>
#include <dm-demo/shape.h>

static int acme_shape_probe(struct udevice *dev)
{
	struct demo_shape_priv *priv = dev_get_priv(dev);

	priv->colour = 0;
	priv->sides = (int)dev_get_driver_data(dev) & DEMO_SHAPE_ROUND ? 0 : 4;
	priv->draw_count = 0;

	return 0;
}

static const struct udevice_id acme_shape_ids[] = {
	{ .compatible = "acme,shape" },
	{ .compatible = "acme,shape-filled", .data = DEMO_SHAPE_FILLED },
	{ .compatible = "acme,circle",
	  .data = DEMO_SHAPE_FILLED | DEMO_SHAPE_ROUND },
	{ }
};

U_BOOT_DRIVER(acme_shape) = {
	.name		= "acme_shape",
	.id		= UCLASS_MISC,
	.of_match	= acme_shape_ids,
	.probe		= acme_shape_probe,
	.priv_auto	= sizeof(struct demo_shape_priv),
	DM_HEADER(<dm-demo/shape.h>)
};
