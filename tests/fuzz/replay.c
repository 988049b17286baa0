/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * A main() for a fuzz target without libFuzzer: runs the target once on
 * each file named, or on each file of a directory named (in name order),
 * and says how many. It is what make check replays the regression inputs
 * and seeds with, from the sanitizer build: deterministic, and no
 * separate libFuzzer build of the library. A sanitizer report names the
 * input it was found on.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* (only some targets have one) */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));
/* the sanitizers' runtime, when linked */
void __sanitizer_set_death_callback(void (*callback)(void))
	__attribute__((weak));

static unsigned int inputs;
static const char *current;

static void name_input(void)
{
	if (current)
		fprintf(stderr, "replay: on input %s\n", current);
}

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t size = 0, cap = 0, n;

	if (!f) {
		perror(path);
		return 1;
	}
	do {
		if (size == cap) {
			cap = cap ? cap * 2 : 4096;
			data = realloc(data, cap);
			if (!data) {
				perror(path);
				exit(1);
			}
		}
		n = fread(data + size, 1, cap - size, f);
		size += n;
	} while (n);
	if (ferror(f)) {
		perror(path);
		fclose(f);
		free(data);
		return 1;
	}
	fclose(f);
	current = path;
	LLVMFuzzerTestOneInput(data, size);
	current = NULL;
	free(data);
	inputs++;
	return 0;
}

static int run_path(const char *path)
{
	struct dirent **names;
	struct stat st;
	int n, i, bad = 0;

	if (stat(path, &st)) {
		perror(path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path);
	n = scandir(path, &names, NULL, alphasort);
	if (n < 0) {
		perror(path);
		return 1;
	}
	for (i = 0; i < n; i++) {
		char sub[4096];

		if (names[i]->d_name[0] != '.') {
			snprintf(sub, sizeof(sub), "%s/%s", path,
				 names[i]->d_name);
			bad |= run_path(sub);
		}
		free(names[i]);
	}
	free(names);
	return bad;
}

int main(int argc, char **argv)
{
	int i, bad = 0;

	if (__sanitizer_set_death_callback)
		__sanitizer_set_death_callback(name_input);
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++)
		bad |= run_path(argv[i]);
	printf("%u inputs\n", inputs);
	return bad;
}
