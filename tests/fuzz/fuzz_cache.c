// SPDX-License-Identifier: GPL-2.0+
/*
 * Fuzz target: the scan cache loader (--cache FILE), the one input dtoc
 * reads that it wrote itself, so the one most tempting to trust.
 *
 * A random file almost never has the right checksum, which the loader
 * checks first; so the harness rewrites the last 8 bytes of the input
 * with the checksum of the rest (the cache's own checksum(), checked at
 * start-up against a cache made by cw_*()), and
 * loads it with the key and tree count the file names. Then every entry
 * it holds is looked up as the walk would look it up (cache_lookup() and
 * cache_entry_result(), cache_dir_lookup()), and the entries found valid
 * are written to a new cache (cw_keep_valid(), cw_commit()), which must
 * load again with as many entries.
 *
 * The cache's section for the bindings goes to the bindings' memo reader
 * (bindings/memo.c), with the key it names, and each entry it holds is
 * looked up as the index would look it up.
 *
 * Internals used (scan/cache-format.h): cache_load, cache_lookup,
 * cache_entry_result, cache_dir_lookup, cache_all_valid, cw_open,
 * cw_add, cw_keep_valid, cw_commit, cache_free, checksum; and the frame
 * of an entry described there, to find the entries.
 */
#include <sys/stat.h>

#include "bindings/yaml.h"
#include "scan/cache-format.h"
#include "fuzz.h"

static struct memfile input;
static char tmpdir[256];
static char newcache[300];

