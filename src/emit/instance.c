// SPDX-License-Identifier: GPL-2.0+
/*
 * Emit, with -i: dt-device.c (DM_DEVICE_INST records with their data in
 * .priv_data and the linked-list rings) and dt-uclass.c.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/emit-internal.h"


/* "#include <hdr>" for a struct a header defines (resolve's
 * check_struct_headers() warned about any other) */
static void include_struct_header(struct ctx *ctx, const char *name,
				  struct strbuf *sb)
{
	const struct struct_def *def = sm_get(&ctx->scan->structs, name);

	if (def)
		sb_printf(sb, "#include <%s>\n", def->header);
}

/* A u8 array in .priv_data for a priv/plat struct; returns its name. */
static const char *alloc_priv(struct ctx *ctx, const char *struc,
			      const char *name, const char *extra,
			      const char *suffix, struct strbuf *sb)
{
	char *var;

	if (!struc || !*struc)
		return NULL;
	include_struct_header(ctx, struc, sb);
	var = arena_printf(&ctx->arena, "_%s%s_%s", name, suffix, extra);
	sb_printf(sb, "u8 %s[sizeof(struct %s)]\n\t%s;\n", var,
		  arena_strtrim(&ctx->arena, struc), SECTION_ATTR);
	return var;
}

/* The driver's plat_auto struct, holding the node's values in .dtplat */
static int alloc_plat(struct ctx *ctx, const struct resolved *res,
		      const struct node *node, const char **namep,
		      struct strbuf *sb)
{
	const char *struc = node->driver->plat;

	*namep = NULL;
	if (!struc || !*struc)
		return 0;
	include_struct_header(ctx, struc, sb);
	sb_printf(sb, "struct %s %s\n\t_%s_plat_%s = {\n",
		  arena_strtrim(&ctx->arena, struc), SECTION_ATTR,
		  node->driver->name, node->var_name);
	sb_puts(sb, "\t.dtplat = {\n");
	if (emit_props(ctx, res, node, 2, sb))
		return DTOC_ERR_INPUT;
	sb_puts(sb, "\t},\n");
	sb_puts(sb, "};\n");
	*namep = arena_printf(&ctx->arena, "&_%s_plat_%s", node->driver->name,
			      node->var_name);
	return 0;
}

/* A list_head member: its neighbours in a ring */
static void list_node(const char *member, const char *prev, const char *next,
		      struct strbuf *sb)
{
	sb_printf(sb, "\t.%s\t= {\n", member);
	sb_printf(sb, "\t\t.prev = %s,\n", prev);
	sb_printf(sb, "\t\t.next = %s,\n", next);
	sb_puts(sb, "\t},\n");
}

/* The head of a ring of devices, or a head pointing to itself */
static void list_head(const char *head, const char *member,
		      const struct ptrvec *devs, const char *self,
		      struct strbuf *sb)
{
	const struct node *first = devs->count ? devs->items[0] : NULL;
	const struct node *last = devs->count ? devs->items[devs->count - 1]
					      : NULL;

	sb_printf(sb, "\t.%s\t= {\n", head);
	if (first) {
		sb_printf(sb, "\t\t.prev = &DM_DEVICE_REF(%s)->%s,\n",
			  last->var_name, member);
		sb_printf(sb, "\t\t.next = &DM_DEVICE_REF(%s)->%s,\n",
			  first->var_name, member);
	} else {
		sb_printf(sb, "\t\t.prev = &DM_DEVICE_REF(%s)->%s,\n", self,
			  head);
		sb_printf(sb, "\t\t.next = &DM_DEVICE_REF(%s)->%s,\n", self,
			  head);
	}
	sb_puts(sb, "\t},\n");
}

/* The ring neighbour of entry @pos in @devs: the head at either end. */
static const char *ring_ref(struct ctx *ctx, const struct ptrvec *devs,
			    int pos, const char *member, const char *head)
{
	if (pos < 0 || pos >= devs->count)
		return head;
	return arena_printf(&ctx->arena, "&DM_DEVICE_REF(%s)->%s",
			    ((struct node *)devs->items[pos])->var_name,
			    member);
}

