/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * base: the containers every stage uses. Library code allocates from
 * the run's arena; the x* functions abort on exhaustion (a tool, not
 * a library).
 */
#ifndef BASE_BASE_H
#define BASE_BASE_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Arena: everything of one run is allocated here and freed at once. */
struct arena_block;
struct arena {
	struct arena_block *head;
};

void *arena_alloc(struct arena *a, size_t size);
void *arena_dup(struct arena *a, const void *src, size_t size);
/* A new block of @new_size holding the first @old_size bytes of @old. */
void *arena_grow(struct arena *a, const void *old, size_t old_size,
		 size_t new_size);
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t len);
/* A copy of @s without its leading and trailing spaces and tabs. */
char *arena_strtrim(struct arena *a, const char *s);
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
void arena_free(struct arena *a);

/* Growable byte buffer, always NUL-terminated. */
struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
};

void sb_add(struct strbuf *sb, const char *s, size_t len);
void sb_puts(struct strbuf *sb, const char *s);
void sb_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
void sb_free(struct strbuf *sb);

/* Growable array of pointers. */
struct ptrvec {
	void **items;
	int count;
	int cap;
};

void pv_push(struct ptrvec *v, void *item);
/* Push a pointer to data the vector's users only read (a string of the
 * model, of the cache's data): the one place its const is dropped, as
 * items are void *. Read it back through a const pointer. */
void pv_push_const(struct ptrvec *v, const void *item);
void apv_push_const(struct arena *a, struct ptrvec *v, const void *item);
void pv_free(struct ptrvec *v);
void pv_sort(struct ptrvec *v, int (*cmp)(const void *, const void *));
/* For vectors owned by the model: grown in the arena, never freed. */
void apv_push(struct arena *a, struct ptrvec *v, void *item);

/* String-keyed hash map that remembers insertion order (like a Python
 * dict: replacing a value keeps the key's original position). */
struct strmap_entry {
	const char *key;
	void *value;
};

struct strmap {
	struct strmap_entry *entries; /* in insertion order */
	int count;
	int cap;
	int *slots; /* open addressing: index into entries, or -1 */
	int nslots;
};

void *sm_get(const struct strmap *m, const char *key);
bool sm_has(const struct strmap *m, const char *key);
/* Insert or replace; the key is not copied. */
void sm_put(struct strmap *m, const char *key, void *value);
/* The same for a value the map's users only read (see pv_push_const) */
void sm_put_const(struct strmap *m, const char *key, const void *value);
void sm_free(struct strmap *m);

/* The whole of regular file @path, NUL-terminated, malloc'ed into *@bufp
 * (NULL on failure); 0 or -errno: -EISDIR for a directory, -EINVAL for
 * anything else not a regular file (a FIFO is not waited on). */
int read_regular_file(const char *path, char **bufp, size_t *lenp);

/* How many threads a stage runs: DTOC_JOBS if set, else one per online
 * core; at least 1 and at most @most (each stage its own cap). */
int jobs_wanted(int most);

/* @fmt formatted into @size bytes (the text and its NUL) that
 * @alloc(@actx, size) provides: the one place a formatted string is
 * measured, then written (arena_printf, sb_printf and the diagnostics). */
char *vformat_with(void *(*alloc)(void *actx, size_t size), void *actx,
		   const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));

/*
 * Temporary files (tempfile.c) that SIGINT, SIGTERM or SIGHUP must not
 * leave behind: once tempfiles_catch_signals() has run, such a signal
 * unlinks every path added and not yet forgotten, then kills the process
 * as the signal would have. Add a path before creating the file, forget
 * it once renamed or removed. Call these while no other thread runs (the
 * scan's threads are done before any output is written).
 */
void tempfiles_catch_signals(void);
void tempfile_add(const char *path);
void tempfile_forget(const char *path);

void *xmalloc(size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);

#endif /* BASE_BASE_H */
