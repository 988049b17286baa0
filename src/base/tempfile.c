// SPDX-License-Identifier: GPL-2.0+
/*
 * Temporary files a fatal signal must not leave behind. Outputs are
 * written to temporary files beside them and renamed into place (emit's
 * output.c, the --report, the scan cache); a run stopped by SIGINT,
 * SIGTERM or SIGHUP removes the temporary files it holds, leaves the
 * outputs as they were, and then dies of the signal, so that its exit
 * status still says so.
 *
 * A signal handler can only reach process-wide state, so this is the one
 * place that has some: the list of paths. The list is changed with the
 * signals blocked, so the handler never sees it half-changed, and the
 * handler does nothing but unlink(), sigaction() and raise(), which are
 * async-signal-safe.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"

static const int fatal_signals[] = { SIGINT, SIGTERM, SIGHUP };
#define NFATAL (sizeof(fatal_signals) / sizeof(*fatal_signals))

static struct {
	char **paths;
	int count;
	int cap;
} temps;

static void block_fatal(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	for (size_t i = 0; i < NFATAL; i++)
		sigaddset(&set, fatal_signals[i]);
	pthread_sigmask(SIG_BLOCK, &set, old);
}

static void restore(const sigset_t *old)
{
	pthread_sigmask(SIG_SETMASK, old, NULL);
}

static void on_fatal_signal(int sig)
{
	struct sigaction dfl;

	for (int i = 0; i < temps.count; i++)
		unlink(temps.paths[i]);
	/* die of it: pending until this handler returns */
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(sig, &dfl, NULL);
	raise(sig);
}

void tempfiles_catch_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < NFATAL; i++)
		sigaddset(&sa.sa_mask, fatal_signals[i]);
	for (size_t i = 0; i < NFATAL; i++) {
		struct sigaction old;

		/* a signal ignored by whoever started us (nohup) stays so */
		if (sigaction(fatal_signals[i], NULL, &old) ||
		    old.sa_handler == SIG_IGN)
			continue;
		sigaction(fatal_signals[i], &sa, NULL);
	}
}

void tempfile_add(const char *path)
{
	char *copy = xstrdup(path);
	sigset_t old;

	block_fatal(&old);
	if (temps.count == temps.cap) {
		temps.cap = temps.cap ? 2 * temps.cap : 16;
		temps.paths = xrealloc(temps.paths,
				       temps.cap * sizeof(*temps.paths));
	}
	temps.paths[temps.count++] = copy;
	restore(&old);
}

void tempfile_forget(const char *path)
{
	char *gone = NULL;
	sigset_t old;

	block_fatal(&old);
	for (int i = temps.count - 1; i >= 0; i--) {
		if (strcmp(temps.paths[i], path))
			continue;
		gone = temps.paths[i];
		temps.paths[i] = temps.paths[--temps.count];
		break;
	}
	if (!temps.count) {
		free(temps.paths);
		temps.paths = NULL;
		temps.cap = 0;
	}
	restore(&old);
	free(gone);
}
