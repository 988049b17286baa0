// SPDX-License-Identifier: GPL-2.0+
/* Runs every unit suite; the exit status says whether all passed. */
#include <stdlib.h>

#include "unit.h"

int main(void)
{
	SRunner *sr = srunner_create(diagnostics_suite());
	int failed;

	srunner_add_suite(sr, base_suite());
	srunner_add_suite(sr, names_suite());
	srunner_add_suite(sr, value_suite());
	srunner_add_suite(sr, match_suite());
	srunner_add_suite(sr, parse_suite());
	srunner_add_suite(sr, lines_suite());
	srunner_add_suite(sr, resolve_suite());
	srunner_add_suite(sr, bindings_suite());
	srunner_add_suite(sr, kbuild_suite());
	srunner_add_suite(sr, diag_suite());
	srunner_add_suite(sr, cache_suite());
	srunner_add_suite(sr, cache_damage_suite());
	srunner_add_suite(sr, size_suite());
	srunner_add_suite(sr, diff_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
