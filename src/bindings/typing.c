// SPDX-License-Identifier: GPL-2.0+
/*
 * Typing: with --bindings, struct members take their types from the
 * nodes' bindings instead of being guessed from the bytes.
 *
 * Per struct, each property a binding of one of its nodes types gets
 * that type for every node of the struct; flags the bindings name become
 * members even where no node has them (false there). Every value is
 * checked against its type and converted, before build_structs() widens
 * the members (which then only pads arrays). A property no binding
 * covers keeps the guess, as do reg and ranges (their size comes from
 * #address-cells and #size-cells, as in the reference).
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "bindings/bindings.h"
#include "bindings/schema.h"

/* U-Boot's dt-structs.h (and the runtime's) define phandle_0_arg to
 * phandle_2_arg only */
#define MAX_PHANDLE_ARGS 2

/* A struct member typed by a binding */
struct member {
	const char *name;
	const struct binding_type *bt;
	const struct node *node; /* the first node it was typed for */
	/* phandles that cannot be phandle structs: guessed, and why */
	bool dropped;
	const char *why;
	const struct node *why_node;
};

/* The typed members of one dtd_ struct */
struct styping {
	const char *name;      /* of the struct, as resolve's group_of() */
	struct strmap members; /* property name -> struct member */
};

struct typing {
	struct bindings b;
	struct strmap wanted; /* the nodes' compatible strings */
	struct bmemo_out memo;
	struct strmap structs; /* struct name -> struct styping */
	typing_group_fn *group_of;
};

/* "DIR/x.yaml:12 says uint32" */
static const char *type_desc(struct ctx *ctx, const struct binding_type *bt)
{
	return arena_printf(&ctx->arena, "%s:%d says %s", bt->file, bt->line,
			    bt->def);
}

/* What a value holds, for messages */
static const char *found_desc(struct ctx *ctx, const struct prop *prop)
{
	const uint8_t *d = prop->data;
	int n = 0;

	if (!prop->len)
		return "empty (a flag)";
	if (d[prop->len - 1] == '\0') {
		bool text = true;

		for (int i = 0; i < prop->len; i++) {
			if (d[i] == '\0')
				n++;
			else if (d[i] < 32 || d[i] > 126)
				text = false;
		}
		if (text && n == 1 && prop->len > 1)
			return arena_printf(&ctx->arena, "the string \"%s\"",
					    (const char *)d);
		if (text && n > 1 && prop->len > n)
			return arena_printf(&ctx->arena, "%d strings", n);
	}
	return arena_printf(&ctx->arena, "%d byte%s", prop->len,
			    prop->len == 1 ? "" : "s");
}

/* ------------------------------------------------------ which types */

/* The bindings that apply to @node: those its compatible strings
 * select, then those that select every node. */
static int node_digests(struct ctx *ctx, struct typing *t,
			const struct node *node, struct ptrvec *selected,
			struct ptrvec *all)
{
	const struct prop *compat = node_prop(node, "compatible");
	struct ptrvec files = { 0 };
	int nselected, ret = 0;

	for (int i = 0; compat && compat->val.type == PT_STRING &&
			i < compat->val.count;
	     i++) {
		const struct ptrvec *v = sm_get(&t->b.by_compat,
						compat->val.elems[i].str);

		for (int k = 0; v && k < v->count; k++) {
			bool seen = false;

			for (int j = 0; j < files.count && !seen; j++)
				seen = files.items[j] == v->items[k];
			if (!seen)
				pv_push(&files, v->items[k]);
		}
	}
	nselected = files.count;
	for (int i = 0; i < t->b.global.count; i++)
		pv_push(&files, t->b.global.items[i]);
	for (int i = 0; i < files.count && !ret; i++) {
		struct schema_types *st;

		ret = schema_digest(ctx, &t->b, files.items[i], &st);
		if (ret || !st)
			continue;
		if (i < nselected)
			pv_push(selected, st);
		pv_push(all, st);
	}
	pv_free(&files);
	return ret;
}

static int clash_error(struct ctx *ctx, const struct node *node,
		       const char *name, const struct binding_type *a,
		       const struct binding_type *b)
{
	return error_at(ctx, DC_BINDING_CONFLICT, NODE_LOC(node),
			"property '%s': its bindings disagree: %s, %s",
			name, type_desc(ctx, a), type_desc(ctx, b));
}

