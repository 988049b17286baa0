/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The serial uclass as U-Boot's serial drivers see it: the operations a
 * driver provides (struct dm_serial_ops) and what getinfo() reports.
 * U-Boot's own <serial.h> also brings its console and stdio layers, which
 * this firmware does not have. The uclass is board/serial-uclass.c.
 */
#ifndef __UBC_SERIAL_H
#define __UBC_SERIAL_H

#include <asm/types.h>
#include <dm/device.h>

enum serial_chip_type {
	SERIAL_CHIP_UNKNOWN = -1,
	SERIAL_CHIP_16550_COMPATIBLE,
	SERIAL_CHIP_PL01X,
};

enum adr_space_type {
	SERIAL_ADDRESS_SPACE_MEMORY = 0,
	SERIAL_ADDRESS_SPACE_IO,
};

/* What a UART is, for code that takes it over (getinfo()) */
struct serial_device_info {
	enum serial_chip_type type;
	enum adr_space_type addr_space;
	ulong addr;
	ulong size;
	u8 reg_width;
	u8 reg_offset;
	u8 reg_shift;
	unsigned int clock;
	unsigned int baudrate;
};

/*
 * A serial driver's operations. getc/putc/pending return -EAGAIN while
 * the UART is not ready; the uclass retries.
 */
struct dm_serial_ops {
	int (*setbrg)(struct udevice *dev, int baudrate);
	int (*getc)(struct udevice *dev);
	int (*putc)(struct udevice *dev, const char ch);
	ssize_t (*puts)(struct udevice *dev, const char *s, size_t len);
	int (*pending)(struct udevice *dev, bool input);
	int (*clear)(struct udevice *dev);
	int (*getconfig)(struct udevice *dev, uint *serial_config);
	int (*setconfig)(struct udevice *dev, uint serial_config);
	int (*getinfo)(struct udevice *dev, struct serial_device_info *info);
};

#define serial_get_ops(dev)	((struct dm_serial_ops *)(dev)->driver->ops)

/* The uclass's calls (board/serial-uclass.c) */
int serial_dev_putc(struct udevice *dev, char ch);
int serial_dev_getinfo(struct udevice *dev, struct serial_device_info *info);

#endif /* __UBC_SERIAL_H */
