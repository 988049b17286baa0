/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The ofnode type, for the signatures that carry one (device_bind()).
 *
 * There is no devicetree at run time (of-platdata): every ofnode a
 * program meets is the null one, ofnode_null() in <dm/ofnode.h>. The
 * union has U-Boot's members so that code written for U-Boot compiles.
 */
#ifndef _DM_OFNODE_DECL_H
#define _DM_OFNODE_DECL_H

struct device_node;

/**
 * union ofnode_union - a devicetree node reference
 * @np: a node of a live tree (never used here)
 * @of_offset: a node offset in a flat tree; -1 for none
 */
typedef union ofnode_union {
	struct device_node *np;
	long of_offset;
} ofnode;

#endif /* _DM_OFNODE_DECL_H */
