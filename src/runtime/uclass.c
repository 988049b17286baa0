// SPDX-License-Identifier: GPL-2.0+
/*
 * Uclasses: creating them (plain mode), looking devices up in them, and
 * the uclass hooks that binding and probing run.
 */

#include "rt-libc.h"
#include <dm/device.h>
#include <dm/device-internal.h>
#include <dm/lists.h>
#include <dm/uclass.h>
#include <dm/uclass-internal.h>
#include <dm/util.h>
#include "core.h"

struct uclass *uclass_find(enum uclass_id key)
{
	struct uclass *uc;

	if (!dm_core.uclass_root)
		return NULL;
	list_for_each_entry(uc, dm_core.uclass_root, sibling_node) {
		if (uc->uc_drv->id == key)
			return uc;
	}

	return NULL;
}

/* Create the uclass for @id (plain mode) and run its init hook */
static int uclass_add(enum uclass_id id, struct uclass **ucp)
{
	struct uclass_driver *uc_drv;
	struct uclass *uc;
	int ret;

	uc_drv = lists_uclass_lookup(id);
	/*
	 * An unusual code, as in U-Boot, so that a missing UCLASS_DRIVER()
	 * (which stops every driver of that uclass from binding) stands out.
	 */
	if (!uc_drv)
		return -EPFNOSUPPORT;
	uc = board_calloc(1, sizeof(*uc));
	if (!uc)
		return -ENOMEM;
	if (uc_drv->priv_auto > 0) {
		uc->priv_ = board_calloc(1, (size_t)uc_drv->priv_auto);
		if (!uc->priv_) {
			board_free(uc);
			return -ENOMEM;
		}
	}
	uc->uc_drv = uc_drv;
	INIT_LIST_HEAD(&uc->dev_head);
	/* Newest first, as U-Boot does */
	list_add(&uc->sibling_node, dm_core.uclass_root);

	if (uc_drv->init) {
		ret = uc_drv->init(uc);
		if (ret) {
			list_del(&uc->sibling_node);
			if (uc_drv->priv_auto > 0)
				board_free(uc->priv_);
			board_free(uc);
			return ret;
		}
	}
	*ucp = uc;

	return 0;
}

int uclass_get(enum uclass_id id, struct uclass **ucp)
{
	struct uclass *uc;

	*ucp = NULL;
	/* Set up by dm_init(), before it binds the root device */
	if (!dm_core.uclass_root)
		return -EDEADLK;
	uc = uclass_find(id);
	if (uc) {
		*ucp = uc;
		return 0;
	}
	/* dtoc -i instantiated every uclass there is */
	if (dm_inst())
		return -ENOENT;

	return uclass_add(id, ucp);
}

#if CONFIG_IS_ENABLED(DM_DEVICE_REMOVE)
int uclass_destroy(struct uclass *uc)
{
	struct uclass_driver *uc_drv = uc->uc_drv;
	struct udevice *dev;
	int ret;

	/*
	 * Unbinding a device also unbinds its children, which may be in this
	 * uclass too; so take the first device each time round.
	 */
	while (!list_empty(&uc->dev_head)) {
		dev = list_first_entry(&uc->dev_head, struct udevice,
				       uclass_node);
		ret = device_remove(dev, DM_REMOVE_NORMAL);
		if (!ret)
			ret = device_unbind(dev);
		if (ret)
			return ret;
	}
	if (uc_drv->destroy)
		uc_drv->destroy(uc);
	list_del(&uc->sibling_node);
	if (uc_drv->priv_auto > 0)
		board_free(uc->priv_);
	board_free(uc);

	return 0;
}
#endif

const char *uclass_get_name(enum uclass_id id)
{
	struct uclass *uc;

	if (uclass_get(id, &uc))
		return NULL;

	return uc->uc_drv->name;
}

enum uclass_id uclass_get_by_namelen(const char *name, int len)
{
	struct uclass_driver *start, *entry;
	uint n;

	if (!name)
		return UCLASS_INVALID;
	start = ll_entry_start(struct uclass_driver, uclass_driver);
	n = ll_entry_count(struct uclass_driver, uclass_driver);
	for (entry = start; entry != start + n; entry++) {
		if (entry->name && device_name_is(entry->name, name, len))
			return entry->id;
	}

	return UCLASS_INVALID;
}

enum uclass_id uclass_get_by_name(const char *name)
{
	return name ? uclass_get_by_namelen(name, (int)strlen(name)) :
		UCLASS_INVALID;
}

int dev_get_uclass_index(struct udevice *dev, struct uclass **ucp)
{
	struct udevice *iter;
	int i = 0;

	if (ucp)
		*ucp = NULL;
	if (!dev)
		return -ENODEV;
	uclass_foreach_dev(iter, dev->uclass) {
		if (iter == dev) {
			if (ucp)
				*ucp = dev->uclass;
			return i;
		}
		i++;
	}

	return -ENODEV;
}

