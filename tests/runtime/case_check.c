// SPDX-License-Identifier: GPL-2.0+
/*
 * The runtime check of one testdata case, in either mode.
 *
 * tests/runtime-cases.sh links this program with what dtoc generated for a
 * case (plain: dt-plat.c; dtoc -i: dt-device.c and dt-uclass.c), the
 * drivers and uclass drivers those files name, the runtime library, and
 * case_info.c, the tables it writes from the generated files (see
 * case_check.h). Nothing here knows any particular case: the expectations
 * come from dtoc's records, from the runtime's documented rules (the
 * comments of <dm/root.h> and the other headers) and, for phandles and
 * aliases, from the blob dtoc read.
 *
 * Usage: case_check FILE.dtb
 *
 * Prints TAP: "ok N - ..." or "not ok N - ..." per check, preceded by
 * "# ..." lines saying what is wrong, and the plan at the end. Exits 1 if
 * a check failed, 2 on bad usage or an unreadable blob.
 */

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libfdt.h>
#include <dm.h>
#include <dm/device-internal.h>
#include <dm/lists.h>
#include <dm/platdata.h>
#include <dm/uclass-internal.h>
#include "case_check.h"

/*
 * dtoc -i's dt-uclass.c defines uclass_head; a plain-mode program has none
 * (the runtime declares it weak too, and so tells the modes apart).
 */
#pragma weak uclass_head

/* Passes of dm_scan_plat() (<dm/root.h>: "at most 10") */
#define BIND_PASSES	10
/* Detail lines printed per check before the rest are only counted */
#define MAX_DIAG	20

/* Put in *devp before a lookup, to see that the lookup clears it */
static int junk_target;
#define JUNK	((struct udevice *)&junk_target)

/* ---- TAP ----------------------------------------------------------- */

static int num_checks;
static int num_failed;
static int problems;	/* in the current check */

static void vline(const char *prefix, const char *fmt, va_list ap)
{
	fputs(prefix, stdout);
	vprintf(fmt, ap);
	putchar('\n');
}

/* Record something wrong in the current check, with a "# " line */
static void __attribute__((format(printf, 1, 2))) problem(const char *fmt,
							   ...)
{
	va_list ap;

	if (++problems > MAX_DIAG)
		return;
	va_start(ap, fmt);
	vline("#   ", fmt, ap);
	va_end(ap);
}

/* A "# " line that is not a failure */
static void __attribute__((format(printf, 1, 2))) note(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vline("# ", fmt, ap);
	va_end(ap);
}

static void check_begin(void)
{
	problems = 0;
}

/* End the current check: print its TAP line; return true if it passed */
static bool __attribute__((format(printf, 1, 2))) check_end(const char *fmt,
							     ...)
{
	bool ok = !problems;
	char prefix[32];
	va_list ap;

	if (problems > MAX_DIAG)
		printf("#   ... and %d more\n", problems - MAX_DIAG);
	num_checks++;
	if (!ok)
		num_failed++;
	snprintf(prefix, sizeof(prefix), "%sok %d - ", ok ? "" : "not ",
		 num_checks);
	va_start(ap, fmt);
	vline(prefix, fmt, ap);
	va_end(ap);

	return ok;
}

/* ---- the case ------------------------------------------------------ */

static unsigned int n;			/* records in the linker list */
static const struct case_node **by_idx;	/* the record dtoc numbered idx */
static struct udevice **dev_of;		/* the device of each idx, or NULL */
static void *blob;			/* the devicetree dtoc read */

/* The plain-mode record of @idx */
static const struct driver_info *info_of(unsigned int idx)
{
	return by_idx[idx]->entry;
}

/* The idx of the record for devicetree node @path, or -1 */
static int idx_of_path(const char *path)
{
	unsigned int i;

	for (i = 0; i < case_num_nodes; i++) {
		if (!strcmp(case_nodes[i].path, path))
			return case_nodes[i].idx;
	}

	return -1;
}

/* The path of @path's parent node, in @buf */
static const char *parent_path(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	size_t len = slash && slash != path ? (size_t)(slash - path) : 1;

	if (len >= size)
		len = size - 1;
	memcpy(buf, path, len);
	buf[len] = '\0';

	return buf;
}

/* The node a device stands for, for messages */
static const char *dev_path(const struct udevice *dev)
{
	unsigned int i;

	if (!dev)
		return "(none)";
	for (i = 0; i < n; i++) {
		if (dev_of[i] == dev)
			return by_idx[i]->path;
	}
	if (dev == dm_root())
		return "/";

	return "(a device no record made)";
}

/* Position of @dev among the known devices: its idx, or n for the root */
static int dev_key(const struct udevice *dev)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		if (dev_of[i] == dev)
			return (int)i;
	}
	if (dev && dev == dm_root())
		return (int)n;

	return -1;
}

