// SPDX-License-Identifier: GPL-2.0+
/*
 * The walk: list every directory of the source trees and read and parse
 * their .c (and .h) files, on all cores.
 *
 * A task is one directory: its worker lists it, queues its
 * subdirectories for any worker, then reads its own files through the
 * directory's descriptor. What the files declare stays with them in the
 * tree of walk_dirs; scan.c merges it afterwards in the sorted order,
 * so neither the number of threads nor their timing shows in the
 * result. As the reference does, a tree's top-level directories named
 * build* or .git* are left out and links to directories not followed.
 *
 * With a scan cache, a directory whose stamp is unchanged is not read
 * (its listing is in the cache), nor a file whose stamp is unchanged;
 * a file that must be read is read with as few system calls as can be:
 * openat(), read() and close() (see read_file()).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scan/walk.h"

#ifndef O_PATH
#define O_PATH O_RDONLY /* only to look in the directory */
#endif

struct pool {
	struct walk *w;
	pthread_mutex_t lock;
	pthread_cond_t more;
	struct walk_dir **queue; /* a stack: deep first, for locality */
	int count;
	int cap;
	int busy; /* workers on a task; none and an empty queue: done */
};

struct worker {
	struct pool *pool;
	struct arena *arena;
	struct strbuf content; /* the file being read, reused */
	struct strbuf dents;   /* getdents64()'s buffer */
	struct strbuf names;   /* a directory's entries, NUL-separated */
	struct ptrvec files;   /* offsets into names, then the names */
	struct ptrvec dirs;
	struct strbuf path;	/* a file's, in full and in its tree */
	struct strbuf rel;
	size_t path_prefix;	/* the lengths of its directory's part */
	size_t rel_prefix;
	struct walk_file *kept; /* a directory's files worth keeping */
	int nkept;
	int kept_cap;
	int files_read;
	int files_scanned;
	int files_cached;
	int files_missed;
	int dirs_cached;
	int dirs_missed;
};

static void sb_reset(struct strbuf *sb)
{
	sb->len = 0;
	sb_add(sb, "", 0);
}

void walk_dir_path(const struct walk_dir *d, struct strbuf *sb, bool rel)
{
	if (!d->parent) {
		if (!rel)
			sb_puts(sb, d->name);
		return;
	}
	walk_dir_path(d->parent, sb, rel);
	if (d->parent->parent || !rel)
		sb_add(sb, "/", 1);
	sb_puts(sb, d->name);
}

static void push_dirs(struct pool *pool, struct walk_dir **dirs, int n)
{
	pthread_mutex_lock(&pool->lock);
	if (pool->count + n > pool->cap) {
		pool->cap = (pool->count + n) * 2;
		pool->queue = xrealloc(pool->queue,
				       pool->cap * sizeof(*pool->queue));
	}
	/* reversed, so that the first is taken first */
	for (int i = n - 1; i >= 0; i--)
		pool->queue[pool->count++] = dirs[i];
	pthread_cond_broadcast(&pool->more);
	pthread_mutex_unlock(&pool->lock);
}

/* The next directory, or NULL when the walk is over. */
static struct walk_dir *take_dir(struct pool *pool, bool finished_one)
{
	struct walk_dir *d = NULL;

	pthread_mutex_lock(&pool->lock);
	if (finished_one)
		pool->busy--;
	while (!pool->count && pool->busy)
		pthread_cond_wait(&pool->more, &pool->lock);
	if (pool->count) {
		d = pool->queue[--pool->count];
		pool->busy++;
	} else {
		pthread_cond_broadcast(&pool->more); /* wake the others */
	}
	pthread_mutex_unlock(&pool->lock);
	return d;
}

