/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * IS_ENABLED() and CONFIG_IS_ENABLED(): the runtime's, which has one
 * phase (CONFIG_IS_ENABLED(X) is IS_ENABLED(CONFIG_X) whatever phase
 * U-Boot would build for). U-Boot's own needs its generated autoconf.h.
 */
#include <dm/runtime-config.h>
