/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Devices and drivers.
 *
 * A driver (struct driver, declared with U_BOOT_DRIVER()) is code that can
 * run one kind of hardware. A device (struct udevice) is one instance of a
 * driver, with its own platform data and private data, a place in the
 * device tree (parent and children) and a place in its uclass.
 *
 * Devices come into existence in one of two ways:
 * - bound at run time by dm_scan_plat() from the U_BOOT_DRVINFO() records
 *   dtoc writes to dt-plat.c ("plain" mode), or
 * - instantiated at build time by DM_DEVICE_INST() records dtoc writes to
 *   dt-device.c (dtoc -i), with all their data preallocated.
 *
 * A bound device is then probed (made ready for use) on first use; see
 * device_probe() in <dm/device-internal.h>.
 */
#ifndef _DM_DEVICE_H
#define _DM_DEVICE_H

#include <dm/ofnode.h>
#include <dm/runtime-config.h>
#include <dm/uclass-id.h>
#include <linker_lists.h>
#include <linux/compiler.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/types.h>

struct driver_info;
struct uclass;

/*
 * Device flags (dev_get_flags()). The first group has U-Boot's meanings
 * and values. Drivers may set DM_FLAG_PRE_RELOC, DM_FLAG_ALLOC_PRIV_DMA,
 * DM_FLAG_ACTIVE_DMA, DM_FLAG_OS_PREPARE, DM_FLAG_VITAL (and the power
 * domain ones) in struct driver's flags; a bind hook may set
 * DM_FLAG_PROBE_AFTER_BIND on its device. Driver model owns the others.
 */

/* Device has been probed and not removed since */
#define DM_FLAG_ACTIVATED		(1 << 0)
/* Driver model allocated plat_ (at bind) and frees it */
#define DM_FLAG_ALLOC_PDATA		(1 << 1)
/* Driver flag: bind this driver even when pre_reloc_only is set */
#define DM_FLAG_PRE_RELOC		(1 << 2)
/* Driver model allocated parent_plat_ and frees it */
#define DM_FLAG_ALLOC_PARENT_PDATA	(1 << 3)
/* Driver model allocated uclass_plat_ and frees it */
#define DM_FLAG_ALLOC_UCLASS_PDATA	(1 << 4)
/* Driver flag: private data wants DMA alignment (accepted, not acted on) */
#define DM_FLAG_ALLOC_PRIV_DMA		(1 << 5)
/* Device was bound at run time (not set on instantiated devices) */
#define DM_FLAG_BOUND			(1 << 6)
/* Device name was allocated (accepted for compatibility; never set) */
#define DM_FLAG_NAME_ALLOCED		(1 << 7)
/* Platform data came from dtoc's of-platdata (plat_size was non-zero) */
#define DM_FLAG_OF_PLATDATA		(1 << 8)
/* Driver flag: the device may have DMA running (DM_REMOVE_ACTIVE_DMA) */
#define DM_FLAG_ACTIVE_DMA		(1 << 9)
/* Driver flag: remove the device before the OS runs (DM_REMOVE_OS_PREPARE) */
#define DM_FLAG_OS_PREPARE		(1 << 10)
/* Driver flags about power domains; accepted (there are none here) */
#define DM_FLAG_DEFAULT_PD_CTRL_OFF	(1 << 11)
/* of_to_plat() has run and the private data is allocated */
#define DM_FLAG_PLATDATA_VALID		(1 << 12)
#define DM_FLAG_LEAVE_PD_ON		(1 << 13)
/* Driver flag: others need this device; DM_REMOVE_NON_VITAL leaves it */
#define DM_FLAG_VITAL			(1 << 14)
/* Device flag (set by a bind hook): dm_autoprobe() probes the device */
#define DM_FLAG_PROBE_AFTER_BIND	(1 << 15)

/*
 * Flags private to this runtime: who owns each piece of memory. Data that
 * dtoc preallocated (dtoc -i) is static and must never be passed to free(),
 * so driver model records exactly what it allocated itself.
 */

/* Driver model allocated priv_ (at probe) */
#define DM_FLAG_ALLOC_PRIV		(1 << 16)
/* Driver model allocated uclass_priv_ (at probe) */
#define DM_FLAG_ALLOC_UCLASS_PRIV	(1 << 17)
/* Driver model allocated parent_priv_ (at probe) */
#define DM_FLAG_ALLOC_PARENT_PRIV	(1 << 18)
/* The struct udevice itself was allocated at bind time */
#define DM_FLAG_ALLOC_DEV		(1 << 19)

