/* SPDX-License-Identifier: GPL-2.0+ */
/* Inspecting driver model. */
#ifndef _DM_UTIL_H
#define _DM_UTIL_H

#include <dm/runtime-config.h>

#if __STDC_HOSTED__
#include <stdio.h>
#endif

/**
 * dm_printf() - print a message on the board's console (board_putc())
 * @fmt: a printf format, of which only %s, %c, %d, %i, %u, %x and %p
 *	(with an optional l, and %%) are understood; no widths
 *
 * What dm_warn() prints through; small enough for a firmware.
 */
void dm_printf(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/*
 * dm_warn() - a driver-model warning, as U-Boot's: printed with
 * CONFIG_DM_WARN, compiled out (strings included) without it.
 */
#if CONFIG_IS_ENABLED(DM_WARN)
#define dm_warn(fmt, ...)	dm_printf(fmt, ##__VA_ARGS__)
#else
#define dm_warn(fmt, ...)	do { if (0) dm_printf(fmt, ##__VA_ARGS__); } while (0)
#endif

/**
 * dm_dump_tree() - print the device tree, like U-Boot's "dm tree"
 *
 * One line per device, parents before children, children in list order:
 * uclass name, sequence number, "[ + ]" if probed, driver name, then the
 * device name indented under its parent with "|-- " / "`-- ". Prints
 * nothing but the header if driver model is not set up. The lines go to
 * the board's console, board_puts() (<dm/board.h>): stdout by default on a
 * host.
 */
void dm_dump_tree(void);

#if __STDC_HOSTED__
/**
 * dm_dump_tree_to() - dm_dump_tree() into @out (hosted builds only)
 * @out: where to print
 */
void dm_dump_tree_to(FILE *out);
#endif

#endif /* _DM_UTIL_H */