static bool is_source(const char *name, bool headers)
{
	size_t len = strlen(name);

	return len >= 2 && name[len - 2] == '.' &&
	       (name[len - 1] == 'c' || (headers && name[len - 1] == 'h'));
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort an entry of @d into files or subdirectories, or leave it out.
 * Every .c and .h is listed (the listing may serve a run with -i from
 * the cache); a link is taken for a file here, and left out when it
 * turns out to lead to a directory. A file's name is kept after a byte
 * that says whether it is a regular file (see is_regular()). */
static void list_entry(struct worker *wk, const struct walk_dir *d, int dfd,
		       const char *name, unsigned char type)
{
	struct stat st;

	if (type == DT_UNKNOWN) {
		if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW))
			return;
		type = S_ISDIR(st.st_mode) ? DT_DIR :
		       S_ISREG(st.st_mode) ? DT_REG : DT_LNK;
	}
	if (type == DT_DIR) {
		if (!d->parent && (!strncmp(name, "build", 5) ||
				   !strncmp(name, ".git", 4)))
			return;
	} else if (!is_source(name, true)) {
		return;
	}
	sb_add(&wk->names, type == DT_REG ? "r" : "o", 1);
	/* offsets, as the buffer may move while the listing grows */
	pv_push(type == DT_DIR ? &wk->dirs : &wk->files,
		(void *)(uintptr_t)wk->names.len);
	sb_add(&wk->names, name, strlen(name) + 1);
}

/* Whether a name of a listing read now is a regular file's. */
static bool is_regular(const char *name)
{
	return name[-1] == 'r';
}

static void offsets_to_names(struct worker *wk, struct ptrvec *v)
{
	for (int i = 0; i < v->count; i++)
		v->items[i] = wk->names.buf + (uintptr_t)v->items[i];
	pv_sort(v, cmp_names);
}

/* Read the whole file (@size: what it should hold, if known). Of a
 * regular file, read() returns less than asked only at its end (POSIX),
 * so that needs no second read(); of anything else, read up to a 0. */
