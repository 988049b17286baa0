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
#include <dm/util.h>
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

#if CONFIG_IS_ENABLED(OF_PLATDATA_RT)
/*
 * A device bound at run time carries its flags after it; dtoc's records
 * have theirs in dm_core.udevice_rt.
 */
struct dm_bound_dev {
	struct udevice dev;
	struct udevice_rt rt;
};

static struct udevice_rt *dev_get_rt(const struct udevice *dev)
{
	struct udevice *start = ll_entry_start(struct udevice, udevice);
	uint n = ll_entry_count(struct udevice, udevice);

	if (dev >= start && dev < start + n) {
		uint idx = (uint)(dev - start);

		return idx < dm_core.udevice_rt_count ?
			&dm_core.udevice_rt[idx] : NULL;
	}

	return &container_of(dev, struct dm_bound_dev, dev)->rt;
}

u32 dev_get_flags(const struct udevice *dev)
{
	const struct udevice_rt *urt = dev_get_rt(dev);

	return urt ? urt->flags_ : 0;
}

void dev_or_flags(const struct udevice *dev, u32 or)
{
	struct udevice_rt *urt = dev_get_rt(dev);

	if (urt)
		urt->flags_ |= or;
}

void dev_bic_flags(const struct udevice *dev, u32 bic)
{
	struct udevice_rt *urt = dev_get_rt(dev);

	if (urt)
		urt->flags_ &= ~bic;
}

#define BOUND_DEV_SIZE	sizeof(struct dm_bound_dev)
#else
#define BOUND_DEV_SIZE	sizeof(struct udevice)
#endif

