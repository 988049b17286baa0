/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * emit (internal): a diagnostic as a JSON object, the same in the
 * --report and in --diagnostics-format=json (diagnostics.c).
 */
#ifndef EMIT_DIAGNOSTICS_H
#define EMIT_DIAGNOSTICS_H

#include <jansson.h>

#include "emit/emit.h"

/* {"severity", "code", "message", and "file", "line", "node" where set} */
json_t *diag_json(const struct diag *d);

#endif /* EMIT_DIAGNOSTICS_H */
