/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * diff (internal): the dtd_ structs' changes by cause (structs.c)
 */
#ifndef DIFF_STRUCTS_H
#define DIFF_STRUCTS_H

#include "diff/common.h"

/* structs.c: the dtd_ structs' changes, grouped by cause */
json_t *compare_structs(struct diff *d);

#endif /* DIFF_STRUCTS_H */