static int read_file(struct strbuf *sb, int fd, bool regular, size_t size)
{
	if (sb->cap < size + 2 || sb->cap < 64 * 1024) {
		free(sb->buf);
		sb->cap = size + 2 > 64 * 1024 ? size + 2 : 64 * 1024;
		sb->buf = xmalloc(sb->cap);
	}
	sb->len = 0;
	for (;;) {
		size_t want;
		ssize_t n;

		if (sb->cap - sb->len < 2) {
			sb->cap *= 2;
			sb->buf = xrealloc(sb->buf, sb->cap);
		}
		want = sb->cap - sb->len - 1;
		n = read(fd, sb->buf + sb->len, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		sb->len += n;
		if (!n || (regular && (size_t)n < want))
			break;
	}
	sb->buf[sb->len] = '\0';
	return 0;
}

static struct file_result *failed(struct worker *wk, int err)
{
	struct file_result *res = arena_alloc(wk->arena, sizeof(*res));

	res->path = arena_strdup(wk->arena, wk->path.buf);
	res->error_code = DC_FILE_UNREADABLE;
	res->error = arena_printf(wk->arena, "cannot read '%s': %s",
				  res->path, strerror(err));
	return res;
}

static struct file_stamp stamp_of(const struct stat *st)
{
	struct file_stamp fs = {
		.size = st->st_size,
		.ino = st->st_ino,
		.mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 +
			    st->st_mtim.tv_nsec,
		.ctime_ns = (int64_t)st->st_ctim.tv_sec * 1000000000 +
			    st->st_ctim.tv_nsec,
	};

	return fs;
}

/* What the cache has for the file, if its stamp is unchanged; else the
 * stamp to record when the file has been read. */
static bool from_cache(struct worker *wk, const struct walk_dir *d, int dfd,
		       const char *name, struct walk_file *f)
{
	const struct walk *w = wk->pool->w;
	const struct cache_entry *e;
	struct file_stamp fs;
	struct stat st;

	if (fstatat(dfd, name, &st, 0))
		return false; /* reading it will say why */
	if (S_ISDIR(st.st_mode))
		return true; /* a link to a directory: not followed */
	fs = stamp_of(&st);
	e = cache_lookup(w->cache, d->tree, wk->rel.buf, &fs);
	if (e && !cache_entry_result(wk->arena, e, wk->path.buf, wk->rel.buf,
				     &f->res)) {
		wk->files_cached++;
		return true;
	}
	f->res = NULL;
	f->stamp = arena_dup(wk->arena, &fs, sizeof(fs));
	return false;
}

/* Read and parse one file, or take what it declares from the cache. */
static void scan_file(struct worker *wk, const struct walk_dir *d, int dfd,
		      const char *name, bool regular, struct walk_file *f)
{
	const struct walk *w = wk->pool->w;
	struct file_result *res;
	unsigned int marks;
	struct stat st;
	int fd, err;

	memset(f, 0, sizeof(*f));
	wk->path.len = wk->path_prefix;
	sb_puts(&wk->path, name);
	wk->rel.len = wk->rel_prefix;
	sb_puts(&wk->rel, name);
	if (w->cache) {
		if (from_cache(wk, d, dfd, name, f))
			return;
		wk->files_missed++;
	}
	/* (not blocking: it may be a FIFO, which is then skipped) */
	fd = openat(dfd, name, O_RDONLY | O_CLOEXEC |
				       (regular ? 0 : O_NONBLOCK));
	if (fd < 0) {
		f->res = failed(wk, errno);
		f->stamp = NULL;
		return;
	}
	st.st_size = 0;
	/* a file not known to be regular may be a link to a directory */
	if ((!regular || w->stamp) && fstat(fd, &st)) {
		err = errno;
	} else if (!regular && S_ISDIR(st.st_mode)) {
		close(fd); /* a link to a directory: not followed */
		f->stamp = NULL;
		return;
	} else if (!regular && !S_ISREG(st.st_mode)) {
		/* a FIFO, a device: the reference would wait for it, or
		 * read it for ever */
		close(fd);
		f->stamp = NULL;
		f->res = arena_alloc(wk->arena, sizeof(*f->res));
		f->res->path = arena_strdup(wk->arena, wk->path.buf);
		f->res->warning = "skipping file: not a regular file";
		return;
	} else {
		if (w->stamp && !f->stamp) {
			struct file_stamp fs = stamp_of(&st);

			f->stamp = arena_dup(wk->arena, &fs, sizeof(fs));
		}
		err = -read_file(&wk->content, fd,
				 regular || S_ISREG(st.st_mode), st.st_size);
	}
	close(fd);
	if (err) {
		f->res = failed(wk, err);
		f->stamp = NULL;
		return;
	}
	wk->files_read++;

	marks = file_markers(name, wk->content.buf, wk->content.len);
	if (!marks)
		return;
	/* parsed with scratch paths: most headers declare nothing */
	struct file_result tmp = { .path = wk->path.buf, .rel = wk->rel.buf };

	parse_file(wk->arena, &tmp, wk->content.buf, wk->content.len, marks,
		   true);
	wk->files_scanned++;
	if (result_is_empty(&tmp))
		return;
	res = arena_dup(wk->arena, &tmp, sizeof(tmp));
	res->path = arena_strdup(wk->arena, wk->path.buf);
	res->rel = res->path + wk->path.len - wk->rel.len; /* its tail */
	f->res = res;
}

static void keep_file(struct worker *wk, const struct walk_file *f)
{
	if (wk->nkept == wk->kept_cap) {
		wk->kept_cap = wk->kept_cap ? wk->kept_cap * 2 : 64;
		wk->kept = xrealloc(wk->kept, wk->kept_cap * sizeof(*wk->kept));
	}
	wk->kept[wk->nkept++] = *f;
}

/* Read the directory's entries into wk->files and wk->dirs, sorted;
 * @fd is open for reading, @dfd for looking up names. */
static int read_dir(struct worker *wk, struct walk_dir *d, int fd, int dfd)
{
	if (!wk->dents.cap) {
		wk->dents.cap = 32 * 1024;
		wk->dents.buf = xmalloc(wk->dents.cap);
	}
	sb_reset(&wk->names);
	for (;;) {
		ssize_t n = getdents64(fd, wk->dents.buf, wk->dents.cap);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno;
		if (!n)
			break;
		for (ssize_t at = 0; at < n;) {
			const struct dirent64 *de =
				(const void *)(wk->dents.buf + at);

			at += de->d_reclen;
			if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
				list_entry(wk, d, dfd, de->d_name, de->d_type);
		}
	}
	offsets_to_names(wk, &wk->files);
	offsets_to_names(wk, &wk->dirs);
	return 0;
}

/* Keep the listing of a directory read now, for the new cache. */
static void keep_listing(struct worker *wk, struct walk_dir *d)
{
	d->nlisted_files = wk->files.count;
	d->nlisted_dirs = wk->dirs.count;
	d->listed = arena_alloc(wk->arena, (d->nlisted_files +
					    d->nlisted_dirs) * sizeof(char *));
	for (int i = 0; i < wk->files.count; i++) {
		char *name = arena_strdup(wk->arena, wk->files.items[i]);

		d->listed[i] = name;
		wk->files.items[i] = name;
	}
	for (int i = 0; i < wk->dirs.count; i++) {
		char *name = arena_strdup(wk->arena, wk->dirs.items[i]);

		d->listed[d->nlisted_files + i] = name;
		wk->dirs.items[i] = name;
	}
}

/*
 * List the directory: from the cache if its stamp is unchanged (no entry
 * was added, removed or renamed), else by reading it. Names that come
 * from the cache or were kept live as long as the run; others are
 * copied.
 */
static int list_dir(struct worker *wk, struct walk_dir *d, int dfd,
		    bool *lasting)
{
	const struct walk *w = wk->pool->w;
	struct file_stamp fs;
	struct stat st;
	int err;

	wk->files.count = 0;
	wk->dirs.count = 0;
	*lasting = false;
	if (w->cache || w->stamp) {
		if (fstat(dfd, &st))
			return errno;
		fs = stamp_of(&st);
		if (w->cache && cache_dir_lookup(w->cache, d->tree, wk->rel.buf,
						 &fs, &wk->files, &wk->dirs)) {
			wk->dirs_cached++;
			*lasting = true;
			return 0;
		}
		wk->dirs_missed += w->cache != NULL;
	}
	if (w->cache) {
		/* @dfd only names the directory */
		int fd = openat(dfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);

		if (fd < 0)
			return errno;
		err = read_dir(wk, d, fd, dfd);
		close(fd);
	} else {
		err = read_dir(wk, d, dfd, dfd);
	}
	if (!err && w->stamp) {
		d->stamp = arena_dup(wk->arena, &fs, sizeof(fs));
		keep_listing(wk, d);
		*lasting = true;
	}
	return err;
}

static void scan_dir(struct worker *wk, struct walk_dir *d)
{
	const struct walk *w = wk->pool->w;
	bool lasting;
	int dfd, err;

	sb_reset(&wk->path);
	walk_dir_path(d, &wk->path, false);
	sb_reset(&wk->rel);
	walk_dir_path(d, &wk->rel, true);
	/* with a cache, most directories need not be read, only named */
	dfd = open(wk->path.buf, (w->cache ? O_PATH : O_RDONLY) | O_DIRECTORY |
				 O_CLOEXEC);
	if (dfd < 0) {
		d->err = errno;
		return;
	}
	err = list_dir(wk, d, dfd, &lasting);
	if (err) {
		d->err = err;
		close(dfd);
		return;
	}
	sb_add(&wk->path, "/", 1);
	wk->path_prefix = wk->path.len;
	if (wk->rel.len)
		sb_add(&wk->rel, "/", 1);
	wk->rel_prefix = wk->rel.len;

	d->nsubdirs = wk->dirs.count;
	d->subdirs = arena_alloc(wk->arena, d->nsubdirs * sizeof(*d->subdirs));
	for (int i = 0; i < d->nsubdirs; i++) {
		struct walk_dir *sub = arena_alloc(wk->arena, sizeof(*sub));
		const char *name = wk->dirs.items[i];

		sub->parent = d;
		sub->tree = d->tree;
		sub->name = lasting ? name : arena_strdup(wk->arena, name);
		d->subdirs[i] = sub;
	}
	push_dirs(wk->pool, d->subdirs, d->nsubdirs);

	wk->nkept = 0;
	for (int i = 0; i < wk->files.count; i++) {
		const char *name = wk->files.items[i];
		struct walk_file f;

		if (!is_source(name, w->headers))
			continue; /* a header, without -i */
		/* (names from the cache or kept are not known to be regular) */
		scan_file(wk, d, dfd, name, !lasting && is_regular(name), &f);
		if (f.stamp)
			f.name = lasting ? name : arena_strdup(wk->arena, name);
		if (f.res || f.stamp)
			keep_file(wk, &f);
	}
	close(dfd);
	d->nfiles = wk->nkept;
	d->files = arena_dup(wk->arena, wk->kept, wk->nkept * sizeof(*wk->kept));
}

static void *work(void *arg)
{
	struct worker *wk = arg;
	struct walk_dir *d = NULL;

	while ((d = take_dir(wk->pool, d)))
		scan_dir(wk, d);
	return NULL;
}

void walk_trees(struct walk *w)
{
	struct pool pool = { .w = w };
	int jobs = w->jobs > 0 ? w->jobs : 1;
	struct worker *wks = xmalloc(jobs * sizeof(*wks));
	pthread_t *threads = xmalloc(jobs * sizeof(*threads));
	int started = 0;

	pthread_mutex_init(&pool.lock, NULL);
	pthread_cond_init(&pool.more, NULL);
	w->arenas = xmalloc(jobs * sizeof(*w->arenas));
	memset(w->arenas, 0, jobs * sizeof(*w->arenas));
	w->narenas = jobs;
	memset(wks, 0, jobs * sizeof(*wks));
	for (int i = 0; i < jobs; i++) {
		wks[i].pool = &pool;
		wks[i].arena = &w->arenas[i];
	}

	w->trees = arena_alloc(&w->arenas[0], w->nroots * sizeof(*w->trees));
	for (int i = 0; i < w->nroots; i++) {
		struct walk_dir *root = arena_alloc(&w->arenas[0],
						    sizeof(*root));

		root->name = w->roots[i];
		root->tree = i;
		w->trees[i] = root;
	}
	push_dirs(&pool, w->trees, w->nroots);

	/* the calling thread is worker 0 */
	for (int i = 1; i < jobs; i++) {
		if (pthread_create(&threads[i], NULL, work, &wks[i]))
			break;
		started = i;
	}
	work(&wks[0]);
	for (int i = 1; i <= started; i++)
		pthread_join(threads[i], NULL);

	for (int i = 0; i < jobs; i++) {
		w->files_read += wks[i].files_read;
		w->files_scanned += wks[i].files_scanned;
		w->files_cached += wks[i].files_cached;
		w->files_missed += wks[i].files_missed;
		w->dirs_cached += wks[i].dirs_cached;
		w->dirs_missed += wks[i].dirs_missed;
		sb_free(&wks[i].content);
		sb_free(&wks[i].names);
		sb_free(&wks[i].dents);
		sb_free(&wks[i].path);
		sb_free(&wks[i].rel);
		pv_free(&wks[i].files);
		pv_free(&wks[i].dirs);
		free(wks[i].kept);
	}
	free(pool.queue);
	pthread_mutex_destroy(&pool.lock);
	pthread_cond_destroy(&pool.more);
	free(wks);
	free(threads);
}
