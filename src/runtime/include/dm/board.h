/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The board interface: what the runtime needs from the platform it runs on.
 *
 * Driver model needs two things from outside: memory for the devices it
 * binds and the *_auto data it allocates, and a console for
 * dm_dump_tree(). Each is a weak function in the runtime (board.c), in the
 * pattern U-Boot uses for board code: a board (or program) overrides one
 * by defining a function of the same name, and links as before.
 *
 * The defaults depend on how the runtime was compiled:
 *
 * - hosted (a normal compiler, __STDC_HOSTED__ == 1): board_calloc() and
 *   board_free() are calloc() and free(); board_putc() writes to stdout.
 * - freestanding (-ffreestanding, __STDC_HOSTED__ == 0), as for bare-metal
 *   firmware: board_calloc() is an SPL-style bump allocator over the region
 *   board_heap_region() gives; board_free() does nothing (memory is never
 *   given back, as in U-Boot's malloc_simple); board_putc() discards the
 *   character, so a board with a console overrides it.
 *
 * Besides these, a freestanding runtime needs only memcpy(), memset(),
 * strcmp() and strlen() from the board (or a small C library such as
 * picolibc). See doc/runtime-target.md.
 */
#ifndef _DM_BOARD_H
#define _DM_BOARD_H

#include <stddef.h>

/**
 * board_calloc() - allocate zeroed memory for driver model
 * @nmemb: number of elements
 * @size: size of each element
 *
 * Return: @nmemb * @size zeroed bytes, aligned for any type (16 bytes), or
 * NULL if there is not enough memory (driver model then returns -ENOMEM)
 */
void *board_calloc(size_t nmemb, size_t size);

/**
 * board_free() - give back memory from board_calloc()
 * @ptr: what board_calloc() returned, or NULL
 *
 * The freestanding default does nothing.
 */
void board_free(void *ptr);

/**
 * board_heap_region() - the memory the default freestanding allocator uses
 * @sizep: set to the size of the region in bytes
 *
 * The default takes the region from the linker script: the symbols
 * __dm_heap_start and __dm_heap_end (both weak: without them the region is
 * empty and every allocation fails). It is asked once, at the first
 * allocation. Unused in a hosted build.
 *
 * Return: start of the region
 */
void *board_heap_region(size_t *sizep);

/**
 * board_heap_used() - bytes the default freestanding allocator handed out
 *
 * Return: the bytes used so far, alignment padding included; 0 in a hosted
 * build or when board_calloc() is overridden
 */
size_t board_heap_used(void);

/**
 * board_putc() - write one character to the console
 * @ch: the character; "\n" is passed as is (a board that needs "\r\n"
 *	adds the "\r")
 */
void board_putc(char ch);

/**
 * board_puts() - write a string to the console
 * @s: NUL-terminated string
 *
 * The default calls board_putc() for each character.
 */
void board_puts(const char *s);

#endif /* _DM_BOARD_H */
