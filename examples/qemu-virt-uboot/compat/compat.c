// SPDX-License-Identifier: GPL-2.0+
/*
 * The compat layer's code for U-Boot's drivers on the runtime: global
 * data, malloc(), and the dev_read_*() default (cpu.c has hang() and
 * udelay(), psci.c the PSCI calls; the date conversions are U-Boot's own
 * lib/rtc-lib.c and lib/date.c). Written for this project; see
 * uboot-config.h.
 */

#include <dm.h>
#include <malloc.h>
#include <dm/board.h>
#include <asm/global_data.h>

gd_t ubc_gd = {
	.baudrate	= CONFIG_BAUDRATE,
};

/*
 * U-Boot's allocator, as SPL's simple one: the board's (a bump allocator
 * on this firmware, which never frees)
 */
void *malloc(size_t size)
{
	return board_calloc(1, size);
}

void *calloc(size_t nmemb, size_t size)
{
	return board_calloc(nmemb, size);
}

void free(void *ptr)
{
	board_free(ptr);
}

/* Without a devicetree there is no reg to read: U-Boot's answer then */
__weak fdt_addr_t dev_read_addr(const struct udevice *dev)
{
	return FDT_ADDR_T_NONE;
}
