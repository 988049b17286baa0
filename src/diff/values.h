/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * diff (internal): property values compared through the matches (values.c)
 */
#ifndef DIFF_VALUES_H
#define DIFF_VALUES_H

#include "diff/common.h"

/* values.c: a property's value as dtc writes it, "(none)" if absent */
char *value_str(struct diff *d, json_t *prop);
/* values.c: the same value, phandles by their (matched) target */
bool same_value(const struct diff *d, json_t *o, json_t *n);
/* values.c: an unchanged value whose phandles point at other numbers */
bool phandle_numbers_moved(const struct diff *d, json_t *o, json_t *n);
/* values.c: a long array's change as the run that differs, or NULL */
const char *array_change(struct diff *d, const char *name, json_t *a,
			 json_t *b);
/* values.c: "reg: the same addresses and sizes ..." or NULL */
const char *reg_same_values(struct diff *d, const struct dnode *o,
			    const struct dnode *n, json_t *a, json_t *b);

#endif /* DIFF_VALUES_H */
