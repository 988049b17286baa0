/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Helpers shared by the libFuzzer harnesses (tests/fuzz/fuzz_*.c).
 *
 * The harnesses call dtoc's stages directly. What each one needs of
 * the internals (src/dtoc.h today, one header per stage after the
 * layout move) is listed at the top of each harness.
 */
#ifndef DTOC_FUZZ_H
#define DTOC_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* The top of the source tree (for testdata/ and bindings/), from the
 * build; DTOC_TOP in the environment overrides it. */
#ifndef FUZZ_TOP
#define FUZZ_TOP "."
#endif

static inline const char *fuzz_top(void)
{
	const char *top = getenv("DTOC_TOP");

	return top && *top ? top : FUZZ_TOP;
}

/* An in-memory file (memfd) with the input, for the stages that read a
 * file by name: they get "/proc/self/fd/N". */
struct memfile {
	int fd;
	char path[64];
};

static inline void memfile_init(struct memfile *m, const char *name)
{
	m->fd = memfd_create(name, 0);
	if (m->fd < 0) {
		perror("memfd_create");
		abort();
	}
	snprintf(m->path, sizeof(m->path), "/proc/self/fd/%d", m->fd);
}

static inline void memfile_set(struct memfile *m, const void *data,
			       size_t size)
{
	if (ftruncate(m->fd, 0) ||
	    (size && pwrite(m->fd, data, size, 0) != (ssize_t)size)) {
		perror("memfd write");
		abort();
	}
}

/* Fail loudly: libFuzzer takes the abort for a crash and keeps the
 * input. */
#define FUZZ_ASSERT(cond, ...)                                               \
	do {                                                                 \
		if (!(cond)) {                                               \
			fprintf(stderr, "fuzz: %s:%d: assertion failed: %s: ", \
				__FILE__, __LINE__, #cond);                  \
			fprintf(stderr, __VA_ARGS__);                        \
			fputc('\n', stderr);                                 \
			abort();                                             \
		}                                                            \
	} while (0)

#endif /* DTOC_FUZZ_H */