/* ---- records ------------------------------------------------------- */

/*
 * Every record dtoc wrote sits at the list position of its idx, and the
 * list holds nothing else.
 */
static bool check_records(void)
{
	const char *list = case_inst ? "udevice" : "driver_info";
	uintptr_t base;
	size_t size;
	unsigned int i, count;

	check_begin();
	if (case_inst) {
		base = (uintptr_t)ll_entry_start(struct udevice, udevice);
		count = ll_entry_count(struct udevice, udevice);
		size = sizeof(struct udevice);
	} else {
		base = (uintptr_t)ll_entry_start(struct driver_info,
						 driver_info);
		count = ll_entry_count(struct driver_info, driver_info);
		size = sizeof(struct driver_info);
	}
	if (count != case_num_nodes)
		problem("the %s list has %u entries, dtoc wrote %u records",
			list, count, case_num_nodes);
	n = count;
	by_idx = calloc(count + 1, sizeof(*by_idx));
	dev_of = calloc(count + 1, sizeof(*dev_of));
	if (!by_idx || !dev_of) {
		problem("out of memory");
		return check_end("records");
	}

	for (i = 0; i < case_num_nodes; i++) {
		const struct case_node *t = &case_nodes[i];
		uintptr_t p = (uintptr_t)t->entry;
		unsigned int pos;

		if (p < base || p >= base + count * size ||
		    (p - base) % size) {
			problem("%s: record %s is not in the %s list", t->path,
				t->name, list);
			continue;
		}
		pos = (unsigned int)((p - base) / size);
		if (t->idx < 0 || pos != (unsigned int)t->idx)
			problem("%s: dtoc gave it idx %d, but record %s is at list position %u",
				t->path, t->idx, t->name, pos);
		if (by_idx[pos])
			problem("list position %u holds both %s and %s", pos,
				by_idx[pos]->name, t->name);
		else
			by_idx[pos] = t;

		if (case_inst) {
			const struct udevice *dev = t->entry;

			if (!dev->driver || strcmp(dev->driver->name, t->driver))
				problem("%s: device %s has driver %s, dtoc named %s",
					t->path, t->name,
					dev->driver ? dev->driver->name : "(none)",
					t->driver);
		} else {
			const struct driver_info *info = t->entry;

			if (strcmp(info->name, t->driver))
				problem("%s: record %s names driver %s, dtoc's comment says %s",
					t->path, t->name, info->name, t->driver);
			if (info->plat_size != t->dtd_size)
				problem("%s: plat_size %u, but its struct has %zu bytes",
					t->path, info->plat_size, t->dtd_size);
		}
	}
	for (i = 0; i < count; i++) {
		if (!by_idx[i])
			problem("list position %u holds no record dtoc numbered",
				i);
	}

	return check_end("%u %s records, each at the list position of its idx",
			 count, list);
}

/* ---- plain mode: binding -------------------------------------------- */

/* What binding record @idx gives, hooks aside (device_bind_by_name()) */
static int bind_result(unsigned int idx)
{
	const struct driver *drv = lists_driver_lookup_name(info_of(idx)->name);

	if (!drv)
		return -ENOENT;
	if (!lists_uclass_lookup(drv->id))
		return -EPFNOSUPPORT;

	return 0;
}

/* True if @idx and all its ancestors can be bound */
static bool bindable(unsigned int idx)
{
	unsigned int steps;
	int i = (int)idx;

	for (steps = 0; i != -1 && steps <= n; steps++) {
		if (i < 0 || (unsigned int)i >= n || bind_result(i))
			return false;
		i = info_of(i)->parent_idx;
	}

	return i == -1;
}

/* A model of dm_scan_plat(), as <dm/root.h> describes it */
struct sim {
	bool *bound;
	unsigned int *order;	/* idx of each record, in bind order */
	unsigned int count;
};

static int sim_pass(struct sim *s)
{
	bool deferred = false;
	int result = 0;
	unsigned int i;

	for (i = 0; i < n; i++) {
		int pidx = info_of(i)->parent_idx;
		int ret;

		if (s->bound[i])
			continue;
		if (pidx != -1) {
			if (pidx < 0 || (unsigned int)pidx >= n) {
				if (!result)
					result = -EINVAL;
				continue;
			}
			if (!s->bound[pidx]) {
				deferred = true;
				continue;
			}
		}
		ret = bind_result(i);
		if (!ret) {
			s->bound[i] = true;
			s->order[s->count++] = i;
		} else if (!result) {
			result = ret;
		}
	}

	return result ? result : deferred ? -EAGAIN : 0;
}

static int sim_scan(struct sim *s)
{
	int pass, ret = 0;

	for (pass = 0; pass < BIND_PASSES; pass++) {
		ret = sim_pass(s);
		if (ret != -EAGAIN)
			break;
	}

	return ret;
}

