// SPDX-License-Identifier: GPL-2.0+
/*
 * Fuzz target: a devicetree blob through the model (dt_read), resolve
 * and emit, in memory, in both modes (plain and -i), against the
 * drivers of testdata/src (parsed once per run from memory).
 *
 * The blob's boot_cpuid_phys header field (bytes 28-31, 0 from dtc)
 * picks extra options from its last byte: bit 0 --include-disabled,
 * bit 1 -p spl, bit 2 --bindings bindings and the bindings of
 * testdata/cases/bindings-types (read from disk: slower).
 *
 * Checks, beyond "no crash, no leak, no undefined behaviour": a run
 * that succeeds writes text without NUL bytes, and the same blob gives
 * the same output twice.
 *
 * Internals used (dtb/dtb.h, scan/merge.h, resolve/resolve.h, emit/emit.h): struct ctx/options, dt_read, scan_init,
 * parse_source, resolve, check_values, resolved_free, output_files, emit_header_comment,
 * ctx_free, strbuf.
 */
#include <dirent.h>
#include <sys/stat.h>

#include "base/diag.h"
#include "dtb/dtb.h"
#include "emit/emit.h"
#include "resolve/resolve.h"
#include "scan/merge.h"
#include "scan/scan.h"
#include "fuzz.h"

struct srcf {
	char *path;
	char *rel;
	char *buf;
	size_t len;
	bool header;
};

static struct srcf *files;
static int nfiles;
static struct memfile blob;
static const char *bindings_dirs[2];

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_file(const char *path, const char *rel)
{
	FILE *f = fopen(path, "rb");
	struct srcf *s;
	struct stat st;
	size_t len = strlen(rel);

	if (!f)
		return;
	if (fstat(fileno(f), &st) || !S_ISREG(st.st_mode)) {
		fclose(f);
		return;
	}
	files = xrealloc(files, (nfiles + 1) * sizeof(*files));
	s = &files[nfiles++];
	s->path = xstrdup(path);
	s->rel = xstrdup(rel);
	s->buf = xmalloc(st.st_size + 1);
	s->len = fread(s->buf, 1, st.st_size, f);
	s->buf[s->len] = '\0';
	s->header = rel[len - 1] == 'h';
	fclose(f);
}

/* The tree in the walk's order: a directory's files, then its
 * subdirectories, each sorted; top-level build* and .git* left out. */
static void walk(const char *top, const char *rel)
{
	struct ptrvec fs = { 0 }, ds = { 0 };
	struct dirent *de;
	DIR *d;
	char path[4096];

	/* (a path too long for the buffers is left out) */
	if (snprintf(path, sizeof(path), "%s%s%s", top, rel[0] ? "/" : "",
		     rel) >= (int)sizeof(path))
		return;
	d = opendir(path);
	if (!d)
		return;
	while ((de = readdir(d))) {
		const char *n = de->d_name;
		size_t len = strlen(n);
		char child[4096];
		struct stat st;

		if (!strcmp(n, ".") || !strcmp(n, ".."))
			continue;
		if (snprintf(child, sizeof(child), "%s/%s", path, n) >=
		    (int)sizeof(child) || lstat(child, &st))
			continue;
		if (S_ISDIR(st.st_mode)) {
			if (!rel[0] && (!strncmp(n, "build", 5) ||
					!strncmp(n, ".git", 4)))
				continue;
			pv_push(&ds, xstrdup(n));
		} else if (len >= 2 && n[len - 2] == '.' &&
			   (n[len - 1] == 'c' || n[len - 1] == 'h')) {
			pv_push(&fs, xstrdup(n));
		}
	}
	closedir(d);
	pv_sort(&fs, cmp_str);
	pv_sort(&ds, cmp_str);
	for (int i = 0; i < fs.count + ds.count; i++) {
		bool isdir = i >= fs.count;
		char *n = isdir ? ds.items[i - fs.count] : fs.items[i];
		char crel[4096], cpath[4096];

		bool fits = snprintf(crel, sizeof(crel), "%s%s%s", rel,
				     rel[0] ? "/" : "", n) < (int)sizeof(crel) &&
			    snprintf(cpath, sizeof(cpath), "%s/%s", top,
				     crel) < (int)sizeof(cpath);

		if (fits && isdir)
			walk(top, crel);
		else if (fits)
			add_file(cpath, crel);
		free(n);
	}
	pv_free(&fs);
	pv_free(&ds);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static char src[4096], b0[4096], b1[4096];
	const char *top = fuzz_top();

	snprintf(src, sizeof(src), "%s/testdata/src", top);
	snprintf(b0, sizeof(b0), "%s/bindings", top);
	snprintf(b1, sizeof(b1), "%s/testdata/cases/bindings-types/bindings",
		 top);
	bindings_dirs[0] = b0;
	bindings_dirs[1] = b1;
	walk(src, "");
	if (!nfiles) {
		fprintf(stderr, "fuzz_blob: no sources in %s (set DTOC_TOP)\n",
			src);
		exit(1);
	}
	memfile_init(&blob, "blob");
	return 0;
}

