/* SPDX-License-Identifier: GPL-2.0+ */
/* Looking up drivers, and binding devices from records. */
#ifndef _DM_LISTS_H
#define _DM_LISTS_H

#include <dm/uclass-id.h>
#include <linux/types.h>

struct udevice;

/**
 * lists_driver_lookup_name() - the driver whose .name is @name
 *
 * Return: the driver, or NULL if none is linked in
 */
struct driver *lists_driver_lookup_name(const char *name);

/**
 * lists_uclass_lookup() - the uclass driver for ID @id
 *
 * Return: the uclass driver, or NULL if none is linked in
 */
struct uclass_driver *lists_uclass_lookup(enum uclass_id id);

/**
 * lists_bind_drivers() - bind the driver_info records, parents first
 * @parent: parent for records whose parent_idx is -1
 * @pre_reloc_only: only bind drivers that have DM_FLAG_PRE_RELOC
 *
 * The passes described under dm_scan_plat(), which calls this.
 *
 * Return: as for dm_scan_plat()
 */
int lists_bind_drivers(struct udevice *parent, bool pre_reloc_only);

/**
 * device_bind_driver() - bind a new device to a driver, by driver name
 * @parent: parent device
 * @drv_name: the driver's .name
 * @dev_name: name for the device (not copied: it must outlive the device)
 * @devp: set to the new device (may be NULL); NULL on error
 *
 * For drivers that create child devices themselves (in their bind hook,
 * say). The device has no platform data of its own.
 *
 * Return: 0; -ENOENT if no driver has that name; or a bind error
 */
int device_bind_driver(struct udevice *parent, const char *drv_name,
		       const char *dev_name, struct udevice **devp);

#endif /* _DM_LISTS_H */