static struct sim sim;

/*
 * dm_init_and_scan(), then dm_scan_plat() again while a scan fails but
 * binds something: each returns what the model says, and in the end every
 * record whose driver, and whose ancestors' drivers, are linked is bound.
 */
static void check_scan(void)
{
	unsigned int i, before, calls = 0, nbindable = 0;
	int ret, want;

	check_begin();
	sim.bound = calloc(n + 1, sizeof(*sim.bound));
	sim.order = calloc(n + 1, sizeof(*sim.order));
	if (!sim.bound || !sim.order) {
		problem("out of memory");
		check_end("scan");
		return;
	}
	do {
		before = sim.count;
		ret = calls ? dm_scan_plat(false) : dm_init_and_scan(false);
		want = sim_scan(&sim);
		if (ret != want)
			problem("%s() call %u returned %d, expected %d",
				calls ? "dm_scan_plat" : "dm_init_and_scan",
				calls + 1, ret, want);
		calls++;
	} while (want && sim.count > before && calls <= n + 1);
	if (!dm_root())
		problem("no root device after dm_init_and_scan()");

	for (i = 0; i < n; i++) {
		if (bindable(i))
			nbindable++;
		if (bindable(i) != sim.bound[i])
			problem("%s: %s by the model, but %s", by_idx[i]->path,
				sim.bound[i] ? "bound" : "unbound",
				bindable(i) ? "bindable" : "not bindable");
	}
	check_end("scan: dm_init_and_scan()%s returned as documented; %u of %u records bindable",
		  calls > 1 ? " and dm_scan_plat() again" : "", nbindable, n);
}

/* Nodes whose driver is missing stay unbound, and so do their children */
static void check_missing(void)
{
	unsigned int i, missing = 0, below = 0;

	check_begin();
	for (i = 0; i < n; i++) {
		int err = bind_result(i);

		if (err) {
			missing++;
			note("%s: %s %s is not linked in (%d)", by_idx[i]->path,
			     err == -ENOENT ? "driver" : "uclass driver of",
			     info_of(i)->name, err);
		} else if (!bindable(i)) {
			below++;
		}
		if (dev_of[i] && !bindable(i))
			problem("%s: bound, though it or an ancestor has no driver",
				by_idx[i]->path);
		if (!dev_of[i] && bindable(i))
			problem("%s: not bound, though it and its ancestors have drivers",
				by_idx[i]->path);
	}
	check_end("missing drivers: %u records without a driver and %u below them stay unbound, the rest are bound",
		  missing, below);
}

/* ---- lookups by idx -------------------------------------------------- */

/*
 * device_get_by_ofplat_idx(i) gives the device made from record i, probed:
 * its driver is the record's, its platform data the record's values (or,
 * with plat_auto, a copy starting with them); unbound records give
 * -ENOENT.
 */
static void check_lookup(void)
{
	unsigned int i, found = 0;

	check_begin();
	for (i = 0; i < n; i++) {
		const struct case_node *t = by_idx[i];
		bool want = case_inst || sim.bound[i];
		struct udevice *dev = JUNK;
		int ret;

		ret = device_get_by_ofplat_idx(i, &dev);
		if (!want) {
			if (ret != -ENOENT || dev)
				problem("%s (idx %u, unbound): returned %d and %s, expected %d and NULL",
					t->path, i, ret, dev ? "a device" : "NULL",
					-ENOENT);
			continue;
		}
		if (ret || !dev || dev == JUNK) {
			problem("%s (idx %u): returned %d", t->path, i, ret);
			continue;
		}
		dev_of[i] = dev;
		found++;
		if (!device_active(dev))
			problem("%s: not active after the lookup", t->path);
		if (!dev->driver || strcmp(dev->driver->name, t->driver))
			problem("%s (idx %u): device has driver %s, record %s",
				t->path, i, dev->driver ? dev->driver->name : "-",
				t->driver);
		if (!dev->uclass || !dev->driver ||
		    dev->uclass->uc_drv->id != dev->driver->id)
			problem("%s: device is not in its driver's uclass",
				t->path);
		if (case_inst) {
			if (dev != t->entry)
				problem("%s (idx %u): gave device %s, not record %s",
					t->path, i, dev_path(dev), t->name);
			if (!dev_get_plat(dev))
				problem("%s: no platform data", t->path);
		} else {
			const struct driver_info *info = t->entry;
			const void *plat = dev_get_plat(dev);

			if (dev->driver->plat_auto > info->plat_size) {
				if (plat == info->plat || !plat ||
				    memcmp(plat, info->plat, info->plat_size))
					problem("%s (idx %u): plat is not a copy of the record's values",
						t->path, i);
			} else if (plat != info->plat) {
				problem("%s (idx %u): plat is not the record's values",
					t->path, i);
			}
		}
	}
	check_end("device_get_by_ofplat_idx(): %u devices, each with its record's driver and values, probed; %u unbound",
		  found, n - found);
}

