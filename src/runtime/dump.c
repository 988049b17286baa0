// SPDX-License-Identifier: GPL-2.0+
/*
 * Printing the device tree, in the manner of U-Boot's "dm tree". The
 * lines are formatted here rather than with printf(), so that a
 * freestanding runtime prints them through the board's console.
 */

#include <dm/device.h>
#include <dm/uclass.h>
#include <dm/util.h>
#include "core.h"
#include "rt-libc.h"

/* Indentation kept for at most this many levels; deeper ones line up */
#define DUMP_MAX_DEPTH	32
#define DUMP_STEP	4

/* Where the lines go: a FILE (hosted) or the board's console */
struct dump_out {
	void (*write)(struct dump_out *out, const char *s, size_t len);
	void *file;
};

static void out_str(struct dump_out *out, const char *s)
{
	out->write(out, s, strlen(s));
}

/* @s in a field of @width characters, left-aligned, cut to fit (%-W.Ws) */
static void out_field(struct dump_out *out, const char *s, size_t width)
{
	static const char spaces[] = "                    ";
	size_t len = 0;

	while (len < width && s[len])
		len++;
	out->write(out, s, len);
	for (width -= len; width; ) {
		size_t n = width < sizeof(spaces) - 1 ? width :
			sizeof(spaces) - 1;

		out->write(out, spaces, n);
		width -= n;
	}
}

/* @val right-aligned in at least @width characters (%Wd) */
static void out_int(struct dump_out *out, int val, size_t width)
{
	char buf[16];
	char *p = buf + sizeof(buf);
	unsigned int u = val < 0 ? 0u - (unsigned int)val : (unsigned int)val;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (val < 0)
		*--p = '-';
	while ((size_t)(buf + sizeof(buf) - p) < width)
		*--p = ' ';
	out->write(out, p, (size_t)(buf + sizeof(buf) - p));
}

/*
 * Print @dev and, below it, its children. @indent holds @len characters of
 * indentation for this device's line ("|   " or "    " per ancestor level
 * below the root); @branch is "|-- ", "`-- " or, for the root, "".
 */
static void show_device(struct dump_out *out, const struct udevice *dev,
			char *indent, size_t len, const char *branch)
{
	const struct udevice *child;
	size_t child_len = len;

	/* " %-10.10s %4d  [ %c ]   %-20.20s  %.*s%s%s\n" */
	out_str(out, " ");
	out_field(out, dev->uclass->uc_drv->name, 10);
	out_str(out, " ");
	out_int(out, dev_seq(dev), 4);
	out_str(out, device_active(dev) ? "  [ + ]   " : "  [   ]   ");
	out_field(out, dev->driver->name, 20);
	out_str(out, "  ");
	out->write(out, indent, len);
	out_str(out, branch);
	out_str(out, dev->name);
	out_str(out, "\n");

	/* Children line up under this device's branch, if it has one */
	if (*branch && len + DUMP_STEP <= DUMP_MAX_DEPTH * DUMP_STEP) {
		memcpy(indent + len, strcmp(branch, "`-- ") ? "|   " : "    ",
		       DUMP_STEP);
		child_len += DUMP_STEP;
	}
	device_foreach_child(child, dev) {
		bool last = list_is_last(&child->sibling_node,
					 &dev->child_head);

		show_device(out, child, indent, child_len,
			    last ? "`-- " : "|-- ");
	}
}

static void dump_tree(struct dump_out *out)
{
	char indent[DUMP_MAX_DEPTH * DUMP_STEP];

	out_str(out, " Class       Seq  Probed  Driver                Name\n");
	out_str(out, "------------------------------------------------------"
		"------------\n");
	if (dm_core.root)
		show_device(out, dm_core.root, indent, 0, "");
}

/* To the console, in pieces of at most a small buffer */
static void write_console(struct dump_out *out, const char *s, size_t len)
{
	char buf[64];

	(void)out;
	while (len) {
		size_t n = len < sizeof(buf) - 1 ? len : sizeof(buf) - 1;

		memcpy(buf, s, n);
		buf[n] = '\0';
		board_puts(buf);
		s += n;
		len -= n;
	}
}

void dm_dump_tree(void)
{
	struct dump_out out = { .write = write_console };

	dump_tree(&out);
}

#if __STDC_HOSTED__
static void write_file(struct dump_out *out, const char *s, size_t len)
{
	fwrite(s, 1, len, out->file);
}

void dm_dump_tree_to(FILE *out)
{
	struct dump_out o = { .write = write_file, .file = out };

	dump_tree(&o);
}
#endif