/* One run of dtoc on the blob; the outputs' text in @out, or false. */
static bool run(const uint8_t *data, size_t size, bool inst,
		struct strbuf *out)
{
	struct ctx ctx = { 0 };
	struct resolved res = { 0 };
	unsigned int flags = size >= 32 ? data[31] : 0;
	bool ok = false;

	ctx.opt.dtb_file = blob.path;
	ctx.opt.instantiate = inst;
	ctx.opt.include_disabled = flags & 1;
	ctx.opt.phase = flags & 2 ? "spl" : NULL;
	if (flags & 4) {
		ctx.opt.bindings_dirs = bindings_dirs;
		ctx.opt.nbindings_dirs = 2;
	}
	if (dt_read(&ctx, blob.path))
		goto done;

	/* the scan, as scan_trees() would make it of testdata/src */
	ctx.scan = xmalloc(sizeof(*ctx.scan));
	scan_init(ctx.scan, ctx.opt.phase);
	for (int i = 0; i < nfiles; i++) {
		const struct srcf *f = &files[i];
		struct srcfile sf = { f->path, f->rel };

		if (f->header && !inst)
			continue;
		FUZZ_ASSERT(!parse_source(&ctx, ctx.scan, &sf, f->buf, f->len),
			    "testdata/src does not scan: %s",
			    ctx.error ? ctx.error->text : "?");
	}
	for (int i = 0; i < ctx.scan->drivers.count; i++) {
		struct driver *drv = ctx.scan->drivers.entries[i].value;

		if (drv->uclass_id)
			drv->uclass = sm_get(&ctx.scan->uclasses,
					     drv->uclass_id);
	}

	if (resolve(&ctx, &res) || check_values(&ctx, &res))
		goto done;
	ok = true;
	for (int i = 0; i < num_output_files && ok; i++) {
		const struct output_file *of = &output_files[i];
		size_t start = out->len;

		if (!of->common && of->instantiate != inst)
			continue;
		emit_header_comment(out, of);
		ok = !of->emit(&ctx, &res, out);
		if (ok)
			FUZZ_ASSERT(strlen(out->buf + start) == out->len - start,
				    "a NUL byte in %s", of->fname);
	}
done:
	resolved_free(&res);
	ctx_free(&ctx);
	return ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	memfile_set(&blob, data, size);
	for (int inst = 0; inst < 2; inst++) {
		struct strbuf a = { 0 }, b = { 0 };
		bool ok_a, ok_b;

		sb_add(&a, "", 0);
		sb_add(&b, "", 0);
		ok_a = run(data, size, inst, &a);
		/* twice, where it got through: nothing depends on state
		 * left by an earlier run */
		if (ok_a && !(size % 7)) {
			ok_b = run(data, size, inst, &b);
			FUZZ_ASSERT(ok_b && a.len == b.len &&
					    !memcmp(a.buf, b.buf, a.len),
				    "a second run gave other output");
		}
		sb_free(&a);
		sb_free(&b);
	}
	return 0;
}
