/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME I2C controller driver data
 */

#ifndef __ACME_I2C_CTRL_H
#define __ACME_I2C_CTRL_H

#include <linux/types.h>

/**
 * struct acme_i2c_priv - run-time state of one ACME I2C controller
 *
 * @transfers: number of transfers done
 * @last_addr: address of the last chip spoken to
 */
struct acme_i2c_priv {
	unsigned int transfers;
	unsigned int last_addr;
};

/**
 * struct acme_i2c_child_plat - what the controller keeps for each chip
 *
 * @addr: chip address, from the child's reg
 */
struct acme_i2c_child_plat {
	unsigned int addr;
};

/**
 * struct acme_i2c_child_priv - run-time state for each chip on the bus
 *
 * @nak_count: number of NAKs seen from this chip
 */
struct acme_i2c_child_priv {
	unsigned int nak_count;
};

#endif /* __ACME_I2C_CTRL_H */