/* ---- the tree --------------------------------------------------------- */

/* Number of devices under @dev, itself included; marks them in @seen */
static unsigned int count_tree(struct udevice *dev, bool *seen,
			       unsigned int depth)
{
	struct udevice *child;
	unsigned int count = 1;
	int key = dev_key(dev);

	if (key < 0)
		problem("the tree holds a device no record made (%s)",
			dev->name);
	else if (seen[key])
		problem("%s appears twice in the tree", dev_path(dev));
	else
		seen[key] = true;
	if (depth > n + 1) {
		problem("the tree has a loop");
		return count;
	}
	device_foreach_child(child, dev) {
		if (child->parent != dev)
			problem("%s is in the child list of %s, but its parent is %s",
				dev_path(child), dev_path(dev),
				dev_path(child->parent));
		count += count_tree(child, seen, depth + 1);
	}

	return count;
}

/*
 * Each device's parent is the device of its parent node (plain: the one
 * parent_idx names), children sorted before their parents included, or
 * the root when the parent node is not a device; it is in its parent's
 * child list, in bind order (plain) or idx order (-i).
 */
static void check_parents(void)
{
	struct udevice *root = dm_root();
	unsigned int i, devices = 0, early = 0, orphans = 0, total;
	bool *seen = calloc(n + 1, sizeof(*seen));
	char buf[256];

	check_begin();
	if (!seen || !root) {
		problem(seen ? "no root device" : "out of memory");
		free(seen);
		check_end("parents");
		return;
	}
	for (i = 0; i < n; i++) {
		struct udevice *dev = dev_of[i], *want, *child;
		const char *ppath = parent_path(by_idx[i]->path, buf,
						sizeof(buf));
		int pidx = strcmp(ppath, "/") ? idx_of_path(ppath) : -1;
		unsigned int times = 0;

		if (!strcmp(by_idx[i]->path, "/")) {
			if (dev && dev != root)
				problem("the device of / is not the root");
			if (dev && dev_get_parent(dev))
				problem("the root has a parent");
			continue;
		}
		/* A parent node that is no device (no record): the root */
		if (strcmp(ppath, "/") && pidx < 0)
			orphans++;
		if (!case_inst && info_of(i)->parent_idx != pidx)
			problem("%s: parent_idx %d, but its parent node %s has idx %d",
				by_idx[i]->path, info_of(i)->parent_idx, ppath,
				pidx);
		/* With -i the root has an idx too */
		if (idx_of_path(ppath) > (int)i)
			early++;
		if (!dev)
			continue;
		devices++;
		want = pidx < 0 ? root : dev_of[pidx];
		if (dev_get_parent(dev) != want) {
			problem("%s: dev_get_parent() gives %s, expected %s",
				by_idx[i]->path, dev_path(dev_get_parent(dev)),
				dev_path(want));
			continue;
		}
		device_foreach_child(child, want) {
			if (child == dev)
				times++;
		}
		if (times != 1)
			problem("%s: in the child list of %s %u times",
				by_idx[i]->path, dev_path(want), times);
	}

	/* Nothing else in the tree (the root besides), child lists in order */
	total = count_tree(root, seen, 0);
	if (total != devices + 1)
		problem("the tree under the root has %u devices, expected %u",
			total, devices + 1);
	for (i = 0; i <= n; i++) {
		struct udevice *parent = i < n ? dev_of[i] : root, *child;
		unsigned int k = 0;
		int last = -1;

		if (!parent || (i == n && case_inst))
			continue;
		device_foreach_child(child, parent) {
			int key = dev_key(child);

			if (case_inst) {
				if (key <= last)
					problem("children of %s out of idx order at %s",
						dev_path(parent),
						dev_path(child));
				last = key;
				continue;
			}
			/* Plain: the k-th child bound under this parent */
			while (k < sim.count &&
			       (!dev_of[sim.order[k]] ||
				dev_get_parent(dev_of[sim.order[k]]) != parent))
				k++;
			if (k >= sim.count ||
			    dev_of[sim.order[k]] != child)
				problem("children of %s out of bind order at %s",
					dev_path(parent), dev_path(child));
			else
				k++;
		}
	}
	free(seen);
	check_end("parents: %u devices under the device of their parent node (%u sorted before their parent, %u under the root as their parent node is no device), child lists in %s order",
		  devices, early, orphans, case_inst ? "idx" : "bind");
}

/* ---- uclasses and sequence numbers ------------------------------------ */

/* The uclasses that exist, in ring order (-i) or uclass-driver order */
static struct uclass **get_uclasses(unsigned int *countp)
{
	struct uclass_driver *drv = ll_entry_start(struct uclass_driver,
						   uclass_driver);
	unsigned int i, num = ll_entry_count(struct uclass_driver,
					     uclass_driver);
	struct uclass **ucs = calloc(num + case_num_uclasses + 1,
				     sizeof(*ucs));
	unsigned int count = 0;

