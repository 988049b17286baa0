// SPDX-License-Identifier: GPL-2.0+
/*
 * The floor for dtoc's scan: walk the trees and read every .c (and .h)
 * file once, on all cores, looking for the markers with memmem() -- and
 * nothing else, with as few system calls as dtoc makes (getdents64(),
 * and openat(), read(), close() a file). What dtoc's scan costs beyond
 * this is its own.
 *
 * Usage: floor [-j N] [-c] DIR...   (-c: .c files only, as without -i)
 * Prints: files read, bytes, files with a marker. As dtoc does, it
 * leaves out a tree's top-level directories named build* and .git*.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct queue {
	pthread_mutex_t lock;
	pthread_cond_t more;
	char **dirs; /* a tree's root starts with '\1' */
	int count, cap, busy;
	int c_only;
	long files, bytes, hits;
};

static void push(struct queue *q, char *dir)
{
	pthread_mutex_lock(&q->lock);
	if (q->count == q->cap) {
		q->cap = q->cap ? 2 * q->cap : 256;
		q->dirs = realloc(q->dirs, q->cap * sizeof(*q->dirs));
		if (!q->dirs)
			abort();
	}
	q->dirs[q->count++] = dir;
	pthread_cond_signal(&q->more);
	pthread_mutex_unlock(&q->lock);
}

static char *take(struct queue *q, int done_one)
{
	char *dir = NULL;

	pthread_mutex_lock(&q->lock);
	q->busy -= done_one;
	while (!q->count && q->busy)
		pthread_cond_wait(&q->more, &q->lock);
	if (q->count) {
		dir = q->dirs[--q->count];
		q->busy++;
	} else {
		pthread_cond_broadcast(&q->more);
	}
	pthread_mutex_unlock(&q->lock);
	return dir;
}

/* Read one file into *buf (grown as needed); its length. */
static size_t read_file(int dfd, const char *name, char **buf, size_t *cap)
{
	int fd = openat(dfd, name, O_RDONLY | O_CLOEXEC);
	size_t got = 0;
	ssize_t n;

	if (fd < 0)
		return 0;
	/* a regular file's read() is short only at its end */
	while ((n = read(fd, *buf + got, *cap - got)) > 0) {
		got += n;
		if (got < *cap)
			break;
		*cap *= 2;
		*buf = realloc(*buf, *cap);
		if (!*buf)
			abort();
	}
	close(fd);
	return got;
}

static void *work(void *arg)
{
	struct queue *q = arg;
	size_t cap = 1 << 20;
	char *buf = malloc(cap);
	char *dents = malloc(32768);
	long files = 0, bytes = 0, hits = 0;
	char *dir = NULL;

	while ((dir = take(q, dir != NULL))) {
		int top = *dir == '\1';
		int dfd = open(dir + top, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		ssize_t n;

		while (dfd >= 0 && (n = getdents64(dfd, dents, 32768)) > 0) {
			for (ssize_t at = 0; at < n;) {
				struct dirent64 *de = (void *)(dents + at);
				const char *name = de->d_name;
				size_t len = strlen(name), got;
				int c;

				at += de->d_reclen;
				if (de->d_type == DT_DIR) {
					if (strcmp(name, ".") && strcmp(name, "..") &&
					    !(top && (!strncmp(name, "build", 5) ||
						      !strncmp(name, ".git", 4)))) {
						char *sub = malloc(strlen(dir) + len + 2);

						sprintf(sub, "%s/%s", dir + top, name);
						push(q, sub);
					}
					continue;
				}
				if (len < 2 || name[len - 2] != '.')
					continue;
				c = name[len - 1] == 'c';
				if (!c && (q->c_only || name[len - 1] != 'h'))
					continue;
				got = read_file(dfd, name, &buf, &cap);
				files++;
				bytes += got;
				if (c ? memmem(buf, got, "U_BOOT_DRIVER", 13) ||
					    memmem(buf, got, "UCLASS_DRIVER", 13)
				      : memmem(buf, got, "struct", 6) != NULL)
					hits++;
			}
		}
		if (dfd >= 0)
			close(dfd);
		free(dir);
	}
	free(buf);
	free(dents);
	pthread_mutex_lock(&q->lock);
	q->files += files;
	q->bytes += bytes;
	q->hits += hits;
	pthread_mutex_unlock(&q->lock);
	return NULL;
}

int main(int argc, char **argv)
{
	struct queue q = { .lock = PTHREAD_MUTEX_INITIALIZER,
			   .more = PTHREAD_COND_INITIALIZER };
	long jobs = sysconf(_SC_NPROCESSORS_ONLN);
	pthread_t threads[64];
	int opt;

	while ((opt = getopt(argc, argv, "j:c")) != -1) {
		if (opt == 'j')
			jobs = atoi(optarg);
		else if (opt == 'c')
			q.c_only = 1;
		else
			return 2;
	}
	if (jobs < 1)
		jobs = 1;
	if (jobs > 64)
		jobs = 64;
	for (int i = optind; i < argc; i++) {
		char *root = malloc(strlen(argv[i]) + 2);

		sprintf(root, "\1%s", argv[i]);
		push(&q, root);
	}
	for (int i = 1; i < jobs; i++)
		pthread_create(&threads[i], NULL, work, &q);
	work(&q);
	for (int i = 1; i < jobs; i++)
		pthread_join(threads[i], NULL);
	printf("%ld files, %ld bytes, %ld with markers\n", q.files, q.bytes,
	       q.hits);
	return 0;
}
