/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Register layout of ACME peripherals, as modelled on sandbox
 */

#ifndef __ASM_ACME_REGS_H
#define __ASM_ACME_REGS_H

#define ACME_I2C_CTRL		0x00
#define ACME_I2C_STATUS		0x04
#define ACME_I2C_DATA		0x08

/* I2C controller variants, held in the driver data */
#define ACME_I2C_FAST		0x10
#define ACME_I2C_HS		0x20

#endif /* __ASM_ACME_REGS_H */