	if (!ucs)
		return NULL;
	if (case_inst) {
		struct uclass *uc;

		list_for_each_entry(uc, &uclass_head, sibling_node) {
			if (count > case_num_uclasses) {
				problem("the uclass ring has a loop");
				break;
			}
			ucs[count++] = uc;
		}
	} else {
		for (i = 0; i < num; i++) {
			struct uclass *uc = uclass_find(drv[i].id);

			if (uc)
				ucs[count++] = uc;
		}
	}
	*countp = count;

	return ucs;
}

/*
 * Each device is in exactly one uclass, its own, in bind order (plain) or
 * idx order (-i); uclass_first_device_err()/uclass_next_device_err() walk
 * the same devices and end with -ENODEV. With -i the uclass ring is
 * dt-uclass.c's records in order.
 */
static void check_uclasses(void)
{
	unsigned int i, count = 0, members = 0;
	struct uclass **ucs;
	bool *seen = calloc(n + 1, sizeof(*seen));

	check_begin();
	ucs = get_uclasses(&count);
	if (!ucs || !seen) {
		problem("out of memory");
		goto out;
	}
	if (case_inst) {
		if (count != case_num_uclasses)
			problem("the uclass ring has %u uclasses, dt-uclass.c %u",
				count, case_num_uclasses);
		for (i = 0; i < count && i < case_num_uclasses; i++) {
			if (ucs[i] != case_uclasses[i])
				problem("uclass %u of the ring is %s, dt-uclass.c has %s",
					i, ucs[i]->uc_drv->name,
					case_uclasses[i]->uc_drv->name);
		}
	}
	for (i = 0; i < count; i++) {
		struct uclass *uc = ucs[i], *got = NULL;
		enum uclass_id id = uc->uc_drv->id;
		struct udevice *dev, *walk = JUNK;
		unsigned int k = 0;
		int last = -1, ret;

		if (uclass_get(id, &got) || got != uc)
			problem("uclass_get(%s) does not give its uclass",
				uc->uc_drv->name);
		ret = uclass_first_device_err(id, &walk);
		uclass_foreach_dev(dev, uc) {
			int key = dev_key(dev);

			members++;
			if (dev->uclass != uc)
				problem("%s is in uclass %s but says %s",
					dev_path(dev), uc->uc_drv->name,
					dev->uclass ? dev->uclass->uc_drv->name :
					"(none)");
			if (key < 0) {
				problem("uclass %s holds a device no record made",
					uc->uc_drv->name);
			} else if (seen[key]) {
				problem("%s is in a uclass twice",
					dev_path(dev));
			} else {
				seen[key] = true;
			}
			if (ret || walk != dev)
				problem("uclass %s: the walk gives %s (%d) where the list has %s",
					uc->uc_drv->name,
					ret ? "nothing" : dev_path(walk), ret,
					dev_path(dev));
			else
				ret = uclass_next_device_err(&walk);
			if (case_inst || key == (int)n) {
				if (key <= last && key != (int)n)
					problem("uclass %s out of idx order at %s",
						uc->uc_drv->name,
						dev_path(dev));
				last = key;
				continue;
			}
			while (k < sim.count &&
			       (!dev_of[sim.order[k]] ||
				dev_of[sim.order[k]]->uclass != uc))
				k++;
			if (k >= sim.count || dev_of[sim.order[k]] != dev)
				problem("uclass %s out of bind order at %s",
					uc->uc_drv->name, dev_path(dev));
			else
				k++;
		}
		if (ret != -ENODEV || walk)
			problem("uclass %s: the walk ends with %d and %s, expected %d and NULL",
				uc->uc_drv->name, ret, walk ? "a device" : "NULL",
				-ENODEV);
	}
	for (i = 0; i <= n; i++) {
		bool exists = i < n ? !!dev_of[i] : !case_inst;

		if (exists && !seen[i])
			problem("%s is in no uclass",
				i < n ? by_idx[i]->path : "the root");
	}
out:
	free(ucs);
	free(seen);
	check_end("uclasses: %u hold the %u devices, each once, in %s order; first/next_device_err walk them so",
		  count, members, case_inst ? "idx" : "bind");
}

/* Split alias "serial12" into "serial" and 12; false if no number */
static bool alias_split(const char *name, char *stem, size_t size, int *num)
{
	size_t len = strlen(name), end = len;

	while (end && name[end - 1] >= '0' && name[end - 1] <= '9')
		end--;
	if (end == len || !end || end >= size || len - end > 6)
		return false;
	memcpy(stem, name, end);
	stem[end] = '\0';
	*num = atoi(name + end);

	return true;
}

