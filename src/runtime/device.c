// SPDX-License-Identifier: GPL-2.0+
/*
 * Devices: binding, reading platform data, probing, removal, unbinding,
 * accessors and child lookups.
 */

#include "rt-libc.h"
#include <dm/device.h>
#include <dm/device-internal.h>
#include <dm/lists.h>
#include <dm/platdata.h>
#include <dm/uclass.h>
#include <dm/uclass-internal.h>
#include "core.h"

/*
 * The .priv_data section, bracketed by u-boot-lists.ld. Weak, so that a
 * program linked without the fragment (and so without dtoc -i data) links
 * and simply has no static data.
 */
extern char __priv_data_start[] __attribute__((weak));
extern char __priv_data_end[] __attribute__((weak));

bool dm_is_static_data(const void *ptr)
{
	uintptr_t p = (uintptr_t)ptr;
	uintptr_t start = (uintptr_t)__priv_data_start;
	uintptr_t end = (uintptr_t)__priv_data_end;

	return p && start && p >= start && p < end;
}

/* Size of the platform data a parent keeps for each child */
static int child_plat_size(const struct udevice *parent)
{
	int size = parent->driver->per_child_plat_auto;

	return size ? size : parent->uclass->uc_drv->per_child_plat_auto;
}

/* Size of the private data a parent keeps for each child */
static int child_priv_size(const struct udevice *parent)
{
	int size = parent->driver->per_child_auto;

	return size ? size : parent->uclass->uc_drv->per_child_auto;
}

/*
 * Allocate @size zeroed bytes into *@ptr, unless it is already set (dtoc -i
 * preallocated it, or the driver set it). @flag records that driver model
 * owns the allocation.
 */
static int alloc_data(struct udevice *dev, void **ptr, int size, u32 flag)
{
	if (size <= 0 || *ptr)
		return 0;
	*ptr = board_calloc(1, (size_t)size);
	if (!*ptr)
		return -ENOMEM;
	dev_or_flags(dev, flag);

	return 0;
}

/*
 * Undo alloc_data(): free what driver model allocated; zero what dtoc
 * preallocated, so that it looks as it did at start-up.
 */
static void release_data(struct udevice *dev, void **ptr, int size, u32 flag)
{
	if (dev_get_flags(dev) & flag) {
		board_free(*ptr);
		*ptr = NULL;
		dev_bic_flags(dev, flag);
	} else if (size > 0 && dm_is_static_data(*ptr)) {
		memset(*ptr, '\0', (size_t)size);
	}
}

/* Free the data binding allocated (platform data of all kinds) */
static void free_bind_data(struct udevice *dev)
{
	if (dev_get_flags(dev) & DM_FLAG_ALLOC_PDATA) {
		board_free(dev->plat_);
		dev->plat_ = NULL;
	}
	if (dev_get_flags(dev) & DM_FLAG_ALLOC_UCLASS_PDATA) {
		board_free(dev->uclass_plat_);
		dev->uclass_plat_ = NULL;
	}
	if (dev_get_flags(dev) & DM_FLAG_ALLOC_PARENT_PDATA) {
		board_free(dev->parent_plat_);
		dev->parent_plat_ = NULL;
	}
	dev_bic_flags(dev, DM_FLAG_ALLOC_PDATA | DM_FLAG_ALLOC_UCLASS_PDATA |
		      DM_FLAG_ALLOC_PARENT_PDATA);
}

/* Drop @dev from the driver_info table, so its idx finds nothing */
static void forget_device(const struct udevice *dev)
{
	uint i;

	for (i = 0; i < dm_core.driver_rt_count; i++) {
		if (dm_core.driver_rt[i].dev == dev) {
			dm_core.driver_rt[i].dev = NULL;
			break;
		}
	}
}

/* Unbind every child of @dev; stops at the first failure */
static int unbind_children(struct udevice *dev)
{
	struct udevice *child, *next;
	int ret;

	device_foreach_child_safe(child, next, dev) {
		ret = device_unbind(child);
		if (ret)
			return ret;
	}

	return 0;
}

