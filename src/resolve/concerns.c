// SPDX-License-Identifier: GPL-2.0+
/*
 * Resolve: which of the scan's diagnostics concern this output.
 *
 * The scan meets every file of the tree, and a tree such as U-Boot's
 * holds much that a board does not use. A diagnostic about a used node,
 * the driver, alias, uclass or struct it uses, or a file that may hold
 * one of them, is a warning (and fails --werror); one about anything
 * else is a note: in the report, on stderr only with --verbose.
 */
#include <stdlib.h>
#include <string.h>

#include "resolve/resolve-internal.h"

static int cmp_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ------------------------------------------------- files not UTF-8 */

/* What this output would take from a file if it declared it: for every
 * used node, each compatible's C name as a driver or an alias; the
 * uclasses of the drivers found; with -i the structs of their data. */
static void needed_names(struct ctx *ctx, const struct resolved *res,
			 struct strmap *need)
{
	struct arena *a = &ctx->arena;

	for (int i = 0; i < res->valid.count; i++) {
		const struct node *node = res->valid.items[i];
		const struct prop *compat = node_prop(node, "compatible");
		const struct driver *drv = node->driver;

		sm_put_const(need, arena_printf(a, "driver %s", node->struct_name),
		       node->path);
		for (int k = 0; compat && compat->val.type == PT_STRING &&
				k < compat->val.count; k++) {
			const char *c = conv_name_to_c(a,
						       compat->val.elems[k].str);

			sm_put_const(need, arena_printf(a, "driver %s", c),
			       node->path);
			sm_put_const(need, arena_printf(a, "alias %s", c),
			       node->path);
		}
		if (!drv)
			continue;
		sm_put_const(need, arena_printf(a, "uclass %s", drv->uclass_id),
		       node->path);
		if (!ctx->opt.instantiate)
			continue;
		const char *structs[] = {
			drv->priv, drv->plat, drv->child_priv, drv->child_plat,
			node->uclass ? node->uclass->priv : NULL,
			node->uclass ? node->uclass->per_dev_priv : NULL,
			node->uclass ? node->uclass->per_dev_plat : NULL,
			node->uclass ? node->uclass->per_child_priv : NULL,
			node->uclass ? node->uclass->per_child_plat : NULL,
		};
		for (size_t k = 0; k < sizeof(structs) / sizeof(*structs); k++) {
			if (structs[k])
				sm_put_const(need, arena_printf(a, "struct %s",
							  structs[k]),
				       node->path);
		}
	}
}

static void report_skipped_files(struct ctx *ctx, const struct resolved *res)
{
	const struct ptrvec *skipped = &ctx->scan->skipped;
	struct strmap need = { 0 };

	if (!skipped->count)
		return;
	needed_names(ctx, res, &need);
	for (int i = 0; i < skipped->count; i++) {
		const struct skipped_file *sf = skipped->items[i];
		const char *hit = NULL, *node = NULL;

		for (int k = 0; k < sf->names.count && !hit; k++) {
			node = sm_get(&need, sf->names.items[k]);
			if (node)
				hit = sf->names.items[k];
		}
		if (hit) {
			const char *space = strchr(hit, ' ');

			warn_at(ctx, DC_FILE_NOT_UTF8, FILE_LOC(sf->path, 0),
				"skipping file: not valid UTF-8, so U-Boot's dtoc ignores what it declares, which includes %.*s '%s' that node '%s' may need",
				(int)(space - hit), hit, space + 1, node);
		} else {
			note_at(ctx, DC_FILE_NOT_UTF8, FILE_LOC(sf->path, 0),
				"skipping file: not valid UTF-8, so U-Boot's dtoc ignores what it declares (nothing this output uses)");
		}
	}
	sm_free(&need);
}

/* ------------------------------------------------- notes on drivers */

