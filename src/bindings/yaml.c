// SPDX-License-Identifier: GPL-2.0+
/*
 * Bindings: a YAML file read in full into a tree of ynodes (once, when a
 * node needs it), and the $refs between files.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "bindings/yaml.h"

/* ----------------------------------------------------------- errors */

int yaml_error(struct ctx *ctx, const char *path,
		      const yaml_parser_t *p)
{
	const char *problem = p->problem ? p->problem : "cannot be parsed";
	int line = (int)p->problem_mark.line + 1;

	if (p->error == YAML_READER_ERROR)
		return error_at(ctx, DC_YAML_INVALID, FILE_LOC(path, 0),
				"malformed YAML: %s (at byte %zu)", problem,
				p->problem_offset);
	if (p->context)
		return error_at(ctx, DC_YAML_INVALID, FILE_LOC(path, line),
				"malformed YAML: %s (%s at line %d)", problem,
				p->context, (int)p->context_mark.line + 1);
	return error_at(ctx, DC_YAML_INVALID, FILE_LOC(path, line),
			"malformed YAML: %s",
			problem);
}

int yaml_read_file(struct ctx *ctx, const char *path, char **bufp,
		   size_t *lenp)
{
	int err = read_regular_file(path, bufp, lenp);

	if (!err)
		return 0;
	error_at(ctx, DC_FILE_UNREADABLE, FILE_LOC(path, 0),
		 "cannot read binding: %s",
		 err == -EISDIR || err == -EINVAL ? "not a regular file" :
						    strerror(-err));
	return DTOC_ERR_IO;
}

/* ------------------------------------------------------- full parse */

static struct ynode *ynode_new(struct ctx *ctx, enum ykind kind,
			       const yaml_event_t *ev)
{
	struct ynode *n = arena_alloc(&ctx->arena, sizeof(*n));

	n->kind = kind;
	n->line = (int)ev->start_mark.line + 1;
	return n;
}

/* The node that starts with event @ev (already taken); its children
 * are read from @p. */
static int parse_node(struct ctx *ctx, const char *path, yaml_parser_t *p,
		      const yaml_event_t *ev, int depth, struct ynode **out)
{
	struct ptrvec items = { 0 };
	struct ynode *n;
	int ret = 0;

	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		n = ynode_new(ctx, Y_SCALAR, ev);
		n->str = arena_strndup(&ctx->arena,
				       (const char *)ev->data.scalar.value,
				       ev->data.scalar.length);
		*out = n;
		return 0;
	case YAML_ALIAS_EVENT:
		/* anchors are not used by bindings; an alias reads as an
		 * empty scalar, which types nothing */
		n = ynode_new(ctx, Y_SCALAR, ev);
		n->str = "";
		*out = n;
		return 0;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		break;
	default:
		return error_at(ctx, DC_YAML_INVALID,
				FILE_LOC(path, (int)ev->start_mark.line + 1),
				"malformed YAML: unexpected event");
	}
	if (depth > MAX_DEPTH)
		return error_at(ctx, DC_YAML_INVALID,
				FILE_LOC(path, (int)ev->start_mark.line + 1),
				"YAML nested too deeply");
	n = ynode_new(ctx, ev->type == YAML_MAPPING_START_EVENT ? Y_MAP : Y_SEQ,
		      ev);
	for (;;) {
		yaml_event_t child;
		struct ynode *c;

		if (!yaml_parser_parse(p, &child)) {
			ret = yaml_error(ctx, path, p);
			break;
		}
		if (child.type == YAML_SEQUENCE_END_EVENT ||
		    child.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&child);
			break;
		}
		ret = parse_node(ctx, path, p, &child, depth + 1, &c);
		yaml_event_delete(&child);
		if (ret)
			break;
		pv_push(&items, c);
	}
	if (!ret) {
		n->count = items.count;
		n->items = arena_grow(&ctx->arena, items.items,
				      items.count * sizeof(*n->items),
				      items.count * sizeof(*n->items));
		*out = n;
	}
	pv_free(&items);
	return ret;
}

int yaml_parse(struct ctx *ctx, const char *path, const char *buf,
	       size_t len, struct ynode **rootp)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	int ret = 0;

	*rootp = NULL;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	for (;;) {
		if (!yaml_parser_parse(&parser, &ev)) {
			ret = yaml_error(ctx, path, &parser);
			break;
		}
		if (ev.type == YAML_STREAM_END_EVENT ||
		    ev.type == YAML_DOCUMENT_END_EVENT) {
			yaml_event_delete(&ev);
			break;
		}
		if (ev.type == YAML_STREAM_START_EVENT ||
		    ev.type == YAML_DOCUMENT_START_EVENT) {
			yaml_event_delete(&ev);
			continue;
		}
		ret = parse_node(ctx, path, &parser, &ev, 0, rootp);
		yaml_event_delete(&ev);
		break; /* the first document's root; the rest is not read */
	}
	yaml_parser_delete(&parser);
	return ret;
}

int bindings_load(struct ctx *ctx, struct bindings *b, struct bfile *f)
{
	char *buf;
	size_t len;
	int ret;

	if (f->loaded)
		return 0;
	ret = yaml_read_file(ctx, f->path, &buf, &len);
	if (ret)
		return ret;
	ret = yaml_parse(ctx, f->path, buf, len, &f->root);
	free(buf);
	if (ret)
		return ret;
	f->loaded = true;
	b->files_loaded++;
	return 0;
}

