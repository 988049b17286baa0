// SPDX-License-Identifier: GPL-2.0+
/*
 * The compat layer's code for U-Boot's drivers on the runtime: global
 * data, malloc(), and the dev_read_*() default (date.c and psci.c have
 * the rest). Written for this project; see uboot-config.h.
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