static int cmp_notes(const void *a, const void *b)
{
	const struct driver_note *na = *(struct driver_note *const *)a;
	const struct driver_note *nb = *(struct driver_note *const *)b;
	int cmp = strcmp(na->file, nb->file);

	if (cmp)
		return cmp;
	if (na->line != nb->line)
		return na->line < nb->line ? -1 : 1;
	return strcmp(na->text, nb->text);
}

/*
 * As the reference, the notes on a driver that is used, or that a node
 * looks for by its compatible and does not find, are warnings. A driver
 * that a node reaches through DM_DRIVER_ALIAS but that is not in the
 * driver list (no .of_match, by design for an of-platdata-only driver)
 * is named in the output all the same: a note, that says so.
 */
/* The code of a scanner's note on a driver */
static enum diag_code note_code(enum note_kind kind)
{
	switch (kind) {
	case NOTE_NO_UCLASS:
		return DC_DRIVER_NO_ID;
	case NOTE_NO_OF_MATCH:
		return DC_DRIVER_NO_OF_MATCH;
	case NOTE_SUFFIX:
	case NOTE_SUFFIX_COMMENT:
		break;
	}
	return DC_OF_MATCH_SUFFIX;
}

static void report_driver_notes(struct ctx *ctx, const struct resolved *res)
{
	struct strmap *all = &ctx->scan->notes;
	struct ptrvec names = { 0 };

	for (int i = 0; i < all->count; i++)
		pv_push_const(&names, all->entries[i].key);
	pv_sort(&names, cmp_strings);
	for (int i = 0; i < names.count; i++) {
		const char *name = names.items[i];
		const struct driver *drv = sm_get(&ctx->scan->drivers, name);
		struct ptrvec *notes = sm_get(all, name);
		const struct node *direct = NULL, *aliased = NULL;

		for (int k = 0; k < res->valid.count; k++) {
			const struct node *node = res->valid.items[k];

			if (strcmp(node->struct_name, name))
				continue;
			if (node->via_alias)
				aliased = aliased ? aliased : node;
			else
				direct = direct ? direct : node;
		}
		bool concerns = drv ? drv->used : direct != NULL;

		pv_sort(notes, cmp_notes);
		for (int k = 0; k < notes->count; k++) {
			const struct driver_note *n = notes->items[k];
			const struct node *user = direct ? direct : aliased;
			struct loc loc = {
				.file = n->file, .line = n->line,
				.node = user ? user->path : NULL,
				.quiet_node = true,
			};

			if (concerns && n->kind != NOTE_SUFFIX_COMMENT)
				warn_at(ctx, note_code(n->kind), loc, "%s",
					n->text);
			else if (!drv && aliased && n->kind == NOTE_NO_OF_MATCH)
				note_at(ctx, DC_DRIVER_NO_OF_MATCH, loc,
					"driver '%s' has no .of_match, so U-Boot's dtoc leaves it out of its driver list; node '%s' gets it by name all the same, through DM_DRIVER_ALIAS at %s:%d (an of-platdata-only driver)",
					name, aliased->path,
					aliased->via_alias->file,
					aliased->via_alias->line);
			else
				note_at(ctx, note_code(n->kind), loc, "%s",
					n->text);
		}
	}
	pv_free(&names);
}

/* ---------------------------------------------- conflicting aliases */

/* The compatible string of @node whose C name is @c_name */
static const char *compat_string(struct ctx *ctx, const struct node *node,
				 const char *c_name)
{
	const struct prop *compat = node_prop(node, "compatible");

	for (int i = 0; i < compat->val.count; i++) {
		const char *str = compat->val.elems[i].str;

		if (!strcmp(conv_name_to_c(&ctx->arena, str), c_name))
			return str;
	}
	return c_name;
}

/* Two DM_DRIVER_ALIAS lines give one compatible to different drivers:
 * U-Boot's dtoc keeps whichever its directory listing gives last. */
