/* SPDX-License-Identifier: GPL-2.0+ */
/* Check suites for dtoc's stages; each tests/unit/test_*.c adds one. */
#ifndef UNIT_H
#define UNIT_H

#include <check.h>

#include "dtoc.h"

Suite *names_suite(void);
Suite *value_suite(void);
Suite *match_suite(void);
Suite *parse_suite(void);
Suite *lines_suite(void);
Suite *resolve_suite(void);
Suite *bindings_suite(void);
Suite *kbuild_suite(void);

#endif
