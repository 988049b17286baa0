/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * emit (internal): the record sizes of --report (report-size.c), for
 * report.c.
 */
#ifndef EMIT_REPORT_SIZE_H
#define EMIT_REPORT_SIZE_H

#include <jansson.h>

#include "emit/emit.h"

/*
 * Give each node of @nodes (the JSON of res->valid, in its order) its
 * "size", and @root the totals, "size"; null everywhere when the run
 * failed (@ok false): its nodes may not be resolved.
 */
void report_sizes(struct ctx *ctx, const struct resolved *res, bool ok,
		  json_t *root, json_t *nodes);

#endif /* EMIT_REPORT_SIZE_H */
