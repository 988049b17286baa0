// SPDX-License-Identifier: GPL-2.0+
/*
 * Schema: what a dt-schema binding says about the types of properties.
 *
 * A property's type comes from "$ref: /schemas/types.yaml#/definitions/T"
 * or "type: boolean", directly or through allOf/anyOf/oneOf (all of which
 * must agree) or a $ref to a "#/$defs/..." schema. A file's digest holds
 * the types of its "properties" and "patternProperties", and those of
 * the schemas it includes through a top-level "$ref" or "allOf: -
 * $ref". "if"/"then"/"else" only narrow values in dt-schema files, and
 * are not read.
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "bindings/schema.h"

/* Deeper $ref or *Of nesting than this is a loop */
#define MAX_NEST 16

/* The definitions of dt-schema's types.yaml that dtoc knows */
static const struct {
	const char *def;
	enum btype base;
	bool array;
} type_defs[] = {
	{ "flag", BT_FLAG, false },
	{ "string", BT_STRING, false },
	{ "string-array", BT_STRING, true },
	{ "non-unique-string-array", BT_STRING, true },
	{ "uint8", BT_U8, false },
	{ "uint8-item", BT_U8, false },
	{ "uint8-array", BT_U8, true },
	{ "uint8-matrix", BT_U8, true },
	{ "int8", BT_U8, false },
	{ "int8-item", BT_U8, false },
	{ "int8-array", BT_U8, true },
	{ "int8-matrix", BT_U8, true },
	{ "uint16", BT_U16, false },
	{ "uint16-item", BT_U16, false },
	{ "uint16-array", BT_U16, true },
	{ "uint16-matrix", BT_U16, true },
	{ "int16", BT_U16, false },
	{ "int16-item", BT_U16, false },
	{ "int16-array", BT_U16, true },
	{ "int16-matrix", BT_U16, true },
	{ "cell", BT_U32, false },
	{ "uint32", BT_U32, false },
	{ "uint32-item", BT_U32, false },
	{ "uint32-array", BT_U32, true },
	{ "uint32-matrix", BT_U32, true },
	{ "int32", BT_U32, false },
	{ "int32-item", BT_U32, false },
	{ "int32-array", BT_U32, true },
	{ "int32-matrix", BT_U32, true },
	{ "uint64", BT_U64, false },
	{ "uint64-item", BT_U64, false },
	{ "uint64-array", BT_U64, true },
	{ "uint64-matrix", BT_U64, true },
	{ "int64", BT_U64, false },
	{ "int64-item", BT_U64, false },
	{ "int64-array", BT_U64, true },
	{ "int64-matrix", BT_U64, true },
	/* one phandle is a C array of one phandle_0_arg, as phandles are */
	{ "phandle", BT_PHANDLE, true },
	{ "phandle-array", BT_PHANDLE_ARRAY, true },
};

bool btype_from_def(const char *def, struct binding_type *bt)
{
	for (size_t i = 0; i < sizeof(type_defs) / sizeof(*type_defs); i++) {
		if (strcmp(def, type_defs[i].def))
			continue;
		memset(bt, 0, sizeof(*bt));
		bt->base = type_defs[i].base;
		bt->array = type_defs[i].array;
		bt->def = type_defs[i].def;
		bt->fixed_args = bt->base == BT_PHANDLE ? 0 : -1;
		return true;
	}
	return false;
}

static long scalar_long(const struct ynode *n, long dflt)
{
	char *end;
	long v;

	if (!n || n->kind != Y_SCALAR || !*n->str)
		return dflt;
	v = strtol(n->str, &end, 10);
	return *end ? dflt : v;
}

/* Cells in one phandle-array entry as a schema gives them: a list of
 * "items" (each a cell), or minItems = maxItems; -1 if not fixed. */
static int entry_cells(const struct ynode *entry)
{
	const struct ynode *items = ymap_get(entry, "items");
	long min = scalar_long(ymap_get(entry, "minItems"), -1);
	long max = scalar_long(ymap_get(entry, "maxItems"), -1);

	if (items && items->kind == Y_SEQ) {
		if ((min >= 0 && min != items->count) ||
		    (max >= 0 && max != items->count))
			return -1;
		return items->count;
	}
	if (max >= 1 && (min == max || max == 1))
		return (int)max; /* an entry has its phandle at least */
	return -1;
}

/* Args per entry of a phandle-array, if its schema fixes them: items
 * as one schema for every entry, or a list whose entries agree. */
