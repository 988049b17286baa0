// SPDX-License-Identifier: GPL-2.0+
/*
 * The scan cache's checksum and hash (the format: cache-format.h).
 */
#include <string.h>

#include "scan/cache-format.h"

void sum_words(struct sum *s, const char *p, size_t len)
{
	for (; len >= 8; p += 8, len -= 8) {
		uint64_t w;

		memcpy(&w, p, 8);
		s->h = (s->h ^ w) * 0x9e3779b97f4a7c15ull;
		s->h ^= s->h >> 29;
		s->len += 8;
	}
}

uint64_t sum_end(struct sum *s, const char *p, size_t len)
{
	sum_words(s, p, len & ~(size_t)7);
	p += len & ~(size_t)7;
	for (size_t i = 0; i < (len & 7); i++)
		s->h = (s->h ^ (unsigned char)p[i]) * 0x100000001b3ull;
	s->h ^= s->len + (len & 7);
	return s->h ^ (s->h >> 32);
}

uint64_t checksum(const char *p, size_t len)
{
	struct sum s = { 0x6a09e667f3bcc908ull, 0 };

	return sum_end(&s, p, len);
}

uint32_t hash_rel(uint32_t kind, int tree, const char *rel)
{
	uint32_t h = (2166136261u ^ (uint32_t)tree) + kind * 0x9e3779b9u;

	for (; *rel; rel++)
		h = (h ^ (unsigned char)*rel) * 16777619u;
	return h;
}