int device_bind_common(struct udevice *parent, const struct driver *drv,
		       const char *name, void *plat, ulong driver_data,
		       uint plat_size, struct udevice **devp)
{
	struct udevice *dev;
	struct uclass *uc;
	int ret;

	if (devp)
		*devp = NULL;
	if (!drv || !name)
		return -EINVAL;

	ret = uclass_get(drv->id, &uc);
	if (ret)
		return ret;

	dev = board_calloc(1, sizeof(*dev));
	if (!dev)
		return -ENOMEM;
	INIT_LIST_HEAD(&dev->sibling_node);
	INIT_LIST_HEAD(&dev->child_head);
	INIT_LIST_HEAD(&dev->uclass_node);
	dev->driver = drv;
	dev->name = name;
	dev->plat_ = plat;
	dev->driver_data = driver_data;
	dev->parent = parent;
	dev->uclass = uc;
	dev->flags_ = DM_FLAG_ALLOC_DEV;
	dev->seq_ = -1;
	if (!(uc->uc_drv->flags & DM_UC_FLAG_NO_AUTO_SEQ))
		dev->seq_ = uclass_find_next_free_seq(uc);

	if (plat_size)
		dev_or_flags(dev, DM_FLAG_OF_PLATDATA);
	/*
	 * The dtoc values may be just the start of the driver's platform data
	 * (struct x { struct dtd_y dtplat; ... }). Then the whole struct is
	 * allocated and the values are copied to its start.
	 */
	if (drv->plat_auto > 0 && (!plat || plat_size < (uint)drv->plat_auto)) {
		void *ptr = board_calloc(1, (size_t)drv->plat_auto);

		if (!ptr) {
			ret = -ENOMEM;
			goto fail_alloc;
		}
		if (plat)
			memcpy(ptr, plat, plat_size);
		dev->plat_ = ptr;
		dev_or_flags(dev, DM_FLAG_ALLOC_PDATA);
	}

	ret = alloc_data(dev, &dev->uclass_plat_,
			 uc->uc_drv->per_device_plat_auto,
			 DM_FLAG_ALLOC_UCLASS_PDATA);
	if (ret)
		goto fail_alloc;
	if (parent) {
		ret = alloc_data(dev, &dev->parent_plat_,
				 child_plat_size(parent),
				 DM_FLAG_ALLOC_PARENT_PDATA);
		if (ret)
			goto fail_alloc;
		list_add_tail(&dev->sibling_node, &parent->child_head);
	}

	ret = uclass_bind_device(dev);
	if (ret)
		goto fail_uclass;
	if (drv->bind) {
		ret = drv->bind(dev);
		if (ret)
			goto fail_bind;
	}
	if (parent && parent->driver->child_post_bind) {
		ret = parent->driver->child_post_bind(dev);
		if (ret)
			goto fail_post_bind;
	}
	if (uc->uc_drv->post_bind) {
		ret = uc->uc_drv->post_bind(dev);
		if (ret)
			goto fail_post_bind;
	}

	dev_or_flags(dev, DM_FLAG_BOUND);
	if (devp)
		*devp = dev;

	return 0;

fail_post_bind:
	/* The bind hook succeeded, so it may have bound children */
	unbind_children(dev);
	if (drv->unbind)
		drv->unbind(dev);
fail_bind:
	uclass_unbind_device(dev);
fail_uclass:
	list_del(&dev->sibling_node);
fail_alloc:
	free_bind_data(dev);
	board_free(dev);

	return ret;
}

int device_bind_by_name(struct udevice *parent, bool pre_reloc_only,
			const struct driver_info *info, struct udevice **devp)
{
	const struct driver *drv;

	if (devp)
		*devp = NULL;
	if (!info || !info->name)
		return -EINVAL;
	drv = lists_driver_lookup_name(info->name);
	if (!drv)
		return -ENOENT;
	if (pre_reloc_only && !(drv->flags & DM_FLAG_PRE_RELOC))
		return -EPERM;

	/* The record's data is the device's own from now on: drop const */
	return device_bind_common(parent, drv, info->name,
				  (void *)(uintptr_t)info->plat, 0,
				  info->plat_size, devp);
}

/* Allocate whatever private data the device needs and does not have */
static int alloc_probe_data(struct udevice *dev)
{
	const struct uclass_driver *uc_drv = dev->uclass->uc_drv;
	int ret;

	ret = alloc_data(dev, &dev->priv_, dev->driver->priv_auto,
			 DM_FLAG_ALLOC_PRIV);
	if (!ret)
		ret = alloc_data(dev, &dev->uclass_priv_,
				 uc_drv->per_device_auto,
				 DM_FLAG_ALLOC_UCLASS_PRIV);
	if (!ret && dev->parent)
		ret = alloc_data(dev, &dev->parent_priv_,
				 child_priv_size(dev->parent),
				 DM_FLAG_ALLOC_PARENT_PRIV);
	/*
	 * Binding allocates these; for an instantiated device dtoc may have
	 * left them out (it cannot size a uclass's per_child_plat_auto, nor
	 * any size not written as sizeof(struct x)), so provide them here.
	 */
	if (!ret && !(dev_get_flags(dev) & DM_FLAG_BOUND)) {
		ret = alloc_data(dev, &dev->uclass_plat_,
				 uc_drv->per_device_plat_auto,
				 DM_FLAG_ALLOC_UCLASS_PDATA);
		if (!ret && dev->parent)
			ret = alloc_data(dev, &dev->parent_plat_,
					 child_plat_size(dev->parent),
					 DM_FLAG_ALLOC_PARENT_PDATA);
	}

	return ret;
}

