/* SPDX-License-Identifier: GPL-2.0+ */
/* Check suites for dtoc's stages; each tests/unit/test_*.c adds one. */
#ifndef UNIT_H
#define UNIT_H

#include <check.h>

#include "base/diag.h"
#include "bindings/bindings.h"
#include "bindings/schema.h"
#include "dtb/dtb.h"
#include "emit/emit.h"
#include "resolve/resolve.h"
#include "scan/cache.h"
#include "scan/lines.h"
#include "scan/merge.h"
#include "scan/parse.h"
#include "scan/scan.h"
#include "scan/walk.h"

Suite *names_suite(void);
Suite *value_suite(void);
Suite *match_suite(void);
Suite *parse_suite(void);
Suite *lines_suite(void);
Suite *resolve_suite(void);
Suite *bindings_suite(void);
Suite *kbuild_suite(void);
Suite *diag_suite(void);
Suite *cache_suite(void);
Suite *size_suite(void);
Suite *diff_suite(void);

#endif