void *uclass_get_priv(const struct uclass *uc)
{
	return uc->priv_;
}

void uclass_set_priv(struct uclass *uc, void *priv)
{
	uc->priv_ = priv;
}

int uclass_get_count(void)
{
	struct uclass *uc;
	int count = 0;

	if (dm_core.uclass_root) {
		list_for_each_entry(uc, dm_core.uclass_root, sibling_node)
			count++;
	}

	return count;
}

int uclass_find_next_free_seq(struct uclass *uc)
{
	struct udevice *dev;
	int max = -1;

	uclass_foreach_dev(dev, uc) {
		if (dev->seq_ > max)
			max = dev->seq_;
	}

	return max + 1;
}

int uclass_find_device(enum uclass_id id, int index, struct udevice **devp)
{
	struct uclass *uc;
	struct udevice *dev;
	int ret;

	*devp = NULL;
	ret = uclass_get(id, &uc);
	if (ret)
		return ret;
	uclass_foreach_dev(dev, uc) {
		if (!index--) {
			*devp = dev;
			return 0;
		}
	}

	return -ENODEV;
}

int uclass_find_first_device(enum uclass_id id, struct udevice **devp)
{
	struct uclass *uc;
	int ret;

	*devp = NULL;
	ret = uclass_get(id, &uc);
	if (ret)
		return ret;
	*devp = list_first_entry_or_null(&uc->dev_head, struct udevice,
					 uclass_node);

	return 0;
}

void uclass_find_next_device(struct udevice **devp)
{
	struct udevice *dev = *devp;

	*devp = NULL;
	if (dev && !list_is_last(&dev->uclass_node, &dev->uclass->dev_head))
		*devp = list_entry(dev->uclass_node.next, struct udevice,
				   uclass_node);
}

int uclass_find_device_by_namelen(enum uclass_id id, const char *name,
				  int len, struct udevice **devp)
{
	struct uclass *uc;
	struct udevice *dev;
	int ret;

	*devp = NULL;
	if (!name)
		return -EINVAL;
	ret = uclass_get(id, &uc);
	if (ret)
		return ret;
	uclass_foreach_dev(dev, uc) {
		if (device_name_is(dev->name, name, len)) {
			*devp = dev;
			return 0;
		}
	}

	return -ENODEV;
}

int uclass_find_device_by_name(enum uclass_id id, const char *name,
			       struct udevice **devp)
{
	if (!name) {
		*devp = NULL;
		return -EINVAL;
	}

	return uclass_find_device_by_namelen(id, name, (int)strlen(name), devp);
}

int uclass_find_device_by_seq(enum uclass_id id, int seq,
			      struct udevice **devp)
{
	struct uclass *uc;
	struct udevice *dev;
	int ret;

	*devp = NULL;
	/* -1 means "no number": it must not match devices without one */
	if (seq == -1)
		return -ENODEV;
	ret = uclass_get(id, &uc);
	if (ret)
		return ret;
	uclass_foreach_dev(dev, uc) {
		if (dev->seq_ == seq) {
			*devp = dev;
			return 0;
		}
	}

	return -ENODEV;
}

int uclass_get_device_tail(struct udevice *dev, int ret,
			   struct udevice **devp)
{
	if (ret)
		return ret;
	ret = device_probe(dev);
	if (ret)
		return ret;
	*devp = dev;

	return 0;
}

int uclass_get_device(enum uclass_id id, int index, struct udevice **devp)
{
	struct udevice *dev;
	int ret;

	*devp = NULL;
	ret = uclass_find_device(id, index, &dev);

	return uclass_get_device_tail(dev, ret, devp);
}

int uclass_get_device_by_name(enum uclass_id id, const char *name,
			      struct udevice **devp)
{
	struct udevice *dev;
	int ret;

	*devp = NULL;
	ret = uclass_find_device_by_name(id, name, &dev);

	return uclass_get_device_tail(dev, ret, devp);
}

int uclass_get_device_by_seq(enum uclass_id id, int seq,
			     struct udevice **devp)
{
	struct udevice *dev;
	int ret;

	*devp = NULL;
	ret = uclass_find_device_by_seq(id, seq, &dev);

	return uclass_get_device_tail(dev, ret, devp);
}

int uclass_get_device_by_driver(enum uclass_id id, const struct driver *drv,
				struct udevice **devp)
{
	struct uclass *uc;
	struct udevice *dev;
	int ret;

	*devp = NULL;
	ret = uclass_get(id, &uc);
	if (ret)
		return ret;
	uclass_foreach_dev(dev, uc) {
		if (dev->driver == drv)
			return uclass_get_device_tail(dev, 0, devp);
	}

	return -ENODEV;
}

