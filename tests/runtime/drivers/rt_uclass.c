// SPDX-License-Identifier: GPL-2.0+
/*
 * Uclass drivers for the test drivers: every hook logs. misc keeps data of
 * every kind (its own, per device, per child); serial is numbered by
 * aliases; clk gives no sequence numbers to bound devices; i2c has no
 * devices in any test tree.
 */

#include <dm.h>
#include <dt-structs.h>
#include <rt-test.h>

static int rt_uc_init(struct uclass *uc)
{
	return rt_uc_hook("init", uc);
}

static int rt_uc_destroy(struct uclass *uc)
{
	return rt_uc_hook("destroy", uc);
}

static int rt_uc_post_bind(struct udevice *dev)
{
	return rt_hook(dev_get_uclass_name(dev), "post_bind", dev);
}

static int rt_uc_pre_unbind(struct udevice *dev)
{
	return rt_hook(dev_get_uclass_name(dev), "pre_unbind", dev);
}

static int rt_uc_pre_probe(struct udevice *dev)
{
	return rt_hook(dev_get_uclass_name(dev), "pre_probe", dev);
}

static int rt_uc_post_probe(struct udevice *dev)
{
	return rt_hook(dev_get_uclass_name(dev), "post_probe", dev);
}

static int rt_uc_pre_remove(struct udevice *dev)
{
	return rt_hook(dev_get_uclass_name(dev), "pre_remove", dev);
}

/* Child hooks are named after the parent's uclass, which runs them */
static int rt_uc_child_post_bind(struct udevice *dev)
{
	return rt_hook(dev_get_uclass_name(dev_get_parent(dev)),
		       "child_post_bind", dev);
}

static int rt_uc_child_pre_probe(struct udevice *dev)
{
	return rt_hook(dev_get_uclass_name(dev_get_parent(dev)),
		       "child_pre_probe", dev);
}

static int rt_uc_child_post_probe(struct udevice *dev)
{
	return rt_hook(dev_get_uclass_name(dev_get_parent(dev)),
		       "child_post_probe", dev);
}

static int rt_misc_post_bind(struct udevice *dev)
{
	struct rt_misc_dev_plat *uplat = dev_get_uclass_plat(dev);

	uplat->post_bind_calls++;

	return rt_uc_post_bind(dev);
}

static int rt_misc_pre_probe(struct udevice *dev)
{
	struct rt_misc_dev_priv *upriv = dev_get_uclass_priv(dev);

	upriv->pre_probe_calls++;

	return rt_uc_pre_probe(dev);
}

static int rt_misc_post_probe(struct udevice *dev)
{
	struct rt_misc_uc_priv *ucpriv = uclass_get_priv(dev->uclass);

	ucpriv->post_probe_calls++;

	return rt_uc_post_probe(dev);
}

static int rt_misc_child_post_bind(struct udevice *dev)
{
	struct rt_misc_child_plat *cplat = dev_get_parent_plat(dev);

	cplat->child_post_bind_calls++;

	return rt_uc_child_post_bind(dev);
}

static int rt_misc_child_pre_probe(struct udevice *dev)
{
	struct rt_misc_child_priv *cpriv = dev_get_parent_priv(dev);

	cpriv->child_pre_probe_calls++;

	return rt_uc_child_pre_probe(dev);
}

UCLASS_DRIVER(simple_bus) = {
	.id		= UCLASS_SIMPLE_BUS,
	.name		= "simple_bus",
	.init		= rt_uc_init,
	.destroy	= rt_uc_destroy,
	.post_bind	= rt_uc_post_bind,
	.pre_unbind	= rt_uc_pre_unbind,
	.pre_probe	= rt_uc_pre_probe,
	.post_probe	= rt_uc_post_probe,
	.pre_remove	= rt_uc_pre_remove,
	.child_post_bind = rt_uc_child_post_bind,
	.child_pre_probe = rt_uc_child_pre_probe,
	.child_post_probe = rt_uc_child_post_probe,
};

UCLASS_DRIVER(misc) = {
	.id		= UCLASS_MISC,
	.name		= "misc",
	.init		= rt_uc_init,
	.destroy	= rt_uc_destroy,
	.post_bind	= rt_misc_post_bind,
	.pre_unbind	= rt_uc_pre_unbind,
	.pre_probe	= rt_misc_pre_probe,
	.post_probe	= rt_misc_post_probe,
	.pre_remove	= rt_uc_pre_remove,
	.child_post_bind = rt_misc_child_post_bind,
	.child_pre_probe = rt_misc_child_pre_probe,
	.child_post_probe = rt_uc_child_post_probe,
	.priv_auto	= sizeof(struct rt_misc_uc_priv),
	.per_device_auto = sizeof(struct rt_misc_dev_priv),
	.per_device_plat_auto = sizeof(struct rt_misc_dev_plat),
	.per_child_auto	= sizeof(struct rt_misc_child_priv),
	.per_child_plat_auto = sizeof(struct rt_misc_child_plat),
};

UCLASS_DRIVER(serial) = {
	.id		= UCLASS_SERIAL,
	.name		= "serial",
	.flags		= DM_UC_FLAG_SEQ_ALIAS,
	.init		= rt_uc_init,
	.destroy	= rt_uc_destroy,
	.post_bind	= rt_uc_post_bind,
	.pre_probe	= rt_uc_pre_probe,
	.post_probe	= rt_uc_post_probe,
	.per_device_auto = sizeof(struct rt_serial_dev_priv),
};

UCLASS_DRIVER(clk) = {
	.id		= UCLASS_CLK,
	.name		= "clk",
	.flags		= DM_UC_FLAG_NO_AUTO_SEQ,
	.init		= rt_uc_init,
	.destroy	= rt_uc_destroy,
	.post_bind	= rt_uc_post_bind,
	.pre_probe	= rt_uc_pre_probe,
	.post_probe	= rt_uc_post_probe,
};

UCLASS_DRIVER(i2c) = {
	.id		= UCLASS_I2C,
	.name		= "i2c",
	.init		= rt_uc_init,
	.destroy	= rt_uc_destroy,
};
