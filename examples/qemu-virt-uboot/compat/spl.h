/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * U-Boot's phase tests. The firmware has one phase; uboot-config.h gives
 * it U-Boot proper's option names, so it is "not xPL" here too, and runs
 * where it was loaded (U-Boot's "after relocation").
 */
#ifndef __UBC_SPL_H
#define __UBC_SPL_H

#include <stdbool.h>

enum xpl_phase_t {
	PHASE_NONE,
	PHASE_TPL,
	PHASE_VPL,
	PHASE_SPL,
	PHASE_BOARD_F,
	PHASE_BOARD_R,
	PHASE_COUNT,
};

static inline enum xpl_phase_t xpl_phase(void)
{
	return PHASE_BOARD_R;
}

static inline bool not_xpl(void)
{
	return true;
}

static inline bool is_xpl(void)
{
	return false;
}

#endif /* __UBC_SPL_H */
