// SPDX-License-Identifier: GPL-2.0+
/*
 * Bindings: the index of the dt-schema YAML files below each --bindings
 * DIR, read with libyaml.
 *
 * A tree such as Linux's Documentation/devicetree/bindings holds
 * thousands of files, of which a board uses a few dozen. So every file is
 * first indexed from two small parts of its text (find_regions()): what
 * selects it, and the compatible strings under "properties:
 * compatible:". Only the files a node selects, and those they $ref, are
 * then read in full into a tree of ynodes.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <yaml.h>

#include "bindings/yaml.h"

/* Compatible strings that many schemas list as a fallback after their
 * own: like dt-schema, they do not select a schema by themselves, or
 * every syscon node would take every syscon-based binding's types. */
static const char *const generic_compats[] = {
	"syscon", "simple-mfd", "simple-bus",
};

/* ------------------------------------------------------------ index */

/* Where the index is in the event stream: the containers above it. */
struct frame {
	bool map;
	bool want_key;	/* a map's next scalar is a key */
	char key[64];	/* the key whose value is being read ("" if long) */
};

struct indexer {
	struct frame stack[MAX_DEPTH];
	int depth;
	bool select_seen;
	bool select_compats; /* select names compatible strings */
	bool props_done;
};

/* Key of frame @i, or "" */
static const char *key_at(const struct indexer *ix, int i)
{
	return i < ix->depth && ix->stack[i].map ? ix->stack[i].key : "";
}

/*
 * A scalar value at the current place: is it a compatible string, that
 * is the value of a "const" or an item of an "enum", anywhere below
 * properties: compatible: (through items, oneOf, contains, ...) or
 * select: properties: compatible:?
 */
static void index_scalar(struct ctx *ctx, struct bfile *f,
			 struct indexer *ix, const char *value)
{
	const struct frame *top = &ix->stack[ix->depth - 1];
	bool in_compat = false, in_select = false;

	if (ix->depth == 1 && top->map && !strcmp(top->key, "select")) {
		/* YAML 1.2 core schema booleans */
		if (!strcmp(value, "true") || !strcmp(value, "True") ||
		    !strcmp(value, "TRUE"))
			f->select = BSEL_ALL;
		else
			f->select = BSEL_NONE;
		ix->select_seen = true;
		return;
	}
	if (ix->depth >= 3 && !strcmp(key_at(ix, 0), "properties") &&
	    !strcmp(key_at(ix, 1), "compatible"))
		in_compat = true;
	if (ix->depth >= 4 && !strcmp(key_at(ix, 0), "select") &&
	    !strcmp(key_at(ix, 1), "properties") &&
	    !strcmp(key_at(ix, 2), "compatible"))
		in_select = true;
	if (!in_compat && !in_select)
		return;
	/* "const: x", or "enum: [x, ...]" (the enum key is on the map
	 * above the sequence) */
	bool wanted = (top->map && !strcmp(top->key, "const")) ||
		      (!top->map && ix->depth >= 2 &&
		       ix->stack[ix->depth - 2].map &&
		       !strcmp(ix->stack[ix->depth - 2].key, "enum"));

	if (!wanted)
		return;
	if (in_select && !ix->select_compats) {
		/* an explicit select replaces the compatibles listed */
		f->compats.count = 0;
		ix->select_compats = true;
	}
	if (in_compat && ix->select_compats)
		return;
	for (int i = 0; i < f->compats.count; i++) {
		if (!strcmp(f->compats.items[i], value))
			return;
	}
	apv_push(&ctx->arena, &f->compats, arena_strdup(&ctx->arena, value));
}

/* Leave out the generic fallbacks, unless the file names nothing else. */
static void drop_generic(struct bfile *f)
{
	int kept = 0;

	for (int i = 0; i < f->compats.count; i++) {
		bool generic = false;

		for (size_t g = 0; g < sizeof(generic_compats) /
					   sizeof(*generic_compats); g++)
			generic |= !strcmp(f->compats.items[i],
					   generic_compats[g]);
		if (!generic)
			f->compats.items[kept++] = f->compats.items[i];
	}
	if (kept)
		f->compats.count = kept;
}

