// SPDX-License-Identifier: GPL-2.0+
/*
 * The QEMU virt board layer: overrides of the runtime's weak board
 * functions (<dm/board.h>) and what the firmware needs besides: a small
 * printf(), exit through semihosting, exception reports.
 *
 * Memory: the runtime's default bump allocator is used as it is, over
 * __dm_heap_start..__dm_heap_end from fw.ld, so nothing is overridden.
 * Console: board_putc() goes through the serial uclass once main() has
 * probed the PL011, and straight to its data register before that.
 */

#include <stdarg.h>
#include <serial.h>
#include <asm/io.h>
#include <qemu-virt/board.h>

#define UART_DR		0x00
#define UART_FR		0x18
#define UART_FR_TXFF	(1 << 5)

static struct udevice *console_dev;

void board_set_console(struct udevice *dev)
{
	console_dev = dev;
}

static void debug_uart_putc(char ch)
{
	while (readl(DEBUG_UART_BASE + UART_FR) & UART_FR_TXFF)
		;
	writel((u8)ch, DEBUG_UART_BASE + UART_DR);
}

/* Overrides the runtime's weak board_putc() */
void board_putc(char ch)
{
	if (console_dev && !serial_dev_putc(console_dev, ch))
		return;
	if (ch == '\n')
		debug_uart_putc('\r');
	debug_uart_putc(ch);
}

static void put_num(unsigned long val, unsigned int base, int neg)
{
	char buf[24];
	char *p = buf + sizeof(buf);

	*--p = '\0';
	do {
		*--p = "0123456789abcdef"[val % base];
		val /= base;
	} while (val);
	if (neg)
		*--p = '-';
	board_puts(p);
}

int printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	for (; *fmt; fmt++) {
		int is_long = 0;

		if (*fmt != '%') {
			board_putc(*fmt);
			continue;
		}
		if (*++fmt == 'l') {
			is_long = 1;
			fmt++;
		}
		switch (*fmt) {
		case 's': {
			const char *s = va_arg(ap, const char *);

			board_puts(s ? s : "(null)");
			break;
		}
		case 'c':
			board_putc((char)va_arg(ap, int));
			break;
		case 'd': {
			long v = is_long ? va_arg(ap, long) : va_arg(ap, int);

			put_num(v < 0 ? 0UL - (unsigned long)v : (unsigned long)v,
				10, v < 0);
			break;
		}
		case 'u':
			put_num(is_long ? va_arg(ap, unsigned long) :
				va_arg(ap, unsigned int), 10, 0);
			break;
		case 'x':
			put_num(is_long ? va_arg(ap, unsigned long) :
				va_arg(ap, unsigned int), 16, 0);
			break;
		case 'p':
			board_puts("0x");
			put_num((unsigned long)va_arg(ap, void *), 16, 0);
			break;
		case '%':
			board_putc('%');
			break;
		default:
			board_putc('?');
			if (!*fmt)
				fmt--;
			break;
		}
	}
	va_end(ap);

	return 0;
}

#define SYS_EXIT			0x18
#define ADP_STOPPED_APPLICATION_EXIT	0x20026
#define PSCI_SYSTEM_OFF			0x84000008

void board_exit(int status)
{
	static int exiting;

	if (!exiting) {
		/* SYS_EXIT, AArch64 form: { reason, subcode } -> exit status */
		unsigned long block[2] = {
			ADP_STOPPED_APPLICATION_EXIT, (unsigned long)status,
		};
		register unsigned long x0 __asm__("x0") = SYS_EXIT;
		register unsigned long x1 __asm__("x1") = (unsigned long)block;

		/* Without -semihosting, HLT traps: this flag avoids a loop */
		exiting = 1;
		__asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
	}
	{
		register unsigned long x0 __asm__("x0") = PSCI_SYSTEM_OFF;

		__asm__ volatile("hvc #0" : "+r"(x0) : : "memory");
	}
	for (;;)
		__asm__ volatile("wfi");
}

void board_exception(unsigned long vec, unsigned long esr, unsigned long elr,
		     unsigned long far)
{
	/* The console device may be what failed */
	console_dev = NULL;
	printf("\nFAIL: exception %lu: esr 0x%lx elr 0x%lx far 0x%lx\n", vec,
	       esr, elr, far);
	board_exit(3);
}
