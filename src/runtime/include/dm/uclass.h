/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Uclasses: classes of devices with a common interface (serial ports, I2C
 * buses, clocks, ...).
 *
 * A uclass driver (struct uclass_driver, declared with UCLASS_DRIVER())
 * holds the code common to a class; a uclass (struct uclass) is its
 * run-time instance, holding the list of devices in the class. Bound mode
 * creates a uclass the first time it is needed; dtoc -i instantiates the
 * uclasses its devices use in dt-uclass.c, and no others exist.
 *
 * The uclasses themselves form a list too: newest first in bound mode (as
 * in U-Boot), in dtoc's order (by UCLASS_... name) with dtoc -i.
 */
#ifndef _DM_UCLASS_H
#define _DM_UCLASS_H

#include <dm/uclass-id.h>
#include <linker_lists.h>
#include <linux/list.h>
#include <linux/types.h>

struct udevice;

/**
 * struct uclass - a uclass instance
 *
 * dtoc -i writes these out (DM_UCLASS_INST()), so the field names and
 * list conventions are fixed.
 *
 * @priv_: the uclass's private data, sized by priv_auto (use
 *	uclass_get_priv())
 * @uc_drv: the uclass driver
 * @dev_head: head of the list of devices in the uclass (linked by
 *	struct udevice's uclass_node)
 * @sibling_node: link in the list of all uclasses
 */
struct uclass {
	void *priv_;
	struct uclass_driver *uc_drv;
	struct list_head dev_head;
	struct list_head sibling_node;
};

/* Sequence devices from devicetree aliases (dtoc -i does this for all) */
#define DM_UC_FLAG_SEQ_ALIAS			(1 << 0)
/* Bound devices get no sequence number (-1) */
#define DM_UC_FLAG_NO_AUTO_SEQ			(1 << 1)
/* Private data wants DMA alignment (accepted, not acted on) */
#define DM_UC_FLAG_ALLOC_PRIV_DMA		(1 << 5)

/**
 * struct uclass_driver - the code common to a class of devices
 *
 * Declare one with UCLASS_DRIVER(name) = { ... }; dtoc reads it line by
 * line, as for U_BOOT_DRIVER(). Every hook is optional and returns 0 or a
 * negative errno.
 *
 * @name: uclass name; dtoc matches aliases ("serial2") against it
 * @id: the uclass ID
 * @post_bind: called after a device joins the uclass (bind mode only)
 * @pre_unbind: called before a device of the uclass is unbound
 * @pre_probe: called before a device of the uclass is probed
 * @post_probe: called after a device of the uclass is probed
 * @pre_remove: called before a device of the uclass is removed
 * @child_post_bind: called after a child of a device in the uclass is bound
 * @child_pre_probe: called before a child of a device in the uclass is
 *	probed
 * @child_post_probe: called after a child of a device in the uclass is
 *	probed
 * @init: called when the uclass is created (bind mode only)
 * @destroy: called when the uclass is destroyed (bind mode only)
 * @priv_auto: size of the uclass's own private data
 * @per_device_auto: size of the private data kept for each device
 *	(uclass_priv_), allocated at probe
 * @per_device_plat_auto: size of the platform data kept for each device
 *	(uclass_plat_), allocated at bind
 * @per_child_auto: like struct driver's per_child_auto, used when the
 *	parent's driver gives none
 * @per_child_plat_auto: like struct driver's per_child_plat_auto, used when
 *	the parent's driver gives none
 * @flags: DM_UC_FLAG_...
 */
struct uclass_driver {
	const char *name;
	enum uclass_id id;
	int (*post_bind)(struct udevice *dev);
	int (*pre_unbind)(struct udevice *dev);
	int (*pre_probe)(struct udevice *dev);
	int (*post_probe)(struct udevice *dev);
	int (*pre_remove)(struct udevice *dev);
	int (*child_post_bind)(struct udevice *dev);
	int (*child_pre_probe)(struct udevice *dev);
	int (*child_post_probe)(struct udevice *dev);
	int (*init)(struct uclass *class);
	int (*destroy)(struct uclass *class);
	int priv_auto;
	int per_device_auto;
	int per_device_plat_auto;
	int per_child_auto;
	int per_child_plat_auto;
	u32 flags;
};

