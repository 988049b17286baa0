/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * A tiny driver kept in a header so that several boards can build it with
 * their own CONFIG values. Only .c files are scanned for drivers, so dtoc
 * never sees this one.
 */

#ifndef __ACME_INLINE_DRV_H
#define __ACME_INLINE_DRV_H

#include <dm.h>

static int acme_inline_probe(struct udevice *dev)
{
	return 0;
}

static const struct udevice_id acme_inline_ids[] = {
	{ .compatible = "acme,inline" },
	{ }
};

U_BOOT_DRIVER(acme_inline) = {
	.name		= "acme_inline",
	.id		= UCLASS_MISC,
	.of_match	= acme_inline_ids,
	.probe		= acme_inline_probe,
};

#endif /* __ACME_INLINE_DRV_H */
