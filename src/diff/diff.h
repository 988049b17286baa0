/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * diff: `dtoc diff [RUN OPTIONS] OLD NEW`, what a devicetree or driver
 * change does to the generated files. Each side is a --report JSON,
 * read from a file or built in memory by running the pipeline on a
 * blob (the source trees scanned once for both); the two are matched
 * node by node and compared, and the result printed as text or JSON.
 * The last stage: it reads what emit's report holds.
 */
#ifndef DIFF_DIFF_H
#define DIFF_DIFF_H

#include "dtoc.h"

/* Parses a run's options (main.c): 0 or an exit status; the arguments
 * that are not options are left from optind on. */
typedef int (*diff_option_parser)(struct ctx *ctx, int argc, char **argv);

/* The whole subcommand; @argv[0] is the program, then the arguments
 * after "diff". Returns the exit status: 0 no differences, 1
 * differences, 2 trouble (reported on stderr). */
int diff_main(int argc, char **argv, diff_option_parser parse);

#endif /* DIFF_DIFF_H */
