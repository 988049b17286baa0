// SPDX-License-Identifier: GPL-2.0+
/*
 * The values dtoc --bindings writes, read back as their C types: the
 * dt-plat.c of testdata/cases/bindings-types, compiled against the
 * runtime's headers (it is included here for its static dtv_ records).
 *
 * Built and run by `make check-bindings-readback`.
 */
#include <stdio.h>
#include <string.h>

#include "dt-plat.c"

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

int main(void)
{
	const struct dtd_acme_shape *s1 = &dtv_shape_at_1;
	const struct dtd_acme_shape *s2 = &dtv_shape_at_2;

	/* uint64: one 64-bit value, not two byte-swapped cells */
	CHECK(sizeof(s1->acme_area) == 8);
	CHECK(s1->acme_area == 0x123456789abcdef0ull);
	CHECK(sizeof(s1->acme_history) / sizeof(s1->acme_history[0]) == 3);
	CHECK(s1->acme_history[1] == 2 && s1->acme_history[2] == 0);
	CHECK(s2->acme_history[2] == 5);

	/* flags: true where present, false where absent or in no node */
	CHECK(s1->acme_filled);
	CHECK(!s2->acme_filled);
	CHECK(!s1->acme_hidden && !s2->acme_hidden);

	/* narrow and signed integers */
	CHECK(sizeof(s1->acme_angle) == 2 && s1->acme_angle == 270);
	CHECK(s1->acme_offsets[2] == 3);
	CHECK(sizeof(s1->acme_sides) == 1 && s1->acme_sides == 6);
	CHECK(s1->acme_pattern[0] == 'a' && s1->acme_pattern[2] == 0);
	CHECK((int32_t)s1->acme_tilt == -5);
	CHECK(sizeof(s1->acme_corners) == 4 && s1->acme_corners[0] == 7);
	CHECK(s1->acme_rate_clocks == 100);

	/* strings */
	CHECK(!strcmp(s1->acme_name, "hexagon"));
	CHECK(!strcmp(s1->acme_tags[0], "one") && !strcmp(s1->acme_tags[1], ""));
	CHECK(!strcmp(s2->acme_tags[2], "c"));
	CHECK(!strcmp(dtv_gpio_at_a.gpio_line_names[1], "") &&
	      !strcmp(dtv_gpio_at_a.gpio_line_names[2], "A2"));
	CHECK(!strcmp(dtv_oscillator.clock_output_names[0], "osc24m"));

	/* phandles through the provider's cells: pll (idx 4) has
	 * #clock-cells = <2>, the oscillator (idx 3) <0> */
	CHECK(sizeof(s2->clocks) / sizeof(s2->clocks[0]) == 3);
	CHECK(s2->clocks[0].idx == 3 && s2->clocks[1].idx == 3);
	CHECK(s2->clocks[2].idx == 4 && s2->clocks[2].arg[0] == 3 &&
	      s2->clocks[2].arg[1] == 4);
	CHECK(s1->clocks[0].idx == 4 && s1->clocks[0].arg[1] == 2);
	CHECK(s1->clocks[1].idx == 3 && s1->clocks[2].idx == 0);
	CHECK(s1->acme_syscon[0].idx == 7);
	CHECK(s1->interrupts_extended[0].idx == 1 &&
	      s1->interrupts_extended[0].arg[0] == 5);
	/* fixed by the binding: <&syscon offset bit> */
	CHECK(dtv_mmio_at_200.acme_chain[1].idx == 7 &&
	      dtv_mmio_at_200.acme_chain[1].arg[0] == 3 &&
	      dtv_mmio_at_200.acme_chain[1].arg[1] == 4);
	CHECK(dtv_mmio_at_200.led_gpios[0].idx == 0 &&
	      dtv_mmio_at_200.led_gpios[0].arg[0] == 3);

	printf("bindings-readback: %d passed, %d failed\n", passes, failures);
	return failures != 0;
}
