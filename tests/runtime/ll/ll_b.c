// SPDX-License-Identifier: GPL-2.0+
/* Linker-list test entries, part 2 of 3 (deliberately out of order). */
#include "ll_test.h"

LL_ENTRIES(zz, 9);
LL_ENTRIES(a, 1);
LL_ENTRIES(k, 5);
