// SPDX-License-Identifier: GPL-2.0+
/*
 * Bindings: the YAML reader and index, schema digests, typed values, and
 * typing through resolve() on blobs built with libfdt.
 */
#include <ftw.h>
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"

static struct ctx ctx;
static struct resolved res;
static char dir[64];
static char blob_path[64];
static char fdt[8192];

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	return remove(path);
}

static void setup(void)
{
	memset(&ctx, 0, sizeof(ctx));
	memset(&res, 0, sizeof(res));
	strcpy(dir, "/tmp/dtoc-bindings-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	blob_path[0] = '\0';
}

static void teardown(void)
{
	resolved_free(&res);
	ctx_free(&ctx);
	nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	if (blob_path[0])
		unlink(blob_path);
}

/* Write @text to @rel below the temporary bindings DIR. */
static void put(const char *rel, const char *text)
{
	char path[256];
	char *slash;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	for (slash = strchr(path + strlen(dir) + 1, '/'); slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		mkdir(path, 0755);
		*slash = '/';
	}
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

/* Index @text as file x.yaml. */
static int index_text(struct bfile *f, const char *text)
{
	memset(f, 0, sizeof(*f));
	f->path = "x.yaml";
	return bindings_index_text(&ctx, f, text, strlen(text));
}

static const char *compats(const struct bfile *f)
{
	struct strbuf sb = { 0 };
	char *out;

	for (int i = 0; i < f->compats.count; i++)
		sb_printf(&sb, "%s%s", i ? " " : "",
			  (char *)f->compats.items[i]);
	out = arena_strdup(&ctx.arena, sb.buf ? sb.buf : "");
	sb_free(&sb);
	return out;
}

/* ------------------------------------------------------------ index */

START_TEST(test_index_compatibles)
{
	struct bfile f;

	ck_assert_int_eq(index_text(&f,
		"title: x\n"
		"description: |\n"
		"  compatible: not this\n"
		"properties:\n"
		"  compatible:\n"
		"    oneOf:\n"
		"      - const: acme,a\n"
		"      - items:\n"
		"          - enum: ['acme,b', \"acme,c\"]\n"
		"          - const: acme,a\n"
		"      - contains:\n"
		"          const: acme,d\n"
		"        description: acme,not\n"
		"  acme,other:\n"
		"    const: acme,not-either\n"), 0);
	ck_assert_int_eq(f.select, BSEL_COMPAT);
	ck_assert_str_eq(compats(&f), "acme,a acme,b acme,c acme,d");
}
END_TEST

START_TEST(test_index_select)
{
	struct bfile f;

	ck_assert_int_eq(index_text(&f, "select: true\nproperties: {}\n"), 0);
	ck_assert_int_eq(f.select, BSEL_ALL);
	ck_assert_int_eq(index_text(&f,
		"select: false\n"
		"properties:\n  compatible:\n    const: acme,a\n"), 0);
	ck_assert_int_eq(f.select, BSEL_NONE);
	/* an explicit select names the strings that select the file */
	ck_assert_int_eq(index_text(&f,
		"select:\n"
		"  properties:\n"
		"    compatible:\n"
		"      contains:\n"
		"        enum:\n"
		"          - acme,x\n"
		"          - syscon\n"
		"properties:\n  compatible:\n    const: acme,a\n"), 0);
	ck_assert_int_eq(f.select, BSEL_COMPAT);
	ck_assert_str_eq(compats(&f), "acme,x syscon");
	/* a select on something else: only through $ref */
	ck_assert_int_eq(index_text(&f,
		"select:\n  properties:\n    $nodename:\n      const: cpus\n"
		"properties:\n  compatible:\n    const: acme,a\n"), 0);
	ck_assert_int_eq(f.select, BSEL_NONE);
}
END_TEST

START_TEST(test_index_generic_fallbacks)
{
	struct bfile f;

	ck_assert_int_eq(index_text(&f,
		"properties:\n  compatible:\n    items:\n"
		"      - const: acme,grf\n      - const: syscon\n"
		"      - const: simple-mfd\n"), 0);
	ck_assert_str_eq(compats(&f), "acme,grf");
	/* nothing else: the generic strings stay */
	ck_assert_int_eq(index_text(&f,
		"properties:\n  compatible:\n    const: simple-bus\n"), 0);
	ck_assert_str_eq(compats(&f), "simple-bus");
}
END_TEST

START_TEST(test_index_flow_and_cheap)
{
	struct bfile f;

	/* flow style at the top: the whole file is read */
	ck_assert_int_eq(index_text(&f,
		"{ \"properties\": { \"compatible\": { \"enum\": "
		"[\"acme,p\", \"acme,q\"] } } }\n"), 0);
	ck_assert_str_eq(compats(&f), "acme,p acme,q");
	/* what follows properties is not read by the index */
	ck_assert_int_eq(index_text(&f,
		"properties:\n  compatible:\n    const: acme,a\n"
		"examples:\n  - [unclosed\n"), 0);
	ck_assert_str_eq(compats(&f), "acme,a");
	/* properties in flow style on its line */
	ck_assert_int_eq(index_text(&f,
		"properties: {compatible: {const: 'acme,f'}}\n"), 0);
	ck_assert_str_eq(compats(&f), "acme,f");
	/* compatible need not be the first property; quoted keys */
	ck_assert_int_eq(index_text(&f,
		"properties:\n  reg:\n    maxItems: 1\n"
		"  \"compatible\":\n    const: acme,b\n"
		"  clocks: true\n"), 0);
	ck_assert_str_eq(compats(&f), "acme,b");
}
END_TEST

/* Files as they come: CRLF line ends, comments and blank lines, select
 * spelt True or TRUE, a key quoted with single quotes, a top level that
 * is a list or a scalar, a property block that ends the file */
START_TEST(test_index_shapes)
{
	struct bfile f;

	ck_assert_int_eq(index_text(&f,
		"# c\r\n\r\nproperties:\r\n  # c\r\n\r\n"
		"  compatible:\r\n    const: acme,crlf\r\n"), 0);
	ck_assert_str_eq(compats(&f), "acme,crlf");
	ck_assert_int_eq(index_text(&f, "select: True\n"), 0);
	ck_assert_int_eq(f.select, BSEL_ALL);
	ck_assert_int_eq(index_text(&f, "select: TRUE\n"), 0);
	ck_assert_int_eq(f.select, BSEL_ALL);
	ck_assert_int_eq(index_text(&f,
		"'properties':\n  'compatible':\n    const: acme,q\n"), 0);
	ck_assert_str_eq(compats(&f), "acme,q");
	ck_assert_int_eq(index_text(&f, "- a\n- b\n"), 0);
	ck_assert_str_eq(compats(&f), "");
	ck_assert_int_eq(index_text(&f, "just text\n"), 0);
	ck_assert_str_eq(compats(&f), "");
	ck_assert_int_eq(index_text(&f, "properties:\n"), 0);
	ck_assert_str_eq(compats(&f), "");
}
END_TEST

START_TEST(test_index_malformed)
{
	struct bfile f;

	ck_assert_int_eq(index_text(&f,
		"title: x\n"
		"properties:\n"
		"  compatible:\n"
		"    enum: [acme,a\n"
		"  reg: {}\n"), DTOC_ERR_INPUT);
	check_diag(ctx.error, DC_YAML_INVALID, "x.yaml", 5, NULL,
		   "malformed YAML");
}
END_TEST

/* ------------------------------------------------------------- yaml */

START_TEST(test_yaml_tree)
{
	static const char text[] =
		"%YAML 1.2\n"
		"---\n"
		"a: 1\n"
		"b:\n"
		"  - x\n"
		"  - {c: d}\n"
		"e: |\n"
		"  text\n"
		"---\n"
		"second: document\n";
	struct ynode *root;
	const struct ynode *b;

	ck_assert_int_eq(yaml_parse(&ctx, "t.yaml", text, strlen(text), &root),
			 0);
	ck_assert_int_eq(root->kind, Y_MAP);
	ck_assert_int_eq(root->count, 6);
	ck_assert_str_eq(ymap_get(root, "a")->str, "1");
	ck_assert_int_eq(ymap_get(root, "a")->line, 3);
	b = ymap_get(root, "b");
	ck_assert_int_eq(b->kind, Y_SEQ);
	ck_assert_int_eq(b->count, 2);
	ck_assert_str_eq(ymap_get(b->items[1], "c")->str, "d");
	ck_assert_str_eq(ymap_get(root, "e")->str, "text\n");
	ck_assert_ptr_null(ymap_get(root, "second"));
	ck_assert_ptr_null(ymap_get(b, "c"));

	ck_assert_int_eq(yaml_parse(&ctx, "t.yaml", "a: [1\n", 6, &root),
			 DTOC_ERR_INPUT);
	check_diag(ctx.error, DC_YAML_INVALID, "t.yaml", 2, NULL,
		   "malformed YAML");

	/* an alias reads as an empty scalar (bindings use no anchors) */
	ck_assert_int_eq(yaml_parse(&ctx, "t.yaml", "a: &x 1\nb: *x\n", 14,
				    &root), 0);
	ck_assert_str_eq(ymap_get(root, "a")->str, "1");
	ck_assert_str_eq(ymap_get(root, "b")->str, "");
	/* bytes that are not UTF-8: where, as an offset */
	ck_assert_int_eq(yaml_parse(&ctx, "t.yaml", "a: \xff\n", 5, &root),
			 DTOC_ERR_INPUT);
	check_diag(ctx.error, DC_YAML_INVALID, "t.yaml", 0, NULL,
		   "malformed YAML: invalid leading UTF-8 octet (at byte 3)");
	/* an empty file: no document */
	ck_assert_int_eq(yaml_parse(&ctx, "t.yaml", "", 0, &root), 0);
}
END_TEST

/* ----------------------------------------------------------- schema */

START_TEST(test_type_defs)
{
	struct binding_type bt;

	ck_assert(btype_from_def("uint32-matrix", &bt));
	ck_assert_int_eq(bt.base, BT_U32);
	ck_assert(bt.array);
	ck_assert(btype_from_def("int8", &bt));
	ck_assert_int_eq(bt.base, BT_U8);
	ck_assert(!bt.array);
	ck_assert(btype_from_def("non-unique-string-array", &bt));
	ck_assert_int_eq(bt.base, BT_STRING);
	ck_assert(btype_from_def("phandle", &bt));
	ck_assert_int_eq(bt.fixed_args, 0);
	ck_assert(btype_from_def("phandle-array", &bt));
	ck_assert_int_eq(bt.fixed_args, -1);
	ck_assert(!btype_from_def("float", &bt));
}
END_TEST

START_TEST(test_patterns)
{
	struct arena *a = &ctx.arena;

	ck_assert_str_eq(pattern_to_posix(a, "-supply$"), "-supply$");
	ck_assert_str_eq(pattern_to_posix(a, "^pad\\d+$"), "^pad[0-9]+$");
	ck_assert_str_eq(pattern_to_posix(a, "^[a-z\\d\\-]+\\.x$"),
			 "^[a-z0-9-]+\\.x$");
	ck_assert_str_eq(pattern_to_posix(a, "^(?:a|b)-gpios$"),
			 "^(a|b)-gpios$");
	ck_assert_ptr_null(pattern_to_posix(a, "^(?!gpio@)[^@]+$"));
	ck_assert_ptr_null(pattern_to_posix(a, "(?i)^abc$"));
	ck_assert_ptr_null(pattern_to_posix(a, "\\bword"));
	/* a repeat of a repeat (glibc's regcomp blows up on a run of
	 * them: found by fuzz_yaml); one lazy '?' is fine */
	ck_assert_ptr_null(pattern_to_posix(a, "^a++++++++$"));
	ck_assert_ptr_null(pattern_to_posix(a, "^a*+$"));
	ck_assert_str_eq(pattern_to_posix(a, "^a+?b$"), "^a+?b$");
	ck_assert_ptr_null(pattern_to_posix(a, "^a+??$"));
	ck_assert_str_eq(pattern_to_posix(a, "^a{2,3}b{4}$"), "^a{2,3}b{4}$");
	ck_assert_ptr_null(pattern_to_posix(a, "^a{2}{3}$"));
	ck_assert_ptr_null(pattern_to_posix(a, "^(ab){1000}$"));
	ck_assert_str_eq(pattern_to_posix(a, "^{x}$"), "^{x}$");
	/* classes: a leading ^ or ], the escapes inside and outside */
	ck_assert_str_eq(pattern_to_posix(a, "^[^]a]\\w\\s$"),
			 "^[^]a][A-Za-z0-9_][[:space:]]$");
	ck_assert_str_eq(pattern_to_posix(a, "^[]\\w\\s.]$"),
			 "^[]A-Za-z0-9_ \t\n\r\f\v.]$");
	ck_assert_str_eq(pattern_to_posix(a, "\\D\\W\\S\\."),
			 "[^0-9][^A-Za-z0-9_][^[:space:]]\\.");
	ck_assert_ptr_null(pattern_to_posix(a, "[\\D]"));
	ck_assert_ptr_null(pattern_to_posix(a, "[\\]]"));
	ck_assert_ptr_null(pattern_to_posix(a, "[a-z"));
	ck_assert_ptr_null(pattern_to_posix(a, "abc\\"));
	ck_assert_str_eq(pattern_to_posix(a, ""), "");
}
END_TEST

START_TEST(test_cells_names)
{
	struct arena *a = &ctx.arena;

	ck_assert_str_eq(cells_prop_for(a, "clocks"), "#clock-cells");
	ck_assert_str_eq(cells_prop_for(a, "resets"), "#reset-cells");
	ck_assert_str_eq(cells_prop_for(a, "power-domains"),
			 "#power-domain-cells");
	ck_assert_str_eq(cells_prop_for(a, "dmas"), "#dma-cells");
	ck_assert_str_eq(cells_prop_for(a, "cd-gpios"), "#gpio-cells");
	ck_assert_str_eq(cells_prop_for(a, "gpios"), "#gpio-cells");
	ck_assert_str_eq(cells_prop_for(a, "acme,reset-gpio"), "#gpio-cells");
	ck_assert_str_eq(cells_prop_for(a, "mboxes"), "#mbox-cells");
	ck_assert_str_eq(cells_prop_for(a, "assigned-clock-parents"),
			 "#clock-cells");
	ck_assert_str_eq(cells_prop_for(a, "acme,widgets"), "#widget-cells");
	ck_assert_str_eq(cells_prop_for(a, "sandbox,emul"), "#emul-cells");
}
END_TEST

/* Index the DIR and digest file @rel. */
static struct schema_types *digest_of(struct bindings *b, const char *rel)
{
	const char *dirs[] = { dir };
	struct schema_types *t;
	char *path = arena_printf(&ctx.arena, "%s/%s", dir, rel);

	ck_assert_int_eq(bindings_index(&ctx, b, dirs, 1), 0);
	ck_assert_ptr_nonnull(bindings_file(b, path));
	ck_assert_int_eq(schema_digest(&ctx, b, bindings_file(b, path), &t),
			 0);
	ck_assert_ptr_nonnull(t);
	return t;
}

static void free_bindings(struct bindings *b)
{
	for (int i = 0; i < b->files.count; i++)
		schema_types_free(((struct bfile *)b->files.items[i])->types);
	bindings_free(b);
}

#define TYPE(d) "$ref: /schemas/types.yaml#/definitions/" d "\n"

START_TEST(test_digest)
{
	struct bindings b = { 0 };
	struct schema_types *t;
	const struct binding_type *bt;

	put("acme/a.yaml",
	    "allOf:\n"
	    "  - $ref: common.yaml#\n"
	    "  - $ref: /schemas/missing.yaml#\n"
	    "  - if: {properties: {x: {const: 1}}}\n"
	    "    then: {properties: {acme,then: {" TYPE("string") "}}}\n"
	    "properties:\n"
	    "  compatible: {const: acme,a}\n"
	    "  acme,u32:\n    " TYPE("uint32")
	    "  acme,flag:\n    type: boolean\n"
	    "  acme,def:\n    $ref: '#/$defs/d'\n"
	    "  acme,other-def:\n    $ref: /schemas/lib/defs.yaml#/$defs/e\n"
	    "  acme,http-def:\n"
	    "    $ref: http://devicetree.org/schemas/lib/defs.yaml#/$defs/e\n"
	    "  acme,either:\n    oneOf:\n"
	    "      - " TYPE("uint32")
	    "      - " TYPE("string")
	    "  acme,widen:\n    allOf:\n"
	    "      - " TYPE("uint16")
	    "      - " TYPE("uint16-array")
	    "  acme,fixed:\n    " TYPE("phandle-array")
	    "    items:\n      - items:\n          - description: p\n"
	    "          - description: a\n"
	    "  acme,node:\n    $ref: /schemas/lib/defs.yaml#\n"
	    "patternProperties:\n"
	    "  '^acme,pad\\d+$':\n    " TYPE("uint8")
	    "  '^acme,(?!x)$':\n    " TYPE("uint8")
	    "$defs:\n  d:\n    " TYPE("uint64-array"));
	put("acme/common.yaml",
	    "select: false\n$ref: ../lib/loop.yaml\n"
	    "properties:\n  acme,common:\n    " TYPE("flag"));
	put("lib/loop.yaml",
	    "select: false\nallOf:\n  - $ref: /schemas/acme/common.yaml#\n"
	    "properties:\n  acme,loop:\n    " TYPE("int32"));
	put("lib/defs.yaml",
	    "$defs:\n  e:\n    " TYPE("string-array"));
	t = digest_of(&b, "acme/a.yaml");

	bt = sm_get(&t->props, "acme,u32");
	ck_assert_int_eq(bt->base, BT_U32);
	ck_assert(!bt->array);
	ck_assert_int_eq(bt->line, 10); /* TYPE() ends a line */
	ck_assert_int_eq(((struct binding_type *)sm_get(&t->props,
							 "acme,flag"))->base,
			 BT_FLAG);
	bt = sm_get(&t->props, "acme,def");
	ck_assert_int_eq(bt->base, BT_U64);
	ck_assert(bt->array);
	bt = sm_get(&t->props, "acme,other-def");
	ck_assert_int_eq(bt->base, BT_STRING);
	ck_assert_ptr_nonnull(strstr(bt->file, "lib/defs.yaml"));
	ck_assert_int_eq(((struct binding_type *)sm_get(&t->props,
							 "acme,http-def"))->base,
			 BT_STRING);
	ck_assert_ptr_null(sm_get(&t->props, "acme,either"));
	ck_assert(((struct binding_type *)sm_get(&t->props,
						  "acme,widen"))->array);
	ck_assert_int_eq(((struct binding_type *)sm_get(&t->props,
							 "acme,fixed"))->fixed_args,
			 1);
	ck_assert_ptr_null(sm_get(&t->props, "acme,node"));
	ck_assert_ptr_null(sm_get(&t->props, "acme,then"));
	/* through allOf: common.yaml, and loop.yaml, which refers back */
	ck_assert_ptr_nonnull(sm_get(&t->props, "acme,common"));
	ck_assert_ptr_nonnull(sm_get(&t->props, "acme,loop"));
	ck_assert_int_eq(t->flags.count, 2);
	ck_assert_str_eq(t->flags.items[0], "acme,flag");
	ck_assert_str_eq(t->flags.items[1], "acme,common");
	ck_assert_int_eq(t->patterns.count, 2);
	ck_assert_ptr_nonnull(((struct pattern_type *)t->patterns.items[0])->re);
	ck_assert_ptr_null(((struct pattern_type *)t->patterns.items[1])->re);
	free_bindings(&b);
}
END_TEST

/* $ref pointers: ~1 and ~0 in names, indices into sequences, refs that
 * lead nowhere (out of the DIRs, past the end, into a scalar): ignored */
START_TEST(test_digest_pointers)
{
	struct bindings b = { 0 };
	struct schema_types *t;
	const struct binding_type *bt;

	put("acme/p.yaml",
	    "properties:\n"
	    "  compatible: {const: acme,p}\n"
	    "  acme,slash:\n    $ref: '#/$defs/a~1b'\n"
	    "  acme,tilde:\n    $ref: '#/$defs/c~0d'\n"
	    "  acme,index:\n    $ref: '#/$defs/list/1'\n"
	    "  acme,past:\n    $ref: '#/$defs/list/7'\n"
	    "  acme,notnum:\n    $ref: '#/$defs/list/x'\n"
	    "  acme,scalar:\n    $ref: '#/$defs/s/deeper'\n"
	    "  acme,outside:\n    $ref: ../../elsewhere.yaml#\n"
	    "  acme,parent:\n    $ref: ../lib/t.yaml#/$defs/t\n"
	    "$defs:\n"
	    "  a/b:\n    " TYPE("uint32")
	    "  c~d:\n    " TYPE("string")
	    "  list:\n    - " TYPE("uint8")
	    "    - " TYPE("int16")
	    "  s: text\n");
	put("lib/t.yaml", "$defs:\n  t:\n    " TYPE("uint64"));
	t = digest_of(&b, "acme/p.yaml");
	bt = sm_get(&t->props, "acme,slash");
	ck_assert_ptr_nonnull(bt);
	ck_assert_int_eq(bt->base, BT_U32);
	bt = sm_get(&t->props, "acme,tilde");
	ck_assert_ptr_nonnull(bt);
	ck_assert_int_eq(bt->base, BT_STRING);
	bt = sm_get(&t->props, "acme,index");
	ck_assert_ptr_nonnull(bt);
	ck_assert_int_eq(bt->base, BT_U16);
	ck_assert_ptr_null(sm_get(&t->props, "acme,past"));
	ck_assert_ptr_null(sm_get(&t->props, "acme,notnum"));
	ck_assert_ptr_null(sm_get(&t->props, "acme,scalar"));
	ck_assert_ptr_null(sm_get(&t->props, "acme,outside"));
	bt = sm_get(&t->props, "acme,parent");
	ck_assert_ptr_nonnull(bt);
	ck_assert_int_eq(bt->base, BT_U64);
	free_bindings(&b);
}
END_TEST

/* A phandle-array's arguments per entry, from its items: one schema for
 * every entry, a list of entries that agree, minItems = maxItems, or a
 * maxItems of 1 (the phandle alone); anything else fixes nothing */
START_TEST(test_digest_phandle_args)
{
	static const struct {
		const char *name;
		int args;
	} want[] = {
		{ "acme,map", 2 },	 { "acme,minmax", 1 },
		{ "acme,one", 0 },	 { "acme,agree", 1 },
		{ "acme,disagree", -1 }, { "acme,counted", -1 },
		{ "acme,loose", -1 },	 { "acme,bad-num", -1 },
		{ "acme,no-items", -1 },
	};
	struct bindings b = { 0 };
	struct schema_types *t;

	put("acme/ph.yaml",
	    "properties:\n"
	    "  compatible: {const: acme,ph}\n"
	    "  acme,map:\n    " TYPE("phandle-array")
	    "    items: {items: [{description: p}, {description: a}, {description: b}]}\n"
	    "  acme,minmax:\n    " TYPE("phandle-array")
	    "    items: {minItems: 2, maxItems: 2}\n"
	    "  acme,one:\n    " TYPE("phandle-array")
	    "    items: {maxItems: 1}\n"
	    "  acme,agree:\n    " TYPE("phandle-array")
	    "    items:\n      - {minItems: 2, maxItems: 2}\n"
	    "      - {items: [{description: p}, {description: a}]}\n"
	    "  acme,disagree:\n    " TYPE("phandle-array")
	    "    items:\n      - {maxItems: 1}\n      - {minItems: 3, maxItems: 3}\n"
	    "  acme,counted:\n    " TYPE("phandle-array")
	    "    items: {items: [{description: p}], maxItems: 2}\n"
	    "  acme,loose:\n    " TYPE("phandle-array")
	    "    items: {minItems: 1, maxItems: 3}\n"
	    "  acme,bad-num:\n    " TYPE("phandle-array")
	    "    items: {minItems: 2x, maxItems: 2y}\n"
	    "  acme,no-items:\n    " TYPE("phandle-array"));
	t = digest_of(&b, "acme/ph.yaml");
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const struct binding_type *bt = sm_get(&t->props, want[i].name);

		ck_assert_msg(bt != NULL, "%s: no type", want[i].name);
		ck_assert_msg(bt->fixed_args == want[i].args,
			      "%s: %d arguments, want %d", want[i].name,
			      bt->fixed_args, want[i].args);
	}
	free_bindings(&b);
}
END_TEST

START_TEST(test_digest_clash)
{
	struct bindings b = { 0 };
	struct schema_types *t;
	const struct binding_type *bt;

	put("a.yaml",
	    "allOf:\n  - $ref: b.yaml#\n"
	    "properties:\n  acme,x:\n    " TYPE("uint32"));
	put("b.yaml",
	    "select: false\nproperties:\n  acme,x:\n    " TYPE("string"));
	t = digest_of(&b, "a.yaml");
	bt = sm_get(&t->props, "acme,x");
	ck_assert_ptr_nonnull(bt->clash);
	free_bindings(&b);
}
END_TEST

START_TEST(test_unreadable)
{
	struct bindings b = { 0 };
	const char *dirs[] = { dir };
	char link[128];

	snprintf(link, sizeof(link), "%s/gone.yaml", dir);
	ck_assert_int_eq(symlink("nowhere.yaml", link), 0);
	ck_assert_int_eq(bindings_index(&ctx, &b, dirs, 1), DTOC_ERR_IO);
	check_diag(ctx.error, DC_FILE_UNREADABLE, "/gone.yaml", 0, NULL,
		   "cannot read binding");
	bindings_free(&b);
}
END_TEST

/* ------------------------------------------------------------ values */

START_TEST(test_typed_values)
{
	static const uint8_t u64[] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	static const uint8_t u16[] = { 0, 9, 1, 0 };
	static const char strs[] = "a\0\0c";
	struct value v;

	ck_assert_int_eq(value_from_typed_bytes(&ctx.arena, &v, u64, 8,
						PT_UINT64, false),
			 0);
	ck_assert_int_eq(v.count, 1);
	ck_assert(v.elems[0].u64 == 0x0102030405060708ull);
	ck_assert_int_eq(value_from_typed_bytes(&ctx.arena, &v, u64, 4,
						PT_UINT64, false),
			 -1);
	ck_assert_int_eq(value_from_typed_bytes(&ctx.arena, &v, u16, 4,
						PT_INT16, true),
			 0);
	ck_assert_int_eq(v.count, 2);
	ck_assert_int_eq(v.elems[0].cell, 9);
	ck_assert_int_eq(v.elems[1].cell, 0x100);
	/* empty strings count, unlike when guessing */
	ck_assert_int_eq(value_from_typed_bytes(&ctx.arena, &v,
						(const uint8_t *)strs,
						sizeof(strs), PT_STRING, true),
			 0);
	ck_assert_int_eq(v.count, 3);
	ck_assert_str_eq(v.elems[1].str, "");
	ck_assert_str_eq(v.elems[2].str, "c");
	ck_assert_int_eq(value_from_typed_bytes(&ctx.arena, &v, u16, 4,
						PT_BOOL, false),
			 -1);
	ck_assert_str_eq(ptype_c_name(PT_INT16), "fdt16_t");
	ck_assert_str_eq(ptype_c_name(PT_UINT64), "fdt64_t");
}
END_TEST

/* ----------------------------------------------------- resolve, typed */

static const char drivers[] =
	"static const struct udevice_id ids[] = {\n"
	"\t{ .compatible = \"acme,dev\" },\n"
	"\t{ .compatible = \"acme,clk\" },\n"
	"};\n"
	"U_BOOT_DRIVER(acme_dev) = {\n"
	"\t.of_match = ids,\n"
	"\t.id = UCLASS_MISC,\n"
	"};\n"
	"U_BOOT_DRIVER(acme_clk) = {\n"
	"\t.of_match = ids,\n"
	"\t.id = UCLASS_MISC,\n"
	"};\n"
	"UCLASS_DRIVER(misc) = {\n\t.id = UCLASS_MISC,\n};\n";

static const char dev_binding[] =
	"properties:\n"
	"  compatible:\n    const: acme,dev\n"
	"  acme,big:\n    " TYPE("uint64")
	"  acme,on:\n    " TYPE("flag")
	"  acme,off:\n    " TYPE("flag")
	"  acme,names:\n    " TYPE("string-array")
	"  acme,clk:\n    " TYPE("phandle-array")
	"  acme,ref:\n    " TYPE("phandle")
	"  acme,count:\n    " TYPE("uint32")
	"  acme,small-clocks:\n    " TYPE("uint8");

static void begin(void)
{
	ck_assert_int_eq(fdt_create(fdt, sizeof(fdt)), 0);
	ck_assert_int_eq(fdt_finish_reservemap(fdt), 0);
	ck_assert_int_eq(fdt_begin_node(fdt, ""), 0);
}

static void cells(const char *name, const uint32_t *vals, int n)
{
	fdt32_t buf[16];

	for (int i = 0; i < n; i++)
		buf[i] = cpu_to_fdt32(vals[i]);
	ck_assert_int_eq(fdt_property(fdt, name, buf, n * 4), 0);
}

/* A clock provider with #acme,clk-cells... named #clk-cells */
static void clock_node(const char *name, uint32_t phandle, uint32_t ncells)
{
	fdt_begin_node(fdt, name);
	fdt_property_string(fdt, "compatible", "acme,clk");
	cells("#clk-cells", &ncells, 1);
	fdt_property_u32(fdt, "phandle", phandle);
	fdt_end_node(fdt);
}

/* Finish the blob and resolve it with the DIR as bindings. */
static int finish(void)
{
	static const char *dirs[1];
	struct srcfile file = { "drivers.c", "drivers.c" };
	int fd;

	ck_assert_int_eq(fdt_end_node(fdt), 0);
	ck_assert_int_eq(fdt_finish(fdt), 0);
	strcpy(blob_path, "/tmp/dtoc-unit-XXXXXX");
	fd = mkstemp(blob_path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, fdt, fdt_totalsize(fdt)),
			 (int)fdt_totalsize(fdt));
	close(fd);
	ck_assert_int_eq(dt_read(&ctx, blob_path), 0);
	ctx.scan = xmalloc(sizeof(*ctx.scan));
	scan_init(ctx.scan, NULL);
	ck_assert_int_eq(parse_source(&ctx, ctx.scan, &file, drivers,
				      strlen(drivers)),
			 0);
	dirs[0] = dir;
	ctx.opt.bindings_dirs = dirs;
	ctx.opt.nbindings_dirs = 1;
	return resolve(&ctx, &res);
}

