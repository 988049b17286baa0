/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Test drivers for the runtime: what they share.
 *
 * Every test node carries the same properties, which the tests read back
 * through the driver's ops (each driver knows its own dtd struct):
 *	tag	a unique name for the node
 *	ptag	the parent node's tag ("root" at the top level)
 *	pidx	the idx dtoc should give it without -i (driver_info position)
 *	iidx	the idx dtoc should give it with -i (udevice position)
 *	pseq	the sequence number binding should give it (plain mode)
 *	iseq	the sequence number dtoc -i should give it
 * The expected values are worked out by hand from the rules (idx: node
 * names sorted as C identifiers; seq: see <dm/device.h>), so a test
 * comparing them with what happens checks dtoc and runtime together.
 *
 * Every hook records "who.hook(tag)" in a log and can be made to fail.
 *
 * dtoc scans this header for struct definitions: each is written as
 * "struct name {" on a line of its own, so that dtoc -i can #include this
 * file where it preallocates them.
 */
#ifndef __RT_TEST_H
#define __RT_TEST_H

#include <dm.h>
#include <dt-structs.h>

/**
 * struct rt_info - the test properties of a node, as read from its device
 * @tag: tag property (for the root device: "root")
 * @ptag: ptag property
 * @pidx: pidx property
 * @iidx: iidx property
 * @pseq: pseq property
 * @iseq: iseq property
 */
struct rt_info {
	const char *tag;
	const char *ptag;
	int pidx;
	int iidx;
	int pseq;
	int iseq;
};

/* Ops of every test driver */
struct rt_ops {
	/* Read the test properties of @dev */
	void (*info)(const struct udevice *dev, struct rt_info *info);
};

/* Copy the test properties from a dtd struct @dtv into @info */
#define RT_INFO_FROM(info, dtv) do {				\
		(info)->tag = (dtv)->tag;			\
		(info)->ptag = (dtv)->ptag;			\
		(info)->pidx = (int)(dtv)->pidx;		\
		(info)->iidx = (int)(dtv)->iidx;		\
		(info)->pseq = (int)(dtv)->pseq;		\
		(info)->iseq = (int)(dtv)->iseq;		\
	} while (0)

/*
 * Private and platform data of the test drivers. Hooks count their calls
 * in them, so tests can see that each is allocated, zeroed to start with,
 * and released when it should be.
 */

/* rt_bus: priv_auto */
struct rt_bus_priv {
	int probe_calls;
	u32 pad[7];
};

/* rt_bus: per_child_auto (each child's parent_priv) */
struct rt_bus_child_priv {
	int child_pre_probe_calls;
	u32 pad[3];
};

/* rt_bus: per_child_plat_auto (each child's parent_plat) */
struct rt_bus_child_plat {
	int child_post_bind_calls;
	u32 pad[5];
};

#ifndef RT_NO_TREE_DRIVERS /* not for dts/api.dts, which has no rt,dev */
/*
 * rt_dev: plat_auto. Larger than the dtd struct, which comes first: binding
 * copies the dtoc values to its start.
 */
struct rt_dev_plat {
	struct dtd_rt_dev dtplat;
	int of_to_plat_calls;
	u8 extra[20];
};
#endif

/* rt_dev: priv_auto */
struct rt_dev_priv {
	int probe_calls;
	u32 pad[9];
};

/* rt_clk: priv_auto */
struct rt_clk_priv {
	int probe_calls;
};

/* rt_serial: priv_auto */
struct rt_serial_priv {
	int probe_calls;
	u32 pad;
};

/* misc uclass: priv_auto (the uclass's own data) */
struct rt_misc_uc_priv {
	int post_probe_calls;
};

/* misc uclass: per_device_auto (each device's uclass_priv) */
struct rt_misc_dev_priv {
	int pre_probe_calls;
	u32 pad[2];
};

/* misc uclass: per_device_plat_auto (each device's uclass_plat) */
struct rt_misc_dev_plat {
	int post_bind_calls;
	u32 pad[4];
};

/* misc uclass: per_child_auto (parent_priv of children of misc devices) */
struct rt_misc_child_priv {
	int child_pre_probe_calls;
	u32 pad[11];
};

/* misc uclass: per_child_plat_auto (parent_plat of their children) */
struct rt_misc_child_plat {
	int child_post_bind_calls;
	u32 pad[13];
};

/* serial uclass: per_device_auto */
struct rt_serial_dev_priv {
	int pre_probe_calls;
};

/* Read the test properties of any device (root: tag "root") */
void rt_get_info(const struct udevice *dev, struct rt_info *info);

/* The tag of a device */
const char *rt_tag(const struct udevice *dev);

/*
 * Record "who.hook(tag)" (or "who.hook" for @dev NULL) in the log, then
 * return the error set up by rt_fail_set() for this call, else 0. Every
 * test hook returns rt_hook(...).
 */
int rt_hook(const char *who, const char *hook, const struct udevice *dev);

/* As rt_hook(), for uclass hooks (init, destroy): "uclass.hook" */
int rt_uc_hook(const char *hook, const struct uclass *uc);

/*
 * Make hook "who.hook" fail with @err for the device tagged @tag (NULL:
 * any device), the next @count times it is called. @who_hook NULL clears.
 */
void rt_fail_set(const char *who_hook, const char *tag, int err, int count);

/* Empty the log */
void rt_log_reset(void);

/* The log: entries separated by single spaces ("" if empty) */
const char *rt_log(void);

#endif /* __RT_TEST_H */
