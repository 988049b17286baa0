/* SPDX-License-Identifier: GPL-2.0+ */
/* Serial uclass, the subset the QEMU example uses, in U-Boot's names. */
#ifndef __QV_SERIAL_H
#define __QV_SERIAL_H

#include <dm/device.h>

/**
 * struct dm_serial_ops - what a serial driver provides
 * @putc: send one character; -EAGAIN if the FIFO is full (try again)
 * @setbrg: set the baud rate
 */
struct dm_serial_ops {
	int (*putc)(struct udevice *dev, const char ch);
	int (*setbrg)(struct udevice *dev, int baudrate);
};

/**
 * struct serial_dev_priv - what the uclass keeps for each serial device
 * @baudrate: the rate set at probe
 * @chars_out: characters sent since probe
 */
struct serial_dev_priv {
	int baudrate;
	ulong chars_out;
};

/* Baud rate every port is set to at probe */
#define SERIAL_BAUDRATE	115200

/* Send @ch on @dev (waiting for room), "\n" as "\r\n"; 0 or an error */
int serial_dev_putc(struct udevice *dev, char ch);

#endif /* __QV_SERIAL_H */