/*
 * Flags for device_remove(), U-Boot's. DM_REMOVE_NORMAL removes every
 * active device. Without it, a device is removed only if it matches:
 * with DM_REMOVE_ACTIVE_DMA / DM_REMOVE_OS_PREPARE, if its driver has the
 * corresponding DM_FLAG_ (else -EKEYREJECTED); with DM_REMOVE_NON_VITAL,
 * if its driver lacks DM_FLAG_VITAL (else -EPROBE_DEFER). DM_REMOVE_NO_PD
 * is accepted (there are no power domains).
 */
enum {
	DM_REMOVE_NORMAL	= 1 << 0,
	DM_REMOVE_NO_PD		= 1 << 1,
	DM_REMOVE_ACTIVE_DMA	= DM_FLAG_ACTIVE_DMA,
	DM_REMOVE_OS_PREPARE	= DM_FLAG_OS_PREPARE,
	DM_REMOVE_NON_VITAL	= DM_FLAG_VITAL,
	DM_REMOVE_ACTIVE_ALL	= DM_REMOVE_ACTIVE_DMA | DM_REMOVE_OS_PREPARE,
};

/**
 * struct udevice - an instance of a driver
 *
 * Fields ending in '_' belong to driver model: read them through the
 * accessors (dev_get_plat() and friends). dtoc -i fills in every field
 * except flags_ in its DM_DEVICE_INST() records, so the field names and
 * the list conventions are fixed. With CONFIG_OF_PLATDATA_RT there is no
 * flags_: the flags are in a struct udevice_rt of their own.
 *
 * @driver: the driver this device is an instance of
 * @name: device name; for devices from dtoc, the driver's name
 * @plat_: platform data: the dtoc values (struct dtd_...), or a
 *	plat_auto-sized copy starting with them
 * @parent_plat_: data the parent bus keeps about this child, sized by the
 *	parent's per_child_plat_auto (allocated at bind)
 * @uclass_plat_: data the uclass keeps about this device, sized by the
 *	uclass's per_device_plat_auto (allocated at bind)
 * @driver_data: the .data of the compatible string that matched (dtoc -i);
 *	0 for devices bound from U_BOOT_DRVINFO()
 * @parent: parent device; NULL only for the root device
 * @priv_: driver's private data, sized by priv_auto (allocated at probe)
 * @uclass: the uclass this device belongs to
 * @uclass_priv_: uclass's private data for this device, sized by the
 *	uclass's per_device_auto (allocated at probe)
 * @parent_priv_: parent's private data for this device, sized by the
 *	parent's per_child_auto (allocated at probe)
 * @uclass_node: link in the uclass's list of devices (uclass->dev_head)
 * @child_head: head of the list of children (linked by sibling_node)
 * @sibling_node: link in the parent's child_head list
 * @flags_: DM_FLAG_... (use dev_get_flags() and friends); not with
 *	CONFIG_OF_PLATDATA_RT
 * @seq_: sequence number, unique within the uclass, or -1 for none
 */
struct udevice {
	const struct driver *driver;
	const char *name;
	void *plat_;
	void *parent_plat_;
	void *uclass_plat_;
	ulong driver_data;
	struct udevice *parent;
	void *priv_;
	struct uclass *uclass;
	void *uclass_priv_;
	void *parent_priv_;
	struct list_head uclass_node;
	struct list_head child_head;
	struct list_head sibling_node;
#if !CONFIG_IS_ENABLED(OF_PLATDATA_RT)
	u32 flags_;
#endif
	int seq_;
};

/**
 * struct udevice_rt - what changes at run time in a device record
 * @flags_: DM_FLAG_...
 *
 * Only with CONFIG_OF_PLATDATA_RT: dm_init() allocates one per device
 * record of dtoc -i, by idx; a device bound at run time carries its own.
 */
struct udevice_rt {
	u32 flags_;
};

/* Largest sequence number U-Boot supports, and its length as a string */
#define DM_MAX_SEQ	999
#define DM_MAX_SEQ_STR	3

/* The driver's operations (struct driver's .ops), for a uclass to call */
#define device_get_ops(dev)	((dev)->driver->ops)

#if CONFIG_IS_ENABLED(OF_PLATDATA_RT)
/* The flags live in struct udevice_rt: see device.c */
u32 dev_get_flags(const struct udevice *dev);
void dev_or_flags(const struct udevice *dev, u32 or);
void dev_bic_flags(const struct udevice *dev, u32 bic);
#else
/* Read the DM_FLAG_... flags of a device */
static inline u32 dev_get_flags(const struct udevice *dev)
{
	return dev->flags_;
}

/* Set flags @or on a device */
static inline void dev_or_flags(struct udevice *dev, u32 or)
{
	dev->flags_ |= or;
}

