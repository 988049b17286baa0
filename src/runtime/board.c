// SPDX-License-Identifier: GPL-2.0+
/*
 * The board interface's weak defaults (see <dm/board.h>): memory and a
 * console. A board overrides any of them by defining a function of the
 * same name.
 */

#include <linux/compiler.h>
#include "rt-libc.h"

#if __STDC_HOSTED__

#include <stdio.h>
#include <stdlib.h>

__weak void *board_calloc(size_t nmemb, size_t size)
{
	return calloc(nmemb, size);
}

__weak void board_free(void *ptr)
{
	free(ptr);
}

__weak void *board_heap_region(size_t *sizep)
{
	*sizep = 0;

	return NULL;
}

__weak size_t board_heap_used(void)
{
	return 0;
}

__weak void board_putc(char ch)
{
	putchar(ch);
}

#else /* freestanding */

/* Alignment of every block: enough for any type on the usual targets */
#define HEAP_ALIGN	16

/* The heap region from the linker script, if it gives one */
extern char __dm_heap_start[] __attribute__((weak));
extern char __dm_heap_end[] __attribute__((weak));

/*
 * The bump allocator's state: the region, and how much of it is used.
 * In .bss, so it starts zeroed (not set up).
 */
static struct {
	uintptr_t base;
	size_t size;
	size_t used;
	int ready;
} heap;

__weak void *board_heap_region(size_t *sizep)
{
	uintptr_t start = (uintptr_t)__dm_heap_start;
	uintptr_t end = (uintptr_t)__dm_heap_end;

	*sizep = start && end > start ? end - start : 0;

	return __dm_heap_start;
}

__weak void *board_calloc(size_t nmemb, size_t size)
{
	uintptr_t p;
	size_t total;

	if (!heap.ready) {
		heap.base = (uintptr_t)board_heap_region(&heap.size);
		heap.used = 0;
		heap.ready = 1;
	}
	if (size && nmemb > (size_t)-1 / size)
		return NULL;
	total = nmemb * size;
	p = (heap.base + heap.used + HEAP_ALIGN - 1) & ~(uintptr_t)(HEAP_ALIGN - 1);
	if (!heap.base || p - heap.base > heap.size ||
	    total > heap.size - (p - heap.base))
		return NULL;
	heap.used = p - heap.base + total;
	memset((void *)p, '\0', total);

	return (void *)p;
}

__weak void board_free(void *ptr)
{
	/* A bump allocator gives nothing back */
	(void)ptr;
}

__weak size_t board_heap_used(void)
{
	return heap.used;
}

__weak void board_putc(char ch)
{
	/* No console unless the board gives one */
	(void)ch;
}

#endif

__weak void board_puts(const char *s)
{
	while (*s)
		board_putc(*s++);
}
