// SPDX-License-Identifier: GPL-2.0+
/*
 * diff: the subcommand's command line. Its own options are taken out
 * first; the rest are a run's options (main.c parses them), given to
 * both sides, and the two files (or, with --git, the seven arguments
 * git passes an external diff driver).
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diff/diff-internal.h"

enum color { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct diff_opts {
	bool json;
	bool git;
	bool fail_on_new;
	enum color color;
};

static void usage(FILE *f)
{
	fputs("Usage: dtoc diff [RUN OPTIONS] [--json] [--color[=WHEN]]\n"
	      "                 [--fail-on=new-warnings] OLD NEW\n"
	      "       dtoc diff --git [RUN OPTIONS] PATH OLD-FILE OLD-HEX OLD-MODE\n"
	      "                 NEW-FILE NEW-HEX NEW-MODE\n"
	      "What a devicetree or driver change does to the generated files.\n"
	      "OLD and NEW are each a .dtb (run with the RUN OPTIONS: -s, -p, -i,\n"
	      "--bindings, --variant, --config, ...) or a --report JSON file.\n"
	      "\n"
	      "  --json                    the result as JSON\n"
	      "  --color[=WHEN]            auto (a terminal; the default), always,\n"
	      "                            never\n"
	      "  --fail-on=new-warnings    exit 1 only for warnings or errors new\n"
	      "                            in NEW\n"
	      "  --git                     as git's external diff driver\n"
	      "\n"
	      "Exit status: 0 no differences, 1 differences, 2 trouble.\n",
	      f);
}

__attribute__((format(printf, 1, 2)))
static int bad(const char *fmt, ...)
{
	va_list ap;

	fputs("dtoc: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs(" (see dtoc diff --help)\n", stderr);
	return 2;
}

/* Take diff's own options out of @argv; the rest stay in order. */
static int own_options(int *argc, char **argv, struct diff_opts *d)
{
	int out = 1;

	for (int i = 1; i < *argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--")) {
			while (i < *argc)
				argv[out++] = argv[i++];
			break;
		}
		if (!strcmp(a, "--json")) {
			d->json = true;
		} else if (!strcmp(a, "--git")) {
			d->git = true;
		} else if (!strcmp(a, "--color") ||
			   !strcmp(a, "--color=always")) {
			d->color = COLOR_ALWAYS;
		} else if (!strcmp(a, "--color=never")) {
			d->color = COLOR_NEVER;
		} else if (!strcmp(a, "--color=auto")) {
			d->color = COLOR_AUTO;
		} else if (!strncmp(a, "--color=", 8)) {
			return bad("--color takes auto, always or never, not '%s'",
				   a + 8);
		} else if (!strcmp(a, "--fail-on=new-warnings")) {
			d->fail_on_new = true;
		} else if (!strncmp(a, "--fail-on", 9)) {
			return bad("--fail-on takes new-warnings, not '%s'",
				   a[9] == '=' ? a + 10 : "");
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage(stdout);
			exit(0);
		} else {
			argv[out++] = argv[i];
		}
	}
	*argc = out;
	argv[out] = NULL;
	return 0;
}

/* What a run writes has no place here */
static int no_outputs(const struct options *opt)
{
	if (opt->dtb_file)
		return bad("%s", "dtoc diff takes its blobs as OLD and NEW, not -d");
	if (opt->output || opt->c_output_dir || opt->h_output_dir ||
	    opt->depfile || opt->report)
		return bad("%s", "dtoc diff writes no files: drop -o, -c, -C, --depfile and --report (write the reports with dtoc --report)");
	if (opt->werror || opt->check)
		return bad("%s", "dtoc diff compares warnings with --fail-on=new-warnings, not --werror or --check");
	return 0;
}

static bool use_color(enum color c)
{
	if (c != COLOR_AUTO)
		return c == COLOR_ALWAYS;
	return isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
}

int diff_main(int argc, char **argv, diff_option_parser parse)
{
	struct diff_opts d = { 0 };
	struct ctx run = { 0 };
	struct side old = { 0 }, new = { 0 };
	json_t *result = NULL;
	int nfiles, status;

	status = own_options(&argc, argv, &d);
	if (!status)
		status = parse(&run, argc, argv);
	if (!status)
		status = no_outputs(&run.opt);
	nfiles = argc - optind;
	if (!status && nfiles != (d.git ? 7 : 2))
		status = d.git ?
			bad("--git takes the 7 arguments git passes, not %s",
			    nfiles < 7 ? "fewer" : "more") :
			bad("give two files, OLD and NEW, %s",
			    nfiles < 2 ? "not fewer" : "not more");
	if (status)
		goto out;
	old.path = argv[optind + (d.git ? 1 : 0)];
	new.path = argv[optind + (d.git ? 4 : 1)];
	status = side_load(&old, &run.opt, NULL);
	if (!status)
		status = side_load(&new, &run.opt, &old);
	if (!status)
		status = sides_agree(&old, &new);
	if (status)
		goto out;
	if (old.failed || (new.failed && !d.fail_on_new)) {
		/* nothing to compare: OLD must be a run that works */
		status = side_failure(old.failed ? &old : &new);
		goto out;
	}
	/* --fail-on: a NEW that fails brings its error, a new one */
	result = new.failed ?
		diff_diagnostics_only(old.report, new.report, new.failed) :
		diff_compare(old.report, new.report);
	if (diff_any(result)) {
		if (d.git && !d.json)
			printf("dtoc diff a/%s b/%s\n", argv[optind],
			       argv[optind]);
		if (d.json)
			json_dumpf(result, stdout, JSON_INDENT(2) |
				   JSON_PRESERVE_ORDER);
		else
			diff_print_text(stdout, result, use_color(d.color));
		if (d.json)
			fputc('\n', stdout);
	}
	if (d.fail_on_new)
		status = diff_new_diagnostics(result) ? 1 : 0;
	else
		status = diff_any(result) ? 1 : 0;
	/* git takes any other status than 0 for a failure of the driver */
	if (d.git)
		status = 0;
	if (fflush(stdout) || ferror(stdout)) {
		fputs("dtoc: error: cannot write the result\n", stderr);
		status = 2;
	}
out:
	json_decref(result);
	side_free(&new);
	side_free(&old);
	free(run.opt.srctrees);
	free(run.opt.bindings_dirs);
	free(run.opt.variants);
	ctx_free(&run);
	return status;
}