/* Clear flags @bic on a device */
static inline void dev_bic_flags(struct udevice *dev, u32 bic)
{
	dev->flags_ &= ~bic;
}
#endif

/* Non-zero if the device is probed (and not removed since) */
#define device_active(dev)	(dev_get_flags(dev) & DM_FLAG_ACTIVATED)

/**
 * dev_seq() - sequence number of a device
 *
 * Return: the number, unique within the device's uclass, or -1 for none.
 * Bound devices get one more than the highest in the uclass (none if the
 * uclass has DM_UC_FLAG_NO_AUTO_SEQ); instantiated ones get dtoc's
 * (aliases first, then the next free number).
 */
static inline int dev_seq(const struct udevice *dev)
{
	return dev->seq_;
}

/* There is no devicetree at run time: devices have no node offset */
static inline int dev_of_offset(const struct udevice *dev)
{
	(void)dev;
	return -1;
}

/* There is no devicetree at run time: devices have no node */
static inline bool dev_has_ofnode(const struct udevice *dev)
{
	(void)dev;
	return false;
}

/* There is no devicetree at run time: a device's node is the null one */
static inline ofnode dev_ofnode(const struct udevice *dev)
{
	(void)dev;
	return ofnode_null();
}

/**
 * struct udevice_id - one compatible string a driver handles
 * @compatible: the compatible string
 * @data: value given to matching devices as driver_data (dtoc -i copies
 *	it into the device record)
 */
struct udevice_id {
	const char *compatible;
	ulong data;
};

/*
 * of_match_ptr(table): NULL, as in U-Boot without a devicetree at run
 * time (nothing here matches compatible strings at run time; dtoc reads
 * the table from the source). The table still counts as used, so a
 * static one draws no unused-variable warning. U-Boot's own definition
 * drops the argument instead (its drivers compile the table only with
 * OF_REAL); code built as U-Boot's may define it so before this header.
 */
#ifndef of_match_ptr
#define of_match_ptr(_ptr)	(0 ? (_ptr) : NULL)
#endif

/**
 * struct driver - a driver for one kind of device
 *
 * Declare one with U_BOOT_DRIVER(name) = { ... }. dtoc scans driver sources
 * line by line for these declarations: write U_BOOT_DRIVER( at the start of
 * a line, put each `.xxx_auto = sizeof(struct yyy),` on a line of its own,
 * and end the declaration with `};`.
 *
 * Every hook is optional and returns 0 or a negative errno; a failing hook
 * stops the operation it is part of.
 *
 * @name: driver name; dtoc matches it against the compatible strings of
 *	devicetree nodes (converted to C identifiers)
 * @id: the uclass the driver's devices belong to
 * @of_match: compatible strings, ending with an empty entry
 * @bind: called when a device is bound (not for instantiated devices)
 * @probe: called to make a device ready for use
 * @remove: called to stop a probed device (device_remove(), dm_uninit())
 * @unbind: called before a bound device is freed
 * @of_to_plat: called once before probe to set up platform data; with
 *	of-platdata the dtoc values are already in plat_
 * @child_post_bind: called after a child of this device is bound
 * @child_pre_probe: called before a child of this device is probed
 * @child_post_remove: called after a child of this device is removed
 * @priv_auto: size of the private data driver model allocates at probe
 *	(dtoc -i preallocates it when given as sizeof(struct x))
 * @plat_auto: size of the platform data; with of-platdata, when it is
 *	larger than the dtoc struct, driver model allocates this much at bind
 *	and copies the dtoc values to its start
 * @per_child_auto: size of the data kept for each child (its parent_priv_),
 *	allocated when the child is probed
 * @per_child_plat_auto: size of the platform data kept for each child (its
 *	parent_plat_), allocated when the child is bound
 * @ops: driver operations, for the uclass to call
 * @flags: DM_FLAG_PRE_RELOC and similar driver flags
 */
struct driver {
	const char *name;
	enum uclass_id id;
	const struct udevice_id *of_match;
	int (*bind)(struct udevice *dev);
	int (*probe)(struct udevice *dev);
	int (*remove)(struct udevice *dev);
	int (*unbind)(struct udevice *dev);
	int (*of_to_plat)(struct udevice *dev);
	int (*child_post_bind)(struct udevice *dev);
	int (*child_pre_probe)(struct udevice *dev);
	int (*child_post_remove)(struct udevice *dev);
	int priv_auto;
	int plat_auto;
	int per_child_auto;
	int per_child_plat_auto;
	const void *ops;
	u32 flags;
};

