// SPDX-License-Identifier: GPL-2.0+
/* Linker-list test entries, part 3 of 3 (deliberately out of order). */
#include "ll_test.h"

LL_ENTRIES(q, 7);
LL_ENTRIES(e, 4);
LL_ENTRIES(b, 2);
