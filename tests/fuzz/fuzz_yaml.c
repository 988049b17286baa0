// SPDX-License-Identifier: GPL-2.0+
/*
 * Fuzz target: a YAML binding through the bindings index (what selects
 * it: bindings_index_text(), which reads the top of the file with a fast
 * path and falls back to libyaml events) and, parsed in full
 * (yaml_parse()), through the schema digest (schema_digest(): property
 * types, patternProperties turned into POSIX regexes, $refs followed,
 * loops cut). The file is the only one of a bindings directory "fuzz",
 * as fuzz/x.yaml, so that its $refs to itself ("#/...", "x.yaml#/...",
 * "/schemas/x.yaml") are followed and others name nothing.
 *
 * Internals used (bindings/yaml.h, bindings/schema.h): struct ctx, struct bindings and struct
 * bfile, bindings_index_text, yaml_parse, schema_digest,
 * schema_prop_type, ymap_get, schema_types_free, bindings_free,
 * ctx_free.
 */
#include "bindings/schema.h"
#include "fuzz.h"

static const char *const dirs[] = { "fuzz" };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ctx ctx = { 0 };
	struct bindings b = { 0 };
	struct bfile *f = arena_alloc(&ctx.arena, sizeof(*f));
	struct schema_types *types = NULL;
	char *buf = xmalloc(size + 1);

	memcpy(buf, data, size);
	buf[size] = '\0';
	b.dirs = dirs;
	b.ndirs = 1;
	f->dir = "fuzz";
	f->rel = "x.yaml";
	f->path = "fuzz/x.yaml";
	apv_push(&ctx.arena, &b.files, f); /* (bindings_file() maps it) */

	if (!bindings_index_text(&ctx, f, buf, size)) {
		for (int i = 0; i < f->compats.count; i++)
			FUZZ_ASSERT(f->compats.items[i],
				    "a NULL compatible string");
	}
	if (!yaml_parse(&ctx, f->path, buf, size, &f->root)) {
		f->loaded = true;
		if (!schema_digest(&ctx, &b, f, &types) && types) {
			/* every property's own schema once more, alone */
			const struct ynode *props =
				ymap_get(f->root, "properties");

			for (int i = 0; props && props->kind == Y_MAP &&
					i + 1 < props->count; i += 2) {
				struct binding_type *bt;

				if (schema_prop_type(&ctx, &b, f,
						     props->items[i + 1], &bt))
					break;
			}
		}
	}
	schema_types_free(f->types);
	bindings_free(&b);
	ctx_free(&ctx);
	free(buf);
	return 0;
}
