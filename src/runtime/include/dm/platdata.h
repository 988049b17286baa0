/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * driver_info records: what dm_scan_plat() binds devices from.
 *
 * dtoc writes one U_BOOT_DRVINFO() per enabled devicetree node to
 * dt-plat.c. The records form the driver_info linker list, sorted by node
 * name; a record's position in it is its idx, which dtoc also writes into
 * parent_idx and phandle_N_arg.idx.
 */
#ifndef _DM_PLATDATA_H
#define _DM_PLATDATA_H

#include <linker_lists.h>
#include <linux/types.h>

/**
 * struct driver_info - a device to bind at start-up
 * @name: name of the driver to bind (struct driver's .name)
 * @plat: the platform data (dtoc's struct dtd_... values)
 * @plat_size: size of @plat
 * @parent_idx: idx of the parent's record, or -1 for the root device
 */
struct driver_info {
	const char *name;
	const void *plat;
	unsigned short plat_size;
	short parent_idx;
};

/* The parent idx of a record (-1 = root) */
#define driver_info_parent_id(driver_info)	((driver_info)->parent_idx)

/**
 * struct driver_rt - what became of a driver_info record
 * @dev: the device bound from the record with the same idx, or NULL
 */
struct driver_rt {
	struct udevice *dev;
};

/*
 * U_BOOT_DRVINFO(node) declares a record. Only dtoc's dt-plat.c (which
 * defines DT_PLAT_C) may: a record from anywhere else would take a place in
 * the sorted list and shift the idx of every record after it, so phandles
 * and parent links would silently point at the wrong devices.
 */
#ifdef DT_PLAT_C
#define U_BOOT_DRVINFO(__name)						\
	ll_entry_declare(struct driver_info, __name, driver_info)
#else
#define U_BOOT_DRVINFO(__name)	_Static_assert(0,			\
	"U_BOOT_DRVINFO() is only for dtoc output (dt-plat.c): "	\
	"another record would shift every idx")
#endif

#endif /* _DM_PLATDATA_H */
