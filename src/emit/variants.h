/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * emit (internal), with --variant: what the generated files say of the
 * variants (variants.c). Without --variant each writes nothing.
 */
#ifndef EMIT_VARIANTS_H
#define EMIT_VARIANTS_H

#include "emit/emit.h"
#include "variant/variant.h"

/* A comment saying where @node is present (nothing without variants) */
void variant_emit_presence(struct ctx *ctx, const struct node *node,
			   struct strbuf *sb);
/* A comment before the values of data record @g of @node */
void variant_emit_group(struct ctx *ctx, const struct node *node, int g,
			struct strbuf *sb);
/* The table the runtime selects a variant's nodes and data from */
void variant_emit_table(struct ctx *ctx, const struct resolved *res,
			struct strbuf *sb);
/* dt-uclass.c: each variant's sequence numbers, in a comment */
void variant_emit_seqs(struct ctx *ctx, const struct resolved *res,
		       struct strbuf *sb);

#endif /* EMIT_VARIANTS_H */
