// SPDX-License-Identifier: GPL-2.0+
/*
 * Linker lists (behaviour 1): entries declared from three objects in
 * scrambled order come out as one array sorted by name, with the right
 * count, for a 40-byte struct and for a 33-byte struct of alignment 1 (the
 * sizes where implicit padding would break the stride).
 */

#include <stdio.h>
#include <string.h>
#include "ll_test.h"

static const char *const sorted[] = {
	"a", "b", "c", "e", "k", "m", "q", "x", "zz",
};
#define NUM_SORTED	(sizeof(sorted) / sizeof(sorted[0]))

static int failures;

static void check(int ok, const char *what, int line)
{
	if (!ok) {
		fprintf(stderr, "test_ll.c:%d: check failed: %s\n", line, what);
		failures++;
	}
}
#define CHECK(x)	check(!!(x), #x, __LINE__)

int main(void)
{
	struct ll_big *big = ll_entry_start(struct ll_big, ll_big);
	struct ll_odd *odd = ll_entry_start(struct ll_odd, ll_odd);
	unsigned int i;

	CHECK(sizeof(struct ll_big) == 40);
	CHECK(sizeof(struct ll_odd) == 33);
	CHECK(ll_entry_count(struct ll_big, ll_big) == NUM_SORTED);
	CHECK(ll_entry_count(struct ll_odd, ll_odd) == NUM_SORTED);
	CHECK((char *)ll_entry_end(struct ll_big, ll_big) - (char *)big ==
	      (long)(NUM_SORTED * sizeof(struct ll_big)));

	/* With a wrong count the entries cannot be trusted to be there */
	for (i = 0; ll_entry_count(struct ll_big, ll_big) == NUM_SORTED &&
	     ll_entry_count(struct ll_odd, ll_odd) == NUM_SORTED &&
	     i < NUM_SORTED; i++) {
		CHECK(!strcmp(big[i].name, sorted[i]));
		CHECK(big[i].value == i + 1);
		CHECK(big[i].flags == 0xa5a5a5a5);
		CHECK(big[i].self == &big[i]);
		CHECK(!strcmp(odd[i].name, sorted[i]));
		if (strcmp(big[i].name, sorted[i]) ||
		    strcmp(odd[i].name, sorted[i]))
			fprintf(stderr,
				"  position %u: %.16s / %.33s, want %s\n",
				i, big[i].name, odd[i].name, sorted[i]);
	}

	/* A name leads to its sorted position */
	CHECK(ll_entry_get(struct ll_big, k, ll_big) == &big[4]);
	CHECK(ll_entry_get(struct ll_odd, zz, ll_odd) == &odd[8]);

	/* A list with no entries is empty, not garbage */
	CHECK(ll_entry_count(struct ll_big, ll_empty) == 0);

	printf("%s - ll: scrambled linker lists\n", failures ? "FAIL" : "ok");

	return failures ? 1 : 0;
}