/**
 * U_BOOT_DRIVER() - declare a driver
 * @__name: a C identifier; dtoc refers to the driver by it, so by
 *	convention it equals the .name string
 *
 * With "extern" in front it declares a driver defined elsewhere (dtoc's
 * dt-decl.h does this).
 */
#define U_BOOT_DRIVER(__name)						\
	ll_entry_declare(struct driver, __name, driver)

/* Pointer to the driver declared as U_BOOT_DRIVER(__name), from code */
#define DM_DRIVER_GET(__name)						\
	ll_entry_get(struct driver, __name, driver)

/*
 * Pointer to the driver __name, usable in static initialisers. Needs an
 * earlier "extern U_BOOT_DRIVER(__name);".
 */
#define DM_DRIVER_REF(__name)						\
	ll_entry_ref(struct driver, __name, driver)

/*
 * Markers read by dtoc; they produce no code.
 * DM_DRIVER_ALIAS(driver, alias): nodes whose compatible string converts to
 *	@alias use driver @driver.
 * DM_PHASE(phase), inside a driver: the driver is for that phase (spl, tpl,
 *	vpl); dtoc -p picks between drivers of the same name with it.
 * DM_HEADER(<file.h>), inside a driver: dtoc -i adds #include <file.h>
 *	before the driver's devices.
 */
#define DM_DRIVER_ALIAS(__name, __alias)
#define DM_PHASE(_phase)
#define DM_HEADER(_hdr)

/**
 * dev_get_plat() - platform data of a device
 *
 * Return: the data (see struct udevice's plat_), or NULL if @dev is NULL
 */
void *dev_get_plat(const struct udevice *dev);

/**
 * dev_get_parent_plat() - platform data the parent keeps for this device
 *
 * Return: the data, or NULL if there is none or @dev is NULL
 */
void *dev_get_parent_plat(const struct udevice *dev);

/**
 * dev_get_uclass_plat() - platform data the uclass keeps for this device
 *
 * Return: the data, or NULL if there is none or @dev is NULL
 */
void *dev_get_uclass_plat(const struct udevice *dev);

/**
 * dev_get_priv() - private data of a device
 *
 * Return: the data (allocated when the device is probed), or NULL if there
 * is none yet or @dev is NULL
 */
void *dev_get_priv(const struct udevice *dev);

/**
 * dev_get_parent_priv() - private data the parent keeps for this device
 *
 * Return: the data (allocated when the device is probed), or NULL
 */
void *dev_get_parent_priv(const struct udevice *dev);

/**
 * dev_get_uclass_priv() - private data the uclass keeps for this device
 *
 * Return: the data (allocated when the device is probed), or NULL
 */
void *dev_get_uclass_priv(const struct udevice *dev);

/**
 * dev_get_parent() - parent of a device
 *
 * Return: the parent, or NULL for the root device (or a NULL @child)
 */
struct udevice *dev_get_parent(const struct udevice *child);

/**
 * dev_get_driver_data() - the driver_data of a device
 *
 * Return: the .data of the matching compatible string (devices from
 * dtoc -i), else 0
 */
ulong dev_get_driver_data(const struct udevice *dev);

/* The driver's operations (struct driver's .ops) */
const void *dev_get_driver_ops(const struct udevice *dev);

/* The uclass ID of a device */
enum uclass_id device_get_uclass_id(const struct udevice *dev);

/* The name of a device's uclass (its uclass driver's name) */
const char *dev_get_uclass_name(const struct udevice *dev);

/* True if the device has at least one child */
bool device_has_children(const struct udevice *dev);

/**
 * device_find_first_child() - first child of a device, without probing it
 * @parent: the device whose children to walk
 * @devp: set to the first child, or NULL if there are none
 *
 * Children come in the order they were linked: bind order for bound
 * devices (parents-first passes in idx order, see dm_scan_plat()), idx
 * order for instantiated ones.
 *
 * Return: 0 (also when there are no children)
 */
int device_find_first_child(const struct udevice *parent,
			    struct udevice **devp);

/**
 * device_find_next_child() - next sibling of a device, without probing it
 * @devp: the current child; set to the next one, or NULL after the last
 *
 * Return: 0
 */
int device_find_next_child(struct udevice **devp);

/**
 * device_get_child() - a child by position, probed
 * @parent: the device whose children to look at
 * @index: 0 for the first child
 * @devp: set to the probed child; NULL on error
 *
 * Return: 0, -ENODEV if there is no such child, or the probe error
 */
int device_get_child(const struct udevice *parent, int index,
		     struct udevice **devp);

/**
 * device_find_child_by_name() - a child by name, without probing it
 * @parent: the device whose children to look at
 * @name: device name to look for
 * @devp: set to the child; NULL on error
 *
 * Return: 0, or -ENODEV if no child has that name
 */
