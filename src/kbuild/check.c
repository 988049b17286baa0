// SPDX-License-Identifier: GPL-2.0+
/*
 * --config FILE in dtoc's run: after resolve, the file of each used
 * driver and uclass driver is looked up in the Kbuild Makefiles of the
 * scanned tree holding it, and a file the phase does not build is a
 * warning on the first node that needs it (so --werror fails).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kbuild/kbuild.h"
#include "resolve/resolve.h"

struct kbuild_run {
	struct kb_config cfg;
	enum kb_phase phase;
	struct kbuild **trees; /* one per --srctree, made when needed */
	int ntrees;
	struct strmap verdicts; /* file -> struct kb_result */
};

/* The tree @file was found in, and its path within it */
static int tree_of(const struct ctx *ctx, const char *file, const char **rel)
{
	for (int i = 0; i < ctx->opt.nsrctrees; i++) {
		const char *t = ctx->opt.srctrees[i];
		size_t n = strlen(t);

		while (n > 1 && t[n - 1] == '/')
			n--;
		if (!strncmp(file, t, n) && file[n] == '/') {
			const char *r = file + n;

			while (*r == '/')
				r++;
			*rel = r;
			return i;
		}
	}
	return -1;
}

static const struct kb_result *ask(struct ctx *ctx, struct kbuild_run *k,
				   const char *file, const char **relp)
{
	struct kb_result *res = sm_get(&k->verdicts, file);
	const char *rel = file;
	int t = tree_of(ctx, file, &rel);

	*relp = rel;
	if (res)
		return res;
	res = arena_alloc(&ctx->arena, sizeof(*res));
	memset(res, 0, sizeof(*res));
	if (t < 0) {
		res->verdict = KB_UNKNOWN;
		res->why = "not in a --srctree";
	} else {
		if (!k->trees[t])
			k->trees[t] = kb_new(&ctx->arena, ctx->opt.srctrees[t],
					     &k->cfg, k->phase);
		kb_query(k->trees[t], rel, res);
	}
	sm_put(&k->verdicts, file, res);
	return res;
}

static int read_config(struct ctx *ctx, struct kbuild_run *k)
{
	const char *path = ctx->opt.config_file;
	FILE *f = fopen(path, "rb");
	struct strbuf sb = { 0 };
	char buf[65536];
	size_t n;
	int line = 0, ret;
	const char *why = NULL;

	if (!f)
		return error_at(ctx, DC_FILE_UNREADABLE, NAMED_FILE_LOC(path),
				"cannot read --config file '%s': %s",
				 path, strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sb_add(&sb, buf, n);
	fclose(f);
	sb_add(&sb, "", 0);
	ret = kb_config_parse(&ctx->arena, &k->cfg, sb.buf, sb.len, &line,
			      &why);
	sb_free(&sb);
	if (ret)
		return error_at(ctx, DC_CONFIG_INVALID, FILE_LOC(path, line),
				"%s", why);
	return 0;
}

/* A not-built warning's place: the node, and the Makefile line that
 * decides (in the tree of @file, whose path there is @rel), which the
 * message names itself */
static struct loc not_built_at(struct ctx *ctx, const struct node *node,
			       const char *file, const char *rel,
			       const struct kb_result *r)
{
	struct loc loc = NODE_LOC(node);

	if (r->file) {
		loc.file = arena_printf(&ctx->arena, "%.*s%s",
					(int)(strlen(file) - strlen(rel)), file,
					r->file);
		loc.line = r->line;
		loc.quiet_file = true;
	}
	return loc;
}

int kbuild_check(struct ctx *ctx, struct resolved *res)
{
	struct kbuild_run *k = xmalloc(sizeof(*k));
	const struct ptrvec *nodes =
		res->valid_in_order.count ? &res->valid_in_order : &res->valid;
	const char *label;

	memset(k, 0, sizeof(*k));
	ctx->kbuild = k;
	kb_phase_from_name(ctx->opt.phase, &k->phase);
	label = kb_phase_label(k->phase);
	k->ntrees = ctx->opt.nsrctrees;
	k->trees = xmalloc((k->ntrees + 1) * sizeof(*k->trees));
	memset(k->trees, 0, (k->ntrees + 1) * sizeof(*k->trees));
	if (read_config(ctx, k))
		return DTOC_ERR_INPUT;
	for (int i = 0; i < nodes->count; i++) {
		const struct node *node = nodes->items[i];
		const struct kb_result *r;
		const char *rel;

		if (node->driver && !sm_has(&k->verdicts, node->driver->file)) {
			r = ask(ctx, k, node->driver->file, &rel);
			if (r->verdict == KB_NOT_BUILT)
				warn_at(ctx, DC_NOT_BUILT_FOR_PHASE,
					not_built_at(ctx, node,
						     node->driver->file, rel, r),
					"driver '%s' (%s) is not built for %s: %s",
					node->driver->name, rel, label, r->why);
		}
		if (node->uclass && !sm_has(&k->verdicts, node->uclass->file)) {
			r = ask(ctx, k, node->uclass->file, &rel);
			if (r->verdict == KB_NOT_BUILT)
				warn_at(ctx, DC_NOT_BUILT_FOR_PHASE,
					not_built_at(ctx, node,
						     node->uclass->file, rel, r),
					"uclass driver '%s' (%s) is not built for %s: %s",
					node->uclass->name, rel, label, r->why);
		}
	}
	return 0;
}

const struct kb_result *kbuild_verdict(const struct ctx *ctx,
				       const char *file)
{
	return ctx->kbuild && file ? sm_get(&ctx->kbuild->verdicts, file) :
				     NULL;
}

void kbuild_used_files(const struct ctx *ctx, struct ptrvec *files,
		       struct arena *a)
{
	const struct kbuild_run *k = ctx->kbuild;

	if (!k)
		return;
	apv_push_const(a, files, ctx->opt.config_file);
	for (int i = 0; i < k->ntrees; i++) {
		const struct ptrvec *read;

		if (!k->trees[i])
			continue;
		read = kb_files_read(k->trees[i]);
		for (int j = 0; j < read->count; j++)
			apv_push(a, files, read->items[j]);
	}
}

void kbuild_run_free(struct kbuild_run *k)
{
	if (!k)
		return;
	for (int i = 0; i < k->ntrees; i++)
		kb_free(k->trees[i]);
	free(k->trees);
	kb_config_free(&k->cfg);
	sm_free(&k->verdicts);
	free(k);
}