static struct node *node_named(const char *var_name)
{
	for (int i = 0; i < res.valid.count; i++) {
		struct node *n = res.valid.items[i];

		if (!strcmp(n->var_name, var_name))
			return n;
	}
	ck_abort_msg("no node %s", var_name);
	return NULL;
}

START_TEST(test_typing)
{
	static const uint32_t big[] = { 0x1, 0x2 };
	static const uint32_t clk_a[] = { 5, 7 };
	static const uint32_t clk_b[] = { 6, 1, 2, 5, 3 };
	static const uint32_t ref[] = { 5 }, count[] = { 4 }, two[] = { 1, 2 };
	struct dtd_struct *st;
	struct field *f;
	struct prop *p;

	put("dev.yaml", dev_binding);
	begin();
	clock_node("clk-a", 5, 1);
	clock_node("clk-b", 6, 2);
	fdt_begin_node(fdt, "a");
	fdt_property_string(fdt, "compatible", "acme,dev");
	cells("acme,big", big, 2);
	fdt_property(fdt, "acme,on", NULL, 0);
	fdt_property_string(fdt, "acme,names", "x");
	cells("acme,clk", clk_a, 2);
	cells("acme,ref", ref, 1);
	cells("acme,count", count, 1);
	fdt_property(fdt, "acme,small-clocks", "\x07", 1);
	cells("acme,guessed", two, 2);
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "b");
	fdt_property_string(fdt, "compatible", "acme,dev");
	fdt_property(fdt, "acme,names", "p\0q\0r", 6);
	cells("acme,clk", clk_b, 5);
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), 0);

	/* one 64-bit value */
	p = node_prop(node_named("a"), "acme,big");
	ck_assert_int_eq(p->val.type, PT_UINT64);
	ck_assert_int_eq(p->val.count, 1);
	ck_assert(p->val.elems[0].u64 == 0x100000002ull);
	st = node_struct(&res, node_named("a"));
	/* a flag no node has is a member all the same */
	f = struct_field(st, "acme,off");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->val.type, PT_BOOL);
	ck_assert_ptr_null(node_prop(node_named("a"), "acme,off"));
	/* string arrays sized to the longest */
	f = struct_field(st, "acme,names");
	ck_assert(f->val.is_list);
	ck_assert_int_eq(f->val.count, 3);
	/* phandles sized over every node: 2 entries, up to 2 args */
	f = struct_field(st, "acme,clk");
	ck_assert_int_eq(f->nphandles, 2);
	ck_assert_int_eq(f->max_args, 2);
	f = struct_field(st, "acme,ref");
	ck_assert_int_eq(f->nphandles, 1);
	ck_assert_int_eq(f->max_args, 0);
	ck_assert(!struct_field(st, "acme,count")->val.is_list);
	/* a name ending in "clocks" is not a phandle if a binding says so */
	f = struct_field(st, "acme,small-clocks");
	ck_assert_int_eq(f->val.type, PT_BYTE);
	ck_assert(!holds_phandles(f->name, f->bt));
	/* no binding: the guess */
	f = struct_field(st, "acme,guessed");
	ck_assert_ptr_null(f->bt);
	ck_assert_int_eq(f->val.type, PT_INT);
}
END_TEST