void device_release_probe_data(struct udevice *dev)
{
	release_data(dev, &dev->priv_, dev->driver->priv_auto,
		     DM_FLAG_ALLOC_PRIV);
	release_data(dev, &dev->uclass_priv_,
		     dev->uclass->uc_drv->per_device_auto,
		     DM_FLAG_ALLOC_UCLASS_PRIV);
	release_data(dev, &dev->parent_priv_,
		     dev->parent ? child_priv_size(dev->parent) : 0,
		     DM_FLAG_ALLOC_PARENT_PRIV);
	dev_bic_flags(dev, DM_FLAG_PLATDATA_VALID);
}

int device_of_to_plat(struct udevice *dev)
{
	int ret;

	if (!dev)
		return -EINVAL;
	if (dev_get_flags(dev) & DM_FLAG_PLATDATA_VALID)
		return 0;

	if (dev->parent) {
		ret = device_of_to_plat(dev->parent);
		if (ret)
			goto fail;
		/* The parent's hook may have dealt with this device already */
		if (dev_get_flags(dev) & DM_FLAG_PLATDATA_VALID)
			return 0;
	}

	ret = alloc_probe_data(dev);
	if (ret)
		goto fail;
	if (dev->driver->of_to_plat) {
		ret = dev->driver->of_to_plat(dev);
		if (ret)
			goto fail;
	}
	dev_or_flags(dev, DM_FLAG_PLATDATA_VALID);

	return 0;

fail:
	device_release_probe_data(dev);

	return ret;
}

int device_probe(struct udevice *dev)
{
	const struct driver *drv;
	struct udevice *parent;
	int ret;

	if (!dev)
		return -EINVAL;
	if (device_active(dev))
		return 0;
	drv = dev->driver;
	parent = dev->parent;

	ret = device_of_to_plat(dev);
	if (ret)
		return ret;

	if (parent) {
		ret = device_probe(parent);
		if (ret)
			goto fail;
		/* The parent's probe may have probed this device already */
		if (device_active(dev))
			return 0;
	}

	/* Set first, so that hooks looking up this device do not recurse */
	dev_or_flags(dev, DM_FLAG_ACTIVATED);

	ret = uclass_pre_probe_device(dev);
	if (ret)
		goto fail;
	if (parent && parent->driver->child_pre_probe) {
		ret = parent->driver->child_pre_probe(dev);
		if (ret)
			goto fail;
	}
	if (drv->probe) {
		ret = drv->probe(dev);
		if (ret)
			goto fail;
	}
	ret = uclass_post_probe_device(dev);
	if (ret)
		goto fail_probed;

	return 0;

fail_probed:
	/* The driver is running: let it stop, and its children with it */
	device_remove(dev, DM_REMOVE_NORMAL);
fail:
	dev_bic_flags(dev, DM_FLAG_ACTIVATED);
	device_release_probe_data(dev);

	return ret;
}

int device_remove(struct udevice *dev, uint flags)
{
	const struct driver *drv;
	struct udevice *child;
	int ret = 0;

	if (!dev)
		return -EINVAL;
	if (!device_active(dev))
		return 0;
	drv = dev->driver;

	/* A device may not be active while its parent is not */
	device_foreach_child(child, dev)
		keep_first(&ret, device_remove(child, flags));

	keep_first(&ret, uclass_pre_remove_device(dev));
	if (drv->remove)
		keep_first(&ret, drv->remove(dev));
	if (dev->parent && dev->parent->driver->child_post_remove)
		keep_first(&ret, dev->parent->driver->child_post_remove(dev));

	dev_bic_flags(dev, DM_FLAG_ACTIVATED);
	device_release_probe_data(dev);

	return ret;
}

int device_unbind(struct udevice *dev)
{
	const struct driver *drv;
	int ret;

	if (!dev || device_active(dev))
		return -EINVAL;
	if (!(dev_get_flags(dev) & DM_FLAG_ALLOC_DEV))
		return -ENOSYS;
	drv = dev->driver;

	if (drv->unbind) {
		ret = drv->unbind(dev);
		if (ret)
			return ret;
	}
	ret = unbind_children(dev);
	if (ret)
		return ret;
	ret = uclass_pre_unbind_device(dev);
	if (ret)
		return ret;

	/* of_to_plat may have run without a probe */
	device_release_probe_data(dev);
	free_bind_data(dev);
	uclass_unbind_device(dev);
	list_del(&dev->sibling_node);
	forget_device(dev);
	board_free(dev);

	return 0;
}

