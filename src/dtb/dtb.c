// SPDX-License-Identifier: GPL-2.0+
/*
 * Read a .dtb with libfdt into a tree of nodes and properties, with each
 * property's value typed from its bytes (value.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libfdt.h>

#include "dtb/dtb.h"

static int read_file(struct ctx *ctx, const char *fname, void **bufp,
		     size_t *lenp)
{
	char *buf;
	int err = read_regular_file(fname, &buf, lenp);

	*bufp = buf;
	if (err == -EISDIR || err == -EINVAL)
		error_at(ctx, DC_FILE_UNREADABLE, NAMED_FILE_LOC(fname),
			 "'%s' is not a regular file", fname);
	else if (err)
		error_at(ctx, DC_FILE_UNREADABLE, NAMED_FILE_LOC(fname),
			 "cannot open '%s': %s", fname, strerror(-err));
	return err ? DTOC_ERR_IO : 0;
}

static int cmp_phandle(const void *a, const void *b)
{
	const struct node *na = *(struct node *const *)a;
	const struct node *nb = *(struct node *const *)b;

	return na->phandle < nb->phandle ? -1 : na->phandle > nb->phandle;
}

struct builder {
	struct ctx *ctx;
	struct dt *dt;
	struct ptrvec phandles;
};

static int build_node(struct builder *b, struct node *node, int offset)
{
	struct ctx *ctx = b->ctx;
	const void *blob = b->dt->blob;
	struct ptrvec props = { 0 };
	struct ptrvec children = { 0 };
	int poff, sub;

	fdt_for_each_property_offset(poff, blob, offset) {
		const char *name;
		int len;
		const void *data = fdt_getprop_by_offset(blob, poff, &name,
							 &len);
		struct prop *p = arena_alloc(&ctx->arena, sizeof(*p));

		if (!data) {
			pv_free(&props);
			/* the node's path is in the message */
			return error_at(ctx, DC_BLOB_INVALID,
					(struct loc){
						.file = b->dt->fname,
						.node = node->path,
						.quiet_node = true },
					"node '%s': bad property",
					 node->path);
		}
		p->name = name;
		p->data = data;
		p->len = len;
		value_from_bytes(&ctx->arena, &p->val, data, len);
		pv_push(&props, p);
	}
	node->nprops = props.count;
	node->props = arena_alloc(&ctx->arena, props.count * sizeof(*node->props));
	for (int i = 0; i < props.count; i++)
		node->props[i] = *(struct prop *)props.items[i];
	pv_free(&props);

	node->phandle = fdt_get_phandle(blob, offset);
	if (node->phandle)
		pv_push(&b->phandles, node);

	fdt_for_each_subnode(sub, blob, offset) {
		struct node *child = arena_alloc(&ctx->arena, sizeof(*child));

		child->name = fdt_get_name(blob, sub, NULL);
		child->path = arena_printf(&ctx->arena, "%s%s%s", node->path,
					   node->parent ? "/" : "",
					   child->name);
		child->parent = node;
		pv_push(&children, child);
		if (build_node(b, child, sub)) {
			pv_free(&children);
			return DTOC_ERR_INPUT;
		}
	}
	node->nchildren = children.count;
	node->children = arena_grow(&ctx->arena, children.items,
				    children.count * sizeof(*node->children),
				    children.count * sizeof(*node->children));
	pv_free(&children);
	return 0;
}

/* Whether a file that is no blob is devicetree source: "/dts-v1/;"
 * near its start (after comments and #includes, say). */
static bool looks_like_dts(const char *buf, size_t len)
{
	size_t n = len < 4096 ? len : 4096;

	for (size_t i = 0; i + 8 <= n; i++) {
		if (!memcmp(buf + i, "/dts-v1/", 8))
			return true;
	}
	return false;
}

