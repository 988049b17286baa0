/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Demo "shape" devices, used to show every kind of devicetree property
 */

#ifndef __DM_DEMO_SHAPE_H
#define __DM_DEMO_SHAPE_H

/**
 * struct demo_shape_priv - run-time state of a shape
 *
 * @colour: current colour index
 * @sides: number of sides
 * @draw_count: number of times the shape was drawn
 */
struct demo_shape_priv {
	int colour;
	int sides;
	int draw_count;
};

/* Flags for a shape, kept in the driver data */
#define DEMO_SHAPE_FILLED	(1 << 0)
#define DEMO_SHAPE_ROUND	(1 << 1)

#endif /* __DM_DEMO_SHAPE_H */
