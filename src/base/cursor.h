/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * base: a bounds-checked reader of binary data that came from a file
 * (the scan cache, the bindings memo). Numbers are in host byte order.
 * A read past the end marks the cursor bad and returns 0 or NULL; once
 * bad, every read fails, so a format reads on and checks once.
 */
#ifndef BASE_CURSOR_H
#define BASE_CURSOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct cursor {
	const char *p;
	const char *end;
	bool bad;
};

/* A cursor over @len bytes at @p (@p not NULL: even NULL + 0 is
 * undefined). */
struct cursor cursor_at(const char *p, size_t len);

/* @n bytes into @out (zeroed if they are not there). */
void cursor_take(struct cursor *c, void *out, size_t n);
uint32_t cursor_u32(struct cursor *c);
uint64_t cursor_u64(struct cursor *c);
/* @len bytes then a NUL, with no NUL among them: a string in the data,
 * which lives as long as the data. A format that has read the length
 * itself (to allow a "no string" value) calls this. */
const char *cursor_chars(struct cursor *c, uint32_t len);
/* A string: a u32 length, the bytes and a NUL. */
const char *cursor_str(struct cursor *c);
/* A count of items that each take at least @min bytes: bounded by the
 * data left, so a corrupt count cannot make the reader allocate much. */
uint32_t cursor_count(struct cursor *c, size_t min);

#endif
