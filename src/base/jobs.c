// SPDX-License-Identifier: GPL-2.0+
/*
 * base: the number of threads the parallel stages (the scan, the
 * bindings index) start, one rule for both.
 */
#include <stdlib.h>
#include <unistd.h>

#include "base/base.h"

int jobs_wanted(int most)
{
	const char *env = getenv("DTOC_JOBS");
	long n = env ? strtol(env, NULL, 10) : 0;

	if (n <= 0)
		n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > most ? most : n;
}
