// SPDX-License-Identifier: GPL-2.0+
/*
 * Resolve: the bytes each node's records take in the generated C, on
 * ILP32 (32-bit arm EABI) and LP64 (aarch64, x86-64), laid out by C's
 * rules. tests/sizes.sh compiles the generated files with a compiler of
 * each ABI and compares these figures with nm -S.
 */
#include <string.h>

#include "resolve/resolve-internal.h"
#include "variant/variant.h"

const char *abi_name(enum abi abi)
{
	return abi == ABI_ILP32 ? "ilp32" : "lp64";
}

void c_layout_add(struct c_layout *l, long size, long align, long count)
{
	if (align < 1)
		align = 1;
	l->size = (l->size + align - 1) / align * align + size * count;
	if (align > l->align)
		l->align = align;
}

long c_layout_end(const struct c_layout *l)
{
	long align = l->align < 1 ? 1 : l->align;

	return (l->size + align - 1) / align * align;
}

/* Scalars of the generated files and the runtime's records */
enum c_scalar { C_U8, C_U16, C_U32, C_U64, C_PTR };

static long scalar_size(enum c_scalar t, enum abi abi)
{
	static const long sizes[][NUM_ABIS] = {
		[C_U8] = { 1, 1 },
		[C_U16] = { 2, 2 },
		[C_U32] = { 4, 4 },
		/* arm EABI aligns 64-bit types to 8, unlike i386's SysV */
		[C_U64] = { 8, 8 },
		[C_PTR] = { 4, 8 },
	};

	return sizes[t][abi];
}

/* Every scalar here is aligned to its size on both ABIs */
static void add_scalar(struct c_layout *l, enum c_scalar t, enum abi abi,
		       long count)
{
	long size = scalar_size(t, abi);

	c_layout_add(l, size, size, count);
}

void member_layout(const struct member_decl *m, enum abi abi, long *size,
		   long *align)
{
	static const enum c_scalar of_ptype[] = {
		[PT_BYTE] = C_U8,   /* unsigned char */
		[PT_INT] = C_U32,   /* fdt32_t */
		[PT_STRING] = C_PTR, /* const char * */
		[PT_BOOL] = C_U8,   /* bool */
		[PT_INT64] = C_U64, /* fdt64_t */
		[PT_INT16] = C_U16, /* fdt16_t */
		[PT_UINT64] = C_U64, /* fdt64_t */
	};

	if (m->phandles) {
		/* struct phandle_N_arg { uint idx; int arg[N]; } */
		*size = 4 + 4L * m->args;
		*align = 4;
		return;
	}
	*size = scalar_size(of_ptype[m->type], abi);
	*align = *size;
}

long dtd_struct_size(struct ctx *ctx, const struct resolved *res,
		     const struct dtd_struct *st, enum abi abi)
{
	struct c_layout l = { 0 };

	/* members in the order dt-structs-gen.h declares them */
	for (int i = 0; i < st->fields.count; i++) {
		struct member_decl m;
		long size, align;

		if (field_decl(ctx, res, st->fields.items[i], &m))
			return -1;
		member_layout(&m, abi, &size, &align);
		c_layout_add(&l, size, align, m.count < 0 ? 1 : m.count);
	}
	/* an empty struct is GNU C's: size 0 */
	return c_layout_end(&l);
}

/* ------------------------------------------------ the runtime's records */

/* A run of members of one scalar type, in declaration order */
struct record_run {
	enum c_scalar type;
	int count;
};

/*
 * The runtime's struct driver_info (<dm/platdata.h>), struct udevice
 * (<dm/device.h>) and struct uclass (<dm/uclass.h>). ulong is pointer
 * sized on both ABIs; a list_head is two pointers. Keep in step with
 * the headers: tests/sizes.sh compiles them and compares.
 */
static const struct {
	const char *name;
	const char *layout;
	struct record_run runs[4];
} dm_records[NUM_DM_RECORDS] = {
	[REC_DRIVER_INFO] = {
		"struct driver_info",
		"dtoc runtime <dm/platdata.h>: name, plat (pointers), "
		"unsigned short plat_size, short parent_idx; the same as "
		"U-Boot's with OF_PLATDATA",
		{ { C_PTR, 2 }, { C_U16, 2 } },
	},
	[REC_UDEVICE] = {
		"struct udevice",
		"dtoc runtime <dm/device.h> as built by default: driver, "
		"name, plat_, parent_plat_, uclass_plat_, driver_data, "
		"parent, priv_, uclass, uclass_priv_, parent_priv_ "
		"(pointers, ulong), 3 list_heads, u32 flags_, int seq_; "
		"without flags_ when built with CONFIG_OF_PLATDATA_RT=1, as "
		"U-Boot's is with OF_PLATDATA_INST (72 bytes on ILP32, 144 "
		"on LP64); U-Boot's adds ofnode, devres, DMA and IOMMU "
		"members by configuration",
		{ { C_PTR, 11 }, { C_PTR, 6 }, { C_U32, 2 } },
	},
	[REC_UCLASS] = {
		"struct uclass",
		"dtoc runtime <dm/uclass.h>: priv_, uc_drv (pointers), "
		"2 list_heads; the same as U-Boot's",
		{ { C_PTR, 2 }, { C_PTR, 4 } },
	},
};

