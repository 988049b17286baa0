/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * U-Boot's phase tests. The firmware has one phase; uboot-config.h gives
 * it U-Boot proper's option names, so it is "not xPL" here too.
 */
#ifndef __UBC_SPL_H
#define __UBC_SPL_H

#include <stdbool.h>

static inline bool not_xpl(void)
{
	return true;
}

static inline bool is_xpl(void)
{
	return false;
}

#endif /* __UBC_SPL_H */
