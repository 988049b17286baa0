// SPDX-License-Identifier: GPL-2.0+
/*
 * Old names for the ACME GPIO bank
 *
 * Boards from the first SoC revision describe the banks as "acme,gpio-bank".
 * This alias is meant to map them to the GPIO driver, but this file declares
 * no driver itself, so the scanner never reads it and the alias has no effect.
 */

#include <dm.h>

DM_DRIVER_ALIAS(acme_gpio, acme_gpio_bank)
