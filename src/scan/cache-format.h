/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * The scan cache (--cache FILE): for each source file the last run read,
 * its path, stamp (size, inode, modification and change times) and what
 * it declared; for each directory, its stamp and its .c and .h files and
 * subdirectories. A file whose stamp is unchanged is not read again, a
 * directory whose stamp is unchanged (nothing added, removed or renamed
 * in it) is not listed again.
 *
 * Format: "DTOCSCAN", version, byte-order mark, key (the trees), the
 * entries, an end mark, their count, a section the scan does not read
 * (u32 length, bytes: what the --bindings files said, bindings/memo.c,
 * carried over when the scan writes a new cache), then a checksum of
 * all that. A file
 * that does not check out is ignored as a whole, and even then every
 * read is bounds-checked: the file is never trusted. The cache holds
 * per-file results only, never the merged scan, so options that choose
 * between results (the phase) need no key of their own.
 */
#ifndef SCAN_CACHE_FORMAT_H
#define SCAN_CACHE_FORMAT_H

#include "scan/cache.h"

/* Bump whenever the format or what the parsers find changes. */
#define CACHE_VERSION 5
#define CACHE_MAGIC "DTOCSCAN"
#define CACHE_BOM 0x01020304u
#define NO_STR 0xffffffffu

/* A file changed less than this before the run may change again within
 * the same timestamp tick, unseen: it is not cached (the "racy" case). */
#define FRESH_NS (2 * 1000000000LL)

/* An entry: u32 length of the rest, u32 kind, u32 tree, str rel, the
 * stamp (u64 size, ino, mtime, ctime), then for a file the u32-sized
 * result, for a directory u32 files, u32 subdirectories and their
 * names. */
#define STAMP_SIZE 32
enum { KIND_FILE, KIND_DIR };

struct scan_cache {
	char *data;
	size_t len;
	int ntrees;
	uint32_t count;
	uint32_t *slots; /* hash of (kind, tree, rel) -> entry offset + 1 */
	uint32_t mask;
	unsigned char *valid; /* per slot: looked up and still valid */
	const char *section;  /* the section after the entries */
	uint32_t section_len;
};

/* Streaming checksum: 8-byte words, then the tail and the length. */
struct sum {
	uint64_t h;
	uint64_t len;
};

/* Streaming checksum: 8-byte words, then the tail and the length. */
void sum_words(struct sum *s, const char *p, size_t len);
uint64_t sum_end(struct sum *s, const char *p, size_t len);
uint64_t checksum(const char *p, size_t len);
/* Where (kind, tree, rel) hashes to in the cache's slots */
uint32_t hash_rel(uint32_t kind, int tree, const char *rel);

#endif /* SCAN_CACHE_FORMAT_H */
