// SPDX-License-Identifier: GPL-2.0+
/*
 * kbquery SRCTREE CONFIG PHASE [FILE...]: the kbuild evaluator's verdict
 * on each source file (relative to SRCTREE; read from stdin, one a line,
 * if none are given), one line each: built|not-built|unknown TAB file TAB
 * why. PHASE: spl, tpl, vpl or proper. For checking the evaluator on a
 * whole tree against a finished build (tests/kbuild/vs-objects.sh).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "kbuild/kbuild.h"

static void one(struct kbuild *kb, const char *rel)
{
	static const char *const names[] = { "unknown", "not-built",
					     "built" };
	struct kb_result r;

	kb_query(kb, rel, &r);
	printf("%s\t%s\t%s\n", names[r.verdict], rel, r.why ? r.why : "");
}

int main(int argc, char **argv)
{
	struct arena a = { 0 };
	struct kb_config cfg = { 0 };
	enum kb_phase phase;
	struct kbuild *kb;
	FILE *f;
	char *buf = NULL, line[4096];
	size_t cap = 0, len = 0, n;
	const char *why;
	int l;

	if (argc < 4) {
		fprintf(stderr, "usage: kbquery SRCTREE CONFIG PHASE [FILE...]\n");
		return 2;
	}
	if (kb_phase_from_name(strcmp(argv[3], "proper") ? argv[3] : NULL,
			       &phase)) {
		fprintf(stderr, "kbquery: unknown phase '%s'\n", argv[3]);
		return 2;
	}
	f = fopen(argv[2], "rb");
	if (!f) {
		perror(argv[2]);
		return 1;
	}
	do {
		if (len + 65536 > cap)
			buf = xrealloc(buf, cap = cap * 2 + 65536);
		n = fread(buf + len, 1, 65536, f);
		len += n;
	} while (n);
	fclose(f);
	if (kb_config_parse(&a, &cfg, buf, len, &l, &why)) {
		fprintf(stderr, "%s:%d: %s\n", argv[2], l, why);
		return 1;
	}
	kb = kb_new(&a, argv[1], &cfg, phase);
	if (argc > 4) {
		for (int i = 4; i < argc; i++)
			one(kb, argv[i]);
	} else {
		while (fgets(line, sizeof(line), stdin)) {
			line[strcspn(line, "\n")] = '\0';
			if (*line)
				one(kb, line);
		}
	}
	fprintf(stderr, "kbquery: %d Makefiles read\n",
		kb_files_read(kb)->count);
	kb_free(kb);
	kb_config_free(&cfg);
	free(buf);
	arena_free(&a);
	return 0;
}