/**
 * UCLASS_DRIVER() - declare a uclass driver
 * @__name: the uclass name as a C identifier (by convention, .name)
 */
#define UCLASS_DRIVER(__name)						\
	ll_entry_declare(struct uclass_driver, __name, uclass_driver)

/*
 * Pointer to the uclass driver @_name, usable in static initialisers.
 * Needs an earlier "extern UCLASS_DRIVER(_name);". Only dtoc's output
 * should use it.
 */
#define DM_UCLASS_DRIVER_REF(_name)					\
	ll_entry_ref(struct uclass_driver, _name, uclass_driver)

/* The uclass's own private data, or NULL */
void *uclass_get_priv(const struct uclass *uc);

/**
 * uclass_get() - the uclass with a given ID
 * @key: the uclass ID
 * @ucp: set to the uclass; NULL on error
 *
 * In bind mode a uclass that does not exist yet is created (calling its
 * init hook). With dtoc -i only the instantiated ones exist.
 *
 * Return: 0 if OK; -EDEADLK if driver model is not set up; -EPFNOSUPPORT
 * (bind mode) if no UCLASS_DRIVER() has that ID; -ENOENT (dtoc -i) if no
 * device uses the uclass; -ENOMEM; or the init hook's error
 */
int uclass_get(enum uclass_id key, struct uclass **ucp);

/**
 * uclass_get_name() - name of a uclass
 *
 * Return: the uclass driver's name, or NULL if uclass_get() fails
 */
const char *uclass_get_name(enum uclass_id id);

/**
 * uclass_get_by_name() - the ID of the uclass driver called @name
 *
 * Return: the ID, or UCLASS_INVALID if no linked-in uclass driver has that
 * name
 */
enum uclass_id uclass_get_by_name(const char *name);

/* As uclass_get_by_name(), for the first @len characters of @name */
enum uclass_id uclass_get_by_namelen(const char *name, int len);

/*
 * Device lookups. Devices of a uclass come in list order: bind order for
 * bound devices (dm_scan_plat() binds in passes, parents first, each pass
 * in idx order), idx order for instantiated ones.
 *
 * All of them clear *devp first and set it only on success; they return 0
 * or a negative errno: -ENODEV when no device matches, or an error from
 * uclass_get() or from probing. The uclass_get_... ones probe the device
 * they return; the uclass_find_... ones (<dm/uclass-internal.h>) never
 * probe.
 */

/* The @index'th device (0 = first), probed */
int uclass_get_device(enum uclass_id id, int index, struct udevice **devp);

/* The first device called @name (-EINVAL if @name is NULL), probed */
int uclass_get_device_by_name(enum uclass_id id, const char *name,
			      struct udevice **devp);

/* The device with sequence number @seq, probed */
int uclass_get_device_by_seq(enum uclass_id id, int seq,
			     struct udevice **devp);

/* The first device using driver @drv, probed */
int uclass_get_device_by_driver(enum uclass_id id, const struct driver *drv,
				struct udevice **devp);

/*
 * Walking a uclass, probing as it goes. The walks come in U-Boot's three
 * kinds, which differ in what a device that fails to probe does:
 * - uclass_first_device() / uclass_next_device(): it is skipped; *devp is
 *   the next device that probes, NULL at the end (no error is returned);
 * - uclass_first_device_check() / uclass_next_device_check(): its error
 *   is returned with *devp set to it, so the walk can carry on past it;
 *   0 with *devp NULL at the end;
 * - uclass_first_device_err() / uclass_next_device_err(): as _check, but
 *   the end is -ENODEV (with *devp NULL).
 */

