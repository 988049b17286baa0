/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * State shared by the runtime's own files (not installed, not for drivers).
 *
 * Driver model is one per program, like U-Boot's global data: the root
 * device, the uclass list and the driver_info -> device table.
 */
#ifndef _RUNTIME_CORE_H
#define _RUNTIME_CORE_H

#include <dm/platdata.h>
#include <dm/runtime-config.h>
#include <dm/util.h>
#include <linux/list.h>
#include <linux/types.h>

struct driver;

/**
 * struct dm_core - driver model's global state
 * @root: the root device; NULL until dm_init() (and after dm_uninit())
 * @uclass_root: head of the ring of uclasses: &uclass_head_s in plain mode,
 *	dtoc's uclass_head in inst mode
 * @uclass_head_s: storage for the ring's head in plain mode
 * @driver_rt: plain mode: the device bound from each driver_info record,
 *	indexed by idx (allocated by the first dm_scan_plat())
 * @driver_rt_count: number of entries in @driver_rt
 * @inst: true when devices are instantiated by dtoc -i (read it through
 *	dm_inst(), which is a constant when only one mode is built)
 * @pre_reloc_only: what the last scan was given, for dm_autoprobe()
 * @variant: the board variant dm_init() selected (<dm/variant.h>)
 * @nodes: what dm_init() decided for each node, by idx (variant.c)
 * @nnodes: number of entries in @nodes
 * @udevice_rt: CONFIG_OF_PLATDATA_RT: the flags of dtoc's device records,
 *	by idx (allocated by dm_init())
 * @udevice_rt_count: number of entries in @udevice_rt
 */
struct dm_core {
	struct udevice *root;
	struct list_head *uclass_root;
	struct list_head uclass_head_s;
	struct driver_rt *driver_rt;
	uint driver_rt_count;
	bool inst;
	bool pre_reloc_only;
	int variant;
	struct dm_node_state *nodes;
	uint nnodes;
	struct udevice_rt *udevice_rt;
	uint udevice_rt_count;
};

/* Whether devices are dtoc -i's: a constant when one mode is built */
#if DM_RT_HAS_INST && DM_RT_HAS_PLAIN
#define dm_inst()	(dm_core.inst)
#elif DM_RT_HAS_INST
#define dm_inst()	true
#else
#define dm_inst()	false
#endif

/*
 * Driver model's debug messages (CONFIG_DM_DEBUG), like dm_warn(): not
 * compiled in when off, but still checked as a printf format.
 */
#if CONFIG_IS_ENABLED(DM_DEBUG)
#define dm_debug(fmt, ...)	dm_printf(fmt, ##__VA_ARGS__)
#else
#define dm_debug(fmt, ...)	do { if (0) dm_printf(fmt, ##__VA_ARGS__); } while (0)
#endif

/*
 * Bind a device (see device_bind() in <dm/device-internal.h>); the one
 * function every way of binding goes through. @plat_size: size of the
 * of-platdata at @plat (driver_info records), else 0.
 */
int device_bind_common(struct udevice *parent, const struct driver *drv,
		       const char *name, void *plat, ulong driver_data,
		       uint plat_size, struct udevice **devp);

/* Whether @name is exactly the @len characters at @want */
bool device_name_is(const char *name, const char *want, int len);

/*
 * Free every device below @dev and @dev itself, or reset it if it is one
 * of dtoc's records, without calling any hook (dm_uninit() without
 * CONFIG_DM_DEVICE_REMOVE).
 */
void device_free_tree(struct udevice *dev);

/**
 * struct dm_node_state - a node in this boot
 * @plat: its data record: its variant's, or what board_fix_plat() gave
 * @absent: not bound (plain) or linked (-i): absent from the variant,
 *	dropped by board_fix_plat(), or below such a node
 */
struct dm_node_state {
	const void *plat;
	bool absent;
};

extern struct dm_core dm_core;

/*
 * The variant code (variant.c, <dm/variant.h>) is linked only when
 * something refers to it: dtoc --variant's table (its .setup), a program
 * calling dm_variant() & co, or -Wl,-u,dm_variant_setup. The core refers
 * to it only weakly (root.c), and reads what it decided here.
 */

/* Whether node @idx is left out in this boot (false without variant code) */
static inline bool dm_node_absent(uint idx)
{
	return CONFIG_IS_ENABLED(OF_PLATDATA_VARIANT) && dm_core.nodes &&
	       idx < dm_core.nnodes && dm_core.nodes[idx].absent;
}

/* The data record node @idx is bound with (@plat without variant code) */
static inline const void *dm_node_plat(uint idx, const void *plat)
{
	return CONFIG_IS_ENABLED(OF_PLATDATA_VARIANT) && dm_core.nodes &&
	       idx < dm_core.nnodes ? dm_core.nodes[idx].plat : plat;
}

/* Keep the first error of a sequence of steps that all run */
static inline void keep_first(int *ret, int err)
{
	if (err && !*ret)
		*ret = err;
}

/*
 * True if @ptr lies in the .priv_data section, where dtoc -i places the
 * data it preallocates. Such data is static: it is zeroed, never freed.
 */
bool dm_is_static_data(const void *ptr);

/*
 * Release what probing gave @dev: private data driver model allocated is
 * freed, preallocated private data is zeroed, and DM_FLAG_PLATDATA_VALID
 * is cleared. The device must not be active.
 */
void device_release_probe_data(struct udevice *dev);

/*
 * Return an instantiated device to its state at start-up: free what driver
 * model allocated for it, zero the private data and per-device/per-child
 * platform data dtoc preallocated, and clear its flags. Its links and its
 * own platform data (dtoc's values) are left as they are.
 */
void device_reset_inst(struct udevice *dev);

#endif /* _RUNTIME_CORE_H */
