// SPDX-License-Identifier: GPL-2.0+
/*
 * Emit: the text of each output file, from the resolved model.
 *
 * The layout (tabs, comments, the order of everything) is the
 * reference's, byte for byte; fixed text comes from templates/.
 */
#include <string.h>

#include "emit/emit-internal.h"

static void tmpl_expand(struct strbuf *sb, const char *tmpl, const char *const *vars)
{
	const char *p = tmpl;

	while (*p) {
		const char *at = strchr(p, '@');
		const char *end = at ? strchr(at + 1, '@') : NULL;
		bool done = false;

		if (!end) {
			sb_puts(sb, p);
			return;
		}
		sb_add(sb, p, at - p);
		for (int i = 0; vars[i] && !done; i += 2) {
			size_t len = strlen(vars[i]);

			if (len == (size_t)(end - at - 1) &&
			    !strncmp(at + 1, vars[i], len)) {
				sb_puts(sb, vars[i + 1]);
				done = true;
			}
		}
		if (!done) { /* not a slot: keep the '@' */
			sb_add(sb, at, 1);
			p = at + 1;
			continue;
		}
		p = end + 1;
	}
}

void emit_header_comment(struct strbuf *sb, const struct output_file *of)
{
	const char *vars[] = { "comment", of->comment, NULL };

	tmpl_expand(sb, tmpl_header_comment, vars);
}

/* ------------------------------------------------------------ values */

/* "{idx, {args}}" rows of a phandle property */
static int emit_phandles(struct ctx *ctx, const struct node *node,
			 const struct prop *prop, struct strbuf *sb)
{
	struct phandle_info info;
	int pos = 0;

	if (phandle_info_typed(ctx, node, prop->name, prop->bt, &prop->val,
			       &info))
		return DTOC_ERR_INPUT;
	for (int k = 0; k < info.count; k++) {
		const struct node *target =
			dt_find_phandle(ctx->dt, prop->val.elems[pos].cell);

		sb_printf(sb, "\n\t\t\t{%d, {", target->idx);
		for (int a = 0; a < info.args[k]; a++)
			sb_printf(sb, "%s%u", a ? ", " : "",
				  prop->val.elems[pos + 1 + a].cell);
		sb_puts(sb, "}},");
		pos += 1 + info.args[k];
	}
	return 0;
}

static int emit_prop(struct ctx *ctx, const struct node *node,
		     const struct prop *prop, int tabs, struct strbuf *sb)
{
	const struct value *v = &prop->val;
	char *member;

	if (!prop_is_member(prop->name))
		return 0;
	member = arena_printf(&ctx->arena, ".%s",
			      conv_name_to_c(&ctx->arena, prop->name));
	for (int i = 0; i < tabs; i++)
		sb_puts(sb, "\t");
	sb_tab_to(sb, 3, member);
	sb_puts(sb, "= ");
	if (!v->is_list) {
		value_format_elem(sb, v->type, &v->elems[0]);
		sb_puts(sb, ",\n");
		return 0;
	}
	sb_puts(sb, "{");
	if (holds_phandles(prop->name, prop->bt)) {
		if (emit_phandles(ctx, node, prop, sb))
			return DTOC_ERR_INPUT;
	} else {
		for (int i = 0; i < v->count; i++) {
			if (i)
				sb_puts(sb, i % 8 ? ", " : ",\n\t\t");
			value_format_elem(sb, v->type, &v->elems[i]);
		}
	}
	sb_puts(sb, "},\n");
	return 0;
}

int emit_props(struct ctx *ctx, const struct resolved *res,
		      const struct node *node, int tabs, struct strbuf *sb)
{
	const struct dtd_struct *st = node_struct(res, node);

	/* the struct's fields are sorted, and every member prop has one */
	for (int i = 0; i < st->fields.count; i++) {
		const struct field *f = st->fields.items[i];
		const struct prop *prop = node_prop(node, f->name);

		if (prop && emit_prop(ctx, node, prop, tabs, sb))
			return DTOC_ERR_INPUT;
	}
	return 0;
}

