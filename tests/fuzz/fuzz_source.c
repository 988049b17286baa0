// SPDX-License-Identifier: GPL-2.0+
/*
 * Fuzz target: one source file through the scanner, as a .c file and as
 * a .h file. Each is parsed twice, with the fast whole-file paths
 * (parse_file(fast = true), what the walk does: plain-text line reader,
 * skipping between declarations, the struct scan without lines) and with
 * the general line reader for every line (fast = false); the two must
 * find exactly the same, and the buffer must be as it was afterwards.
 *
 * Internals used (scan/parse.h): file_markers, parse_file, struct
 * file_result and what it holds, arena.
 */
#include "scan/parse.h"
#include "fuzz.h"

static bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

#define SAME_STR(what, a, b)                                                 \
	FUZZ_ASSERT(same_str(a, b), "%s: %s: fast '%s', general '%s'", rel,  \
		    what, (a) ? (a) : "(null)", (b) ? (b) : "(null)")
#define SAME_INT(what, a, b)                                                 \
	FUZZ_ASSERT((a) == (b), "%s: %s: fast %d, general %d", rel, what,    \
		    (int)(a), (int)(b))

static void same_driver(const char *rel, const struct driver *a,
			const struct driver *b)
{
	SAME_STR("driver", a->name, b->name);
	SAME_INT("driver line", a->line, b->line);
	SAME_STR("driver uclass", a->uclass_id, b->uclass_id);
	SAME_STR("priv", a->priv, b->priv);
	SAME_STR("plat", a->plat, b->plat);
	SAME_STR("child_priv", a->child_priv, b->child_priv);
	SAME_STR("child_plat", a->child_plat, b->child_plat);
	SAME_STR("phase", a->phase, b->phase);
	SAME_INT("of_match", !a->compat, !b->compat);
	if (a->compat) {
		SAME_STR("of_match name", a->compat->name, b->compat->name);
		SAME_INT("compatibles", a->compat->count, b->compat->count);
		for (int i = 0; i < a->compat->count; i++) {
			SAME_STR("compatible", a->compat->entries[i].compat,
				 b->compat->entries[i].compat);
			SAME_STR("compatible data", a->compat->entries[i].data,
				 b->compat->entries[i].data);
		}
	}
	SAME_INT("headers", a->headers.count, b->headers.count);
	for (int i = 0; i < a->headers.count; i++)
		SAME_STR("header", (const char *)a->headers.items[i],
			 (const char *)b->headers.items[i]);
}

static void same_uclass(const char *rel, const struct uclass *a,
			const struct uclass *b)
{
	SAME_STR("uclass", a->name, b->name);
	SAME_STR("uclass id", a->uclass_id, b->uclass_id);
	SAME_INT("uclass line", a->line, b->line);
	SAME_STR("uclass priv", a->priv, b->priv);
	SAME_STR("per_dev_priv", a->per_dev_priv, b->per_dev_priv);
	SAME_STR("per_dev_plat", a->per_dev_plat, b->per_dev_plat);
	SAME_STR("per_child_priv", a->per_child_priv, b->per_child_priv);
	SAME_STR("per_child_plat", a->per_child_plat, b->per_child_plat);
}

static void same_result(const char *rel, const struct file_result *a,
			const struct file_result *b)
{
	SAME_STR("warning", a->warning, b->warning);
	SAME_STR("error", a->error, b->error);
	SAME_INT("drivers", a->drivers.count, b->drivers.count);
	for (int i = 0; i < a->drivers.count; i++)
		same_driver(rel, a->drivers.items[i], b->drivers.items[i]);
	SAME_INT("aliases", a->aliases.count, b->aliases.count);
	for (int i = 0; i < a->aliases.count; i++) {
		const struct alias_decl *x = a->aliases.items[i];
		const struct alias_decl *y = b->aliases.items[i];

		SAME_STR("alias", x->name, y->name);
		SAME_STR("alias driver", x->alias->driver, y->alias->driver);
		SAME_INT("alias line", x->alias->line, y->alias->line);
	}
	SAME_INT("uclasses", a->uclasses.count, b->uclasses.count);
	for (int i = 0; i < a->uclasses.count; i++)
		same_uclass(rel, a->uclasses.items[i], b->uclasses.items[i]);
	SAME_INT("structs", a->structs.count, b->structs.count);
	for (int i = 0; i < a->structs.count; i++)
		SAME_STR("struct", (const char *)a->structs.items[i],
			 (const char *)b->structs.items[i]);
	SAME_INT("notes", a->notes.count, b->notes.count);
	for (int i = 0; i < a->notes.count; i++) {
		const struct driver_note *x = a->notes.items[i];
		const struct driver_note *y = b->notes.items[i];

		SAME_STR("note driver", x->driver, y->driver);
		SAME_STR("note", x->text, y->text);
	}
}

static void parse(struct arena *a, const char *rel, const uint8_t *data,
		  size_t size, bool fast, struct file_result *res)
{
	char *buf = xmalloc(size + 1);
	unsigned int marks;

	memcpy(buf, data, size);
	buf[size] = '\0';
	res->path = rel;
	res->rel = rel;
	marks = file_markers(rel, buf, size);
	parse_file(a, res, buf, size, marks, fast);
	FUZZ_ASSERT(!memcmp(buf, data, size) && !buf[size],
		    "%s: the buffer was not restored", rel);
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const rels[] = { "drivers/misc/fuzz.c",
					    "include/fuzz.h" };

	for (int i = 0; i < 2; i++) {
		struct arena a = { 0 };
		struct file_result fast = { 0 }, general = { 0 };

		parse(&a, rels[i], data, size, true, &fast);
		parse(&a, rels[i], data, size, false, &general);
		same_result(rels[i], &fast, &general);
		arena_free(&a);
	}
	return 0;
}
