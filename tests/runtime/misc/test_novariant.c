// SPDX-License-Identifier: GPL-2.0+
/*
 * A runtime built without the board-variant code
 * (CONFIG_OF_PLATDATA_VARIANT=0, the plainonly configuration) and a board
 * that defines board_fix_plat(): the hook would never be called, so
 * dm_init() refuses to start (-ENOSYS) rather than ignore it.
 */

#include <stdio.h>
#include <string.h>
#include <dm.h>
#include <dm/variant.h>
#include <linux/errno.h>

static int calls;

/* The console: the configuration has CONFIG_DM_WARN */
static char console[256];
static size_t console_len;

void board_putc(char ch)
{
	if (console_len < sizeof(console) - 1)
		console[console_len++] = ch;
}

int board_fix_plat(int idx, const char *drv_name, int variant, void **platp)
{
	(void)idx;
	(void)drv_name;
	(void)variant;
	(void)platp;
	calls++;

	return 0;
}

int main(void)
{
	int ret = dm_init_and_scan(false);
	int ok = ret == -ENOSYS && !dm_root() && !calls && !dm_uninit() &&
		 !strcmp(console, "dm_init() failed: -38\n");

	printf("%s - novariant: a board_fix_plat() without the variant code: "
	       "dm_init() gives %d\n", ok ? "ok" : "FAIL", ret);

	return ok ? 0 : 1;
}