/* Two types for one property: the same base type is kept (an array
 * if either is one); different ones are an error. */
static int combine(struct ctx *ctx, const struct node *node,
		   const char *name, const struct binding_type **have,
		   const struct binding_type *bt)
{
	if (bt->clash)
		return clash_error(ctx, node, name, bt, bt->clash);
	if (*have && (*have)->base != bt->base)
		return clash_error(ctx, node, name, *have, bt);
	if (!*have || (bt->array && !(*have)->array))
		*have = bt;
	return 0;
}

/* @name's type for a node with digests @all: by name, else by pattern */
static int lookup_type(struct ctx *ctx, const struct node *node,
		       const struct ptrvec *all, const char *name,
		       const struct binding_type **btp)
{
	*btp = NULL;
	for (int i = 0; i < all->count; i++) {
		const struct schema_types *st = all->items[i];
		const struct binding_type *bt = sm_get(&st->props, name);

		if (bt && combine(ctx, node, name, btp, bt))
			return DTOC_ERR_INPUT;
	}
	for (int i = 0; !*btp && i < all->count; i++) {
		const struct schema_types *st = all->items[i];

		for (int k = 0; k < st->patterns.count; k++) {
			const struct pattern_type *pt = st->patterns.items[k];

			if (pt->re && !regexec(pt->re, name, 0, NULL, 0) &&
			    combine(ctx, node, name, btp, pt->bt))
				return DTOC_ERR_INPUT;
		}
	}
	return 0;
}

/* Whether a property can be typed: reg and ranges keep the reference's
 * handling, and what is not a member stays out. */
static bool typable(const char *name)
{
	return prop_is_member(name) && strcmp(name, "reg") &&
	       strcmp(name, "ranges");
}

static struct styping *styping_for(struct typing *t, const char *name)
{
	struct styping *s = sm_get(&t->structs, name);

	if (!s) {
		s = xmalloc(sizeof(*s));
		memset(s, 0, sizeof(*s));
		s->name = name;
		sm_put(&t->structs, name, s);
	}
	return s;
}

static int add_member(struct ctx *ctx, struct styping *s,
		      const struct node *node, const char *name,
		      const struct binding_type *bt)
{
	struct member *m = sm_get(&s->members, name);

	if (m && m->bt->base != bt->base)
		return error_at(ctx, DC_BINDING_CONFLICT, NODE_LOC(node),
				"property '%s': its binding %s, but for node '%s' of the same struct dtd_%s %s; the bindings of one struct must agree on member '%s'",
				name, type_desc(ctx, bt), m->node->path,
				s->name, type_desc(ctx, m->bt),
				conv_name_to_c(&ctx->arena, name));
	if (!m) {
		m = arena_alloc(&ctx->arena, sizeof(*m));
		m->name = name;
		m->node = node;
		sm_put(&s->members, name, m);
	} else if (!bt->array || m->bt->array) {
		return 0;
	}
	m->bt = bt;
	return 0;
}

/* The members of @node's struct that its bindings type. */
/* Make @name a typed member of @s, if the node's bindings type it */
static int type_prop(struct ctx *ctx, struct styping *s,
		     const struct node *node, const struct ptrvec *all,
		     const char *name)
{
	const struct binding_type *bt;
	int ret;

	if (!typable(name))
		return 0;
	ret = lookup_type(ctx, node, all, name, &bt);
	if (!ret && bt)
		ret = add_member(ctx, s, node, name, bt);
	return ret;
}

static int type_node(struct ctx *ctx, struct typing *t,
		     const struct node *node)
{
	struct ptrvec selected = { 0 }, all = { 0 };
	struct styping *s = styping_for(t, t->group_of(node));
	int ret = node_digests(ctx, t, node, &selected, &all);

	for (int p = 0; !ret && p < node->nprops; p++)
		ret = type_prop(ctx, s, node, &all, node->props[p].name);
	/* a binding's flags are members even where no node has them */
	for (int i = 0; !ret && i < selected.count; i++) {
		const struct schema_types *st = selected.items[i];

		for (int k = 0; !ret && k < st->flags.count; k++)
			ret = type_prop(ctx, s, node, &all, st->flags.items[k]);
	}
	pv_free(&selected);
	pv_free(&all);
	return ret;
}