static int fixed_args(const struct ynode *schema)
{
	const struct ynode *items = ymap_get(schema, "items");
	int size = -1;

	if (!items)
		return -1;
	if (items->kind == Y_MAP)
		size = entry_cells(items);
	else if (items->kind == Y_SEQ) {
		for (int i = 0; i < items->count; i++) {
			int n = entry_cells(items->items[i]);

			if (n < 0 || (size >= 0 && n != size))
				return -1;
			size = n;
		}
	}
	return size > 0 ? size - 1 : -1;
}

static bool is_pointer_ref(const char *ref)
{
	const char *hash = strchr(ref, '#');

	return hash && hash[1] && strcmp(hash + 1, "/");
}

/*
 * Combine two types found for one property schema (allOf and friends):
 * the same base type is kept (an array if either is); different ones
 * make the property's type unknown (*ambiguous).
 */
static struct binding_type *combine(struct binding_type *a,
				    struct binding_type *b, bool *ambiguous)
{
	if (!a)
		return b;
	if (!b)
		return a;
	if (a->base != b->base) {
		*ambiguous = true;
		return a;
	}
	return b->array && !a->array ? b : a;
}

static int prop_type(struct ctx *ctx, struct bindings *b, struct bfile *f,
		     const struct ynode *s, int depth,
		     struct binding_type **btp)
{
	static const char *const combinators[] = { "allOf", "anyOf", "oneOf" };
	static const char types_ref[] = "types.yaml#/definitions/";
	struct binding_type *found = NULL;
	const struct ynode *ref, *type;
	bool ambiguous = false;

	*btp = NULL;
	if (!s || s->kind != Y_MAP || depth > MAX_NEST)
		return 0;
	ref = ymap_get(s, "$ref");
	if (ref && ref->kind == Y_SCALAR) {
		const char *def = strstr(ref->str, types_ref);

		if (def) {
			struct binding_type *bt = arena_alloc(&ctx->arena,
							      sizeof(*bt));

			if (btype_from_def(def + strlen(types_ref), bt)) {
				bt->file = f->path;
				bt->line = ref->line;
				found = bt;
			}
		} else if (is_pointer_ref(ref->str)) {
			/* a definition elsewhere; a whole file would be the
			 * schema of a child node, not a property */
			struct bfile *tf;
			const struct ynode *tn;
			int ret = bindings_ref(ctx, b, f, ref->str, &tf, &tn);

			if (ret)
				return ret;
			if (tf && (ret = prop_type(ctx, b, tf, tn, depth + 1,
						   &found)))
				return ret;
		}
	}
	type = ymap_get(s, "type");
	if (type && type->kind == Y_SCALAR && !strcmp(type->str, "boolean")) {
		struct binding_type *bt = arena_alloc(&ctx->arena, sizeof(*bt));

		btype_from_def("flag", bt);
		bt->file = f->path;
		bt->line = type->line;
		found = combine(found, bt, &ambiguous);
	}
	for (size_t c = 0; c < sizeof(combinators) / sizeof(*combinators);
	     c++) {
		const struct ynode *list = ymap_get(s, combinators[c]);

		for (int i = 0; list && list->kind == Y_SEQ && i < list->count;
		     i++) {
			struct binding_type *t;
			int ret = prop_type(ctx, b, f, list->items[i],
					    depth + 1, &t);

			if (ret)
				return ret;
			found = combine(found, t, &ambiguous);
		}
	}
	if (ambiguous)
		return 0;
	if (found && found->base == BT_PHANDLE_ARRAY) {
		int args = fixed_args(s);

		if (args >= 0) {
			found = arena_dup(&ctx->arena, found, sizeof(*found));
			found->fixed_args = args;
		}
	}
	*btp = found;
	return 0;
}

int schema_prop_type(struct ctx *ctx, struct bindings *b, struct bfile *f,
		     const struct ynode *schema, struct binding_type **btp)
{
	return prop_type(ctx, b, f, schema, 0, btp);
}

/* ---------------------------------------------------------- patterns */

/*
 * dt-schema patterns are Python regexes; the ones bindings use are
 * mostly POSIX extended regexes already. \d, \w, \s (and their capitals)
 * are spelt out; anything with "(?" (flags, lookaround) is not
 * expressible and the pattern is left out.
 */
/* The length of the interval "{n}", "{n,}", "{,m}" or "{n,m}" at @p;
 * 0 if it is none (a literal '{'); -1 if n or m is over 100 (glibc
 * copies the tree that many times). */