START_TEST(test_typing_contradiction)
{
	static const uint32_t count[] = { 1, 2 };

	put("dev.yaml", dev_binding);
	begin();
	fdt_begin_node(fdt, "a");
	fdt_property_string(fdt, "compatible", "acme,dev");
	cells("acme,count", count, 2);
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), DTOC_ERR_INPUT);
	check_diag(ctx.error, DC_BINDING_TYPE_MISMATCH, NULL, 0, "/a",
		   "property 'acme,count'");
	ck_assert_ptr_nonnull(strstr(ctx.error->text, "dev.yaml:17 says uint32"));
	ck_assert_ptr_nonnull(strstr(ctx.error->text, "but it is 8 bytes"));
}
END_TEST

START_TEST(test_typing_dangling)
{
	static const uint32_t ref[] = { 0x42 };

	put("dev.yaml", dev_binding);
	begin();
	fdt_begin_node(fdt, "a");
	fdt_property_string(fdt, "compatible", "acme,dev");
	cells("acme,ref", ref, 1);
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), 0);
	/* kept as guessed, with a warning */
	ck_assert_ptr_null(node_prop(node_named("a"), "acme,ref")->bt);
	ck_assert_int_eq(ctx.warnings.count, 1);
	check_diag(ctx.warnings.items[0], DC_BINDING_TYPE_IGNORED, NULL, 0,
		   "/a", "phandle 0x42 is in no node");
}
END_TEST

