// SPDX-License-Identifier: GPL-2.0+
/*
 * Resolve: from the devicetree and what the sources declare, work out
 * everything the emitters print: the valid nodes and their order, names,
 * drivers and uclasses, 64-bit reg values, the widened dtd_ structs,
 * phandles, aliases and sequence numbers.
 *
 * Each step follows the reference, in its order, so that an input that
 * makes it fail makes dtoc fail too (with a clearer message).
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/resolve-internal.h"

/* The structs, widened over the valid nodes and, with --variant, over
 * each variant's data of them too; then their phandles checked. */
static int build_and_check(struct ctx *ctx, struct resolved *res)
{
	int nvalid = res->valid.count;
	int ret;

	for (int i = 0; i < res->variant_data.count; i++)
		apv_push(&ctx->arena, &res->valid, res->variant_data.items[i]);
	ret = build_structs(ctx, res) || check_phandles(ctx, res);
	res->valid.count = nvalid;
	return ret ? DTOC_ERR_INPUT : 0;
}

/* For typing: the nodes of one struct share their members' types */
static const char *struct_of(const struct node *node)
{
	return node->struct_name;
}

/* With --bindings: the valid nodes typed, and with --variant each
 * variant's data of them too (one struct holds both, so the same
 * members); with --cache, the index of the binding files kept. */
static int type_nodes(struct ctx *ctx, struct resolved *res)
{
	int nvalid = res->valid.count;
	const char *memo = NULL;
	size_t len = 0;
	int ret;

	for (int i = 0; i < res->variant_data.count; i++)
		apv_push(&ctx->arena, &res->valid, res->variant_data.items[i]);
	/* with --cache, what the binding files said the last time */
	if (ctx->opt.cache_file && ctx->scan)
		memo = scan_cache_section(ctx->scan, &len);
	ret = typing_apply(ctx, &res->typing, &res->valid, struct_of, memo,
			   len);
	res->valid.count = nvalid;
	/* the index is kept even if a value is wrong */
	if (ctx->opt.cache_file && ctx->scan &&
	    typing_new_memo(res->typing, &memo, &len))
		scan_cache_put_section(ctx, memo, len);
	if (!ret && ctx->variants)
		ret = variants_check_typed(ctx, res);
	return ret;
}

int resolve(struct ctx *ctx, struct resolved *res)
{
	struct node *root = ctx->dt->root;

	memset(res, 0, sizeof(*res));
	if (ctx->opt.instantiate)
		apv_push(&ctx->arena, &res->valid_in_order, root);
	if (collect_nodes(ctx, res, root) || prepare_nodes(ctx, res))
		return DTOC_ERR_INPUT;
	if (ctx->variants && variants_add_data(ctx, res))
		return DTOC_ERR_INPUT;
	for (int i = 0; i < res->valid.count; i++) {
		if (convert_reg(ctx, res->valid.items[i]))
			return DTOC_ERR_INPUT;
	}
	for (int i = 0; i < res->variant_data.count; i++) {
		if (convert_reg(ctx, res->variant_data.items[i]))
			return DTOC_ERR_INPUT;
	}
	if (ctx->opt.nbindings_dirs && type_nodes(ctx, res))
		return DTOC_ERR_INPUT;
	if (build_and_check(ctx, res) || bind_drivers(ctx, res) ||
	    read_aliases(ctx, res) || assign_seqs(ctx, res))
		return DTOC_ERR_INPUT;
	if (ctx->opt.instantiate && check_instances(ctx, res))
		return DTOC_ERR_INPUT;
	report_scan_diagnostics(ctx, res);
	return 0;
}

void resolve_reset_scan(struct scan *scan)
{
	for (int i = 0; i < scan->drivers.count; i++) {
		struct driver *drv = scan->drivers.entries[i].value;

		drv->used = false;
	}
	for (int i = 0; i < scan->uclasses.count; i++) {
		struct uclass *uc = scan->uclasses.entries[i].value;

		uc->seqs = NULL;
		uc->nseqs = 0;
		sm_free(&uc->path_to_seq);
		memset(&uc->path_to_seq, 0, sizeof(uc->path_to_seq));
		memset(&uc->devs, 0, sizeof(uc->devs));
	}
}

void resolved_free(struct resolved *res)
{
	for (int i = 0; i < res->seq_uclasses.count; i++) {
		struct uclass *uc = res->seq_uclasses.items[i];

		sm_free(&uc->path_to_seq);
	}
	typing_free(res->typing);
	sm_free(&res->structs);
}