static void report_alias_conflicts(struct ctx *ctx, const struct resolved *res)
{
	const struct ptrvec *conflicts = &ctx->scan->alias_conflicts;

	for (int i = 0; i < conflicts->count; i++) {
		const struct alias_conflict *ac = conflicts->items[i];
		/* a third line may have given it back to the first */
		const struct driver_alias *chosen =
			sm_get(&ctx->scan->driver_aliases, ac->alias);
		const struct node *user = NULL;

		for (int k = 0; k < res->valid.count && !user; k++) {
			const struct node *node = res->valid.items[k];

			if (node->via_alias == chosen)
				user = node;
		}
		if (user)
			warn_at(ctx, DC_ALIAS_CONTESTED, NODE_LOC(user),
				"compatible '%s' is given to driver '%s' by DM_DRIVER_ALIAS at %s:%d and to driver '%s' at %s:%d; dtoc uses '%s', the later in its sorted walk of the tree, where U-Boot's dtoc takes whichever its directory listing gives last; remove one of them",
				compat_string(ctx, user, ac->alias),
				ac->replaced->driver,
				ac->replaced->file, ac->replaced->line,
				ac->by->driver, ac->by->file, ac->by->line,
				chosen->driver);
		else
			note_at(ctx, DC_ALIAS_CONTESTED,
				FILE_LOC(ac->by->file, ac->by->line),
				"the compatible whose C name is '%s' is given to driver '%s' here and to driver '%s' at %s:%d (no node of this devicetree uses it)",
				ac->alias, ac->by->driver, ac->replaced->driver,
				ac->replaced->file, ac->replaced->line);
	}
}

/* -------------------------------------------- .of_match = table + N */

/* The .data of the first of @node's compatibles found in entries
 * @from.. of @t (the rule of -i's .driver_data), or NULL. */
static const char *data_from(const struct node *node, const struct of_table *t,
			     int from, int *entry)
{
	const struct prop *compat = node_prop(node, "compatible");

	for (int i = 0; i < compat->val.count; i++) {
		for (int k = from; k < t->count; k++) {
			if (strcmp(t->entries[k].compat,
				   compat->val.elems[i].str))
				continue;
			if (!t->entries[k].data)
				break;
			*entry = k;
			return t->entries[k].data;
		}
	}
	return NULL;
}

/*
 * The reference reads the whole table of a driver whose .of_match is
 * "table + N"; the C code means entries N on. Only -i's .driver_data
 * depends on the table (drivers are found by name or alias), so that is
 * the one place the two readings can differ. (Entries past the end are
 * past what is read, which may be less than the C table.)
 */
static void check_of_match_offsets(struct ctx *ctx, const struct resolved *res)
{
	for (int i = 0; i < res->valid.count; i++) {
		const struct node *node = res->valid.items[i];
		const struct driver *drv = node->driver;
		const char *whole, *meant;
		int we = -1, me = -1;

		/* entries missing from what is read would shift the
		 * offset: then nothing can be said */
		if (!drv || !drv->of_match_offset || !drv->compat ||
		    drv->compat->partial || !node->parent)
			continue;
		if (!ctx->opt.instantiate)
			continue;
		whole = data_from(node, drv->compat, 0, &we);
		meant = data_from(node, drv->compat, drv->of_match_offset, &me);
		if (whole == meant)
			continue;
		warn_at(ctx, DC_OF_MATCH_OFFSET, NODE_LOC(node),
			"driver '%s' has .of_match = %s + %d, so the C code matches entries %d.. only, which give .driver_data %s; U-Boot's dtoc (and so this output) reads the whole table and writes %s from entry %d",
			drv->name, drv->compat->name, drv->of_match_offset,
			drv->of_match_offset, meant ? meant : "none",
			whole, we);
	}
}

void report_scan_diagnostics(struct ctx *ctx, struct resolved *res)
{
	report_skipped_files(ctx, res);
	report_driver_notes(ctx, res);
	report_alias_conflicts(ctx, res);
	check_of_match_offsets(ctx, res);
}