static const char *driver_data(const struct node *node)
{
	const struct prop *compat = node_prop(node, "compatible");
	const struct of_table *t = node->driver->compat;

	if (!node->parent)
		return NULL;
	for (int i = 0; i < compat->val.count; i++) {
		for (int k = 0; k < t->count; k++) {
			if (strcmp(t->entries[k].compat,
				   compat->val.elems[i].str))
				continue;
			if (t->entries[k].data && *t->entries[k].data)
				return t->entries[k].data;
			break;
		}
	}
	return NULL;
}

static int emit_instance(struct ctx *ctx, const struct resolved *res,
			 const struct node *node, struct strbuf *sb)
{
	const struct driver *drv = node->driver;
	const struct driver *pdrv = node->parent_driver;
	const struct uclass *uc = node->uclass;
	const char *plat, *priv, *parent_plat = NULL, *parent_priv = NULL;
	const char *uc_plat, *uc_priv, *data;
	char *uc_name = arena_printf(&ctx->arena, "%s_uc", drv->name);
	size_t mark;

	sb_printf(sb, "/*\n * Node %s index %d\n * driver %s parent %s\n*/\n",
		  node->path, node->idx, drv->name, driver_name_or_none(pdrv));
	variant_emit_presence(ctx, node, sb);
	for (int g = 0; (!drv->plat || !*drv->plat) &&
	     g < variant_ngroups(node); g++) {
		variant_emit_group(ctx, node, g, sb);
		if (emit_values(ctx, res, g ? variant_group(node, g) : node, sb))
			return DTOC_ERR_INPUT;
	}
	sb_puts(sb, "\n");
	mark = sb->len;
	if (alloc_plat(ctx, res, node, &plat, sb))
		return DTOC_ERR_INPUT;
	for (int g = 1; plat && g < variant_ngroups(node); g++) {
		const char *other;

		variant_emit_group(ctx, node, g, sb);
		if (alloc_plat(ctx, res, variant_group(node, g), &other, sb))
			return DTOC_ERR_INPUT;
	}
	priv = alloc_priv(ctx, drv->priv, drv->name, node->var_name, "_priv",
			  sb);
	if (pdrv) {
		parent_plat = alloc_priv(ctx, pdrv->child_plat,
					 drv->name,
					 node->var_name, "_parent_plat", sb);
		parent_priv = alloc_priv(ctx, pdrv->child_priv,
					 drv->name,
					 node->var_name, "_parent_priv", sb);
	}
	uc_plat = alloc_priv(ctx, uc->per_dev_plat,
			     uc_name, node->var_name,
			     "plat", sb);
	uc_priv = alloc_priv(ctx, uc->per_dev_priv,
			     uc_name, node->var_name,
			     "_priv", sb);
	for (int i = 0; i < drv->headers.count; i++)
		sb_printf(sb, "#include %s\n", (char *)drv->headers.items[i]);
	if (sb->len != mark)
		sb_puts(sb, "\n");

	sb_printf(sb, "DM_DEVICE_INST(%s) = {\n", node->var_name);
	sb_printf(sb, "\t.driver\t\t= DM_DRIVER_REF(%s),\n", node->struct_name);
	sb_printf(sb, "\t.name\t\t= \"%s\",\n", node->struct_name);
	if (plat)
		sb_printf(sb, "\t.plat_\t\t= %s,\n", plat);
	else
		sb_printf(sb, "\t.plat_\t\t= &dtv_%s,\n", node->var_name);
	if (parent_plat)
		sb_printf(sb, "\t.parent_plat_\t= %s,\n", parent_plat);
	if (uc_plat)
		sb_printf(sb, "\t.uclass_plat_\t= %s,\n", uc_plat);
	data = driver_data(node);
	if (data)
		sb_printf(sb, "\t.driver_data\t= %s,\n", data);
	if (node->parent && node->parent->parent)
		sb_printf(sb, "\t.parent\t\t= DM_DEVICE_REF(%s),\n",
			  node->parent->var_name);
	if (priv)
		sb_printf(sb, "\t.priv_\t\t= %s,\n", priv);
	sb_printf(sb, "\t.uclass\t\t= DM_UCLASS_REF(%s),\n", uc->name);
	if (uc_priv)
		sb_printf(sb, "\t.uclass_priv_ = %s,\n", uc_priv);
	if (parent_priv)
		sb_printf(sb, "\t.parent_priv_\t= %s,\n", parent_priv);

	const char *uc_head = arena_printf(&ctx->arena,
					   "&DM_UCLASS_REF(%s)->dev_head",
					   uc->name);

	list_node("uclass_node",
		  ring_ref(ctx, &uc->devs, node->uclass_seq - 1, "uclass_node",
			   uc_head),
		  ring_ref(ctx, &uc->devs, node->uclass_seq + 1, "uclass_node",
			   uc_head),
		  sb);
	list_head("child_head", "sibling_node", &node->child_devs,
		  node->var_name, sb);
	if (node->parent && node->parent->valid) {
		const struct node *parent = node->parent;
		const char *head = arena_printf(&ctx->arena,
						"&DM_DEVICE_REF(%s)->child_head",
						parent->var_name);

		list_node("sibling_node",
			  ring_ref(ctx, &parent->child_devs,
				   node->parent_seq - 1, "sibling_node", head),
			  ring_ref(ctx, &parent->child_devs,
				   node->parent_seq + 1, "sibling_node", head),
			  sb);
	}
	sb_printf(sb, "\t.seq_ = %d,\n", node->seq);
	sb_puts(sb, "};\n");
	sb_puts(sb, "\n");
	return 0;
}

