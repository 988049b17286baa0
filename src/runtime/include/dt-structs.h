/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The C structs dtoc writes for devicetree data.
 *
 * dtoc's -C directory must be <dir>/generated with <dir> on the include
 * path: this header pulls in its dt-structs-gen.h (struct dtd_...) and
 * dt-decl.h (extern declarations of the drivers, devices and uclasses).
 */
#ifndef __DT_STRUCTS_H
#define __DT_STRUCTS_H

#include <linux/types.h>

/*
 * A phandle property entry (clocks = <&clk 3>, ...) in of-platdata.
 * dtoc picks the struct with enough room for the most argument cells any
 * entry of the property has.
 *
 * @idx: idx of the target device: pass it to device_get_by_ofplat_idx()
 * @arg: the argument cells, in CPU order; unused ones are 0
 */
struct phandle_0_arg {
	uint idx;
	int arg[0];
};

struct phandle_1_arg {
	uint idx;
	int arg[1];
};

struct phandle_2_arg {
	uint idx;
	int arg[2];
};

#include <generated/dt-structs-gen.h>

/*
 * dt-decl.h declares each driver once per device using it, so the same
 * declaration can appear many times: harmless, but some warning sets
 * (-Wredundant-decls) object.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wredundant-decls"
#include <generated/dt-decl.h>
#pragma GCC diagnostic pop

#endif /* __DT_STRUCTS_H */