static uint32_t u32_at(const unsigned char *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

/* Make a real cache and check that checksum() covers what it covers
 * there: everything but the last 8 bytes. */
static void check_checksum(void)
{
	struct file_stamp st = { 10, 20, 30, 40 };
	struct file_result res = { .path = "x/a.c", .rel = "a.c" };
	const char *names[] = { "a.c", "sub" };
	const char *why;
	struct cache_writer *w = cw_open(newcache, "key\n", 1, INT64_MAX / 2,
					 &why);
	unsigned char buf[65536];
	FILE *f;
	size_t len;

	FUZZ_ASSERT(w, "cw_open: %s", why);
	res.warning = "a warning";
	cw_add(w, 0, "a.c", &st, &res);
	cw_add_dir(w, 0, "", &st, names, 1, 1);
	FUZZ_ASSERT(!cw_commit(w, &why), "cw_commit: %s", why);
	f = fopen(newcache, "rb");
	FUZZ_ASSERT(f, "cannot read %s", newcache);
	len = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	FUZZ_ASSERT(len > 8, "a short cache");
	uint64_t sum;

	memcpy(&sum, buf + len - 8, 8);
	FUZZ_ASSERT(sum == checksum((const char *)buf, len - 8),
		    "the checksum no longer covers the cache but its last 8 bytes: update fuzz_cache.c");
	unlink(newcache);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *t = getenv("TMPDIR");

	snprintf(tmpdir, sizeof(tmpdir), "%s/dtoc-fuzz-cache-XXXXXX",
		 t && *t ? t : "/tmp");
	FUZZ_ASSERT(mkdtemp(tmpdir), "mkdtemp %s", tmpdir);
	snprintf(newcache, sizeof(newcache), "%s/cache", tmpdir);
	memfile_init(&input, "cache");
	check_checksum();
	return 0;
}

/* Look up every entry of the (loaded, so well-framed) cache @data; the
 * number found valid. */
static int look_up_all(struct scan_cache *c, const unsigned char *data,
		       size_t at, size_t end)
{
	struct arena a = { 0 };
	struct ptrvec files = { 0 }, dirs = { 0 };
	int hits = 0;

	while (at + 4 <= end) {
		uint32_t len = u32_at(data + at);
		const unsigned char *e = data + at + 4;
		struct file_stamp st;
		const char *rel;
		size_t rlen;
		uint32_t kind, tree;

		if (!len)
			break;
		kind = u32_at(e);
		tree = u32_at(e + 4);
		rel = (const char *)e + 12;
		rlen = u32_at(e + 8);
		memcpy(&st.size, rel + rlen + 1, 8);
		memcpy(&st.ino, rel + rlen + 9, 8);
		memcpy(&st.mtime_ns, rel + rlen + 17, 8);
		memcpy(&st.ctime_ns, rel + rlen + 25, 8);
		if (kind == 0) {
			const struct cache_entry *ce =
				cache_lookup(c, tree, rel, &st);
			struct file_result *res;

			if (ce) {
				hits++;
				if (!cache_entry_result(&a, ce, "/fuzz/tree/x",
							rel, &res) && res)
					FUZZ_ASSERT(res->path && res->rel,
						    "a result without a path");
			}
		} else if (cache_dir_lookup(c, tree, rel, &st, &files,
					    &dirs)) {
			hits++;
			for (int i = 0; i < files.count + dirs.count; i++) {
				const char *n = i < files.count ?
					files.items[i] :
					dirs.items[i - files.count];

				FUZZ_ASSERT(n, "a NULL name in a listing");
			}
		}
		at += 4 + len;
	}
	pv_free(&files);
	pv_free(&dirs);
	arena_free(&a);
	return hits;
}

/* The bindings' memo in the cache's section, with the key it names */
static void memo_look_up_all(const struct scan_cache *c)
{
	size_t len, klen;
	uint32_t k32;
	const char *sec = cache_section(c, &len);
	struct arena a = { 0 };
	struct ptrvec files = { 0 }, dirs = { 0 };
	struct bmemo *m;
	char *key;

	if (!sec || len < 8)
		return;
	memcpy(&k32, sec + 4, 4);
	klen = k32;
	key = xmalloc(len + 1);
	memcpy(key, sec + 8, klen < len - 8 ? klen : len - 8);
	key[klen < len - 8 ? klen : len - 8] = '\0';
	m = bmemo_load(sec, len, key);
	for (uint32_t i = 0; m; i++) {
		struct bfile f = { 0 };
		struct bstamp st;
		const char *rel;
		bool is_dir;
		int dir;

		if (!bmemo_entry(m, i, &is_dir, &dir, &rel, &st))
			break;
		FUZZ_ASSERT(rel, "an entry without a name");
		files.count = dirs.count = 0;
		if (is_dir && bmemo_dir(m, dir, rel, &st, &files, &dirs)) {
			for (int k = 0; k < files.count + dirs.count; k++)
				FUZZ_ASSERT(k < files.count ? files.items[k] :
					    dirs.items[k - files.count],
					    "a NULL name in a listing");
		} else if (!is_dir && bmemo_file(m, dir, rel, &st, &a, &f)) {
			FUZZ_ASSERT(f.select <= BSEL_NONE, "a bad select");
			for (int k = 0; k < f.compats.count; k++)
				FUZZ_ASSERT(f.compats.items[k],
					    "a NULL compatible string");
		}
	}
	(void)bmemo_all_used(m);
	bmemo_free(m);
	pv_free(&files);
	pv_free(&dirs);
	arena_free(&a);
	free(key);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *buf;
	char *key;
	size_t at = 24, klen;
	uint32_t ntrees = 1;
	struct scan_cache *c;
	const char *why;

	if (size < 24 || size > (1 << 20))
		return 0;
	buf = xmalloc(size);
	memcpy(buf, data, size);
	uint64_t sum = checksum((const char *)buf, size - 8);

	memcpy(buf + size - 8, &sum, 8);
	/* the key and the tree count, as the header holds them */
	klen = u32_at(buf + 16);
	if (klen < size - 8 - 20 - 1 && 20 + klen + 1 + 4 <= size - 8) {
		key = xmalloc(klen + 1);
		memcpy(key, buf + 20, klen);
		key[klen] = '\0';
		at = 20 + klen + 1;
		ntrees = u32_at(buf + at);
		at += 4;
	} else {
		key = xstrdup("");
	}
	if (ntrees > 64)
		ntrees = 64;
	memfile_set(&input, buf, size);
	c = cache_load(input.path, key, ntrees, &why);
	if (c) {
		int hits = look_up_all(c, buf, at, size - 8);
		struct cache_writer *w;

		(void)cache_all_valid(c, hits);
		memo_look_up_all(c);
		/* what is found valid is kept, and loads again */
		w = cw_open(newcache, key, ntrees, 0, &why);
		FUZZ_ASSERT(w, "cw_open: %s", why);
		cw_keep_valid(w, c);
		{
			size_t slen;
			const char *sec = cache_section(c, &slen);

			cw_set_section(w, sec, slen);
		}
		FUZZ_ASSERT(!cw_commit(w, &why), "cw_commit: %s", why);
		cache_free(c);
		c = cache_load(newcache, key, ntrees, &why);
		FUZZ_ASSERT(c, "a kept cache does not load: %s", why);
		cache_free(c);
		unlink(newcache);
	}
	free(key);
	free(buf);
	return 0;
}
