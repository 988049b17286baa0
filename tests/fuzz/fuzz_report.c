// SPDX-License-Identifier: GPL-2.0+
/*
 * Fuzz target: `dtoc diff` on reports that may be anything JSON can
 * say. The input is split at its first NUL into OLD and NEW (no NUL:
 * the input is both); each that parses is compared with the other and
 * with itself (which must find no difference), and the result printed
 * as text, as `dtoc diff` would. diff_compare() reads the reports
 * defensively: side.c's checks, which a report passes before it, are
 * not relied on here.
 *
 * Internals used (diff/diff-internal.h): diff_compare, diff_any,
 * diff_new_diagnostics, diff_print_text.
 */
#include "diff/diff-internal.h"
#include "fuzz.h"

static void compare(json_t *a, json_t *b, FILE *out)
{
	json_t *res = diff_compare(a, b);

	FUZZ_ASSERT(res, "no result");
	if (a == b)
		FUZZ_ASSERT(!diff_new_diagnostics(res),
			    "new warnings against itself");
	diff_print_text(out, res, true);
	json_decref(res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t first = nul ? (size_t)(nul - data) : size;
	json_t *a = json_loadb((const char *)data, first, 0, NULL);
	json_t *b = nul ? json_loadb((const char *)nul + 1,
				     size - first - 1, 0, NULL) :
			  json_incref(a);
	FILE *out = fopen("/dev/null", "w");

	if (a)
		compare(a, a, out);
	if (a && b) {
		compare(a, b, out);
		compare(b, a, out);
	}
	fclose(out);
	json_decref(a);
	json_decref(b);
	return 0;
}