/* The device an alias of the blob points at (via its node's record) */
static struct udevice *alias_target(const char *value, int len)
{
	char path[256];
	int off, idx;

	if (len <= 0 || value[len - 1] != '\0')
		return NULL;
	off = fdt_path_offset(blob, value);
	if (off < 0 || fdt_get_path(blob, off, path, sizeof(path)))
		return NULL;
	idx = idx_of_path(path);

	return idx < 0 ? NULL : dev_of[idx];
}

/*
 * Aliased devices of uclass @uc: those must have the alias number; the
 * highest number any alias claims in the uclass goes into *@maxp.
 * Returns how many devices an alias numbers.
 */
static unsigned int check_aliases(struct uclass *uc, int *maxp,
				  struct udevice **aliased, unsigned int size)
{
	int aliases = fdt_path_offset(blob, "/aliases");
	unsigned int count = 0;
	int prop;

	*maxp = -1;
	if (aliases < 0)
		return 0;
	fdt_for_each_property_offset(prop, blob, aliases) {
		const char *name, *value;
		struct udevice *dev;
		char stem[64];
		int len, num;

		value = fdt_getprop_by_offset(blob, prop, &name, &len);
		if (!value || !alias_split(name, stem, sizeof(stem), &num) ||
		    strcmp(stem, uc->uc_drv->name))
			continue;
		if (num > *maxp)
			*maxp = num;
		dev = alias_target(value, len);
		if (!dev || dev->uclass != uc)
			continue;
		if (dev_seq(dev) != num)
			problem("%s: alias %s, but seq %d", dev_path(dev), name,
				dev_seq(dev));
		if (count < size)
			aliased[count++] = dev;
	}

	return count;
}

/*
 * Sequence numbers: plain: 0, 1, 2... in each uclass's bind order (-1 with
 * DM_UC_FLAG_NO_AUTO_SEQ); -i: the alias number for aliased devices, the
 * others above every alias of their uclass; unique in each uclass, and
 * uclass_find/get_device_by_seq() give the device back.
 */
static void check_seq(void)
{
	unsigned int i, count = 0, numbered = 0, aliased_total = 0;
	struct uclass **ucs;
	struct udevice **aliased = calloc(n + 1, sizeof(*aliased));

	check_begin();
	ucs = get_uclasses(&count);
	if (!ucs || !aliased) {
		problem("out of memory");
		goto out;
	}
	for (i = 0; i < count; i++) {
		struct uclass *uc = ucs[i];
		enum uclass_id id = uc->uc_drv->id;
		struct udevice *dev, *other;
		unsigned int k = 0, naliased = 0, j;
		int max_alias = -1;

		if (case_inst)
			naliased = check_aliases(uc, &max_alias, aliased, n);
		aliased_total += naliased;
		uclass_foreach_dev(dev, uc) {
			int seq = dev_seq(dev);
			bool has_alias = false;

			for (j = 0; j < naliased; j++)
				has_alias |= aliased[j] == dev;
			if (!case_inst) {
				int want = uc->uc_drv->flags &
					   DM_UC_FLAG_NO_AUTO_SEQ ? -1 : (int)k;

				if (seq != want)
					problem("%s: seq %d, expected %d (bind order in %s)",
						dev_path(dev), seq, want,
						uc->uc_drv->name);
			} else if (seq < 0) {
				problem("%s: no sequence number",
					dev_path(dev));
			} else if (!has_alias && seq <= max_alias) {
				problem("%s: seq %d, not above the highest alias of %s (%d)",
					dev_path(dev), seq, uc->uc_drv->name,
					max_alias);
			}
			k++;
			if (seq < 0)
				continue;
			numbered++;
			uclass_foreach_dev(other, uc) {
				if (other != dev && dev_seq(other) == seq)
					problem("%s and %s both have seq %d in %s",
						dev_path(dev), dev_path(other),
						seq, uc->uc_drv->name);
			}
			other = JUNK;
			if (uclass_find_device_by_seq(id, seq, &other) ||
			    other != dev)
				problem("uclass_find_device_by_seq(%s, %d) does not give %s",
					uc->uc_drv->name, seq, dev_path(dev));
			other = JUNK;
			if (uclass_get_device_by_seq(id, seq, &other) ||
			    other != dev)
				problem("uclass_get_device_by_seq(%s, %d) does not give %s",
					uc->uc_drv->name, seq, dev_path(dev));
		}
	}
out:
	free(ucs);
	free(aliased);
	if (case_inst)
		check_end("sequence numbers: %u devices numbered, %u by aliases, the others above their uclass's aliases; lookups by seq find them",
			  numbered, aliased_total);
	else
		check_end("sequence numbers: %u devices numbered in bind order within their uclass; lookups by seq find them",
			  numbered);
}

/* ---- phandles ------------------------------------------------------------ */