void device_reset_inst(struct udevice *dev)
{
	device_release_probe_data(dev);
	/* plat_ is left alone: it holds dtoc's values */
	release_data(dev, &dev->uclass_plat_,
		     dev->uclass->uc_drv->per_device_plat_auto,
		     DM_FLAG_ALLOC_UCLASS_PDATA);
	release_data(dev, &dev->parent_plat_,
		     dev->parent ? child_plat_size(dev->parent) : 0,
		     DM_FLAG_ALLOC_PARENT_PDATA);
	dev->flags_ = 0;
}

void *dev_get_plat(const struct udevice *dev)
{
	return dev ? dev->plat_ : NULL;
}

void *dev_get_parent_plat(const struct udevice *dev)
{
	return dev ? dev->parent_plat_ : NULL;
}

void *dev_get_uclass_plat(const struct udevice *dev)
{
	return dev ? dev->uclass_plat_ : NULL;
}

void *dev_get_priv(const struct udevice *dev)
{
	return dev ? dev->priv_ : NULL;
}

void *dev_get_parent_priv(const struct udevice *dev)
{
	return dev ? dev->parent_priv_ : NULL;
}

void *dev_get_uclass_priv(const struct udevice *dev)
{
	return dev ? dev->uclass_priv_ : NULL;
}

void dev_set_priv(struct udevice *dev, void *priv)
{
	dev->priv_ = priv;
}

void dev_set_parent_priv(struct udevice *dev, void *parent_priv)
{
	dev->parent_priv_ = parent_priv;
}

void dev_set_uclass_priv(struct udevice *dev, void *uclass_priv)
{
	dev->uclass_priv_ = uclass_priv;
}

void dev_set_plat(struct udevice *dev, void *plat)
{
	dev->plat_ = plat;
}

void dev_set_parent_plat(struct udevice *dev, void *parent_plat)
{
	dev->parent_plat_ = parent_plat;
}

void dev_set_uclass_plat(struct udevice *dev, void *uclass_plat)
{
	dev->uclass_plat_ = uclass_plat;
}

struct udevice *dev_get_parent(const struct udevice *child)
{
	return child ? child->parent : NULL;
}

ulong dev_get_driver_data(const struct udevice *dev)
{
	return dev ? dev->driver_data : 0;
}

const void *dev_get_driver_ops(const struct udevice *dev)
{
	return dev && dev->driver ? dev->driver->ops : NULL;
}

enum uclass_id device_get_uclass_id(const struct udevice *dev)
{
	return dev->uclass->uc_drv->id;
}

const char *dev_get_uclass_name(const struct udevice *dev)
{
	return dev ? dev->uclass->uc_drv->name : NULL;
}

bool device_has_children(const struct udevice *dev)
{
	return !list_empty(&dev->child_head);
}

int device_find_first_child(const struct udevice *parent,
			    struct udevice **devp)
{
	*devp = list_first_entry_or_null(&parent->child_head, struct udevice,
					 sibling_node);

	return 0;
}

int device_find_next_child(struct udevice **devp)
{
	struct udevice *dev = *devp;

	*devp = NULL;
	if (dev && dev->parent &&
	    !list_is_last(&dev->sibling_node, &dev->parent->child_head))
		*devp = list_entry(dev->sibling_node.next, struct udevice,
				   sibling_node);

	return 0;
}

int device_get_child(const struct udevice *parent, int index,
		     struct udevice **devp)
{
	struct udevice *dev;

	*devp = NULL;
	device_foreach_child(dev, parent) {
		if (!index--)
			return uclass_get_device_tail(dev, 0, devp);
	}

	return -ENODEV;
}

int device_find_child_by_name(const struct udevice *parent, const char *name,
			      struct udevice **devp)
{
	struct udevice *dev;

	*devp = NULL;
	if (!name)
		return -EINVAL;
	device_foreach_child(dev, parent) {
		if (!strcmp(dev->name, name)) {
			*devp = dev;
			return 0;
		}
	}

	return -ENODEV;
}

int device_get_by_ofplat_idx(uint idx, struct udevice **devp)
{
	struct udevice *dev;

	*devp = NULL;
	if (!dm_core.root)
		return -EDEADLK;

	if (dm_core.inst) {
		/* The instantiated devices are the udevice list, by idx */
		if (idx >= ll_entry_count(struct udevice, udevice))
			return -EINVAL;
		dev = ll_entry_start(struct udevice, udevice) + idx;
		if (dm_variant_absent(idx))
			return -ENODEV; /* not in this variant */
	} else {
		if (idx >= ll_entry_count(struct driver_info, driver_info))
			return -EINVAL;
		if (dm_variant_absent(idx))
			return -ENODEV;
		/* No table yet means dm_scan_plat() has bound nothing */
		dev = idx < dm_core.driver_rt_count ?
			dm_core.driver_rt[idx].dev : NULL;
		if (!dev)
			return -ENOENT;
	}

	return uclass_get_device_tail(dev, 0, devp);
}