int emit_device(struct ctx *ctx, const struct resolved *res,
		       struct strbuf *sb)
{
	sb_puts(sb, tmpl_dt_device_c);
	if (!res->valid.count)
		return 0;
	emit_index(res, "struct udevice", "udevice", sb);
	for (int i = 0; i < res->valid.count; i++) {
		if (emit_instance(ctx, res, res->valid.items[i], sb))
			return DTOC_ERR_INPUT;
	}
	variant_emit_table(ctx, res, sb);
	return 0;
}

static const char *uclass_ref(struct ctx *ctx, const struct resolved *res,
			      int pos)
{
	if (pos < 0 || pos >= res->uclasses.count)
		return "&uclass_head";
	return arena_printf(&ctx->arena, "&DM_UCLASS_REF(%s)->sibling_node",
			    ((struct uclass *)res->uclasses.items[pos])->name);
}

int emit_uclass(struct ctx *ctx, const struct resolved *res,
		       struct strbuf *sb)
{
	int n = res->uclasses.count;

	sb_puts(sb, tmpl_dt_uclass_c);
	sb_puts(sb, "/*\n");
	sb_puts(sb, " * uclass declarations, ordered by 'struct uclass' linker_list idx:\n");
	for (int i = 0; i < n; i++)
		sb_printf(sb, " * %3d: %s\n", i,
			  ((struct uclass *)res->uclasses.items[i])->name);
	sb_puts(sb, " *\n");
	sb_puts(sb, " * Sequence numbers allocated in each uclass:\n");
	for (int i = 0; i < n; i++) {
		const struct uclass *uc = res->uclasses.items[i];

		if (!uc->nseqs)
			continue;
		sb_printf(sb, " * %s: %s\n", uc->name, uc->uclass_id);
		for (int k = 0; k < uc->nseqs; k++)
			sb_printf(sb, " *    %d: %s\n", uc->seqs[k].num,
				  uc->seqs[k].node->path);
	}
	sb_puts(sb, " */\n");
	sb_puts(sb, "\n");
	variant_emit_seqs(ctx, res, sb);
	sb_puts(sb, "struct list_head uclass_head = {\n");
	sb_printf(sb, "\t.prev = %s,\n", uclass_ref(ctx, res, n - 1));
	sb_printf(sb, "\t.next = %s,\n", uclass_ref(ctx, res, 0));
	sb_puts(sb, "};\n");
	sb_puts(sb, "\n");
	for (int i = 0; i < n; i++) {
		const struct uclass *uc = res->uclasses.items[i];
		const char *priv = alloc_priv(ctx, uc->priv,
					      uc->name, "",
					      "_priv", sb);

		sb_printf(sb, "DM_UCLASS_INST(%s) = {\n", uc->name);
		if (priv)
			sb_printf(sb, "\t.priv_\t\t= %s,\n", priv);
		sb_printf(sb, "\t.uc_drv\t\t= DM_UCLASS_DRIVER_REF(%s),\n",
			  uc->name);
		list_node("sibling_node", uclass_ref(ctx, res, i - 1),
			  uclass_ref(ctx, res, i + 1), sb);
		list_head("dev_head", "uclass_node", &uc->devs, "None", sb);
		sb_puts(sb, "};\n");
		sb_puts(sb, "\n");
	}
	return 0;
}