/* The cells property of a phandle property, by name (dtoc's rule) */
static const char *cells_prop(const char *name)
{
	static const struct {
		const char *suffix;
		const char *cells;
	} props[] = {
		{ "clocks", "#clock-cells" },
		{ "interrupts-extended", "#interrupt-cells" },
		{ "gpios", "#gpio-cells" },
		{ "sandbox,emul", "#emul-cells" },
	};
	size_t len = strlen(name), i;
	const char *cells = NULL;

	for (i = 0; i < ARRAY_SIZE(props); i++) {
		size_t slen = strlen(props[i].suffix);

		if (len >= slen && !strcmp(name + len - slen, props[i].suffix))
			cells = props[i].cells;
	}

	return cells;
}

/* True if property @name becomes C member @member */
static bool c_name_is(const char *name, const char *member)
{
	for (; *name; name++) {
		if (*name == '@') {
			if (strncmp(member, "_at_", 4))
				return false;
			member += 4;
			continue;
		}
		if (*member++ != (strchr("-,.", *name) ? '_' : *name))
			return false;
	}

	return !*member;
}

/* Entry @k of a phandle member: its idx and argument @a */
static uint ph_idx(const void *vals, const struct case_phandle *ph,
		   unsigned int k)
{
	uint idx;

	memcpy(&idx, (const char *)vals + ph->offset + k * ph->stride,
	       sizeof(idx));

	return idx;
}

static int ph_arg(const void *vals, const struct case_phandle *ph,
		  unsigned int k, unsigned int a)
{
	int arg;

	memcpy(&arg, (const char *)vals + ph->offset + k * ph->stride +
	       ph->args_offset + a * sizeof(int), sizeof(arg));

	return arg;
}

/* Entries followed by a fixed number of cells (see below) */
static unsigned int fixed_entries;

/*
 * One phandle member of node @t: compare its entries with the property in
 * the blob (target node's idx, argument cells, zeros after the last), and
 * look each target up. Returns the number of entries checked.
 *
 * The cells after each phandle are counted with the target's #...-cells
 * named by the property (dtoc's rule for clocks, gpios, ...). A property
 * typed as phandles otherwise (dtoc --bindings) is read with N cells per
 * entry, N being its struct's (phandle_N_arg): a binding giving a fixed
 * count; if the property does not divide so, it is not compared.
 */
static unsigned int check_phandle_member(const struct case_node *t,
					 const void *vals,
					 const struct case_phandle *ph)
{
	int node = fdt_path_offset(blob, t->path);
	const fdt32_t *cells = NULL;
	const char *pname = NULL, *cname = NULL;
	unsigned int k = 0, a, pos = 0, ncells = 0;
	int prop, len = 0;

	if (node < 0) {
		problem("%s: no such node in the blob", t->path);
		return 0;
	}
	fdt_for_each_property_offset(prop, blob, node) {
		const char *name;
		const void *val = fdt_getprop_by_offset(blob, prop, &name,
							&len);

		if (val && c_name_is(name, ph->member)) {
			cells = val;
			pname = name;
			ncells = (unsigned int)len / 4;
			break;
		}
	}
	if (pname) {
		cname = cells_prop(pname);
		if (!cname && ncells % (1 + ph->nargs)) {
			note("%s: %s: %u cells, not entries of %u: not compared with the blob",
			     t->path, pname, ncells, 1 + ph->nargs);
			return 0;
		}
	}

	while (pname && pos < ncells) {
		uint32_t phandle = fdt32_to_cpu(cells[pos]);
		char path[256];
		int target, tidx;
		unsigned int nargs;

		if (!phandle)
			break;
		target = fdt_node_offset_by_phandle(blob, phandle);
		if (target < 0 ||
		    fdt_get_path(blob, target, path, sizeof(path))) {
			problem("%s: %s: no node has phandle %#x", t->path,
				pname, phandle);
			return k;
		}
		if (cname) {
			const fdt32_t *nargs_p = fdt_getprop(blob, target,
							     cname, &len);

			if (!nargs_p || len != 4) {
				problem("%s: %s: %s has no single-cell %s",
					t->path, pname, path, cname);
				return k;
			}
			nargs = fdt32_to_cpu(*nargs_p);
		} else {
			nargs = ph->nargs;
			fixed_entries++;
		}
		tidx = idx_of_path(path);
		if (k >= ph->count) {
			problem("%s: %s has more entries than %s[%u]", t->path,
				pname, ph->member, ph->count);
			return k;
		}
		if (tidx < 0)
			problem("%s: %s[%u] points at %s, which has no record",
				t->path, ph->member, k, path);
		else if (ph_idx(vals, ph, k) != (uint)tidx)
			problem("%s: %s[%u].idx is %u, but %s has idx %d",
				t->path, ph->member, k, ph_idx(vals, ph, k),
				path, tidx);
		for (a = 0; a < ph->nargs; a++) {
			int want = a < nargs && pos + 1 + a < ncells ?
				   (int)fdt32_to_cpu(cells[pos + 1 + a]) : 0;

			if (ph_arg(vals, ph, k, a) != want)
				problem("%s: %s[%u].arg[%u] is %d, the blob has %d",
					t->path, ph->member, k, a,
					ph_arg(vals, ph, k, a), want);
		}
		if (nargs > ph->nargs)
			problem("%s: %s[%u] has %u args, room for %u", t->path,
				ph->member, k, nargs, ph->nargs);

		/* The target, looked up as a driver would */
		if (tidx >= 0) {
			struct udevice *dev = JUNK;
			int ret = device_get_by_ofplat_idx(ph_idx(vals, ph, k),
							   &dev);

			if (dev_of[tidx] ? ret || dev != dev_of[tidx] :
			    ret != -ENOENT)
				problem("%s: %s[%u] (idx %u) gives %s (%d), expected %s",
					t->path, ph->member, k,
					ph_idx(vals, ph, k),
					ret ? "nothing" : dev_path(dev), ret,
					dev_of[tidx] ? path : "-ENOENT (unbound)");
		}
		pos += 1 + nargs;
		k++;
	}
	for (a = k; a < ph->count; a++) {
		unsigned int j;
		bool zero = !ph_idx(vals, ph, a);

		for (j = 0; j < ph->nargs; j++)
			zero &= !ph_arg(vals, ph, a, j);
		if (!zero)
			problem("%s: %s[%u] is not zero, but the property has %u entries",
				t->path, ph->member, a, k);
	}

	return k;
}