int dt_load_blob(struct ctx *ctx, const char *fname, const char *what,
		 void **bufp, size_t *lenp)
{
	void *blob;
	size_t len;
	int ret = read_file(ctx, fname, &blob, &len);

	if (ret)
		return ret;
	*bufp = blob;
	*lenp = len;
	if (!len)
		return error_at(ctx, DC_BLOB_INVALID, FILE_LOC(fname, 0),
				"not a %s (the file is empty)", what);
	if (len < sizeof(struct fdt_header) || fdt_magic(blob) != FDT_MAGIC) {
		if (looks_like_dts(blob, len))
			return error_at(ctx, DC_BLOB_INVALID,
					FILE_LOC(fname, 0),
					"not a %s but devicetree source: compile it first (dtc -I dts -O dtb)",
					what);
		return error_at(ctx, DC_BLOB_INVALID, FILE_LOC(fname, 0),
				"not a %s (bad magic)", what);
	}
	if (fdt_totalsize(blob) > len)
		return error_at(ctx, DC_BLOB_INVALID, FILE_LOC(fname, 0),
				 "truncated %s (%zu of %u bytes)", what,
				 len, fdt_totalsize(blob));
	/* libfdt 1.6.1's fdt_check_full() reads outside the blob for some
	 * of the old formats, where a node's name is its whole path (found
	 * by fuzz_blob); dtc has written version 17 since 2007 */
	if (fdt_version(blob) < 16)
		return error_at(ctx, DC_BLOB_INVALID, FILE_LOC(fname, 0),
				"%s version %u is too old (dtoc reads version 16 and later; dtc writes 17)",
				what, fdt_version(blob));
	ret = fdt_check_full(blob, len);
	if (ret)
		return error_at(ctx, DC_BLOB_INVALID, FILE_LOC(fname, 0),
				"corrupt %s: %s", what, fdt_strerror(ret));
	return 0;
}

int dt_read(struct ctx *ctx, const char *fname)
{
	struct dt *dt = arena_alloc(&ctx->arena, sizeof(*dt));
	size_t len;

	ctx->dt = dt;
	dt->fname = fname;
	if (dt_load_blob(ctx, fname, "devicetree blob", &dt->blob, &len))
		return DTOC_ERR_INPUT;
	return dt_build(ctx, dt);
}

int dt_build(struct ctx *ctx, struct dt *dt)
{
	struct builder b = { .ctx = ctx, .dt = dt };
	const char *fname = dt->fname;
	int ret;

	dt->root = arena_alloc(&ctx->arena, sizeof(*dt->root));
	dt->root->name = "/";
	dt->root->path = "/";
	ret = build_node(&b, dt->root, 0);
	if (ret) {
		pv_free(&b.phandles);
		return ret;
	}

	dt->nphandles = b.phandles.count;
	dt->by_phandle = arena_grow(&ctx->arena, b.phandles.items,
				    b.phandles.count * sizeof(struct node *),
				    b.phandles.count * sizeof(struct node *));
	pv_free(&b.phandles);
	if (dt->nphandles > 1)
		qsort(dt->by_phandle, dt->nphandles, sizeof(struct node *),
		      cmp_phandle);
	for (int i = 1; i < dt->nphandles; i++) {
		if (dt->by_phandle[i]->phandle == dt->by_phandle[i - 1]->phandle)
			return error_at(ctx, DC_PHANDLE_DUPLICATE,
					(struct loc){
						.file = fname,
						.node = dt->by_phandle[i]->path,
						.quiet_node = true },
					 "duplicate phandle %u in nodes '%s' and '%s'",
					 dt->by_phandle[i]->phandle,
					 dt->by_phandle[i - 1]->path,
					 dt->by_phandle[i]->path);
	}
	return 0;
}

struct prop *node_prop(const struct node *node, const char *name)
{
	for (int i = 0; i < node->nprops; i++) {
		if (!strcmp(node->props[i].name, name))
			return &node->props[i];
	}
	return NULL;
}

struct node *dt_find_phandle(const struct dt *dt, uint32_t phandle)
{
	int lo = 0, hi = dt->nphandles - 1;

	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		uint32_t ph = dt->by_phandle[mid]->phandle;

		if (ph == phandle)
			return dt->by_phandle[mid];
		if (ph < phandle)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/*
 * Look up a node by path as the reference does: whatever comes before the
 * first '/' is ignored, and "/" (or "x/") is the root.
 */
struct node *dt_find_path(const struct dt *dt, const char *path)
{
	struct node *node = dt->root;
	const char *p = strchr(path, '/');

	if (!p)
		return NULL;
	p++;
	if (!*p)
		return node;

	for (;;) {
		const char *end = strchr(p, '/');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		struct node *found = NULL;

		for (int i = 0; i < node->nchildren; i++) {
			const char *name = node->children[i]->name;

			if (strlen(name) == len && !memcmp(name, p, len)) {
				found = node->children[i];
				break;
			}
		}
		if (!found)
			return NULL;
		node = found;
		if (!end)
			return node;
		p = end + 1;
	}
}