int device_find_child_by_name(const struct udevice *parent, const char *name,
			      struct udevice **devp);

/**
 * device_find_child_by_namelen() - a child by name, not probed
 *
 * As device_find_child_by_name(), for the @len characters at @name.
 *
 * Return: 0, or -ENODEV if no child has that name
 */
int device_find_child_by_namelen(const struct udevice *parent,
				 const char *name, int len,
				 struct udevice **devp);

/**
 * device_find_first_inactive_child() - first child not probed, in a uclass
 * @parent: the device whose children to look at
 * @uclass_id: the uclass wanted
 * @devp: set to the child; NULL if none
 *
 * Return: 0, or -ENODEV if every child of that uclass is active (or none
 * is in it)
 */
int device_find_first_inactive_child(const struct udevice *parent,
				     enum uclass_id uclass_id,
				     struct udevice **devp);

/**
 * device_get_child_count() - number of children of a device
 *
 * Return: how many devices have @parent as parent (0 if none)
 */
int device_get_child_count(const struct udevice *parent);

/**
 * device_get_decendent_count() - number of devices below a device
 *
 * Return: the children, their children and so on (U-Boot's spelling)
 */
int device_get_decendent_count(const struct udevice *parent);

/**
 * device_find_child_by_seq() - a child by sequence number, not probed
 * @parent: the device whose children to look at
 * @seq: the sequence number (dev_seq())
 * @devp: set to the child; NULL if none has @seq
 *
 * Return: 0, or -ENODEV if no child has that sequence number
 */
int device_find_child_by_seq(const struct udevice *parent, int seq,
			     struct udevice **devp);

/**
 * device_get_child_by_seq() - a child by sequence number, probed
 *
 * As device_find_child_by_seq(), then probes the child.
 *
 * Return: 0, -ENODEV if no child has @seq, or the probe error
 */
int device_get_child_by_seq(const struct udevice *parent, int seq,
			    struct udevice **devp);

/**
 * device_find_first_child_by_uclass() - first child in a uclass, not probed
 * @parent: the device whose children to look at
 * @uclass_id: the uclass wanted
 * @devp: set to the child; NULL if none
 *
 * Return: 0, or -ENODEV if no child is in that uclass
 */
int device_find_first_child_by_uclass(const struct udevice *parent,
				      enum uclass_id uclass_id,
				      struct udevice **devp);

/**
 * device_first_child_err() - first child, probed
 * @parent: the device whose children to walk
 * @devp: set to the first child, probed; NULL on error
 *
 * Return: 0; -ENODEV if there are no children; or the probe error
 */
int device_first_child_err(struct udevice *parent, struct udevice **devp);

/**
 * device_next_child_err() - next sibling, probed
 * @devp: the current child; set to the next one, probed; NULL on error
 *
 * Return: 0; -ENODEV after the last child; or the probe error
 */
int device_next_child_err(struct udevice **devp);

/* True if at least one child of @dev is active (probed) */
bool device_has_active_children(const struct udevice *dev);

/* True if @dev is the last child of its parent (or has no parent) */
bool device_is_last_sibling(const struct udevice *dev);

/**
 * device_get_by_ofplat_idx() - the device dtoc numbered @idx, probed
 * @idx: the index dtoc gave the node: its position in the driver_info list
 *	(plain mode) or in the udevice list (dtoc -i); phandle_N_arg.idx
 *	holds such an index
 * @devp: set to the probed device; NULL on error
 *
 * Return: 0 if OK; -EDEADLK if driver model is not set up; -EINVAL if
 * @idx is beyond the list; -ENOENT if that record was not bound (unknown
 * driver, unbound parent, or dm_scan_plat() not run); or the probe error
 */
int device_get_by_ofplat_idx(uint idx, struct udevice **devp);

/* Walk the children of @parent; @pos is a struct udevice pointer */
#define device_foreach_child(pos, parent) \
	list_for_each_entry(pos, &(parent)->child_head, sibling_node)

/* As device_foreach_child(), but @pos may be unbound inside the loop */
#define device_foreach_child_safe(pos, next, parent) \
	list_for_each_entry_safe(pos, next, &(parent)->child_head, \
				 sibling_node)

/*
 * Walk the children of @parent, probing each: @pos is a struct udevice
 * pointer; the loop stops at the first child that fails to probe.
 */
#define device_foreach_child_probe(pos, parent)				\
	for (int _ret = device_first_child_err(parent, &(pos)); !_ret;	\
	     _ret = device_next_child_err(&(pos)))

#endif /* _DM_DEVICE_H */