/* Phandle values name the right nodes, and resolve to their devices */
static void check_phandles(void)
{
	unsigned int i, j, entries = 0, members = 0;

	check_begin();
	for (i = 0; i < n; i++) {
		const struct case_node *t = by_idx[i];
		const void *vals;

		if (!t->num_phandles)
			continue;
		/* -i: the values start the device's plat (dtplat comes first) */
		vals = case_inst ? ((const struct udevice *)t->entry)->plat_ :
			info_of(i)->plat;
		if (!vals) {
			problem("%s: no values", t->path);
			continue;
		}
		for (j = 0; j < t->num_phandles; j++) {
			members++;
			entries += check_phandle_member(t, vals,
							&t->phandles[j]);
		}
	}
	check_end("phandles: %u entries in %u properties match the blob (%u read with a fixed cell count) and resolve to their targets' devices",
		  entries, members, fixed_entries);
}

/* ---- main ------------------------------------------------------------------ */

static void *read_blob(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long size;

	if (!f)
		return NULL;
	if (!fseek(f, 0, SEEK_END) && (size = ftell(f)) > 0 &&
	    !fseek(f, 0, SEEK_SET)) {
		buf = malloc((size_t)size);
		if (buf && fread(buf, 1, (size_t)size, f) != (size_t)size) {
			free(buf);
			buf = NULL;
		}
		if (buf && (fdt_check_header(buf) ||
			    fdt_totalsize(buf) > (size_t)size)) {
			free(buf);
			buf = NULL;
		}
	}
	fclose(f);

	return buf;
}

int main(int argc, char **argv)
{
	int ret;

	if (argc != 2) {
		fprintf(stderr, "usage: %s FILE.dtb\n", argv[0]);
		return 2;
	}
	blob = read_blob(argv[1]);
	if (!blob) {
		fprintf(stderr, "%s: cannot read a devicetree from %s\n",
			argv[0], argv[1]);
		return 2;
	}
	note("%s mode: %u records", case_inst ? "dtoc -i" : "plain",
	     case_num_nodes);

	if (check_records()) {
		if (case_inst) {
			check_begin();
			ret = dm_init_and_scan(false);
			if (ret)
				problem("dm_init_and_scan() returned %d", ret);
			if (!dm_root() || idx_of_path("/") < 0 ||
			    dm_root() != by_idx[idx_of_path("/")]->entry)
				problem("the root is not the record of /");
			check_end("dm_init_and_scan(): the root is the record of /");
		} else {
			check_scan();
		}
		check_lookup();
		if (!case_inst)
			check_missing();
		check_parents();
		check_uclasses();
		check_seq();
		check_phandles();
	} else {
		printf("Bail out! the records are not where their idx says\n");
	}

	check_begin();
	ret = dm_uninit();
	if (ret)
		problem("dm_uninit() returned %d", ret);
	if (dm_root())
		problem("a root device after dm_uninit()");
	check_end("dm_uninit()");

	printf("1..%d\n", num_checks);
	free(sim.bound);
	free(sim.order);
	free(by_idx);
	free(dev_of);
	free(blob);

	return num_failed ? 1 : 0;
}