/* ----------------------------------------------------------- checks */

static int contradiction(struct ctx *ctx, const struct node *node,
			 const struct prop *prop,
			 const struct binding_type *bt, const char *expected)
{
	return error_at(ctx, DC_BINDING_TYPE_MISMATCH, NODE_LOC(node),
			"property '%s': its binding %s, so it should be %s, but it is %s",
			prop->name, type_desc(ctx, bt), expected,
			found_desc(ctx, prop));
}

static uint32_t cell_at(const struct prop *prop, int i)
{
	const uint8_t *c = prop->data + 4 * i;

	return (uint32_t)c[0] << 24 | c[1] << 16 | c[2] << 8 | c[3];
}

/*
 * A phandle property: each entry a phandle to a device, then as many
 * args as the target's #...-cells says (or the binding fixes). A target
 * missing from the blob (an SPL blob leaves out what it does not need)
 * or that is not a device, or more args than the largest phandle struct
 * holds, cannot be a phandle struct: the member is then guessed, as
 * without bindings (*@why says why).
 */
static int check_typed_phandles(struct ctx *ctx, const struct node *node,
			  const struct prop *prop,
			  const struct binding_type *bt, const char **why)
{
	int ncells = prop->len / 4;
	const char *cells = cells_prop_for(&ctx->arena, prop->name);

	*why = NULL;
	if (bt->base == BT_PHANDLE && prop->len != 4)
		return contradiction(ctx, node, prop, bt,
				     "one phandle (4 bytes)");
	if (!prop->len || prop->len % 4)
		return contradiction(ctx, node, prop, bt,
				     "phandles with their args (cells)");
	for (int pos = 0, k = 0; pos < ncells; k++) {
		uint32_t ph = cell_at(prop, pos);
		const struct node *target;
		int nargs;

		if (!ph)
			return error_at(ctx, DC_PHANDLE_INVALID, NODE_LOC(node),
					"property '%s': its binding %s, but entry %d is phandle 0 (an empty entry), which a phandle struct cannot hold",
					prop->name, type_desc(ctx, bt), k);
		target = dt_find_phandle(ctx->dt, ph);
		if (!target) {
			*why = arena_printf(&ctx->arena,
					    "phandle %#x is in no node of this blob",
					    ph);
			return 0;
		}
		if (!target->valid) {
			*why = arena_printf(&ctx->arena,
					    "node '%s' is not a device (no compatible string, or disabled)",
					    target->path);
			return 0;
		}
		if (bt->base == BT_PHANDLE) {
			nargs = 0;
		} else {
			const struct prop *cp = node_prop(target, cells);

			if (cp && cp->len != 4)
				return error_at(ctx, DC_CELLS_INVALID,
						NODE_LOC(target),
						"property '%s' must be a single cell (<n>), but it is %d bytes long",
						cells, cp->len);
			if (cp) {
				nargs = (int)cell_at(cp, 0);
			} else if (bt->fixed_args >= 0) {
				nargs = bt->fixed_args;
			} else {
				return error_at(ctx, DC_PHANDLE_CELLS_MISSING,
						NODE_LOC(node),
						"property '%s': its binding %s, but entry %d refers to node '%s', which has no '%s' property, and the binding fixes no size for an entry",
						prop->name, type_desc(ctx, bt),
						k, target->path, cells);
			}
		}
		if (nargs > MAX_PHANDLE_ARGS) {
			*why = arena_printf(&ctx->arena,
					    "entry %d has %d args; struct phandle_%d_arg is the largest",
					    k, nargs, MAX_PHANDLE_ARGS);
			return 0;
		}
		if (nargs < 0 || nargs > ncells - pos - 1)
			return error_at(ctx, DC_PHANDLE_ARGS_SHORT,
					NODE_LOC(node),
					"property '%s': its binding %s, but entry %d needs %d args (for node '%s') and only %d cell%s follow%s",
					prop->name, type_desc(ctx, bt), k,
					nargs, target->path, ncells - pos - 1,
					ncells - pos - 1 == 1 ? "" : "s",
					ncells - pos - 1 == 1 ? "s" : "");
		pos += 1 + nargs;
	}
	return 0;
}

