// SPDX-License-Identifier: GPL-2.0+
/*
 * dm_printf(): driver model's messages (dm_warn(), and the debug ones),
 * formatted here with a handful of conversions, so that a freestanding
 * runtime needs no printf from the board. Only linked when a message is
 * compiled in (CONFIG_DM_WARN, CONFIG_DM_DEBUG).
 */

#include <stdarg.h>
#include <stdbool.h>
#include <dm/util.h>
#include "rt-libc.h"

static void put_str(const char *s)
{
	if (!s)
		s = "(null)";
	while (*s)
		board_putc(*s++);
}

/* @val in base @base (10 or 16) */
static void put_num(unsigned long long val, unsigned int base)
{
	char buf[24];
	char *p = buf + sizeof(buf);

	*--p = '\0';
	do {
		*--p = "0123456789abcdef"[val % base];
		val /= base;
	} while (val);
	put_str(p);
}

void dm_printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	for (; *fmt; fmt++) {
		bool is_long = false;
		long long sval;

		if (*fmt != '%') {
			board_putc(*fmt);
			continue;
		}
		if (*++fmt == 'l') {
			is_long = true;
			fmt++;
		}
		switch (*fmt) {
		case 's':
			put_str(va_arg(ap, const char *));
			break;
		case 'c':
			board_putc((char)va_arg(ap, int));
			break;
		case 'd':
		case 'i':
			sval = is_long ? va_arg(ap, long) : va_arg(ap, int);
			if (sval < 0) {
				board_putc('-');
				put_num(0ULL - (unsigned long long)sval, 10);
			} else {
				put_num((unsigned long long)sval, 10);
			}
			break;
		case 'u':
			put_num(is_long ? va_arg(ap, unsigned long) :
				va_arg(ap, unsigned int), 10);
			break;
		case 'x':
			put_num(is_long ? va_arg(ap, unsigned long) :
				va_arg(ap, unsigned int), 16);
			break;
		case 'p':
			put_str("0x");
			put_num((uintptr_t)va_arg(ap, void *), 16);
			break;
		case '\0':
			fmt--;	/* a lone % at the end */
			break;
		default:
			board_putc(*fmt);
			break;
		}
	}
	va_end(ap);
}
