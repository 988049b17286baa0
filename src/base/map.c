// SPDX-License-Identifier: GPL-2.0+
/*
 * A string-keyed hash map that remembers insertion order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

static unsigned int hash_str(const char *s)
{
	unsigned int h = 2166136261u; /* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static int sm_slot(const struct strmap *m, const char *key)
{
	unsigned int mask = m->nslots - 1;
	unsigned int i = hash_str(key) & mask;

	while (m->slots[i] >= 0 && strcmp(m->entries[m->slots[i]].key, key))
		i = (i + 1) & mask;
	return i;
}

void *sm_get(const struct strmap *m, const char *key)
{
	if (!m->nslots)
		return NULL;
	int slot = m->slots[sm_slot(m, key)];

	return slot < 0 ? NULL : m->entries[slot].value;
}

bool sm_has(const struct strmap *m, const char *key)
{
	return m->nslots && m->slots[sm_slot(m, key)] >= 0;
}

static void sm_rehash(struct strmap *m, int nslots)
{
	free(m->slots);
	m->nslots = nslots;
	m->slots = xmalloc(nslots * sizeof(*m->slots));
	memset(m->slots, 0xff, nslots * sizeof(*m->slots));
	for (int i = 0; i < m->count; i++)
		m->slots[sm_slot(m, m->entries[i].key)] = i;
}

void sm_put(struct strmap *m, const char *key, void *value)
{
	if ((m->count + 1) * 2 > m->nslots)
		sm_rehash(m, m->nslots ? m->nslots * 2 : 16);
	int slot = sm_slot(m, key);

	if (m->slots[slot] >= 0) {
		m->entries[m->slots[slot]].value = value;
		return;
	}
	if (m->count == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 16;
		m->entries = xrealloc(m->entries, m->cap * sizeof(*m->entries));
	}
	m->entries[m->count].key = key;
	m->entries[m->count].value = value;
	m->slots[slot] = m->count++;
}

void sm_free(struct strmap *m)
{
	free(m->entries);
	free(m->slots);
	memset(m, 0, sizeof(*m));
}