/*
 * Index from the events of @buf: the whole file, or one of the regions
 * find_regions() cut out. @quiet: a parse error only returns -1, for the
 * caller to index the whole file instead (and report it from there).
 */
static int index_events(struct ctx *ctx, struct bfile *f, struct indexer *ix,
			const char *buf, size_t len, bool quiet)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	int ret = 0;
	bool done = false;

	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			ret = quiet ? -1 : yaml_error(ctx, f->path, &parser);
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
		case YAML_DOCUMENT_END_EVENT: /* only the first document */
			done = true;
			break;
		case YAML_MAPPING_START_EVENT:
		case YAML_SEQUENCE_START_EVENT:
			if (ix->depth == MAX_DEPTH) {
				ret = quiet ? -1 :
				      error_at(ctx, DC_YAML_INVALID,
					       FILE_LOC(f->path,
							(int)ev.start_mark.line +
								1),
					       "YAML nested too deeply");
				done = true;
				break;
			}
			if (ix->depth == 1 && !strcmp(ix->stack[0].key, "select"))
				ix->select_seen = true;
			ix->stack[ix->depth].map =
				ev.type == YAML_MAPPING_START_EVENT;
			ix->stack[ix->depth].want_key = true;
			ix->stack[ix->depth].key[0] = '\0';
			ix->depth++;
			break;
		case YAML_MAPPING_END_EVENT:
		case YAML_SEQUENCE_END_EVENT:
			ix->depth--;
			if (ix->depth == 0) {
				done = true;
				break;
			}
			if (ix->depth == 1 &&
			    !strcmp(ix->stack[0].key, "properties"))
				ix->props_done = true;
			if (ix->stack[ix->depth - 1].map)
				ix->stack[ix->depth - 1].want_key = true;
			break;
		case YAML_SCALAR_EVENT:
		case YAML_ALIAS_EVENT: {
			const char *value = ev.type == YAML_SCALAR_EVENT ?
				(const char *)ev.data.scalar.value : "";
			struct frame *top = ix->depth ?
				&ix->stack[ix->depth - 1] : NULL;

			if (!top)
				break; /* a document that is a scalar */
			if (top->map && top->want_key) {
				size_t n = strlen(value);

				if (n < sizeof(top->key))
					memcpy(top->key, value, n + 1);
				else
					top->key[0] = '\0';
				top->want_key = false;
				break;
			}
			index_scalar(ctx, f, ix, value);
			if (top->map)
				top->want_key = true;
			break;
		}
		default:
			break;
		}
		yaml_event_delete(&ev);
		/* select comes before properties in dt-schema files; what
		 * follows properties does not change the index */
		if (ix->props_done && ix->depth == 1 &&
		    ix->stack[0].want_key)
			done = true;
	}
	yaml_parser_delete(&parser);
	return ret;
}

/* A range of a file's text */
struct region {
	size_t start, end;
};

/* Whether line @p (indentation skipped) is the key @key, as "key:",
 * "'key':" or "\"key\":" */
static bool line_is_key(const char *p, const char *end, const char *key)
{
	size_t k = strlen(key);
	char quote = *p == '"' || *p == '\'' ? *p : 0;

	if (quote)
		p++;
	if ((size_t)(end - p) < k + 1 || strncmp(p, key, k))
		return false;
	p += k;
	if (quote && *p++ != quote)
		return false;
	return p < end && *p == ':' &&
	       (p + 1 == end || p[1] == ' ' || p[1] == '\r');
}

/*
 * Libyaml reads a file's descriptions and examples, most of its text, as
 * carefully as the rest; the index needs two small parts of it. Cut them
 * out by indentation: the top-level "select:" block and the "compatible:"
 * block under the top-level "properties:". -1 where the layout is not
 * plain block style (tabs, a top-level sequence or flow collection): the
 * whole file is then indexed instead.
 */
static int find_regions(const char *buf, size_t len, struct region *sel,
			struct region *compat)
{
	const char *p = buf, *end = buf + len;
	bool in_sel = false, in_props = false, in_compat = false;
	int props_indent = -1;

