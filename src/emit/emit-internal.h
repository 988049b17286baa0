/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * emit (internal): what the plain files (emit.c) and the -i files
 * (instance.c) share.
 */
#ifndef EMIT_EMIT_INTERNAL_H
#define EMIT_EMIT_INTERNAL_H

#include "emit/emit.h"
#include "emit/templates.h"
#include "emit/variants.h"

#define SECTION_ATTR "__attribute__ ((section (\".priv_data\")))"

/* emit.c: a node's member values, @tabs deep */
int emit_props(struct ctx *ctx, const struct resolved *res,
	       const struct node *node, int tabs, struct strbuf *sb);
/* emit.c: a node's dtv_ record */
int emit_values(struct ctx *ctx, const struct resolved *res,
		const struct node *node, struct strbuf *sb);
/* emit.c: the comment listing the nodes by idx */
void emit_index(const struct resolved *res, const char *what,
		const char *list, struct strbuf *sb);
/* emit.c: a driver's name for a comment, or "None" */
const char *driver_name_or_none(const struct driver *drv);
/* instance.c: dt-device.c */
int emit_device(struct ctx *ctx, const struct resolved *res,
		struct strbuf *sb);
/* instance.c: dt-uclass.c */
int emit_uclass(struct ctx *ctx, const struct resolved *res,
		struct strbuf *sb);

#endif /* EMIT_EMIT_INTERNAL_H */