static int interval(const char *p)
{
	const char *q = p + 1;
	int commas = 0;
	long num = 0;

	for (; *q && *q != '}'; q++) {
		if (*q == ',') {
			if (commas++)
				return 0;
			num = 0;
		} else if (*q >= '0' && *q <= '9') {
			num = num * 10 + (*q - '0');
			if (num > 100)
				return -1;
		} else {
			return 0;
		}
	}
	return *q ? (int)(q + 1 - p) : 0;
}

char *pattern_to_posix(struct arena *a, const char *pattern)
{
	struct strbuf sb = { 0 };
	bool in_class = false;
	char *out;

	int quant = 0; /* after a quantifier: 1, and a lazy '?': 2 */

	for (const char *p = pattern; *p; p++) {
		int n = *p == '{' && !in_class ? interval(p) : 1;

		if (n < 0)
			goto fail;
		if (!in_class && n && (*p == '*' || *p == '+' || *p == '?' ||
				       *p == '{')) {
			/* Python refuses "a**" and "a+*" ("multiple
			 * repeat"), glibc compiles each repeat of a repeat
			 * into a copy of the tree (found by fuzz_yaml: a
			 * "+" run took gigabytes): at most one lazy '?' */
			if (quant == 2 || (quant == 1 && *p != '?'))
				goto fail;
			sb_add(&sb, p, n);
			p += n - 1;
			quant = quant ? 2 : 1;
			continue;
		}
		quant = 0;
		if (p[0] == '(' && p[1] == '?') {
			if (p[2] != ':')
				goto fail;
			sb_puts(&sb, "(");
			p += 2;
			continue;
		}
		if (*p == '[' && !in_class) {
			in_class = true;
			sb_add(&sb, p, 1);
			if (p[1] == '^')
				sb_add(&sb, ++p, 1);
			if (p[1] == ']')
				sb_add(&sb, ++p, 1);
			continue;
		}
		if (*p == ']' && in_class) {
			in_class = false;
			sb_add(&sb, p, 1);
			continue;
		}
		if (*p != '\\') {
			sb_add(&sb, p, 1);
			continue;
		}
		p++;
		if (!*p)
			goto fail;
		switch (*p) {
		case 'd':
			sb_puts(&sb, in_class ? "0-9" : "[0-9]");
			break;
		case 'w':
			sb_puts(&sb, in_class ? "A-Za-z0-9_" : "[A-Za-z0-9_]");
			break;
		case 's':
			sb_puts(&sb, in_class ? " \t\n\r\f\v" : "[[:space:]]");
			break;
		case 'D':
		case 'W':
		case 'S':
			if (in_class)
				goto fail;
			sb_puts(&sb, *p == 'D' ? "[^0-9]" :
				     *p == 'W' ? "[^A-Za-z0-9_]" :
						 "[^[:space:]]");
			break;
		default:
			if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			    (*p >= '0' && *p <= '9'))
				goto fail; /* \b, \1, ...: not here */
			if (in_class) {
				/* a backslash is literal in a POSIX class */
				if (*p == ']' || *p == '\\' || *p == '^')
					goto fail;
				sb_add(&sb, p, 1);
			} else {
				sb_add(&sb, p - 1, 2);
			}
		}
	}
	if (in_class)
		goto fail;
	out = arena_strdup(a, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return out;
fail:
	sb_free(&sb);
	return NULL;
}

/* ----------------------------------------------------------- digest */

static void add_prop(struct ctx *ctx, struct schema_types *t,
		     const char *name, struct binding_type *bt)
{
	struct binding_type *old = sm_get(&t->props, name);

	if (old && old->base != bt->base) {
		if (!old->clash) {
			old = arena_dup(&ctx->arena, old, sizeof(*old));
			old->clash = bt;
			sm_put(&t->props, name, old);
		}
		return;
	}
	if (!old || (bt->array && !old->array))
		sm_put(&t->props, name, bt);
	if (bt->base != BT_FLAG)
		return;
	for (int i = 0; i < t->flags.count; i++) {
		if (!strcmp(t->flags.items[i], name))
			return;
	}
	pv_push_const(&t->flags, name);
}

static void add_pattern(struct ctx *ctx, struct schema_types *t,
			const char *pattern, struct binding_type *bt)
{
	struct pattern_type *pt = arena_alloc(&ctx->arena, sizeof(*pt));
	char *posix = pattern_to_posix(&ctx->arena, pattern);

	pt->pattern = pattern;
	pt->bt = bt;
	if (posix) {
		regex_t *re = xmalloc(sizeof(*re));

		if (regcomp(re, posix, REG_EXTENDED | REG_NOSUB)) {
			free(re);
			re = NULL;
		}
		pt->re = re;
	}
	pv_push(&t->patterns, pt);
	pv_push(&t->owned, pt);
}