	memset(sel, 0, sizeof(*sel));
	memset(compat, 0, sizeof(*compat));
	while (p < end) {
		const char *nl = memchr(p, '\n', end - p);
		const char *eol = nl ? nl : end;
		const char *q = p;
		size_t at = p - buf;
		int indent;

		p = nl ? nl + 1 : end;
		while (q < eol && *q == ' ')
			q++;
		indent = q - (buf + at);
		if (q < eol && *q == '\t')
			return -1;
		if (q == eol || *q == '#' || (*q == '\r' && q + 1 == eol))
			continue; /* blank, or a comment */
		if (indent > 0) {
			if (!in_props)
				continue;
			if (props_indent < 0)
				props_indent = indent;
			if (indent < props_indent)
				return -1;
			if (indent > props_indent)
				continue;
			if (in_compat) {
				compat->end = at;
				in_compat = false;
			}
			if (line_is_key(q, eol, "compatible")) {
				compat->start = at;
				compat->end = len;
				in_compat = true;
			}
			continue;
		}
		/* a top-level line: a key, or a document marker */
		if (in_sel) {
			sel->end = at;
			in_sel = false;
		}
		if (in_compat) {
			compat->end = at;
			in_compat = false;
		}
		if (in_props)
			return 0; /* the index needs nothing further */
		if (*q == '%' || !strncmp(q, "---", 3))
			continue;
		if (*q == '-' || *q == '[' || *q == '{' || *q == '.' ||
		    !memchr(q, ':', eol - q))
			return -1;
		if (line_is_key(q, eol, "select")) {
			sel->start = at;
			sel->end = len;
			in_sel = true;
		} else if (line_is_key(q, eol, "properties")) {
			const char *v = (const char *)memchr(q, ':', eol - q) + 1;

			while (v < eol && (*v == ' ' || *v == '\r'))
				v++;
			if (v < eol && *v != '#')
				return -1; /* properties: {...} on one line */
			in_props = true;
		}
	}
	return 0;
}

int bindings_index_text(struct ctx *ctx, struct bfile *f, const char *buf,
			size_t len)
{
	struct indexer *ix = xmalloc(sizeof(*ix));
	struct region sel, compat;
	int ret = -1;

	memset(ix, 0, sizeof(*ix));
	f->select = BSEL_COMPAT;
	f->compats.count = 0;
	if (!find_regions(buf, len, &sel, &compat)) {
		ret = 0;
		if (sel.end > sel.start)
			ret = index_events(ctx, f, ix, buf + sel.start,
					   sel.end - sel.start, true);
		if (!ret && compat.end > compat.start) {
			/* the block is read as if under "properties:" */
			ix->depth = 1;
			ix->stack[0].map = true;
			strcpy(ix->stack[0].key, "properties");
			ret = index_events(ctx, f, ix, buf + compat.start,
					   compat.end - compat.start, true);
		}
	}
	if (ret) {
		memset(ix, 0, sizeof(*ix));
		f->select = BSEL_COMPAT;
		f->compats.count = 0;
		ret = index_events(ctx, f, ix, buf, len, false);
	}
	if (f->select == BSEL_COMPAT && !ix->select_compats)
		drop_generic(f);
	if (f->select == BSEL_COMPAT && ix->select_seen && !ix->select_compats)
		f->select = BSEL_NONE; /* select: false, or on something else */
	free(ix);
	return ret;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && !strcmp(s + n - k, suffix);
}

/* Where the walk is: DIR number @di, with the memo for it */
struct where {
	int di;
	const char *dir;
	struct bmemo *memo;
};

