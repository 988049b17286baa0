// SPDX-License-Identifier: GPL-2.0+
/*
 * --variant with --bindings, read back as C: the dt-plat.c of
 * testdata/cases/variant-bindings, compiled against the runtime's
 * headers (included here for its static records), each variant's typed
 * values read through the variant table as the runtime picks them.
 *
 * Built and run by `make check-bindings-readback`.
 */
#include <stdio.h>
#include <string.h>

#include "dt-plat.c"

/* The table's .setup, which dm_init() would run: the runtime is not
 * linked here, where only the records are read */
int dm_variant_setup(struct udevice *inst_root)
{
	(void)inst_root;
	return 0;
}

static int failures, passes;

#define CHECK(cond)                                                  \
	do {                                                         \
		if (!(cond)) {                                       \
			printf("not ok - %s:%d: %s\n", __FILE__,     \
			       __LINE__, #cond);                     \
			failures++;                                  \
		} else {                                             \
			passes++;                                    \
		}                                                    \
	} while (0)

/* The data record of node @idx in variant @name, as dm_init() takes it */
static const void *plat(const char *name, int idx)
{
	for (int v = 0; v < dm_variants.count; v++) {
		if (!strcmp(dm_variants.names[v], name))
			return dm_variants.plat[v * dm_variants.nodes + idx];
	}
	return NULL;
}

int main(void)
{
	/* idx: 0 mmio@200, 3 shape@1, 4 shape@2 (see dt-plat.c) */
	const struct dtd_acme_shape *base = plat("base", 3);
	const struct dtd_acme_shape *big = plat("big_shape", 3);
	const struct dtd_acme_shape *extra = plat("extra_shape", 3);
	const struct dtd_acme_shape *s2 = plat("extra_shape", 4);
	const struct dtd_acme_mmio32 *m0 = plat("base", 0);
	const struct dtd_acme_mmio32 *m1 = plat("big_shape", 0);

	CHECK(dm_variants.count == 3);
	CHECK(base && big && extra && s2 && m0 && m1);
	if (failures)
		return 1;
	CHECK(!plat("base", 4) && !plat("big_shape", 4));
	/* one record for the variants with the same values */
	CHECK(base == extra && base != big);

	/* uint16 and uint16-array, sized over every variant */
	CHECK(sizeof(base->acme_angle) == 2);
	CHECK(base->acme_angle == 270 && big->acme_angle == 90);
	CHECK(sizeof(base->acme_offsets) / sizeof(base->acme_offsets[0]) == 3);
	CHECK(base->acme_offsets[1] == 2 && base->acme_offsets[2] == 0);
	CHECK(big->acme_offsets[2] == 6);
	/* a flag only one variant has: a member of every record */
	CHECK(big->acme_filled && !base->acme_filled);
	/* uint64-array padded with 0 */
	CHECK(sizeof(base->acme_history[0]) == 8);
	CHECK(base->acme_history[0] == 1 && base->acme_history[1] == 0);
	CHECK(big->acme_history[1] == 8);
	/* string-array with an empty string kept */
	CHECK(!strcmp(base->acme_tags[0], "one") && !strcmp(base->acme_tags[2], ""));
	CHECK(!strcmp(big->acme_tags[1], "") && !strcmp(big->acme_tags[2], "c"));
	/* named for clocks, a uint32 by its binding */
	CHECK(base->acme_rate_clocks == 100 && big->acme_rate_clocks == 100);
	/* phandles: the oscillator is idx 1, the pll idx 2 (#clock-cells 2) */
	CHECK(base->clocks[0].idx == 1 && base->clocks[1].idx == 0);
	CHECK(big->clocks[0].idx == 2 && big->clocks[0].arg[0] == 3 &&
	      big->clocks[0].arg[1] == 4 && big->clocks[1].idx == 1);
	CHECK(base->acme_syscon[0].idx == 5 && big->acme_syscon[0].idx == 5);
	/* the shape only extra_shape has: bytes, not the guessed string */
	CHECK(sizeof(s2->acme_pattern) == 3 && s2->acme_pattern[0] == 'a' &&
	      s2->acme_pattern[2] == 0);
	CHECK(!strcmp(s2->acme_name, "circle") && s2->acme_size == 20);
	/* uint8-array, padded with 0 in the shorter record */
	CHECK(sizeof(m0->acme_bytes) == 4);
	CHECK(m0->acme_bytes[1] == 2 && m0->acme_bytes[2] == 0);
	CHECK(m1->acme_bytes[3] == 0xd);

	printf("variant-bindings-readback: %d passed, %d failed\n", passes,
	       failures);
	return failures != 0;
}
