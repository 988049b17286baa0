// SPDX-License-Identifier: GPL-2.0+
/*
 * Resolve: aliases and sequence numbers.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/resolve-internal.h"

/* ---------------------------------------------------------- aliases */

static void seq_put(struct ctx *ctx, struct resolved *res, struct uclass *uc,
		    int num, struct node *node)
{
	for (int i = 0; i < uc->nseqs; i++) {
		if (uc->seqs[i].num == num) {
			uc->seqs[i].node = node;
			goto path;
		}
	}
	struct seq_entry *grown = arena_grow(&ctx->arena, uc->seqs,
					     uc->nseqs * sizeof(*grown),
					     (uc->nseqs + 1) * sizeof(*grown));

	grown[uc->nseqs].num = num;
	grown[uc->nseqs].node = node;
	uc->seqs = grown;
	uc->nseqs++;
path:
	if (!uc->path_to_seq.count)
		apv_push(&ctx->arena, &res->seq_uclasses, uc);
	sm_put(&uc->path_to_seq, node->path, (void *)(intptr_t)(num + 1));
}

bool split_alias(const char *name, size_t *stem_len, long *num)
{
	size_t len = strlen(name), d = len;

	while (d > 0 && name[d - 1] >= '0' && name[d - 1] <= '9')
		d--;
	if (d == len || d < 2 || !(name[d - 1] >= 'a' && name[d - 1] <= 'z'))
		return false;
	for (size_t i = 0; i < d; i++) {
		char c = name[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '-'))
			return false;
	}
	if (len - d > 9)
		return false; /* more than any sequence number can be */
	*stem_len = d;
	*num = strtol(name + d, NULL, 10);
	return true;
}

struct uclass *alias_uclass(const struct scan *scan, const char *alias,
			    size_t stem_len)
{
	for (int k = 0; k < scan->uclasses.count; k++) {
		struct uclass *uc = scan->uclasses.entries[k].value;

		if (strlen(uc->name) == stem_len &&
		    !strncmp(uc->name, alias, stem_len))
			return uc;
	}
	return NULL;
}

int read_aliases(struct ctx *ctx, struct resolved *res)
{
	struct node *aliases = dt_find_path(ctx->dt, "/aliases");
	struct scan *scan = ctx->scan;

	if (!aliases)
		return 0;
	for (int i = 0; i < aliases->nprops; i++) {
		const struct prop *prop = &aliases->props[i];
		struct uclass *uc = NULL;
		size_t stem_len;
		long num;

		if (!split_alias(prop->name, &stem_len, &num))
			return error_at(ctx, DC_ALIAS_INVALID,
					NODE_LOC(aliases),
					"cannot decode alias '%s': expected a name in [a-z0-9-] ending in a letter, then a number (e.g. serial2)",
					 prop->name);
		if (prop->val.type != PT_STRING || prop->val.is_list)
			return error_at(ctx, DC_ALIAS_INVALID,
					NODE_LOC(aliases),
					"alias '%s' must be a path string",
					 prop->name);
		uc = alias_uclass(scan, prop->name, stem_len);
		if (!uc) {
			warn_at(ctx, DC_ALIAS_UCLASS_UNKNOWN, NODE_LOC(aliases),
				"could not find uclass for alias '%s'",
				prop->name);
			continue;
		}
		const char *path = prop->val.elems[0].str;
		struct node *target = dt_find_path(ctx->dt, path);

		if (!target)
			return error_at(ctx, DC_ALIAS_PATH_MISSING,
					NODE_LOC(aliases),
					"alias '%s' path '%s' not found",
					 prop->name, path);
		seq_put(ctx, res, uc, (int)num, target);
	}
	return 0;
}

/* Aliases first, then the next number after the highest in use. */
int assign_seqs(struct ctx *ctx, struct resolved *res)
{
	for (int i = 0; i < res->valid_in_order.count; i++) {
		struct node *node = res->valid_in_order.items[i];
		struct uclass *uc = node->uclass;

		if (!node->driver || !uc)
			continue;
		intptr_t known = (intptr_t)sm_get(&uc->path_to_seq, node->path);

		if (known) {
			node->seq = known - 1;
			continue;
		}
		int seq = 0;

		for (int k = 0; k < uc->nseqs; k++) {
			if (uc->seqs[k].num + 1 > seq)
				seq = uc->seqs[k].num + 1;
		}
		if (seq >= 1000)
			return error_at(ctx, DC_SEQ_EXHAUSTED, NODE_LOC(node),
					 "no free sequence number below 1000 in uclass '%s'",
					 uc->name);
		node->seq = seq;
		seq_put(ctx, res, uc, seq, node);
	}
	return 0;
}