static void merge_types(struct ctx *ctx, struct schema_types *into,
			const struct schema_types *from)
{
	for (int i = 0; i < from->props.count; i++)
		add_prop(ctx, into, from->props.entries[i].key,
			 from->props.entries[i].value);
	/* shared: @from lives as long as @into (typing_free) */
	for (int i = 0; i < from->patterns.count; i++)
		pv_push(&into->patterns, from->patterns.items[i]);
}

static int digest(struct ctx *ctx, struct bindings *b, struct bfile *f,
		  const struct ynode *s, struct schema_types *t, int depth);

/* A schema this one includes: a whole file (its own digest, made once)
 * or a part of one. */
static int digest_ref(struct ctx *ctx, struct bindings *b, struct bfile *f,
		      const char *ref, struct schema_types *t, int depth)
{
	struct bfile *tf;
	const struct ynode *tn;
	int ret;

	if (strstr(ref, "types.yaml#"))
		return 0;
	ret = bindings_ref(ctx, b, f, ref, &tf, &tn);
	if (ret || !tf)
		return ret;
	if (tn == tf->root) {
		struct schema_types *sub;

		ret = schema_digest(ctx, b, tf, &sub);
		if (!ret && sub)
			merge_types(ctx, t, sub);
		return ret;
	}
	return digest(ctx, b, tf, tn, t, depth + 1);
}

static int digest(struct ctx *ctx, struct bindings *b, struct bfile *f,
		  const struct ynode *s, struct schema_types *t, int depth)
{
	const struct ynode *props, *patterns, *all, *ref;
	int ret;

	if (!s || s->kind != Y_MAP || depth > MAX_NEST)
		return 0;
	props = ymap_get(s, "properties");
	for (int i = 0; props && props->kind == Y_MAP && i + 1 < props->count;
	     i += 2) {
		const struct ynode *k = props->items[i];
		struct binding_type *bt;

		if (k->kind != Y_SCALAR)
			continue;
		ret = prop_type(ctx, b, f, props->items[i + 1], 0, &bt);
		if (ret)
			return ret;
		if (bt)
			add_prop(ctx, t, k->str, bt);
	}
	patterns = ymap_get(s, "patternProperties");
	for (int i = 0;
	     patterns && patterns->kind == Y_MAP && i + 1 < patterns->count;
	     i += 2) {
		const struct ynode *k = patterns->items[i];
		struct binding_type *bt;

		if (k->kind != Y_SCALAR)
			continue;
		ret = prop_type(ctx, b, f, patterns->items[i + 1], 0, &bt);
		if (ret)
			return ret;
		if (bt)
			add_pattern(ctx, t, k->str, bt);
	}
	ref = ymap_get(s, "$ref");
	if (ref && ref->kind == Y_SCALAR &&
	    (ret = digest_ref(ctx, b, f, ref->str, t, depth)))
		return ret;
	all = ymap_get(s, "allOf");
	for (int i = 0; all && all->kind == Y_SEQ && i < all->count; i++) {
		ret = digest(ctx, b, f, all->items[i], t, depth + 1);
		if (ret)
			return ret;
	}
	return 0;
}

int schema_digest(struct ctx *ctx, struct bindings *b, struct bfile *f,
		  struct schema_types **typesp)
{
	struct schema_types *t;
	int ret;

	*typesp = NULL;
	if (f->types) {
		*typesp = f->types;
		return 0;
	}
	if (f->busy)
		return 0; /* a $ref loop: what it adds is being added */
	ret = bindings_load(ctx, b, f);
	if (ret)
		return ret;
	t = xmalloc(sizeof(*t));
	memset(t, 0, sizeof(*t));
	f->busy = true;
	ret = digest(ctx, b, f, f->root, t, 0);
	f->busy = false;
	if (ret) {
		schema_types_free(t);
		return ret;
	}
	f->types = t;
	*typesp = t;
	return 0;
}

void schema_types_free(struct schema_types *t)
{
	if (!t)
		return;
	for (int i = 0; i < t->owned.count; i++) {
		struct pattern_type *pt = t->owned.items[i];

		if (pt->re) {
			regfree(pt->re);
			free(pt->re);
		}
	}
	sm_free(&t->props);
	pv_free(&t->patterns);
	pv_free(&t->owned);
	pv_free(&t->flags);
	free(t);
}
