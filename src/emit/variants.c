// SPDX-License-Identifier: GPL-2.0+
/*
 * Emit, with --variant: where each node is present, which variants use
 * each data record, and the table the runtime picks a variant from.
 */
#include <stdio.h>
#include <string.h>

#include "emit/variants.h"

void variant_emit_presence(struct ctx *ctx, const struct node *node,
			   struct strbuf *sb)
{
	uint32_t all, absent;

	if (!ctx->variants)
		return;
	all = (ctx->variants->count == 32) ? ~0u :
		(1u << ctx->variants->count) - 1;
	absent = all & ~node->var->present;
	sb_printf(sb, "/* In variant%s %s", node->var->present & (node->var->present - 1) ? "s" : "",
		  variant_mask_names(ctx, node->var->present));
	if (absent)
		sb_printf(sb, "; absent from %s", variant_mask_names(ctx, absent));
	sb_puts(sb, " */\n");
}

void variant_emit_group(struct ctx *ctx, const struct node *node, int g,
			struct strbuf *sb)
{
	if (!ctx->variants || node->var->ngroups < 2)
		return;
	sb_printf(sb, "/* Its values in %s */\n",
		  variant_mask_names(ctx, node->var->groups[g].mask));
}

/* The data record of @u in variant @v, as a C expression */
static const char *plat_ref(struct ctx *ctx, const struct node *u, int v)
{
	const struct node_variants *var = u->var;
	const struct driver *drv = u->driver;

	for (int g = 0; g < var->ngroups; g++) {
		const struct node *n = var->groups[g].node;

		if (!(var->groups[g].mask & (1u << v)))
			continue;
		if (ctx->opt.instantiate && drv->plat && *drv->plat)
			return arena_printf(&ctx->arena, "&_%s_plat_%s",
					    drv->name, n->var_name);
		return arena_printf(&ctx->arena, "&dtv_%s", n->var_name);
	}
	return "NULL";
}

void variant_emit_table(struct ctx *ctx, const struct resolved *res,
			struct strbuf *sb)
{
	const struct variants *vs = ctx->variants;
	int n = res->valid.count;
	bool inst = ctx->opt.instantiate;

	if (!vs || !n)
		return;
	sb_puts(sb, "#include <dm/variant.h>\n\n");
	sb_puts(sb, "/*\n");
	sb_puts(sb, " * Board variants (dtoc --variant): the base devicetree and each overlay\n");
	sb_puts(sb, " * applied to it. dm_init() asks board_select_variant() which one this\n");
	sb_puts(sb, " * board is; only the nodes present in it are bound, each with the\n");
	sb_printf(sb, " * data given below (NULL: absent)%s.\n",
		  inst ? " and the sequence number" : "");
	sb_puts(sb, " *\n");
	for (int v = 0; v < vs->count; v++)
		sb_printf(sb, " * %3d: %-20s %s\n", v, vs->v[v].name,
			  strrchr(vs->v[v].file, '/') ?
			  strrchr(vs->v[v].file, '/') + 1 : vs->v[v].file);
	sb_puts(sb, " */\n");
	sb_puts(sb, "static const char *const dm_variant_names[] = {\n");
	for (int v = 0; v < vs->count; v++)
		sb_printf(sb, "\t\"%s\",\n", vs->v[v].name);
	sb_puts(sb, "};\n\n");
	sb_printf(sb, "static const void *const dm_variant_plat[%d][%d] = {\n",
		  vs->count, n);
	for (int v = 0; v < vs->count; v++) {
		sb_printf(sb, "\t{\t/* %d: %s */\n", v, vs->v[v].name);
		for (int i = 0; i < n; i++) {
			const struct node *u = res->valid.items[i];
			const char *ref = plat_ref(ctx, u, v);

			sb_puts(sb, "\t\t");
			sb_tab_to(sb, 5, arena_printf(&ctx->arena, "%s,", ref));
			sb_printf(sb, "/* %d: %s */\n", i, u->var_name);
		}
		sb_puts(sb, "\t},\n");
	}
	sb_puts(sb, "};\n\n");
	if (inst) {
		sb_printf(sb, "static const short dm_variant_seq[%d][%d] = {\n",
			  vs->count, n);
		for (int v = 0; v < vs->count; v++) {
			sb_printf(sb, "\t{\t/* %d: %s */\n\t\t", v,
				  vs->v[v].name);
			for (int i = 0; i < n; i++) {
				const struct node *u = res->valid.items[i];

				sb_printf(sb, "%d,%s", u->var->seq[v],
					  i == n - 1 ? "\n" :
					  (i + 1) % 8 ? " " : "\n\t\t");
			}
			sb_puts(sb, "\t},\n");
		}
		sb_puts(sb, "};\n\n");
	}
	sb_puts(sb, "const struct dm_variant_table dm_variants = {\n");
	sb_printf(sb, "\t.count\t\t= %d,\n", vs->count);
	sb_printf(sb, "\t.nodes\t\t= %d,\n", n);
	sb_puts(sb, "\t.names\t\t= dm_variant_names,\n");
	sb_puts(sb, "\t.plat\t\t= &dm_variant_plat[0][0],\n");
	if (inst)
		sb_puts(sb, "\t.seq\t\t= &dm_variant_seq[0][0],\n");
	/* the one strong reference: links the runtime's variant code */
	sb_puts(sb, "\t.setup\t\t= dm_variant_setup,\n");
	sb_puts(sb, "};\n");
}

void variant_emit_seqs(struct ctx *ctx, const struct resolved *res,
		       struct strbuf *sb)
{
	const struct variants *vs = ctx->variants;

	if (!vs)
		return;
	sb_puts(sb, "/*\n");
	sb_puts(sb, " * Board variants (dtoc --variant): the numbers above are over the union\n");
	sb_puts(sb, " * of the variants; dm_init() gives each device the number it has in the\n");
	sb_puts(sb, " * selected variant (dt-device.c, dm_variant_seq):\n");
	for (int v = 0; v < vs->count; v++) {
		sb_printf(sb, " * %s:\n", vs->v[v].name);
		for (int i = 0; i < res->valid.count; i++) {
			const struct node *u = res->valid.items[i];

			if (u->var->seq[v] >= 0 && u->parent)
				sb_printf(sb, " *    %s %d: %s\n", u->uclass->name,
					  u->var->seq[v], u->path);
		}
	}
	sb_puts(sb, " */\n");
	sb_puts(sb, "\n");
}