/**
 * uclass_first_device() - first device of a uclass that probes
 * @id: the uclass
 * @devp: set to the device, probed; NULL if none probes (or the uclass
 *	cannot be had)
 */
void uclass_first_device(enum uclass_id id, struct udevice **devp);

/**
 * uclass_next_device() - next device of the uclass that probes
 * @devp: the current device; set to the next one that probes, or NULL
 */
void uclass_next_device(struct udevice **devp);

/**
 * uclass_first_device_check() - start a walk that reports probe errors
 * @id: the uclass
 * @devp: set to the first device (probed, or the one that failed); NULL
 *	if the uclass is empty
 *
 * Return: 0 (also for an empty uclass); a uclass_get() error (*devp
 * NULL); or the first device's probe error
 */
int uclass_first_device_check(enum uclass_id id, struct udevice **devp);

/**
 * uclass_next_device_check() - next device of a walk that reports errors
 * @devp: the current device; set to the next one (probed, or the one that
 *	failed), or NULL after the last
 *
 * Return: 0 (also at the end), or the next device's probe error
 */
int uclass_next_device_check(struct udevice **devp);

/**
 * uclass_first_device_err() - start walking a uclass, probing each device
 * @id: the uclass
 * @devp: set to the first device (probed, or the one that failed); NULL
 *	if there is none
 *
 * Return: 0; -ENODEV if the uclass has no devices; a uclass_get() error;
 * or the probe error of the first device
 */
int uclass_first_device_err(enum uclass_id id, struct udevice **devp);

/**
 * uclass_next_device_err() - next device of a walk, probed
 * @devp: the current device; set to the next one (probed, or the one that
 *	failed), or NULL after the last
 *
 * Return: 0; -ENODEV after the last device; -EINVAL if *@devp is NULL; or
 * the probe error of the next device
 */
int uclass_next_device_err(struct udevice **devp);

/**
 * uclass_first_device_drvdata() - first device with a driver_data value
 * @id: the uclass
 * @driver_data: the value (dev_get_driver_data())
 * @devp: set to the device (also when its probe fails); NULL if none
 *
 * Return: 0, -ENODEV if no device has it, or the probe error
 */
int uclass_first_device_drvdata(enum uclass_id id, ulong driver_data,
				struct udevice **devp);

/**
 * uclass_try_first_device() - first device of a uclass, if it exists
 *
 * Neither creates the uclass nor probes.
 *
 * Return: the device, or NULL
 */
struct udevice *uclass_try_first_device(enum uclass_id id);

/**
 * uclass_probe_all() - probe every device of a uclass
 *
 * Return: 0, or the last probe error (the others are still probed)
 */
int uclass_probe_all(enum uclass_id id);

/* Number of devices in the uclass (0 if it cannot be had) */
int uclass_id_count(enum uclass_id id);

/*
 * Walk a uclass's devices without probing them: @pos is a struct udevice
 * pointer, @uc the struct uclass.
 */
#define uclass_foreach_dev(pos, uc) \
	list_for_each_entry(pos, &(uc)->dev_head, uclass_node)

/* As uclass_foreach_dev(), but @pos may be unbound inside the loop */
#define uclass_foreach_dev_safe(pos, next, uc) \
	list_for_each_entry_safe(pos, next, &(uc)->dev_head, uclass_node)

/* As uclass_foreach_dev(), looking the uclass up by ID (into @uc) first */
#define uclass_id_foreach_dev(id, pos, uc)				\
	if (!uclass_get(id, &uc))					\
		list_for_each_entry(pos, &(uc)->dev_head, uclass_node)

/*
 * Walk the devices of uclass @id that probe (uclass_first_device() /
 * uclass_next_device(): those that fail are skipped); @dev is a struct
 * udevice pointer, NULL after the loop.
 */
#define uclass_foreach_dev_probe(id, dev)				\
	for (uclass_first_device(id, &(dev)); dev;			\
	     uclass_next_device(&(dev)))

#endif /* _DM_UCLASS_H */
