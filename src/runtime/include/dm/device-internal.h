/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Device operations for driver model itself and for generated code:
 * instantiated device records, binding, probing, removal, and setting the
 * data pointers.
 */
#ifndef _DM_DEVICE_INTERNAL_H
#define _DM_DEVICE_INTERNAL_H

#include <dm/device.h>
#include <dm/ofnode_decl.h>
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
 * device_bind() - bind a new device to a driver
 * @parent: parent device (NULL only for the root device)
 * @drv: the driver
 * @name: device name (not copied: it must outlive the device)
 * @plat: the device's platform data, or NULL (then a zeroed plat_auto
 *	block is allocated, if the driver has plat_auto)
 * @node: ignored: there is no devicetree at run time (ofnode_null())
 * @devp: set to the new device (may be NULL); NULL on error
 *
 * Binding creates the uclass on first use, allocates the device, gives it
 * the next sequence number in its uclass (none with
 * DM_UC_FLAG_NO_AUTO_SEQ), sets its platform data, allocates uclass_plat_
 * and parent_plat_, links it under @parent and at the end of its uclass,
 * then calls, in order: the parent uclass's child_post_bind, the driver's
 * bind, the parent driver's child_post_bind, and the uclass's post_bind.
 * If one fails, everything is undone. The device is not probed.
 *
 * Return: 0 if OK; -EINVAL if @drv or @name is NULL; -EPFNOSUPPORT if the
 * driver's uclass has no uclass driver; -ENOENT (dtoc -i) if no device
 * record uses that uclass; -ENOMEM; a hook's error; -ENOSYS with
 * CONFIG_OF_PLATDATA_NO_BIND
 */
int device_bind(struct udevice *parent, const struct driver *drv,
		const char *name, void *plat, ofnode node,
		struct udevice **devp);

/**
 * device_bind_with_driver_data() - bind a device with a driver_data value
 * @parent: parent device
 * @drv: the driver
 * @name: device name (not copied)
 * @driver_data: what dev_get_driver_data() gives for the device (in
 *	U-Boot, the .data of the of_match entry that matched)
 * @node: ignored (ofnode_null())
 * @devp: set to the new device (may be NULL); NULL on error
 *
 * As device_bind() with no platform data of its own.
 *
 * Return: as device_bind()
 */
int device_bind_with_driver_data(struct udevice *parent,
				 const struct driver *drv, const char *name,
				 ulong driver_data, ofnode node,
				 struct udevice **devp);

/**
 * device_bind_by_name() - bind a device from a driver_info record
 * @parent: parent device (NULL only for the root device)
 * @pre_reloc_only: only bind drivers that have DM_FLAG_PRE_RELOC
 * @info: the record: driver name, platform data and its size
 * @devp: set to the new device (may be NULL); NULL on error
 *
 * As device_bind() with the record's data: the device's platform data is
 * the record's own, or a plat_auto-sized zeroed copy starting with it
 * when plat_size < plat_auto.
 *
 * Return: 0 if OK; -ENOENT if no driver has that name; -EPERM if
 * @pre_reloc_only and the driver lacks DM_FLAG_PRE_RELOC; otherwise as
 * device_bind()
 */
int device_bind_by_name(struct udevice *parent, bool pre_reloc_only,
			const struct driver_info *info, struct udevice **devp);

/**
 * device_reparent() - move a device under another parent
 * @dev: the device (not the root)
 * @new_parent: its new parent; @dev goes to the end of its children
 *
 * Nothing else changes (no hook runs, the device stays probed or not).
 *
 * Return: 0; -EINVAL for a NULL device or parent, or the root device
 */
int device_reparent(struct udevice *dev, struct udevice *new_parent);

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

#if CONFIG_IS_ENABLED(DM_DEVICE_REMOVE)
/**
 * device_remove() - stop a probed device and its children
 * @dev: the device
 * @flags: DM_REMOVE_... (see <dm/device.h>): which devices to remove
 *
 * Does nothing (returns 0) if the device is not active. Otherwise decides
 * from @flags and the driver's flags whether @dev itself is to be removed,
 * then removes its children: with the same @flags if @dev stays, and
 * without the DM_REMOVE_ACTIVE_ALL condition if @dev goes (an active
 * device may not have a removed parent, DM_REMOVE_NON_VITAL still holds).
 * A child that is not removed for its flags does not stop this; any
 * other error of a child is returned at once. Then, if @dev goes: the
 * uclass's pre_remove, the driver's remove, the parent driver's
 * child_post_remove (its error is ignored, as in U-Boot); the private
 * data is released (freed if driver model allocated it, zeroed if dtoc
 * preallocated it) and the device is marked inactive. Platform data
 * stays.
 *
 * Return: 0 if removed (or not active); -EKEYREJECTED if @flags asks for
 * DM_REMOVE_ACTIVE_DMA / DM_REMOVE_OS_PREPARE devices and the driver has
 * neither matching flag; -EPROBE_DEFER if @flags has DM_REMOVE_NON_VITAL
 * and the driver DM_FLAG_VITAL (that or a child's -EPROBE_DEFER); the
 * error of a child; or the hook's error (a pre_remove error leaves the
 * device active with its children removed; a remove error leaves it so
 * too, as U-Boot does)
 */
int device_remove(struct udevice *dev, uint flags);

/**
 * device_unbind() - unbind a device and its children and free them
 * @dev: the device, which must not be active
 *
 * Calls the driver's unbind, unbinds the children, calls the uclass's
 * pre_unbind, unlinks the device and frees what binding allocated.
 *
 * Return: 0; -EINVAL if @dev is NULL or active; -ENOSYS if @dev was
 * instantiated by dtoc (static records cannot be unbound); or a hook's
 * error
 */
int device_unbind(struct udevice *dev);

/**
 * device_chld_remove() - remove the children of a device
 * @dev: the parent
 * @drv: only children of this driver; NULL for all
 * @flags: as for device_remove()
 *
 * Return: 0; -EPROBE_DEFER if a vital child stayed; or the first other
 * error (children that -EKEYREJECTED their removal are skipped)
 */
int device_chld_remove(struct udevice *dev, struct driver *drv, uint flags);

/**
 * device_chld_unbind() - unbind the children of a device
 * @dev: the parent
 * @drv: only children of this driver; NULL for all
 *
 * Carries on past a child that fails to unbind.
 *
 * Return: 0 or the first error
 */
int device_chld_unbind(struct udevice *dev, struct driver *drv);
#else
/* CONFIG_DM_DEVICE_REMOVE off: nothing is ever removed, as in U-Boot */
static inline int device_remove(struct udevice *dev, uint flags)
{
	(void)dev;
	(void)flags;
	return 0;
}

static inline int device_unbind(struct udevice *dev)
{
	(void)dev;
	return 0;
}

static inline int device_chld_remove(struct udevice *dev, struct driver *drv,
				     uint flags)
{
	(void)dev;
	(void)drv;
	(void)flags;
	return 0;
}

static inline int device_chld_unbind(struct udevice *dev, struct driver *drv)
{
	(void)dev;
	(void)drv;
	return 0;
}
#endif

/* Set the data pointers of a device (for drivers that manage their own) */
void dev_set_priv(struct udevice *dev, void *priv);
void dev_set_parent_priv(struct udevice *dev, void *parent_priv);
void dev_set_uclass_priv(struct udevice *dev, void *uclass_priv);
void dev_set_plat(struct udevice *dev, void *plat);
void dev_set_parent_plat(struct udevice *dev, void *parent_plat);
void dev_set_uclass_plat(struct udevice *dev, void *uclass_plat);

#endif /* _DM_DEVICE_INTERNAL_H */
