/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * I2C uclass data for ACME boards
 */

#ifndef __ACME_I2C_H
#define __ACME_I2C_H

#include <linux/types.h>

/**
 * struct acme_i2c_bus_uc - data kept by the I2C uclass itself
 *
 * @num_buses: number of buses probed so far
 */
struct acme_i2c_bus_uc {
	int num_buses;
};

/**
 * struct acme_i2c_dev_uc - I2C uclass data for each bus controller
 *
 * @speed_hz: bus speed
 * @max_transfer: largest transfer the controller accepts
 */
struct acme_i2c_dev_uc {
	unsigned int speed_hz;
	unsigned int max_transfer;
};

/**
 * struct acme_i2c_chip - I2C uclass data for each chip on a bus
 *
 * @chip_addr: 7-bit chip address
 * @offset_len: length of the register offset in bytes
 */
struct acme_i2c_chip {
	unsigned int chip_addr;
	unsigned int offset_len;
};

#endif /* __ACME_I2C_H */