/* Text made of NUL-terminated printable pieces (empty ones too) */
static int count_strings(const struct prop *prop)
{
	int n = 0;

	if (!prop->len || prop->data[prop->len - 1] != '\0')
		return -1;
	for (int i = 0; i < prop->len; i++) {
		if (prop->data[i] == '\0')
			n++;
		else if (prop->data[i] < 32 || prop->data[i] > 126)
			return -1;
	}
	return n;
}

/* Whether @prop's bytes can be a @bt; *@why set if phandles make it
 * keep its guess instead. */
static int check_value(struct ctx *ctx, const struct node *node,
		       const struct prop *prop, const struct binding_type *bt,
		       const char **why)
{
	static const struct {
		int size;
		const char *one, *many;
	} ints[] = {
		[BT_U8] = { 1, "one byte", "bytes" },
		[BT_U16] = { 2, "one 16-bit value (2 bytes)",
			     "16-bit values (a multiple of 2 bytes)" },
		[BT_U32] = { 4, "one cell (4 bytes)",
			     "cells (a multiple of 4 bytes)" },
		[BT_U64] = { 8, "one 64-bit value (8 bytes)",
			     "64-bit values (a multiple of 8 bytes)" },
	};
	int n;

	*why = NULL;
	switch (bt->base) {
	case BT_FLAG:
		if (prop->len)
			return contradiction(ctx, node, prop, bt,
					     "empty (a flag)");
		return 0;
	case BT_U8:
	case BT_U16:
	case BT_U32:
	case BT_U64:
		n = ints[bt->base].size;
		if (bt->array ? !prop->len || prop->len % n : prop->len != n)
			return contradiction(ctx, node, prop, bt,
					     bt->array ? ints[bt->base].many :
							 ints[bt->base].one);
		return 0;
	case BT_STRING:
		n = count_strings(prop);
		if (n < 0 || (!bt->array && n != 1))
			return contradiction(ctx, node, prop, bt,
					     bt->array ? "strings" :
							 "one string");
		return 0;
	case BT_PHANDLE:
	case BT_PHANDLE_ARRAY:
		return check_typed_phandles(ctx, node, prop, bt, why);
	}
	return 0;
}

/* The value as its type says, for build_structs() and the emitters */
static void convert(struct ctx *ctx, struct prop *prop,
		    const struct binding_type *bt)
{
	static const enum ptype ptypes[] = {
		[BT_FLAG] = PT_BOOL,	[BT_U8] = PT_BYTE,
		[BT_U16] = PT_INT16,	[BT_U32] = PT_INT,
		[BT_U64] = PT_UINT64,	[BT_STRING] = PT_STRING,
		[BT_PHANDLE] = PT_INT,	[BT_PHANDLE_ARRAY] = PT_INT,
	};

	/* check_value() has made sure the bytes split */
	value_from_typed_bytes(&ctx->arena, &prop->val, prop->data, prop->len,
			       ptypes[bt->base], bt->array);
	prop->bt = bt;
}

/* ------------------------------------------------------------ stage */

/*
 * One warning per struct for its phandle members that keep their
 * guess: an SPL blob leaves out most nodes, so phandles to nodes it
 * lacks are common there, and one line per property would drown the
 * rest. The first property's reason stands for all.
 */
static void warn_dropped(struct ctx *ctx, struct typing *t)
{
	for (int i = 0; i < t->structs.count; i++) {
		const struct styping *s = t->structs.entries[i].value;
		const struct member *first = NULL;
		struct strbuf names = { 0 };
		int n = 0;

		for (int k = 0; k < s->members.count; k++) {
			const struct member *m = s->members.entries[k].value;

			if (!m->dropped)
				continue;
			first = first ? first : m;
			sb_printf(&names, "%s'%s'", n++ ? ", " : "", m->name);
		}
		if (first)
			warn_at(ctx, DC_BINDING_TYPE_IGNORED,
				NODE_LOC(first->why_node),
				"struct dtd_%s: phandle propert%s %s keep%s the guessed type%s, as phandle structs cannot hold %s ('%s': %s)",
				t->structs.entries[i].key, n > 1 ? "ies" : "y",
				names.buf, n > 1 ? "" : "s", n > 1 ? "s" : "",
				n > 1 ? "them" : "it", first->name, first->why);
		sb_free(&names);
	}
}