static int index_file(struct ctx *ctx, struct bindings *b,
		      const struct where *w, int dfd, const char *name,
		      const char *rel)
{
	struct bfile *f = arena_alloc(&ctx->arena, sizeof(*f));
	struct bstamp bs;
	struct stat st;
	bool stamped = false, ahead;
	char *buf;
	size_t len;
	int ret;

	f->dir = w->dir;
	f->rel = rel;
	f->path = arena_printf(&ctx->arena, "%s/%s", w->dir, rel);
	/* a file that is not regular is read, to say why it cannot be */
	ahead = b->memo_out &&
		bmemo_prestat(w->memo, w->di, rel, &stamped, &bs);
	if (b->memo_out && !ahead && !fstatat(dfd, name, &st, 0) &&
	    S_ISREG(st.st_mode)) {
		bs = bstamp_of(&st);
		stamped = true;
	}
	if (stamped && bmemo_file(w->memo, w->di, rel, &bs, &ctx->arena, f)) {
		bmemo_put_file(b->memo_out, w->di, rel, &bs, f);
		b->files_from_memo++;
	} else {
		b->memo_changed = true;
		ret = yaml_read_file(ctx, f->path, &buf, &len);
		if (ret)
			return ret;
		ret = bindings_index_text(ctx, f, buf, len);
		free(buf);
		if (ret)
			return ret;
		if (stamped)
			bmemo_put_file(b->memo_out, w->di, rel, &bs, f);
	}
	apv_push(&ctx->arena, &b->files, f);
	if (f->select == BSEL_ALL)
		apv_push(&ctx->arena, &b->global, f);
	if (f->select != BSEL_COMPAT)
		return 0;
	for (int i = 0; i < f->compats.count; i++) {
		const char *c = f->compats.items[i];
		struct ptrvec *v;

		/* thousands of strings, a few dozen looked up */
		if (b->wanted && !sm_has(b->wanted, c))
			continue;
		v = sm_get(&b->by_compat, c);
		if (!v) {
			v = arena_alloc(&ctx->arena, sizeof(*v));
			sm_put(&b->by_compat, c, v);
		}
		apv_push(&ctx->arena, v, f);
	}
	return 0;
}

/* A directory's .yaml files and subdirectories, each sorted by name
 * (hidden ones skipped), so that the index does not depend on the order
 * the file system lists them in. */
static int list_dir(struct ctx *ctx, int dfd, const char *path,
		    struct ptrvec *files, struct ptrvec *subdirs)
{
	int fd = dup(dfd);
	DIR *d = fd < 0 ? NULL : fdopendir(fd);
	struct dirent *de;
	int ret = 0;

	if (!d) {
		int err = errno;

		if (fd >= 0)
			close(fd);
		error_at(ctx, DC_FILE_UNREADABLE, FILE_LOC(path, 0),
			 "cannot read bindings directory: %s", strerror(err));
		return DTOC_ERR_IO;
	}
	while ((de = readdir(d))) {
		const char *name = de->d_name;
		struct stat st;

		if (name[0] == '.')
			continue;
		/* the type from the listing saves a stat per file */
		if (de->d_type == DT_REG) {
			if (has_suffix(name, ".yaml"))
				pv_push(files, arena_strdup(&ctx->arena, name));
			continue;
		}
		if (de->d_type == DT_DIR) {
			pv_push(subdirs, arena_strdup(&ctx->arena, name));
			continue;
		}
		if (fstatat(dfd, name, &st, 0)) {
			/* e.g. a dangling link: unreadable, if it is a
			 * binding at all */
			if (has_suffix(name, ".yaml")) {
				error_at(ctx, DC_FILE_UNREADABLE,
					 FILE_LOC(arena_printf(&ctx->arena,
							       "%s/%s", path,
							       name), 0),
					 "cannot read binding: %s",
					 strerror(errno));
				ret = DTOC_ERR_IO;
				break;
			}
			continue;
		}
		if (S_ISDIR(st.st_mode))
			pv_push(subdirs, arena_strdup(&ctx->arena, name));
		else if (has_suffix(name, ".yaml"))
			pv_push(files, arena_strdup(&ctx->arena, name));
	}
	closedir(d);
	pv_sort(files, cmp_names);
	pv_sort(subdirs, cmp_names);
	return ret;
}

/* Directory @rel (NULL: the DIR itself): its files, then its
 * subdirectories. With a memo, a directory whose stamp it has is not
 * listed again. */
