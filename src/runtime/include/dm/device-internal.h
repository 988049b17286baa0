/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Device operations for driver model itself and for generated code:
 * instantiated device records, binding, probing, removal, and setting the
 * data pointers.
 */
#ifndef _DM_DEVICE_INTERNAL_H
#define _DM_DEVICE_INTERNAL_H

#include <dm/device.h>
#include <linker_lists.h>
#include <linux/types.h>

struct driver_info;

/**
 * DM_DEVICE_INST() - declare a device instantiated at build time
 * @_name: the node's name as a C identifier; it sets the device's idx
 *
 * Used by dtoc -i in dt-device.c; with "extern" in front (dt-decl.h) it
 * declares one.
 */
#define DM_DEVICE_INST(_name)						\
	ll_entry_declare(struct udevice, _name, udevice)

/*
 * Pointer to the instantiated device @_name, usable in static initialisers.
 * Needs an earlier "extern DM_DEVICE_INST(_name);".
 */
#define DM_DEVICE_REF(_name)						\
	ll_entry_ref(struct udevice, _name, udevice)

/* Pointer to the instantiated device @_name, from code */
#define DM_DEVICE_GET(_name)						\
	ll_entry_get(struct udevice, _name, udevice)

/**
 * device_bind_by_name() - bind a device from a driver_info record
 * @parent: parent device (NULL only for the root device)
 * @pre_reloc_only: only bind drivers that have DM_FLAG_PRE_RELOC
 * @info: the record: driver name, platform data and its size
 * @devp: set to the new device; NULL on error
 *
 * Binding creates the uclass on first use, allocates the device, gives it
 * the next sequence number in its uclass, sets its platform data (the
 * record's own data, or a plat_auto-sized zeroed copy starting with it
 * when plat_size < plat_auto), allocates uclass_plat_ and parent_plat_,
 * links it under @parent and into its uclass, then calls, in order: the
 * parent uclass's child_post_bind, the driver's bind, the parent driver's
 * child_post_bind, and the uclass's post_bind. If one fails, everything is
 * undone.
 *
 * Return: 0 if OK; -ENOENT if no driver has that name; -EPERM if
 * @pre_reloc_only and the driver lacks DM_FLAG_PRE_RELOC; -EPFNOSUPPORT if
 * the driver's uclass has no uclass driver; -ENOMEM; or a hook's error
 */
int device_bind_by_name(struct udevice *parent, bool pre_reloc_only,
			const struct driver_info *info, struct udevice **devp);

/**
 * device_bind_common() - bind a device to a driver
 * @parent: parent device (NULL only for the root device)
 * @drv: the driver
 * @name: device name (not copied: it must outlive the device)
 * @plat: platform data, or NULL
 * @driver_data: value for the device's driver_data
 * @plat_size: size of the of-platdata at @plat, or 0
 * @devp: set to the new device; NULL on error
 *
 * See device_bind_by_name() for what binding does.
 *
 * Return: 0 or a negative errno
 */
int device_bind_common(struct udevice *parent, const struct driver *drv,
		       const char *name, void *plat, ulong driver_data,
		       uint plat_size, struct udevice **devp);

/**
 * device_of_to_plat() - read a device's platform data, parents first
 * @dev: the device
 *
 * Does nothing if already done. Otherwise does it for the parent, then
 * allocates the private data that is not already there (priv_auto, the
 * uclass's per_device_auto, the parent's per_child_auto; also
 * per_device_plat_auto / per_child_plat_auto when dtoc -i did not
 * preallocate them) and calls the driver's of_to_plat. On failure the
 * private data is released again (freed if allocated here, zeroed if
 * preallocated), so a later attempt starts afresh.
 *
 * Return: 0, -EINVAL if @dev is NULL, -ENOMEM, or the hook's error
 */
int device_of_to_plat(struct udevice *dev);

/**
 * device_probe() - make a device ready for use, parents first
 * @dev: the device
 *
 * Does nothing if the device is already active. Otherwise reads platform
 * data (device_of_to_plat()), probes the parent, marks the device active
 * and calls: the uclass's pre_probe, the parent uclass's child_pre_probe,
 * the parent driver's child_pre_probe, the driver's probe, the parent
 * uclass's child_post_probe and the uclass's post_probe.
 *
 * On failure the device is left inactive with its private data released,
 * and probing it again retries from the start (hooks after the driver's
 * probe failing also call its remove first).
 *
 * Return: 0, -EINVAL if @dev is NULL, or the first error
 */
int device_probe(struct udevice *dev);

/**
 * device_remove() - stop a probed device and its children
 * @dev: the device
 * @flags: DM_REMOVE_... (accepted for compatibility; every active device
 *	is removed)
 *
 * Removes the children first, then calls the uclass's pre_remove, the
 * driver's remove and the parent driver's child_post_remove, releases the
 * private data (freed if driver model allocated it, zeroed if dtoc
 * preallocated it) and marks the device inactive. Platform data stays.
 *
 * Return: 0, or the first hook error (removal carries on regardless)
 */
int device_remove(struct udevice *dev, uint flags);

/**
 * device_unbind() - unbind a device and its children and free them
 * @dev: the device, which must not be active
 *
 * Calls the uclass's pre_unbind and the driver's unbind, unlinks the
 * device and frees what binding allocated.
 *
 * Return: 0; -EINVAL if @dev is NULL or active; -ENOSYS if @dev was
 * instantiated by dtoc (static records cannot be unbound)
 */
int device_unbind(struct udevice *dev);

/* Set the data pointers of a device (for drivers that manage their own) */
void dev_set_priv(struct udevice *dev, void *priv);
void dev_set_parent_priv(struct udevice *dev, void *parent_priv);
void dev_set_uclass_priv(struct udevice *dev, void *uclass_priv);
void dev_set_plat(struct udevice *dev, void *plat);
void dev_set_parent_plat(struct udevice *dev, void *parent_plat);
void dev_set_uclass_plat(struct udevice *dev, void *uclass_plat);

#endif /* _DM_DEVICE_INTERNAL_H */
