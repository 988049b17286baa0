// SPDX-License-Identifier: GPL-2.0+
/* Linker-list test entries, part 1 of 3 (deliberately out of order). */
#include "ll_test.h"

LL_ENTRIES(m, 6);
LL_ENTRIES(c, 3);
LL_ENTRIES(x, 8);