long dm_record_size(enum dm_record rec, enum abi abi)
{
	struct c_layout l = { 0 };

	for (int i = 0; i < 4 && dm_records[rec].runs[i].count; i++)
		add_scalar(&l, dm_records[rec].runs[i].type, abi,
			   dm_records[rec].runs[i].count);
	return c_layout_end(&l);
}

const char *dm_record_name(enum dm_record rec)
{
	return dm_records[rec].name;
}

const char *dm_record_layout(enum dm_record rec)
{
	return dm_records[rec].layout;
}

/* ------------------------------------------------------------- nodes */

/* A record sized by @c_struct, if the sources name one (as emit's
 * alloc_priv() and alloc_plat() decide, with their symbol names) */
static bool add_unknown(struct ctx *ctx, struct node_size *out,
			const char *what, const char *c_struct,
			const char *symbol)
{
	struct unknown_record *u;

	if (!c_struct || !*c_struct)
		return false;
	u = arena_alloc(&ctx->arena, sizeof(*u));
	u->what = what;
	u->c_struct = arena_strtrim(&ctx->arena, c_struct);
	u->symbol = symbol;
	apv_push(&ctx->arena, &out->unknown, u);
	return true;
}

/* The name instance.c's alloc_priv() gives an array: "_" @name @suffix
 * "_" @var */
static const char *priv_symbol(struct ctx *ctx, const char *name,
			       const char *suffix, const char *var)
{
	return arena_printf(&ctx->arena, "_%s%s_%s", name, suffix, var);
}

/* The .priv_data arrays of a node with -i (instance.c's alloc_priv()) */
static void priv_records(struct ctx *ctx, const struct node *node,
			 struct node_size *out)
{
	const struct driver *drv = node->driver;
	const struct driver *pdrv = node->parent_driver;
	const struct uclass *uc = node->uclass;
	const char *var = node->var_name;
	const char *uc_name = arena_printf(&ctx->arena, "%s_uc", drv->name);
	bool any;

	any = add_unknown(ctx, out, "priv", drv->priv,
			  priv_symbol(ctx, drv->name, "_priv", var));
	if (pdrv) {
		any |= add_unknown(ctx, out, "parent_plat", pdrv->child_plat,
				   priv_symbol(ctx, drv->name, "_parent_plat",
					       var));
		any |= add_unknown(ctx, out, "parent_priv", pdrv->child_priv,
				   priv_symbol(ctx, drv->name, "_parent_priv",
					       var));
	}
	any |= add_unknown(ctx, out, "uclass_plat", uc->per_dev_plat,
			   priv_symbol(ctx, uc_name, "plat", var));
	any |= add_unknown(ctx, out, "uclass_priv", uc->per_dev_priv,
			   priv_symbol(ctx, uc_name, "_priv", var));
	out->priv = any ? -1 : 0;
}

int node_record_size(struct ctx *ctx, const struct resolved *res,
		     const struct node *node, enum abi abi,
		     struct node_size *out)
{
	bool inst = ctx->opt.instantiate;
	int groups = variant_ngroups(node);

	memset(out, 0, sizeof(*out));
	if (inst && node->driver->plat && *node->driver->plat) {
		/* the driver's plat struct holds the values in .dtplat */
		out->plat = -1;
		for (int g = 0; g < groups; g++) {
			const struct node *n = g ? variant_group(node, g) : node;

			add_unknown(ctx, out, "plat", node->driver->plat,
				    arena_printf(&ctx->arena, "_%s_plat_%s",
						 node->driver->name,
						 n->var_name));
		}
	} else {
		/* a dtv_ record for each set of values (one without
		 * variants), all of the node's struct */
		long size = dtd_struct_size(ctx, res, node_struct(res, node),
					    abi);

		if (size < 0)
			return -1;
		out->plat = size * groups;
	}
	out->record = dm_record_size(inst ? REC_UDEVICE : REC_DRIVER_INFO,
				     abi);
	if (inst)
		priv_records(ctx, node, out);
	out->total = out->record + (out->plat > 0 ? out->plat : 0) +
		     (out->priv > 0 ? out->priv : 0);
	return 0;
}

void uclass_record_size(struct ctx *ctx, const struct uclass *uc,
			enum abi abi, struct node_size *out)
{
	memset(out, 0, sizeof(*out));
	out->record = dm_record_size(REC_UCLASS, abi);
	out->priv = add_unknown(ctx, out, "priv", uc->priv,
				priv_symbol(ctx, uc->name, "_priv", "")) ?
			    -1 : 0;
	out->total = out->record;
}