static int index_dir(struct ctx *ctx, struct bindings *b,
		     const struct where *w, const char *rel, int depth)
{
	const char *path = rel ? arena_printf(&ctx->arena, "%s/%s", w->dir, rel) :
			   w->dir;
	int dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	struct ptrvec files = { 0 }, subdirs = { 0 };
	struct bstamp bs;
	struct stat st;
	int ret = 0;

	if (dfd < 0) {
		error_at(ctx, DC_FILE_UNREADABLE, FILE_LOC(path, 0),
			 "cannot read bindings directory: %s", strerror(errno));
		return DTOC_ERR_IO;
	}
	if (depth > 64) {
		close(dfd);
		return error_at(ctx, DC_FILE_UNREADABLE, FILE_LOC(path, 0),
				"bindings directories nested too deeply (a symbolic link loop?)");
	}
	if (b->memo_out && !fstat(dfd, &st)) {
		bs = bstamp_of(&st);
		if (!bmemo_dir(w->memo, w->di, rel ? rel : "", &bs, &files,
			       &subdirs)) {
			b->memo_changed = true;
			ret = list_dir(ctx, dfd, path, &files, &subdirs);
		}
		if (!ret)
			bmemo_put_dir(b->memo_out, w->di, rel ? rel : "", &bs,
				      &files, &subdirs);
	} else {
		ret = list_dir(ctx, dfd, path, &files, &subdirs);
	}
	for (int i = 0; !ret && i < files.count; i++)
		ret = index_file(ctx, b, w, dfd, files.items[i],
				 rel ? arena_printf(&ctx->arena, "%s/%s", rel,
						    (char *)files.items[i]) :
				       arena_strdup(&ctx->arena, files.items[i]));
	close(dfd);
	for (int i = 0; !ret && i < subdirs.count; i++)
		ret = index_dir(ctx, b, w,
				rel ? arena_printf(&ctx->arena, "%s/%s", rel,
						   (char *)subdirs.items[i]) :
				      (char *)subdirs.items[i],
				depth + 1);
	pv_free(&files);
	pv_free(&subdirs);
	return ret;
}

/* What a memo is for: the DIRs as given and where they really are */
static char *memo_key(struct arena *a, char *const *dirs, int ndirs)
{
	struct strbuf sb = { 0 };
	char *key;

	for (int i = 0; i < ndirs; i++) {
		char *real = realpath(dirs[i], NULL);

		sb_printf(&sb, "%s\n%s\n", dirs[i], real ? real : "");
		free(real);
	}
	key = arena_strdup(a, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return key;
}

int bindings_index(struct ctx *ctx, struct bindings *b,
		   const char *const *dirs, int ndirs)
{
	char **norm = arena_alloc(&ctx->arena, (ndirs + 1) * sizeof(char *));
	struct bmemo *memo = NULL;
	int ret = 0;

	b->dirs = dirs;
	b->ndirs = ndirs;
	for (int i = 0; i < ndirs; i++) {
		/* "DIR/" and "DIR" name the same files */
		char *dir = arena_strdup(&ctx->arena, dirs[i]);
		size_t n = strlen(dir);

		while (n > 1 && dir[n - 1] == '/')
			dir[--n] = '\0';
		norm[i] = dir;
	}
	if (b->memo_out) {
		char *key = memo_key(&ctx->arena, norm, ndirs);
		struct timespec now;

		clock_gettime(CLOCK_REALTIME, &now);
		bmemo_start(b->memo_out, key,
			    now.tv_sec * 1000000000LL + now.tv_nsec);
		memo = bmemo_load(b->memo_in, b->memo_in_len, key);
		bmemo_stat_ahead(memo, (const char *const *)norm, ndirs,
				 jobs_wanted(8));
	}
	for (int i = 0; i < ndirs && !ret; i++) {
		struct where w = { i, norm[i], memo };

		ret = index_dir(ctx, b, &w, NULL, 0);
	}
	if (b->memo_out) {
		bmemo_finish(b->memo_out);
		/* unchanged: every entry still true, none new or left out */
		b->memo_changed |= !bmemo_all_used(memo) ||
				   b->memo_out->skipped;
		if (ret)
			b->memo_changed = false; /* not a whole index */
	}
	bmemo_free(memo);
	return ret;
}

void bindings_free(struct bindings *b)
{
	sm_free(&b->by_path);
	sm_free(&b->by_compat);
}
