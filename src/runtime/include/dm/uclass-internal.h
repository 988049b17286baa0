/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Uclass operations for driver model itself and for generated code:
 * instantiated uclass records, lookups that never probe, and the hooks
 * binding and probing run.
 */
#ifndef _DM_UCLASS_INTERNAL_H
#define _DM_UCLASS_INTERNAL_H

#include <dm/uclass.h>
#include <linker_lists.h>

/**
 * DM_UCLASS_INST() - declare a uclass instantiated at build time
 * @_name: the uclass name (as in UCLASS_DRIVER())
 *
 * Used by dtoc -i in dt-uclass.c; with "extern" in front (dt-decl.h) it
 * declares one.
 */
#define DM_UCLASS_INST(_name)						\
	ll_entry_declare(struct uclass, _name, uclass)

/*
 * Pointer to the instantiated uclass @_name, usable in static initialisers.
 * Needs an earlier "extern DM_UCLASS_INST(_name);".
 */
#define DM_UCLASS_REF(_name)						\
	ll_entry_ref(struct uclass, _name, uclass)

/* Set the uclass's own private data pointer */
void uclass_set_priv(struct uclass *uc, void *priv);

/**
 * uclass_find() - the uclass with a given ID, if it exists
 *
 * Return: the uclass, or NULL if driver model is not set up or no such
 * uclass exists yet (it is not created)
 */
struct uclass *uclass_find(enum uclass_id key);

/**
 * uclass_find_next_free_seq() - sequence number for a new device
 *
 * Return: one more than the highest sequence number in @uc (0 if none)
 */
int uclass_find_next_free_seq(struct uclass *uc);

/**
 * uclass_get_device_tail() - finish a uclass_get_... lookup
 * @dev: the device found
 * @ret: the error from finding it, or 0
 * @devp: set to @dev if it probes successfully (left alone otherwise)
 *
 * Return: @ret if non-zero, else the probe result
 */
int uclass_get_device_tail(struct udevice *dev, int ret,
			   struct udevice **devp);

/*
 * Lookups that never probe. Each clears *devp first and sets it only on
 * success; they return 0, -ENODEV if nothing matches, or a uclass_get()
 * error.
 */

/* The @index'th device of the uclass (0 = first) */
int uclass_find_device(enum uclass_id id, int index, struct udevice **devp);

/*
 * The first device of the uclass. Unlike the others this returns 0 with
 * *devp NULL when the uclass is empty.
 */
int uclass_find_first_device(enum uclass_id id, struct udevice **devp);

/* The next device of the uclass after *devp, or NULL after the last */
void uclass_find_next_device(struct udevice **devp);

/* The first device called @name (-EINVAL if @name is NULL) */
int uclass_find_device_by_name(enum uclass_id id, const char *name,
			       struct udevice **devp);

/* The first device whose name is the @len characters at @name */
int uclass_find_device_by_namelen(enum uclass_id id, const char *name,
				  int len, struct udevice **devp);

/* The device with sequence number @seq (-ENODEV for -1) */
int uclass_find_device_by_seq(enum uclass_id id, int seq,
			      struct udevice **devp);

/**
 * uclass_bind_device() - add a newly bound device to its uclass
 *
 * Links it at the end of the uclass's device list and calls the parent
 * uclass's child_post_bind.
 *
 * Return: 0 or the hook's error (the device is unlinked again)
 */
int uclass_bind_device(struct udevice *dev);

/* Unlink a device from its uclass */
int uclass_unbind_device(struct udevice *dev);

/* Call the uclass's pre_unbind hook for @dev */
int uclass_pre_unbind_device(struct udevice *dev);

/*
 * Call the uclass's pre_probe hook, then the parent uclass's
 * child_pre_probe hook.
 */
int uclass_pre_probe_device(struct udevice *dev);

/*
 * Call the parent uclass's child_post_probe hook, then the uclass's
 * post_probe hook.
 */
int uclass_post_probe_device(struct udevice *dev);

/* Call the uclass's pre_remove hook for @dev */
int uclass_pre_remove_device(struct udevice *dev);

/**
 * uclass_destroy() - unbind a uclass's devices and free the uclass
 *
 * Only for uclasses created at run time; calls the destroy hook.
 *
 * Return: 0 or the first error
 */
int uclass_destroy(struct uclass *uc);

/**
 * dev_get_uclass_index() - position of a device in its uclass
 * @dev: the device
 * @ucp: set to its uclass (may be NULL); NULL on error
 *
 * Return: 0 for the first device of the uclass, 1 for the next, ...; or
 * -ENODEV (also for a NULL @dev)
 */
int dev_get_uclass_index(struct udevice *dev, struct uclass **ucp);

/* Number of uclasses that exist */
int uclass_get_count(void);

#endif /* _DM_UCLASS_INTERNAL_H */
