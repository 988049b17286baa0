/* SPDX-License-Identifier: GPL-2.0+ */
/* The QEMU virt board layer: console, printing, exit */
#ifndef __QV_BOARD_H
#define __QV_BOARD_H

#include <dm/board.h>
#include <dm/device.h>
#include <stddef.h>

/* The C library of this board: lib.c */
void *memcpy(void *dest, const void *src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *s1, const void *s2, size_t n);
int strcmp(const char *s1, const char *s2);
size_t strlen(const char *s);

/*
 * The PL011 used before driver model has probed one, as U-Boot's debug
 * UART (CONFIG_DEBUG_UART_BASE): QEMU's UART sends without any set-up.
 */
#define DEBUG_UART_BASE		0x09000000UL

/*
 * Send the console through @dev (a probed serial device) from now on;
 * NULL goes back to the debug UART.
 */
void board_set_console(struct udevice *dev);

/* printf() for the console: %s %c %d %u %x %lu %lx %p and %% only */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * Leave QEMU with @status (0 = pass) through semihosting (needs
 * -semihosting); without it, PSCI SYSTEM_OFF, which cannot pass a status.
 */
void board_exit(int status) __attribute__((noreturn));

/* From the exception vectors: report and exit with a failure */
void board_exception(unsigned long vec, unsigned long esr, unsigned long elr,
		     unsigned long far) __attribute__((noreturn));

#endif /* __QV_BOARD_H */