/* ------------------------------------------------------------- refs */

const struct ynode *ymap_get(const struct ynode *map, const char *key)
{
	if (!map || map->kind != Y_MAP)
		return NULL;
	for (int i = 0; i + 1 < map->count; i += 2) {
		const struct ynode *k = map->items[i];

		if (k->kind == Y_SCALAR && !strcmp(k->str, key))
			return map->items[i + 1];
	}
	return NULL;
}

/* "a/b/../c/./d" -> "a/c/d"; NULL if it leaves its root */
static char *normalize(struct arena *a, const char *path)
{
	char *copy = arena_strdup(a, path);
	char **parts = arena_alloc(a, (strlen(path) / 2 + 2) * sizeof(char *));
	int n = 0;
	struct strbuf sb = { 0 };
	char *out;

	for (char *p = copy, *seg; (seg = strsep(&p, "/"));) {
		if (!*seg || !strcmp(seg, "."))
			continue;
		if (!strcmp(seg, "..")) {
			if (!n)
				return NULL;
			n--;
			continue;
		}
		parts[n++] = seg;
	}
	for (int i = 0; i < n; i++)
		sb_printf(&sb, "%s%s", i ? "/" : "", parts[i]);
	out = arena_strdup(a, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return out;
}

static struct bfile *find_in_dir(struct ctx *ctx, struct bindings *b,
				 const char *dir, const char *rel)
{
	char *norm = normalize(&ctx->arena, rel);

	if (!norm)
		return NULL;
	return bindings_file(b, arena_printf(&ctx->arena, "%s/%s", dir, norm));
}

struct bfile *bindings_file(struct bindings *b, const char *path)
{
	/* the map is made when first needed: thousands of files are
	 * indexed, and a run follows a few dozen $refs, if any */
	for (; b->by_path_made < b->files.count; b->by_path_made++) {
		struct bfile *f = b->files.items[b->by_path_made];

		sm_put(&b->by_path, f->path, f);
	}
	return sm_get(&b->by_path, path);
}

/* A JSON pointer ("/$defs/x", "/properties/a~1b") into @root */
static const struct ynode *follow_pointer(struct ctx *ctx,
					  const struct ynode *root,
					  const char *ptr)
{
	char *copy = arena_strdup(&ctx->arena, ptr);
	const struct ynode *n = root;

	for (char *p = copy, *seg; n && (seg = strsep(&p, "/"));) {
		char *w = seg;

		if (!*seg)
			continue;
		/* ~1 is '/', ~0 is '~' */
		for (char *r = seg; *r; r++) {
			if (r[0] == '~' && (r[1] == '0' || r[1] == '1')) {
				*w++ = r[1] == '0' ? '~' : '/';
				r++;
			} else {
				*w++ = *r;
			}
		}
		*w = '\0';
		if (n->kind == Y_MAP) {
			n = ymap_get(n, seg);
		} else if (n->kind == Y_SEQ) {
			char *end;
			long i = strtol(seg, &end, 10);

			n = *end || i < 0 || i >= n->count ? NULL :
							     n->items[i];
		} else {
			n = NULL;
		}
	}
	return n;
}

int bindings_ref(struct ctx *ctx, struct bindings *b, struct bfile *from,
		 const char *ref, struct bfile **filep,
		 const struct ynode **nodep)
{
	static const char *const id_prefixes[] = {
		"http://devicetree.org", "https://devicetree.org",
	};
	const char *hash = strchr(ref, '#');
	char *file = arena_strndup(&ctx->arena, ref,
				   hash ? (size_t)(hash - ref) : strlen(ref));
	const char *pointer = hash ? hash + 1 : "";
	struct bfile *target = NULL;
	int ret;

	*filep = NULL;
	*nodep = NULL;
	for (size_t i = 0; i < sizeof(id_prefixes) / sizeof(*id_prefixes);
	     i++) {
		size_t n = strlen(id_prefixes[i]);

		if (!strncmp(file, id_prefixes[i], n))
			file += n;
	}
	if (!*file) {
		target = from;
	} else if (!strncmp(file, "/schemas/", 9)) {
		/* the including file's DIR first, then each in order */
		target = find_in_dir(ctx, b, from->dir, file + 9);
		for (int i = 0; !target && i < b->ndirs; i++) {
			char *dir = arena_strdup(&ctx->arena, b->dirs[i]);
			size_t n = strlen(dir);

			while (n > 1 && dir[n - 1] == '/')
				dir[--n] = '\0';
			target = find_in_dir(ctx, b, dir, file + 9);
		}
	} else if (file[0] != '/') {
		const char *slash = strrchr(from->rel, '/');
		char *rel = slash ? arena_printf(&ctx->arena, "%.*s/%s",
						 (int)(slash - from->rel),
						 from->rel, file) :
				    file;

		target = find_in_dir(ctx, b, from->dir, rel);
	}
	if (!target)
		return 0; /* not in the DIRs: ignored */
	ret = bindings_load(ctx, b, target);
	if (ret)
		return ret;
	*filep = target;
	*nodep = follow_pointer(ctx, target->root, pointer);
	if (!*nodep)
		*filep = NULL;
	return 0;
}