static struct member *member_of(struct typing *t, const struct node *node,
				const char *name)
{
	struct styping *s = sm_get(&t->structs, t->group_of(node));

	return s ? sm_get(&s->members, name) : NULL;
}

int typing_apply(struct ctx *ctx, struct typing **tp,
		 const struct ptrvec *valid, typing_group_fn *group_of,
		 const char *memo, size_t len)
{
	struct typing *t = xmalloc(sizeof(*t));
	int ret;

	memset(t, 0, sizeof(*t));
	t->group_of = group_of;
	*tp = t;
	for (int i = 0; i < valid->count; i++) {
		const struct prop *compat = node_prop(valid->items[i],
						      "compatible");

		for (int k = 0; compat && compat->val.type == PT_STRING &&
				k < compat->val.count;
		     k++)
			sm_put(&t->wanted, compat->val.elems[k].str, NULL);
	}
	t->b.wanted = &t->wanted;
	if (ctx->opt.cache_file) {
		t->b.memo_in = memo;
		t->b.memo_in_len = len;
		t->b.memo_out = &t->memo;
	}
	ret = bindings_index(ctx, &t->b, ctx->opt.bindings_dirs,
			     ctx->opt.nbindings_dirs);
	for (int i = 0; !ret && i < valid->count; i++)
		ret = type_node(ctx, t, valid->items[i]);

	/* check every value; phandles that cannot be structs undo their
	 * member's type in every node of the struct */
	for (int i = 0; !ret && i < valid->count; i++) {
		const struct node *node = valid->items[i];

		for (int p = 0; !ret && p < node->nprops; p++) {
			const struct prop *prop = &node->props[p];
			struct member *m = member_of(t, node, prop->name);
			const char *why;

			if (!m || m->dropped)
				continue;
			ret = check_value(ctx, node, prop, m->bt, &why);
			if (ret || !why)
				continue;
			m->dropped = true;
			m->why = why;
			m->why_node = node;
		}
	}
	if (!ret)
		warn_dropped(ctx, t);
	for (int i = 0; !ret && i < valid->count; i++) {
		struct node *node = valid->items[i];

		for (int p = 0; p < node->nprops; p++) {
			struct prop *prop = &node->props[p];
			struct member *m = member_of(t, node, prop->name);

			if (m && !m->dropped)
				convert(ctx, prop, m->bt);
		}
	}
	return ret;
}

void typing_struct_flags(const struct typing *t, const char *struct_name,
			 struct arena *a, struct ptrvec *flags)
{
	const struct styping *s = t ? sm_get(&t->structs, struct_name) : NULL;

	for (int k = 0; s && k < s->members.count; k++) {
		const struct member *m = s->members.entries[k].value;
		struct typed_flag *f;

		if (m->bt->base != BT_FLAG || m->dropped)
			continue;
		f = arena_alloc(a, sizeof(*f));
		f->name = m->name;
		f->bt = m->bt;
		apv_push(a, flags, f);
	}
}

void typing_free(struct typing *t)
{
	if (!t)
		return;
	for (int i = 0; i < t->b.files.count; i++)
		schema_types_free(((struct bfile *)t->b.files.items[i])->types);
	for (int i = 0; i < t->structs.count; i++) {
		struct styping *s = t->structs.entries[i].value;

		sm_free(&s->members);
		free(s);
	}
	sm_free(&t->structs);
	sm_free(&t->wanted);
	bindings_free(&t->b);
	sb_free(&t->memo.sb);
	free(t);
}

void typing_counts(const struct typing *t, int *indexed, int *from_cache,
		   int *read_in_full)
{
	*indexed = t ? t->b.files.count : 0;
	*from_cache = t ? t->b.files_from_memo : 0;
	*read_in_full = t ? t->b.files_loaded : 0;
}

bool typing_new_memo(const struct typing *t, const char **memo,
		     size_t *len)
{
	if (!t || !t->b.memo_out || !t->b.memo_changed)
		return false;
	*memo = t->memo.sb.buf;
	*len = t->memo.sb.len;
	return true;
}

void typing_used_files(const struct typing *t, struct ptrvec *files,
		       struct arena *a)
{
	for (int i = 0; t && i < t->b.files.count; i++) {
		const struct bfile *f = t->b.files.items[i];

		if (f->loaded)
			apv_push_const(a, files, f->path);
	}
}
