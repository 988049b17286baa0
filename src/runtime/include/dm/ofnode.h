/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The little of U-Boot's ofnode interface that of-platdata code needs:
 * with no devicetree at run time, every node is the null one.
 */
#ifndef _DM_OFNODE_H
#define _DM_OFNODE_H

#include <stdbool.h>
#include <dm/ofnode_decl.h>

/* The null node: what devices without a devicetree node have */
static inline ofnode ofnode_null(void)
{
	ofnode node;

	node.of_offset = -1;

	return node;
}

/* Whether @node refers to a node (never, without a devicetree) */
static inline bool ofnode_valid(ofnode node)
{
	return node.of_offset != -1;
}

#endif /* _DM_OFNODE_H */
