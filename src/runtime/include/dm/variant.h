/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Board variants: one program for a family of boards.
 *
 * dtoc --variant NAME=FILE.dtbo describes every variant of a board at
 * once (the base devicetree, variant 0, and each overlay applied to it)
 * and writes the table below at the end of dt-plat.c (or dt-device.c with
 * -i). Every node of any variant has a record and one idx; the table says,
 * for each variant, which nodes are present and which data record each
 * one uses.
 *
 * dm_init() first asks the board which variant it is
 * (board_select_variant()), then, for every node present in it, offers
 * the node to board_fix_plat(), before anything is bound. Only the nodes
 * present and kept are bound (plain) or linked into the device and uclass
 * lists (-i), each with its variant's data and (-i) its variant's
 * sequence number. device_get_by_ofplat_idx() on any other node gives
 * -ENODEV.
 *
 * Without dtoc --variant there is no table: board_select_variant() is not
 * called (there is only one variant), board_fix_plat() still is when the
 * variant code is linked.
 *
 * The variant code is linked only when something refers to it: in
 * libdtoc-runtime.a it is one object that the core reaches through weak
 * references only. The table's @setup is the reference that pulls it in,
 * so a program without dtoc --variant does not carry it. A board that
 * overrides board_fix_plat() without --variant links it in itself (link
 * with -Wl,-u,dm_variant_setup, or call any function below); otherwise
 * dm_init() fails with -ENOSYS rather than never call the hook.
 */
#ifndef _DM_VARIANT_H
#define _DM_VARIANT_H

#include <linux/types.h>

struct udevice;

/**
 * struct dm_variant_table - what dtoc --variant writes
 * @count: number of variants, the base included
 * @nodes: number of nodes (the length of the driver_info or udevice list)
 * @names: name of each variant ("base" first)
 * @plat: [@count][@nodes]: the data record of node idx in each variant,
 *	NULL where the node is absent
 * @seq: -i only: [@count][@nodes], each device's sequence number in each
 *	variant (aliases first, as dtoc numbers them), -1 where absent;
 *	NULL in plain mode (binding numbers devices)
 * @setup: dm_variant_setup(): the strong reference that links the
 *	runtime's variant code into a program with a table (NULL in a table
 *	written by an older dtoc: that program may then lack the code)
 */
struct dm_variant_table {
	int count;
	int nodes;
	const char *const *names;
	const void *const *plat;
	const short *seq;
	int (*setup)(struct udevice *inst_root);
};

/* dtoc's table; the runtime declares it weak (its address is NULL when
 * there are no variants) */
extern const struct dm_variant_table dm_variants;

/**
 * board_select_variant() - which variant this board is
 *
 * Called by dm_init() before anything is bound, when there is a variant
 * table. Driver model is not up yet: detect the variant from straps,
 * fuses, an EEPROM read without driver model, an environment (on a host)
 * etc. The default (weak) returns 0, the base.
 *
 * Return: the variant, 0 .. count - 1; a negative errno makes dm_init()
 * fail with it; a number out of range makes it fail with -EINVAL
 */
int board_select_variant(void);

/**
 * dm_variant_setup() - what dm_init() runs before binding (the runtime's)
 * @inst_root: in -i mode the root device (the lists are then relinked
 *	without the devices left out), NULL in plain mode
 *
 * Selects the variant (board_select_variant()) and offers each node
 * present to board_fix_plat(). Only dtoc's table and dm_init() refer to
 * it; a runtime built with CONFIG_OF_PLATDATA_VARIANT=0 has a version
 * that refuses a table or a board_fix_plat() with -ENOSYS.
 *
 * Return: 0 or a negative errno
 */
int dm_variant_setup(struct udevice *inst_root);

/* board_fix_plat() returns this to leave a node (and its children) out */
#define DM_FIX_PLAT_DROP	1

/**
 * board_fix_plat() - the platform-data analog of board_fix_fdt()
 * @idx: the node's idx (its driver_info / udevice list position)
 * @drv_name: the name of its driver
 * @variant: the variant selected (0 without a variant table)
 * @platp: its data record (struct dtd_... of its driver, in -i mode the
 *	driver's plat_auto struct starting with it) for this variant. The hook
 *	may change the values it points to, or point *@platp at another
 *	record of the same type that lives as long as driver model
 *
 * Called by dm_init() for each node present in the selected variant, in
 * idx order, before anything is bound (not for the root device, nor for a
 * node whose ancestor was dropped). Limits: it cannot add nodes (a node
 * that may be fitted must be in some variant; give it status = "disabled"
 * in the others), change a node's driver, parent or idx, or resize its
 * data; changes made to the data in place are kept across dm_uninit().
 * In -i mode the lists are relinked without the dropped devices, but
 * nothing else dtoc worked out changes (sequence numbers of the others
 * stay as they are). The default (weak) returns 0.
 *
 * Return: 0 to keep the node, DM_FIX_PLAT_DROP to leave it and its
 * descendants out of this boot, or a negative errno that makes dm_init()
 * fail with it
 */
int board_fix_plat(int idx, const char *drv_name, int variant, void **platp);

/**
 * dm_variant() - the variant selected by dm_init()
 *
 * Return: the variant (0 without a variant table), or -1 before dm_init()
 */
int dm_variant(void);

/**
 * dm_variant_name() - the name of a variant
 * @variant: the variant
 *
 * Return: its name, "base" for 0 without a table, NULL if out of range
 */
const char *dm_variant_name(int variant);

/**
 * dm_variant_count() - how many variants the program was built for
 *
 * Return: the count from dtoc's table, or 1 without one
 */
int dm_variant_count(void);

/**
 * dm_variant_present() - whether node @idx is bound / linked in this boot
 *
 * Return: true if dm_init() kept it; false if it is absent from the
 * variant, was dropped by board_fix_plat(), or @idx is out of range
 */
bool dm_variant_present(uint idx);

#endif /* _DM_VARIANT_H */