/* The memo of the index: written, read back, and refused when it is
 * for other DIRs or does not check out */
START_TEST(test_memo)
{
	struct bmemo_out out;
	struct bstamp st = { 10, 20, 30, 40 }, other = { 11, 20, 30, 40 };
	struct bfile f = { .select = BSEL_COMPAT }, g = { 0 };
	struct ptrvec files = { 0 }, subdirs = { 0 };
	struct ptrvec names = { 0 }, dirs = { 0 };
	struct bmemo *m;

	apv_push_const(&ctx.arena, &f.compats, "acme,a");
	apv_push_const(&ctx.arena, &f.compats, "acme,b");
	pv_push_const(&names, "x.yaml");
	pv_push_const(&dirs, "sub");
	bmemo_start(&out, "key\n", INT64_MAX / 2);
	bmemo_put_dir(&out, 0, "", &st, &names, &dirs);
	bmemo_put_file(&out, 0, "x.yaml", &st, &f);
	/* changed just now: left out */
	bmemo_put_file(&out, 0, "new.yaml", &(struct bstamp){ 1, 1, INT64_MAX / 2, 0 }, &f);
	bmemo_finish(&out);
	ck_assert_int_eq(out.count, 2);
	ck_assert_int_eq(out.skipped, 1);

	ck_assert_ptr_null(bmemo_load(out.sb.buf, out.sb.len, "other\n"));
	/* a cut memo is refused, unless what is left reads as a memo of
	 * fewer entries (an entry's kind read as their count): a checked
	 * part of it, as the cache around it has its checksum */
	for (size_t cut = 0; cut < out.sb.len; cut++) {
		struct bmemo *part = bmemo_load(out.sb.buf, cut, "key\n");
		bool d;
		int di;
		const char *rel;
		struct bstamp ps;

		ck_assert(!part || !bmemo_entry(part, 1, &d, &di, &rel, &ps));
		ck_assert(!part || !bmemo_entry(part, 0, &d, &di, &rel, &ps) ||
			  (d && !strcmp(rel, "")));
		bmemo_free(part);
	}
	m = bmemo_load(out.sb.buf, out.sb.len, "key\n");
	ck_assert_ptr_nonnull(m);
	ck_assert(!bmemo_dir(m, 0, "", &other, &files, &subdirs));
	ck_assert(bmemo_dir(m, 0, "", &st, &files, &subdirs));
	ck_assert_int_eq(files.count, 1);
	ck_assert_str_eq(files.items[0], "x.yaml");
	ck_assert_str_eq(subdirs.items[0], "sub");
	ck_assert(!bmemo_file(m, 1, "x.yaml", &st, &ctx.arena, &g));
	ck_assert(!bmemo_all_used(m));
	ck_assert(bmemo_file(m, 0, "x.yaml", &st, &ctx.arena, &g));
	ck_assert_int_eq(g.select, BSEL_COMPAT);
	ck_assert_int_eq(g.compats.count, 2);
	ck_assert_str_eq(g.compats.items[1], "acme,b");
	ck_assert(bmemo_all_used(m));
	bmemo_free(m);

	/* a corrupt count */
	out.sb.buf[out.sb.len - 4]++;
	ck_assert_ptr_null(bmemo_load(out.sb.buf, out.sb.len, "key\n"));
	sb_free(&out.sb);
	/* a listing that would lead out of the DIR */
	names.count = 0;
	pv_push_const(&names, "../x.yaml");
	bmemo_start(&out, "key\n", INT64_MAX / 2);
	bmemo_put_dir(&out, 0, "", &st, &names, &dirs);
	bmemo_finish(&out);
	ck_assert_ptr_null(bmemo_load(out.sb.buf, out.sb.len, "key\n"));
	sb_free(&out.sb);
	pv_free(&files);
	pv_free(&subdirs);
	pv_free(&names);
	pv_free(&dirs);
}
END_TEST

Suite *bindings_suite(void)
{
	Suite *s = suite_create("bindings");
	TCase *tc = tcase_create("bindings");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_index_compatibles);
	tcase_add_test(tc, test_index_select);
	tcase_add_test(tc, test_index_generic_fallbacks);
	tcase_add_test(tc, test_index_flow_and_cheap);
	tcase_add_test(tc, test_index_shapes);
	tcase_add_test(tc, test_index_malformed);
	tcase_add_test(tc, test_yaml_tree);
	tcase_add_test(tc, test_type_defs);
	tcase_add_test(tc, test_patterns);
	tcase_add_test(tc, test_cells_names);
	tcase_add_test(tc, test_digest);
	tcase_add_test(tc, test_digest_pointers);
	tcase_add_test(tc, test_digest_phandle_args);
	tcase_add_test(tc, test_digest_clash);
	tcase_add_test(tc, test_unreadable);
	tcase_add_test(tc, test_typed_values);
	tcase_add_test(tc, test_typing);
	tcase_add_test(tc, test_typing_contradiction);
	tcase_add_test(tc, test_typing_dangling);
	tcase_add_test(tc, test_memo);
	suite_add_tcase(s, tc);
	return s;
}