/* From @dev on, the first device that probes; NULL if none does */
static void first_probed_from(struct udevice *dev, struct udevice **devp)
{
	for (; dev; uclass_find_next_device(&dev)) {
		if (!device_probe(dev))
			break;
	}
	*devp = dev;
}

void uclass_first_device(enum uclass_id id, struct udevice **devp)
{
	struct udevice *dev;

	uclass_find_first_device(id, &dev);
	first_probed_from(dev, devp);
}

void uclass_next_device(struct udevice **devp)
{
	struct udevice *dev = *devp;

	uclass_find_next_device(&dev);
	first_probed_from(dev, devp);
}

int uclass_first_device_check(enum uclass_id id, struct udevice **devp)
{
	int ret;

	ret = uclass_find_first_device(id, devp);
	if (ret || !*devp)
		return ret;

	return device_probe(*devp);
}

int uclass_next_device_check(struct udevice **devp)
{
	uclass_find_next_device(devp);
	if (!*devp)
		return 0;

	return device_probe(*devp);
}

int uclass_first_device_err(enum uclass_id id, struct udevice **devp)
{
	int ret;

	ret = uclass_first_device_check(id, devp);
	if (ret)
		return ret;

	return *devp ? 0 : -ENODEV;
}

int uclass_next_device_err(struct udevice **devp)
{
	int ret;

	/* U-Boot would crash; a walk that has ended is a caller's error */
	if (!*devp)
		return -EINVAL;
	ret = uclass_next_device_check(devp);
	if (ret)
		return ret;

	return *devp ? 0 : -ENODEV;
}

int uclass_first_device_drvdata(enum uclass_id id, ulong driver_data,
				struct udevice **devp)
{
	struct udevice *dev;
	struct uclass *uc;

	*devp = NULL;
	uclass_id_foreach_dev(id, dev, uc) {
		if (dev_get_driver_data(dev) == driver_data) {
			*devp = dev;
			return device_probe(dev);
		}
	}

	return -ENODEV;
}

struct udevice *uclass_try_first_device(enum uclass_id id)
{
	struct uclass *uc = uclass_find(id);

	if (!uc)
		return NULL;

	return list_first_entry_or_null(&uc->dev_head, struct udevice,
					uclass_node);
}

int uclass_probe_all(enum uclass_id id)
{
	struct udevice *dev;
	int ret, err;

	err = uclass_first_device_check(id, &dev);
	while (dev) {
		ret = uclass_next_device_check(&dev);
		if (ret)
			err = ret;
	}

	return err;
}

int uclass_id_count(enum uclass_id id)
{
	struct udevice *dev;
	struct uclass *uc;
	int count = 0;

	uclass_id_foreach_dev(id, dev, uc)
		count++;

	return count;
}

int uclass_bind_device(struct udevice *dev)
{
	struct uclass_driver *parent_uc_drv;
	int ret;

	list_add_tail(&dev->uclass_node, &dev->uclass->dev_head);
	if (dev->parent) {
		parent_uc_drv = dev->parent->uclass->uc_drv;
		if (parent_uc_drv->child_post_bind) {
			ret = parent_uc_drv->child_post_bind(dev);
			if (ret) {
				list_del(&dev->uclass_node);
				return ret;
			}
		}
	}

	return 0;
}

int uclass_unbind_device(struct udevice *dev)
{
	list_del(&dev->uclass_node);

	return 0;
}

int uclass_pre_unbind_device(struct udevice *dev)
{
	struct uclass_driver *uc_drv = dev->uclass->uc_drv;

	return uc_drv->pre_unbind ? uc_drv->pre_unbind(dev) : 0;
}

int uclass_pre_probe_device(struct udevice *dev)
{
	struct uclass_driver *uc_drv = dev->uclass->uc_drv;
	int ret;

	if (uc_drv->pre_probe) {
		ret = uc_drv->pre_probe(dev);
		if (ret)
			return ret;
	}
	if (!dev->parent)
		return 0;
	uc_drv = dev->parent->uclass->uc_drv;

	return uc_drv->child_pre_probe ? uc_drv->child_pre_probe(dev) : 0;
}

int uclass_post_probe_device(struct udevice *dev)
{
	struct uclass_driver *uc_drv;
	int ret;

	if (dev->parent) {
		uc_drv = dev->parent->uclass->uc_drv;
		if (uc_drv->child_post_probe) {
			ret = uc_drv->child_post_probe(dev);
			if (ret)
				return ret;
		}
	}
	uc_drv = dev->uclass->uc_drv;

	return uc_drv->post_probe ? uc_drv->post_probe(dev) : 0;
}

int uclass_pre_remove_device(struct udevice *dev)
{
	struct uclass_driver *uc_drv = dev->uclass->uc_drv;

	return uc_drv->pre_remove ? uc_drv->pre_remove(dev) : 0;
}
