// SPDX-License-Identifier: GPL-2.0+
/*
 * Time commands side by side: run each of them in turn, RUNS rounds
 * (so that a change in the machine's load hits all alike), then print
 * each one's median and best wall time and its peak memory (maxrss).
 *
 * Usage: timeit RUNS NAME=COMMAND...
 *   COMMAND is split at spaces and run directly (no shell); its output
 *   goes to /dev/null. One line per command:
 *   NAME median_ms best_ms cpu_ms maxrss_kb failures
 * where cpu_ms is the median of user + system time.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct cmd {
	char *name;
	char **argv;
	double *ms;
	double *cpu;
	long maxrss;
	int failures;
};

static char **split(char *s)
{
	char **argv = calloc(strlen(s) / 2 + 2, sizeof(*argv));
	int n = 0;

	for (char *tok = strtok(s, " "); tok; tok = strtok(NULL, " "))
		argv[n++] = tok;
	return argv;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int runs = argc > 1 ? atoi(argv[1]) : 0;
	int n = argc - 2;
	struct cmd *cmds;

	if (runs < 1 || n < 1) {
		fprintf(stderr, "usage: timeit RUNS NAME=COMMAND...\n");
		return 2;
	}
	cmds = calloc(n, sizeof(*cmds));
	for (int i = 0; i < n; i++) {
		char *eq = strchr(argv[i + 2], '=');

		if (!eq) {
			fprintf(stderr, "timeit: no NAME= in '%s'\n", argv[i + 2]);
			return 2;
		}
		*eq = '\0';
		cmds[i].name = argv[i + 2];
		cmds[i].argv = split(eq + 1);
		cmds[i].ms = calloc(runs, sizeof(double));
		cmds[i].cpu = calloc(runs, sizeof(double));
	}
	for (int r = 0; r < runs; r++) {
		for (int i = 0; i < n; i++) {
			struct cmd *c = &cmds[i];
			struct rusage ru;
			double start = now_ms();
			int status;
			pid_t pid = fork();

			if (pid == 0) {
				int null = open("/dev/null", O_WRONLY);

				dup2(null, 1);
				dup2(null, 2);
				execvp(c->argv[0], c->argv);
				_exit(127);
			}
			wait4(pid, &status, 0, &ru);
			c->ms[r] = now_ms() - start;
			c->cpu[r] = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
				    (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
			if (ru.ru_maxrss > c->maxrss)
				c->maxrss = ru.ru_maxrss;
			if (!WIFEXITED(status) || WEXITSTATUS(status))
				c->failures++;
		}
	}
	for (int i = 0; i < n; i++) {
		struct cmd *c = &cmds[i];

		qsort(c->ms, runs, sizeof(double), cmp_double);
		qsort(c->cpu, runs, sizeof(double), cmp_double);
		printf("%s %.2f %.2f %.2f %ld %d\n", c->name, c->ms[runs / 2],
		       c->ms[0], c->cpu[runs / 2], c->maxrss, c->failures);
	}
	return 0;
}
