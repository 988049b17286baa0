// SPDX-License-Identifier: GPL-2.0+
/*
 * What this board adds to U-Boot's drivers, without changing them:
 * dev_read_addr(), which U-Boot's pl031 driver calls in of_to_plat().
 * Of-platdata has no tree to read it from, and this device has no node
 * in dtoc's tree at all (qemu.mk says why): main.c binds it at run time,
 * and the board gives its base, as a U-Boot board file gives the
 * platform data of a device without a node.
 */

#include <dm.h>
#include <asm/types.h>

/* QEMU virt's PL031 (the reg of its pl031@9010000 node) */
#define QV_PL031_BASE	0x09010000

/* Overrides the compat layer's weak default (no address) */
fdt_addr_t dev_read_addr(const struct udevice *dev)
{
	if (dev->driver == DM_DRIVER_GET(rtc_pl031))
		return QV_PL031_BASE;

	return FDT_ADDR_T_NONE;
}
