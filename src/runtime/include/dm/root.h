/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Starting and stopping driver model.
 *
 * The usual start is dm_init_and_scan(). Which mode the program is in is
 * decided by what is linked in: if dtoc -i's dt-uclass.c defines
 * uclass_head, devices are instantiated ("inst" mode); otherwise they are
 * bound at run time from dtoc's U_BOOT_DRVINFO() records ("plain" mode).
 */
#ifndef _DM_ROOT_H
#define _DM_ROOT_H

#include <dm/runtime-config.h>
#include <linux/list.h>
#include <linux/types.h>

struct udevice;

/*
 * Head of the ring of instantiated uclasses. dtoc -i defines it in
 * dt-uclass.c; the runtime only declares it.
 */
extern struct list_head uclass_head;

/**
 * dm_root() - the root device
 *
 * Return: the root device, or NULL if driver model is not set up
 */
struct udevice *dm_root(void);

/**
 * dm_init() - set up driver model with just the root device
 * @of_live: ignored (there is no devicetree at run time)
 *
 * Plain mode: creates the uclass list, binds the root device (driver
 * root_driver) and probes it. Inst mode: uses dtoc's uclass ring and its
 * root device; nothing is bound, no bind or init hook runs, and every
 * device starts with flags 0 (the parent of each top-level device is set
 * to the root, which dtoc leaves NULL).
 *
 * Return: 0; -EINVAL if already set up; -ENOENT (inst mode) if there is no
 * instantiated root device; or a bind/probe error
 */
int dm_init(bool of_live);

/**
 * dm_scan_plat() - bind the devices in the driver_info records
 * @pre_reloc_only: only bind drivers that have DM_FLAG_PRE_RELOC
 *
 * Binds in passes over the records, in idx order. In each pass a record
 * already bound is skipped, and one whose parent (parent_idx, -1 = root)
 * is not bound yet is deferred; the others are bound, and the device is
 * remembered under the record's idx for device_get_by_ofplat_idx(). A pass
 * returns its first error, else -EAGAIN if it deferred anything, else 0.
 * Passes repeat while they return -EAGAIN, at most 10, which binds a
 * devicetree 10 levels deep whatever the order of the records. Note that
 * a pass with an error ends the scan: records it deferred stay unbound.
 *
 * Records dropped for pre_reloc_only, and their descendants, do not count
 * as errors or as deferred. Calling this again binds whatever is still
 * unbound. In inst mode there are no records, so it does nothing.
 *
 * Return: 0; -ENOENT if some record names a driver that is not linked in
 * (the rest of that pass is still bound and usable); -EAGAIN if records
 * were still deferred after 10 passes; -EDEADLK if dm_init() has not run;
 * -ENOMEM; or a bind error
 */
int dm_scan_plat(bool pre_reloc_only);

/**
 * dm_init_and_scan() - set up driver model and bind every device
 * @pre_reloc_only: only bind drivers that have DM_FLAG_PRE_RELOC
 *
 * dm_init(), then (plain mode) dm_scan_plat().
 *
 * Return: 0, or the first error of those calls. After an error from
 * dm_scan_plat() (such as -ENOENT for a missing driver) driver model is
 * set up and holds everything that could be bound.
 */
int dm_init_and_scan(bool pre_reloc_only);

/**
 * dm_uninit() - shut driver model down
 *
 * Removes every active device (calling remove hooks, children first), then
 * unbinds and frees everything driver model allocated. Instantiated
 * records are static: their flags go back to 0 and the data dtoc
 * preallocated in .priv_data (private data of all kinds, per-device and
 * per-child platform data) is zeroed, so a later dm_init() starts afresh.
 * A device's own platform data (plat_, dtoc's values) keeps any changes
 * made to it.
 *
 * Return: 0, or the first hook error (shutting down carries on regardless)
 */
int dm_uninit(void);

/**
 * dm_autoprobe() - probe the devices that asked for it at bind time
 *
 * Walks the whole tree and probes every device with
 * DM_FLAG_PROBE_AFTER_BIND (which a bind hook sets), its ancestors first
 * (device_probe() probes parents first, so they need not ask). If the
 * last scan had pre_reloc_only, only devices whose driver has
 * DM_FLAG_PRE_RELOC are probed. U-Boot's board code calls it after
 * dm_init_and_scan(); so must a program here.
 *
 * A device that fails to probe is not looked below; as in U-Boot only
 * the root device's error is returned, the others' are not reported.
 *
 * Return: 0; -EDEADLK if driver model is not set up; or the root
 * device's probe error
 */
int dm_autoprobe(void);

#if CONFIG_IS_ENABLED(DM_DEVICE_REMOVE)
/**
 * dm_remove_devices_flags() - remove the devices @flags selects
 * @flags: DM_REMOVE_... (see <dm/device.h> and device_remove())
 *
 * device_remove() on the root device with @flags: say
 * DM_REMOVE_ACTIVE_DMA before starting an OS, to stop every device whose
 * driver has DM_FLAG_ACTIVE_DMA (and what is below it).
 *
 * Return: 0 (what was not removed is not an error)
 */
int dm_remove_devices_flags(uint flags);

/**
 * dm_remove_devices_active() - remove the DMA and OS-prepare devices
 *
 * The non-vital ones first, then the vital ones.
 */
void dm_remove_devices_active(void);
#else
static inline int dm_remove_devices_flags(uint flags)
{
	(void)flags;
	return 0;
}

static inline void dm_remove_devices_active(void)
{
}
#endif

#endif /* _DM_ROOT_H */