int emit_values(struct ctx *ctx, const struct resolved *res,
		       const struct node *node, struct strbuf *sb)
{
	sb_printf(sb, "static struct dtd_%s dtv_%s = {\n", node->struct_name,
		  node->var_name);
	if (emit_props(ctx, res, node, 1, sb))
		return DTOC_ERR_INPUT;
	sb_puts(sb, "};\n");
	return 0;
}

/* ----------------------------------------------------------- structs */

static int emit_structs(struct ctx *ctx, const struct resolved *res,
			struct strbuf *sb)
{
	sb_puts(sb, tmpl_dt_structs_gen_h);
	for (int i = 0; i < res->struct_order.count; i++) {
		const struct dtd_struct *st = res->struct_order.items[i];

		sb_printf(sb, "struct dtd_%s {\n", st->name);
		for (int k = 0; k < st->fields.count; k++) {
			const struct field *f = st->fields.items[k];
			struct member_decl m;

			if (field_decl(ctx, res, f, &m))
				return DTOC_ERR_INPUT;
			sb_puts(sb, "\t");
			if (m.phandles) {
				sb_tab_to(sb, 2, arena_printf(&ctx->arena,
							      "struct phandle_%d_arg",
							      m.args));
				sb_printf(sb, "%s[%d]", f->c_name, m.count);
			} else {
				sb_tab_to(sb, 2, ptype_c_name(m.type));
				sb_puts(sb, f->c_name);
				if (m.count >= 0)
					sb_printf(sb, "[%d]", m.count);
			}
			sb_puts(sb, ";\n");
		}
		sb_puts(sb, "};\n");
	}
	return 0;
}

/* -------------------------------------------------------------- decl */

static int emit_decl(struct ctx *ctx, const struct resolved *res,
		     struct strbuf *sb)
{
	bool inst = ctx->opt.instantiate;

	sb_puts(sb, tmpl_dt_decl_h);
	sb_puts(sb, "/* driver declarations - these allow DM_DRIVER_GET() to be used */\n");
	for (int i = 0; i < res->valid.count; i++)
		sb_printf(sb, "extern U_BOOT_DRIVER(%s);\n",
			  ((struct node *)res->valid.items[i])->struct_name);
	sb_puts(sb, "\n");
	if (inst) {
		sb_puts(sb, "/* device declarations - these allow DM_DEVICE_REF() to be used */\n");
		for (int i = 0; i < res->valid.count; i++)
			sb_printf(sb, "extern DM_DEVICE_INST(%s);\n",
				  ((struct node *)res->valid.items[i])->var_name);
		sb_puts(sb, "\n");
	}
	sb_puts(sb, "/* uclass driver declarations - needed for DM_UCLASS_DRIVER_REF() */\n");
	for (int i = 0; i < res->uclasses.count; i++)
		sb_printf(sb, "extern UCLASS_DRIVER(%s);\n",
			  ((struct uclass *)res->uclasses.items[i])->name);
	if (inst) {
		sb_puts(sb, "\n");
		sb_puts(sb, "/* uclass declarations - needed for DM_UCLASS_REF() */\n");
		for (int i = 0; i < res->uclasses.count; i++)
			sb_printf(sb, "extern DM_UCLASS_INST(%s);\n",
				  ((struct uclass *)res->uclasses.items[i])->name);
	}
	return 0;
}

/* ---------------------------------------------------------- platdata */

/* The table of nodes by idx at the top of dt-plat.c and dt-device.c */
void emit_index(const struct resolved *res, const char *what,
		       const char *list, struct strbuf *sb)
{
	static const char dashes[] = "--------------------";

	sb_puts(sb, "/*\n");
	sb_printf(sb, " * %s declarations, ordered by '%s' linker_list %s:\n",
		  list, what, !strcmp(list, "udevice") ? "position" : "idx");
	sb_puts(sb, " *\n");
	sb_printf(sb, " * idx  %-20s %s\n", list, "driver");
	sb_printf(sb, " * ---  %-20s %s\n", dashes, dashes);
	for (int i = 0; i < res->valid.count; i++) {
		const struct node *node = res->valid.items[i];

		sb_printf(sb, " * %3d: %-20s %s\n", node->idx, node->var_name,
			  node->struct_name);
	}
	sb_printf(sb, " * ---  %-20s %s\n", dashes, dashes);
	sb_puts(sb, " */\n");
	sb_puts(sb, "\n");
}

