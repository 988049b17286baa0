// SPDX-License-Identifier: GPL-2.0+
/*
 * Uclass for emulators of I2C chips (sandbox)
 */

#include <dm.h>

UCLASS_DRIVER(i2c_emul) = {
	.id		= UCLASS_I2C_EMUL,
	.name		= "i2c_emul",
};
