/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Sandbox emulators for ACME I2C chips
 */

#ifndef __ASM_ACME_EMUL_H
#define __ASM_ACME_EMUL_H

#define ACME_EEPROM_EMUL_SIZE	64

/**
 * struct acme_eeprom_emul_priv - contents of an emulated EEPROM
 *
 * @data: the EEPROM bytes
 * @offset: current read/write offset
 */
struct acme_eeprom_emul_priv {
	unsigned char data[ACME_EEPROM_EMUL_SIZE];
	int offset;
};

#endif /* __ASM_ACME_EMUL_H */