const char *driver_name_or_none(const struct driver *drv)
{
	return drv ? drv->name : "None";
}

static int emit_plat(struct ctx *ctx, const struct resolved *res,
		     struct strbuf *sb)
{
	sb_puts(sb, tmpl_dt_plat_c);
	if (!res->valid.count)
		return 0;
	emit_index(res, "struct driver_info", "driver_info", sb);
	for (int i = 0; i < res->valid.count; i++) {
		const struct node *node = res->valid.items[i];

		if (node->driver)
			sb_printf(sb, "/*\n * Node %s index %d\n * driver %s parent %s\n */\n",
				  node->path, node->idx, node->driver->name,
				  driver_name_or_none(node->parent_driver));
		else
			sb_printf(sb, "/* Node %s index %d */\n", node->path,
				  node->idx);
		variant_emit_presence(ctx, node, sb);
		for (int g = 0; g < variant_ngroups(node); g++) {
			variant_emit_group(ctx, node, g, sb);
			if (emit_values(ctx, res, g ? variant_group(node, g) :
					node, sb))
				return DTOC_ERR_INPUT;
		}
		sb_printf(sb, "U_BOOT_DRVINFO(%s) = {\n", node->var_name);
		sb_printf(sb, "\t.name\t\t= \"%s\",\n", node->struct_name);
		sb_printf(sb, "\t.plat\t\t= &dtv_%s,\n", node->var_name);
		sb_printf(sb, "\t.plat_size\t= sizeof(dtv_%s),\n",
			  node->var_name);
		sb_printf(sb, "\t.parent_idx\t= %d,\n",
			  node->parent && node->parent->valid ?
				  node->parent->idx : -1);
		sb_puts(sb, "};\n");
		sb_puts(sb, "\n");
	}
	variant_emit_table(ctx, res, sb);
	return 0;
}

/* ------------------------------------------------------------- table */

/* Sorted by command name, the order "all" writes them in */
const struct output_file output_files[] = {
	{ "decl", "dt-decl.h", FILE_HEADER,
	  "Declares externs for all device/uclass instances", emit_decl,
	  false, true },
	{ "device", "dt-device.c", FILE_SOURCE,
	  "Declares the DM_DEVICE_INST() records", emit_device, true, false },
	{ "platdata", "dt-plat.c", FILE_SOURCE,
	  "Declares the U_BOOT_DRIVER() records and platform data", emit_plat,
	  false, false },
	{ "struct", "dt-structs-gen.h", FILE_HEADER,
	  "Defines the structs used to hold devicetree data", emit_structs,
	  false, true },
	{ "uclass", "dt-uclass.c", FILE_SOURCE,
	  "Declares the uclass instances (struct uclass)", emit_uclass, true,
	  false },
};

const int num_output_files = sizeof(output_files) / sizeof(*output_files);

const struct output_file *output_file_for(const char *command,
					  bool instantiate)
{
	for (int i = 0; i < num_output_files; i++) {
		const struct output_file *of = &output_files[i];

		if (!strcmp(of->command, command) &&
		    (of->common || of->instantiate == instantiate))
			return of;
	}
	return NULL;
}

char *valid_commands(struct arena *a, bool instantiate)
{
	struct strbuf sb = { 0 };
	char *out;

	for (int i = 0; i < num_output_files; i++) {
		const struct output_file *of = &output_files[i];

		if (of->common || of->instantiate == instantiate)
			sb_printf(&sb, "%s%s", sb.len ? ", " : "", of->command);
	}
	out = arena_strdup(a, sb.buf);
	sb_free(&sb);
	return out;
}