int device_bind_common(struct udevice *parent, const struct driver *drv,
		       const char *name, void *plat, ulong driver_data,
		       uint plat_size, struct udevice **devp)
{
	struct udevice *dev;
	struct uclass *uc;
	int ret;

	if (devp)
		*devp = NULL;
	/* Everything below is then left out of the link */
	if (CONFIG_IS_ENABLED(OF_PLATDATA_NO_BIND))
		return -ENOSYS;
	if (!drv || !name)
		return -EINVAL;

	ret = uclass_get(drv->id, &uc);
	if (ret) {
		dm_warn("Missing uclass for driver %s\n", drv->name);
		return ret;
	}

	dev = board_calloc(1, BOUND_DEV_SIZE);
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
	dev_or_flags(dev, DM_FLAG_ALLOC_DEV);
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
	dm_debug("Bound device %s to %s\n", dev->name,
		 parent ? parent->name : "(none)");
	if (devp)
		*devp = dev;

	return 0;

fail_post_bind:
	/* The bind hook succeeded, so it may have bound children */
	device_chld_unbind(dev, NULL);
	if (drv->unbind && drv->unbind(dev))
		dm_warn("unbind() method failed on dev '%s' on error path\n",
			dev->name);
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
	if (CONFIG_IS_ENABLED(OF_PLATDATA_NO_BIND))
		return -ENOSYS;
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

int device_bind(struct udevice *parent, const struct driver *drv,
		const char *name, void *plat, ofnode node,
		struct udevice **devp)
{
	(void)node;

	return device_bind_common(parent, drv, name, plat, 0, 0, devp);
}

int device_bind_with_driver_data(struct udevice *parent,
				 const struct driver *drv, const char *name,
				 ulong driver_data, ofnode node,
				 struct udevice **devp)
{
	(void)node;

	return device_bind_common(parent, drv, name, NULL, driver_data, 0,
				  devp);
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
	dm_debug("Probed device %s\n", dev->name);

	return 0;

fail_probed:
	/* The driver is running: let it stop, and its children with it */
	if (device_remove(dev, DM_REMOVE_NORMAL))
		dm_warn("%s: Device '%s' failed to remove on error path\n",
			__func__, dev->name);
fail:
	dev_bic_flags(dev, DM_FLAG_ACTIVATED);
	device_release_probe_data(dev);

	return ret;
}

#if CONFIG_IS_ENABLED(DM_DEVICE_REMOVE)
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

int device_chld_unbind(struct udevice *dev, struct driver *drv)
{
	struct udevice *child, *next;
	int ret, first = 0;

	device_foreach_child_safe(child, next, dev) {
		if (drv && child->driver != drv)
			continue;
		ret = device_unbind(child);
		if (ret && !first) {
			dm_warn("device '%s' failed to unbind\n", child->name);
			first = ret;
		}
	}

	return first;
}

int device_chld_remove(struct udevice *dev, struct driver *drv, uint flags)
{
	struct udevice *child, *next;
	int result = 0;

	device_foreach_child_safe(child, next, dev) {
		int ret;

		if (drv && child->driver != drv)
			continue;
		ret = device_remove(child, flags);
		if (ret == -EPROBE_DEFER)
			result = ret;
		else if (ret && ret != -EKEYREJECTED)
			return ret;
	}

	return result;
}

/*
 * Whether device_remove() with @flags removes a device whose driver has
 * @drv_flags: 0 yes, -EPROBE_DEFER no (vital), -EKEYREJECTED no (it has
 * nothing to do for the DMA / OS-prepare removal asked for).
 */
static int remove_verdict(uint flags, u32 drv_flags)
{
	if (flags & DM_REMOVE_NORMAL)
		return 0;
	if ((flags & DM_REMOVE_NON_VITAL) && (drv_flags & DM_FLAG_VITAL))
		return -EPROBE_DEFER;
	if ((flags & DM_REMOVE_ACTIVE_ALL) && !(drv_flags & flags))
		return -EKEYREJECTED;

	return 0;
}

int device_remove(struct udevice *dev, uint flags)
{
	const struct driver *drv;
	int verdict, ret;

	if (!dev)
		return -EINVAL;
	if (!device_active(dev))
		return 0;
	drv = dev->driver;
	verdict = remove_verdict(flags, drv->flags);

	/*
	 * A device that goes takes its children with it, whatever their
	 * DMA / OS-prepare flags; vital ones are still kept if asked.
	 */
	ret = device_chld_remove(dev, NULL, verdict ? flags :
				 flags & ~(uint)DM_REMOVE_ACTIVE_ALL);
	if (ret && ret != -EKEYREJECTED)
		return ret;
	if (verdict) {
		dm_debug("%s: not removed: flags=%x, driver flags=%x, err=%d\n",
			 dev->name, flags, drv->flags, verdict);
		return verdict;
	}

	ret = uclass_pre_remove_device(dev);
	if (ret)
		return ret;
	if (drv->remove) {
		ret = drv->remove(dev);
		if (ret) {
			dm_warn("%s: Device '%s' failed to remove, but children are gone\n",
				__func__, dev->name);
			return ret;
		}
	}
	if (dev->parent && dev->parent->driver->child_post_remove &&
	    dev->parent->driver->child_post_remove(dev))
		dm_warn("%s: Device '%s' failed child_post_remove()\n",
			__func__, dev->name);

	device_release_probe_data(dev);
	dev_bic_flags(dev, DM_FLAG_ACTIVATED);

	return 0;
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
	ret = device_chld_unbind(dev, NULL);
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
	if (CONFIG_IS_ENABLED(OF_PLATDATA_DRIVER_RT))
		forget_device(dev);
	board_free(dev);

	return 0;
}
#endif /* DM_DEVICE_REMOVE */

void device_free_tree(struct udevice *dev)
{
	struct udevice *child, *next;

	device_foreach_child_safe(child, next, dev)
		device_free_tree(child);
	if (!(dev_get_flags(dev) & DM_FLAG_ALLOC_DEV)) {
		device_reset_inst(dev);
		return;
	}
	device_release_probe_data(dev);
	free_bind_data(dev);
	list_del(&dev->uclass_node);
	list_del(&dev->sibling_node);
	board_free(dev);
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
	dev_bic_flags(dev, ~(u32)0);
}

void *dev_get_plat(const struct udevice *dev)
{
	if (!dev) {
		dm_warn("%s: null device\n", __func__);
		return NULL;
	}

	return dev->plat_;
}

void *dev_get_parent_plat(const struct udevice *dev)
{
	if (!dev) {
		dm_warn("%s: null device\n", __func__);
		return NULL;
	}

	return dev->parent_plat_;
}

void *dev_get_uclass_plat(const struct udevice *dev)
{
	if (!dev) {
		dm_warn("%s: null device\n", __func__);
		return NULL;
	}

	return dev->uclass_plat_;
}

void *dev_get_priv(const struct udevice *dev)
{
	if (!dev) {
		dm_warn("%s: null device\n", __func__);
		return NULL;
	}

	return dev->priv_;
}

void *dev_get_parent_priv(const struct udevice *dev)
{
	if (!dev) {
		dm_warn("%s: null device\n", __func__);
		return NULL;
	}

	return dev->parent_priv_;
}

void *dev_get_uclass_priv(const struct udevice *dev)
{
	if (!dev) {
		dm_warn("%s: null device\n", __func__);
		return NULL;
	}

	return dev->uclass_priv_;
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

int device_get_child_count(const struct udevice *parent)
{
	struct udevice *dev;
	int count = 0;

	device_foreach_child(dev, parent)
		count++;

	return count;
}

int device_get_decendent_count(const struct udevice *parent)
{
	struct udevice *dev;
	int count = 0;

	device_foreach_child(dev, parent)
		count += 1 + device_get_decendent_count(dev);

	return count;
}

int device_find_child_by_seq(const struct udevice *parent, int seq,
			     struct udevice **devp)
{
	struct udevice *dev;

	*devp = NULL;
	device_foreach_child(dev, parent) {
		if (dev->seq_ == seq) {
			*devp = dev;
			return 0;
		}
	}

	return -ENODEV;
}

int device_get_child_by_seq(const struct udevice *parent, int seq,
			    struct udevice **devp)
{
	struct udevice *dev;
	int ret;

	*devp = NULL;
	ret = device_find_child_by_seq(parent, seq, &dev);

	return uclass_get_device_tail(dev, ret, devp);
}

int device_find_first_child_by_uclass(const struct udevice *parent,
				      enum uclass_id uclass_id,
				      struct udevice **devp)
{
	struct udevice *dev;

	*devp = NULL;
	device_foreach_child(dev, parent) {
		if (device_get_uclass_id(dev) == uclass_id) {
			*devp = dev;
			return 0;
		}
	}

	return -ENODEV;
}

int device_first_child_err(struct udevice *parent, struct udevice **devp)
{
	struct udevice *dev;

	*devp = NULL;
	device_find_first_child(parent, &dev);
	if (!dev)
		return -ENODEV;

	return uclass_get_device_tail(dev, 0, devp);
}

int device_next_child_err(struct udevice **devp)
{
	struct udevice *dev = *devp;

	*devp = NULL;
	device_find_next_child(&dev);
	if (!dev)
		return -ENODEV;

	return uclass_get_device_tail(dev, 0, devp);
}

bool device_has_active_children(const struct udevice *dev)
{
	struct udevice *child;

	device_foreach_child(child, dev) {
		if (device_active(child))
			return true;
	}

	return false;
}

bool device_is_last_sibling(const struct udevice *dev)
{
	const struct udevice *parent = dev->parent;

	return !parent || list_is_last(&dev->sibling_node, &parent->child_head);
}

bool device_name_is(const char *name, const char *want, int len)
{
	int i;

	for (i = 0; i < len; i++) {
		if (!name[i] || name[i] != want[i])
			return false;
	}

	return !name[len];
}

int device_find_child_by_namelen(const struct udevice *parent,
				 const char *name, int len,
				 struct udevice **devp)
{
	struct udevice *dev;

	*devp = NULL;
	device_foreach_child(dev, parent) {
		if (device_name_is(dev->name, name, len)) {
			*devp = dev;
			return 0;
		}
	}

	return -ENODEV;
}

int device_find_first_inactive_child(const struct udevice *parent,
				     enum uclass_id uclass_id,
				     struct udevice **devp)
{
	struct udevice *dev;

	*devp = NULL;
	device_foreach_child(dev, parent) {
		if (!device_active(dev) &&
		    device_get_uclass_id(dev) == uclass_id) {
			*devp = dev;
			return 0;
		}
	}

	return -ENODEV;
}

int device_reparent(struct udevice *dev, struct udevice *new_parent)
{
	if (!dev || !new_parent || !dev->parent)
		return -EINVAL;
	list_del(&dev->sibling_node);
	list_add_tail(&dev->sibling_node, &new_parent->child_head);
	dev->parent = new_parent;

	return 0;
}

int device_get_by_ofplat_idx(uint idx, struct udevice **devp)
{
	struct udevice *dev = NULL;

	*devp = NULL;
	if (!dm_core.root)
		return -EDEADLK;

	if (dm_inst()) {
		/* The instantiated devices are the udevice list, by idx */
		if (idx >= ll_entry_count(struct udevice, udevice))
			return -EINVAL;
		dev = ll_entry_start(struct udevice, udevice) + idx;
		if (dm_node_absent(idx))
			return -ENODEV; /* not in this variant */
	} else if (CONFIG_IS_ENABLED(OF_PLATDATA_DRIVER_RT)) {
		if (idx >= ll_entry_count(struct driver_info, driver_info))
			return -EINVAL;
		if (dm_node_absent(idx))
			return -ENODEV;
		/* No table yet means dm_scan_plat() has bound nothing */
		dev = idx < dm_core.driver_rt_count ?
			dm_core.driver_rt[idx].dev : NULL;
		if (!dev)
			return -ENOENT;
	}

	return uclass_get_device_tail(dev, dev ? 0 : -ENOENT, devp);
}
