// SPDX-License-Identifier: GPL-2.0+
/*
 * dtoc: turn a devicetree blob and a driver source tree into the C files
 * that U-Boot's SPL/TPL build instead of carrying a devicetree.
 *
 * This file parses the command line, runs the stages and reports.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "diff/diff.h"
#include "dtb/dtb.h"
#include "emit/emit.h"
#include "kbuild/kbuild.h"
#include "resolve/resolve.h"
#include "scan/scan.h"
#include "variant/variant.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

static void usage(FILE *f)
{
	fputs("Usage: dtoc [options] COMMANDS\n"
	      "       dtoc diff [options] OLD NEW   (see dtoc diff --help)\n"
	      "Generate C code from a devicetree blob (see man dtoc).\n"
	      "\n"
	      "COMMANDS is a comma-separated list of: struct, decl, platdata\n"
	      "(or with -i: struct, decl, device, uclass), or all.\n"
	      "\n"
	      "Options:\n"
	      "  -d, --dtb-file FILE       input devicetree blob\n"
	      "  -c, --c-output-dir DIR    directory for .c files\n"
	      "  -C, --h-output-dir DIR    directory for .h files (default: -c)\n"
	      "  -o, --output FILE         write everything to FILE\n"
	      "  -i, --instantiate         instantiate devices at build time\n"
	      "  -p, --phase NAME          phase (spl, tpl, vpl) for DM_PHASE\n"
	      "      --include-disabled    keep nodes with status = \"disabled\"\n"
	      "      --variant NAME=FILE   a board variant: the overlay FILE (.dtbo)\n"
	      "                            applied to the blob (repeatable)\n"
	      "  -s, --srctree DIR         source tree to scan (repeatable)\n"
	      "      --bindings DIR        type properties from the dt-schema\n"
	      "                            YAML bindings below DIR (repeatable)\n"
	      "      --depfile FILE        write a Make rule: outputs depend on\n"
	      "                            the .dtb and the sources used\n"
	      "      --report FILE         write a JSON report of nodes, drivers\n"
	      "                            and diagnostics\n"
	      "      --werror              treat warnings as errors\n"
	      "      --check               check everything, write no output\n"
	      "  -v, --verbose             also print notes (what concerns only\n"
	      "                            parts of the tree this output does\n"
	      "                            not use)\n"
	      "      --diagnostics-format=text|json|sarif\n"
	      "                            how to print warnings and errors on\n"
	      "                            stderr (default: text)\n"
	      "      --cache FILE          keep what each source declared in FILE\n"
	      "      --config FILE         the build's .config: warn about used\n"
	      "                            drivers the phase does not build\n"
	      "  -h, --help                show this help\n"
	      "  -V, --version             show the version\n"
	      "\n"
	      "DTOC_FLAGS in the environment: options read before these.\n",
	      f);
}

__attribute__((format(printf, 1, 2)))
static int usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("dtoc: error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs(" (see dtoc --help)\n", stderr);
	return EXIT_USAGE;
}

/* When run as <tree>/tools/dtoc/dtoc, scan <tree>, as U-Boot's does. */
static const char *default_srctree(struct arena *a, const char *argv0)
{
	static const char suffix[] = "tools/dtoc/dtoc";
	size_t len = strlen(argv0), slen = strlen(suffix);

	if (len < slen || strcmp(argv0 + len - slen, suffix))
		return ".";
	if (len == slen)
		return "./";
	return arena_strndup(a, argv0, len - slen);
}

/* The options (of a run, or of `dtoc diff`'s runs); the arguments left
 * start at optind. */
static int parse_options(struct ctx *ctx, int argc, char **argv)
{
	enum {
		OPT_INCLUDE_DISABLED = 256,
		OPT_DEPFILE,
		OPT_REPORT,
		OPT_WERROR,
		OPT_CHECK,
		OPT_CACHE,
		OPT_BINDINGS,
		OPT_VARIANT,
		OPT_CONFIG,
		OPT_DIAG_FORMAT,
	};
	static const struct option longopts[] = {
		{ "dtb-file", required_argument, NULL, 'd' },
		{ "c-output-dir", required_argument, NULL, 'c' },
		{ "h-output-dir", required_argument, NULL, 'C' },
		{ "output", required_argument, NULL, 'o' },
		{ "instantiate", no_argument, NULL, 'i' },
		{ "phase", required_argument, NULL, 'p' },
		{ "include-disabled", no_argument, NULL, OPT_INCLUDE_DISABLED },
		{ "srctree", required_argument, NULL, 's' },
		{ "build-dir", required_argument, NULL, 'B' },
		{ "depfile", required_argument, NULL, OPT_DEPFILE },
		{ "report", required_argument, NULL, OPT_REPORT },
		{ "werror", no_argument, NULL, OPT_WERROR },
		{ "check", no_argument, NULL, OPT_CHECK },
		{ "cache", required_argument, NULL, OPT_CACHE },
		{ "bindings", required_argument, NULL, OPT_BINDINGS },
		{ "verbose", no_argument, NULL, 'v' },
		{ "variant", required_argument, NULL, OPT_VARIANT },
		{ "config", required_argument, NULL, OPT_CONFIG },
		{ "diagnostics-format", required_argument, NULL,
		  OPT_DIAG_FORMAT },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct options *opt = &ctx->opt;
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":d:c:C:o:ip:s:B:vhV", longopts,
				NULL)) != -1) {
		switch (c) {
		case 'd':
			opt->dtb_file = optarg;
			break;
		case 'c':
			opt->c_output_dir = optarg;
			break;
		case 'C':
			opt->h_output_dir = optarg;
			break;
		case 'o':
			opt->output = optarg;
			break;
		case 'i':
			opt->instantiate = true;
			break;
		case 'v':
			opt->verbose = true;
			break;
		case 'p':
			opt->phase = optarg;
			break;
		case OPT_INCLUDE_DISABLED:
			opt->include_disabled = true;
			break;
		case OPT_DEPFILE:
			opt->depfile = optarg;
			break;
		case OPT_REPORT:
			opt->report = optarg;
			break;
		case OPT_WERROR:
			opt->werror = true;
			break;
		case OPT_CHECK:
			opt->check = true;
			break;
		case OPT_CACHE:
			opt->cache_file = optarg;
			break;
		case OPT_CONFIG:
			opt->config_file = optarg;
			break;
		case OPT_DIAG_FORMAT:
			if (!strcmp(optarg, "text"))
				opt->diag_format = DIAG_FORMAT_TEXT;
			else if (!strcmp(optarg, "json"))
				opt->diag_format = DIAG_FORMAT_JSON;
			else if (!strcmp(optarg, "sarif"))
				opt->diag_format = DIAG_FORMAT_SARIF;
			else
				return usage_error("--diagnostics-format is text, json or sarif, not '%s'",
						   optarg);
			break;
		case OPT_BINDINGS:
			opt->bindings_dirs = xrealloc(opt->bindings_dirs,
						      (opt->nbindings_dirs + 1) *
							      sizeof(char *));
			opt->bindings_dirs[opt->nbindings_dirs++] = optarg;
			break;
		case OPT_VARIANT: {
			const char *eq = strchr(optarg, '=');

			if (!eq || eq == optarg || !eq[1])
				return usage_error("--variant needs NAME=FILE.dtbo, not '%s'",
						   optarg);
			opt->variants = xrealloc(opt->variants,
						 (opt->nvariants + 1) *
							 sizeof(char *));
			opt->variants[opt->nvariants++] = optarg;
			break;
		}
		case 's':
			opt->srctrees = xrealloc(opt->srctrees,
						 (opt->nsrctrees + 1) *
							 sizeof(char *));
			opt->srctrees[opt->nsrctrees++] = optarg;
			break;
		case 'B':
			break; /* the reference's test option; no effect */
		case 'h':
			usage(stdout);
			exit(EXIT_OK);
		case 'V':
			printf("dtoc %s\n", DTOC_VERSION);
			exit(EXIT_OK);
		case ':':
			return usage_error("option '%s' needs an argument",
					   argv[optind - 1]);
		default:
			return usage_error("unknown option '%s'",
					   argv[optind - 1]);
		}
	}
	if (opt->config_file) {
		enum kb_phase phase;

		if (kb_phase_from_name(opt->phase, &phase))
			return usage_error("--config knows the phases spl, tpl and vpl (and U-Boot proper: no -p), not '%s'",
					   opt->phase);
	}
	if (!opt->nsrctrees) {
		opt->srctrees = xmalloc(sizeof(char *));
		opt->srctrees[opt->nsrctrees++] =
			default_srctree(&ctx->arena, argv[0]);
	}
	return EXIT_OK;
}

static int parse_args(struct ctx *ctx, int argc, char **argv)
{
	struct options *opt = &ctx->opt;
	int status = parse_options(ctx, argc, argv);

	if (status != EXIT_OK)
		return status;
	if (optind == argc)
		return usage_error("%s", "please specify a command: struct, decl, platdata, all (or with -i: device, uclass)");
	if (optind + 1 < argc)
		return usage_error("unexpected argument '%s': give the commands as one comma-separated list",
				   argv[optind + 1]);
	opt->commands = argv[optind];
	if (!opt->dtb_file)
		return usage_error("%s", "no devicetree blob given (-d FILE)");
	if (opt->output && (opt->c_output_dir || opt->h_output_dir))
		return usage_error("%s", "give either -o or -c/-C, not both");
	if (opt->depfile && opt->check)
		return usage_error("%s", "--depfile names no outputs with --check, which writes none");
	if (opt->depfile && !opt->output && !opt->c_output_dir &&
	    !opt->h_output_dir)
		return usage_error("%s", "--depfile needs output files: give -o or -c/-C");
	if ((opt->depfile && opt->report && !strcmp(opt->depfile, opt->report)) ||
	    (opt->output && opt->depfile && !strcmp(opt->output, opt->depfile)) ||
	    (opt->output && opt->report && !strcmp(opt->output, opt->report)))
		return usage_error("%s", "-o, --depfile and --report must name different files");
	return EXIT_OK;
}

/* The output files for the commands, in the order they are written. */
static int select_files(struct ctx *ctx, const struct output_file **files,
			int *count)
{
	char *cmds = arena_strdup(&ctx->arena, ctx->opt.commands);
	bool inst = ctx->opt.instantiate;
	int n = 0;

	for (char *p = cmds, *cmd; (cmd = strsep(&p, ","));) {
		const struct output_file *of = output_file_for(cmd, inst);

		if (!strcmp(cmd, "all")) {
			n = output_files_all(inst, files);
			break;
		}
		if (!of) {
			fprintf(stderr,
				"dtoc: error: unknown command '%s' (use: %s, or all)\n",
				cmd, valid_commands(&ctx->arena, inst));
			return EXIT_USAGE;
		}
		if (n < 64)
			files[n++] = of;
	}
	*count = n;
	return EXIT_OK;
}

static const char *output_path(struct ctx *ctx, const struct output_file *of)
{
	const struct options *opt = &ctx->opt;
	const char *dir;

	if (opt->output)
		return opt->output;
	if (!opt->c_output_dir && !opt->h_output_dir)
		return NULL; /* stdout */
	if (of->kind == FILE_HEADER)
		dir = opt->h_output_dir ? opt->h_output_dir : opt->c_output_dir;
	else
		dir = opt->c_output_dir ? opt->c_output_dir : ".";
	return arena_printf(&ctx->arena, "%s/%s", dir, of->fname);
}

/* The steps of a run, each checking its own input: read the blob (and
 * apply the variants' overlays), scan the source trees, resolve, check
 * what the output needs, then (unless --check) emit and write. Each
 * returns 0 or a DTOC_ERR_ code with the error recorded in @ctx; only
 * the steps before emit warn, so nothing is emitted that a failure or
 * --check throws away. */

static int read_inputs(struct ctx *ctx)
{
	if (dt_read(ctx, ctx->opt.dtb_file))
		return DTOC_ERR_INPUT;
	return ctx->opt.nvariants ? variants_load(ctx) : 0;
}

/* The check step (emit_check()), then --werror. */
static int check(struct ctx *ctx, struct resolved *res,
		 const struct output_file **files, int count)
{
	int n;

	if (emit_check(ctx, res, files, count))
		return DTOC_ERR_INPUT;
	n = diag_count(ctx, SEV_WARNING);
	if (ctx->opt.werror && n)
		return error_at(ctx, DC_WARNINGS_AS_ERRORS, NO_LOC,
				"%d warning%s treated as error%s (--werror)", n,
				n > 1 ? "s" : "", n > 1 ? "s" : "");
	return 0;
}

/* Each file into its pending output; each written to a directory
 * replaces the last one of that name, while -o and stdout collect them
 * all. */
static int emit(struct ctx *ctx, const struct resolved *res,
		const struct output_file **files, int count,
		struct outputs *outs)
{
	for (int i = 0; i < count; i++) {
		const struct output_file *of = files[i];
		struct pending *p = outputs_get(outs, output_path(ctx, of));

		if (p->path && !ctx->opt.output)
			p->content.len = 0;
		emit_header_comment(&p->content, of);
		if (of->emit(ctx, res, &p->content))
			return DTOC_ERR_INPUT;
	}
	return 0;
}

/* The outputs, the depfile with them, all or nothing */
static int write_outputs(struct ctx *ctx, const struct resolved *res,
			 struct outputs *outs)
{
	const struct options *opt = &ctx->opt;

	if (opt->depfile) {
		struct pending *dep = outputs_get(outs, opt->depfile);

		/* always rewritten: its time stamp tells Make dtoc ran */
		dep->touch = true;
		depfile_write(ctx, res, outs, &dep->content);
	}
	return outputs_commit(ctx, outs);
}

static int run(struct ctx *ctx, struct resolved *res,
	       const struct output_file **files, int nfiles,
	       struct outputs *outs)
{
	int ret;

	ret = read_inputs(ctx);
	if (!ret)
		ret = scan_trees(ctx);
	if (!ret)
		ret = resolve(ctx, res);
	if (!ret)
		ret = check(ctx, res, files, nfiles);
	if (ret || ctx->opt.check)
		return ret;
	ret = emit(ctx, res, files, nfiles, outs);
	if (!ret)
		ret = write_outputs(ctx, res, outs);
	return ret;
}

/* DTOC_FLAGS as a shell splits words: blanks separate them, '...' and
 * "..." quote, a backslash escapes the next character (in "...": only
 * \\, \", \$ and \`). Returns -1 for an unterminated quote. */
static int split_flags(struct arena *a, const char *s, struct ptrvec *words)
{
	struct strbuf w = { 0 };
	bool in_word = false;
	int ret = 0;

	for (;; s++) {
		char c = *s;

		if (!c || c == ' ' || c == '\t' || c == '\n') {
			if (in_word)
				apv_push(a, words,
					 arena_strdup(a, w.buf ? w.buf : ""));
			w.len = 0;
			in_word = false;
			if (!c)
				break;
			continue;
		}
		in_word = true;
		if (c == '\\' && s[1]) {
			sb_add(&w, ++s, 1);
		} else if (c == '\'' || c == '"') {
			const char *end = s + 1;

			while (*end && *end != c) {
				if (c == '"' && *end == '\\' &&
				    strchr("\\\"$`", end[1]) && end[1])
					end++;
				sb_add(&w, end++, 1);
			}
			if (!*end) {
				ret = -1;
				break;
			}
			sb_add(&w, "", 0);
			s = end;
		} else {
			sb_add(&w, s, 1);
		}
	}
	sb_free(&w);
	return ret;
}

/* argv with DTOC_FLAGS' words put before the command line's */
static char **with_env_flags(struct ctx *ctx, int *argc, char **argv)
{
	const char *env = getenv("DTOC_FLAGS");
	struct ptrvec words = { 0 };
	char **nargv;

	if (!env)
		return argv;
	if (split_flags(&ctx->arena, env, &words)) {
		usage_error("%s", "DTOC_FLAGS has an unterminated quote");
		return NULL;
	}
	if (!words.count)
		return argv;
	nargv = arena_alloc(&ctx->arena,
			    (*argc + words.count + 1) * sizeof(char *));
	nargv[0] = argv[0];
	for (int i = 0; i < words.count; i++)
		nargv[i + 1] = words.items[i];
	for (int i = 1; i <= *argc; i++)
		nargv[i + words.count] = argv[i];
	*argc += words.count;
	return nargv;
}

/* `dtoc diff ...`: DTOC_FLAGS' words go before the arguments after
 * "diff", as before a run's */
static int diff_command(int argc, char **argv)
{
	struct ctx ctx = { 0 };
	char **args;
	int status;

	argv[1] = argv[0];
	argc--;
	args = with_env_flags(&ctx, &argc, argv + 1);
	status = args ? diff_main(argc, args, parse_options) : EXIT_USAGE;
	ctx_free(&ctx);
	return status;
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "diff"))
		return diff_command(argc, argv);

	struct ctx ctx = { 0 };
	struct resolved res = { 0 };
	struct outputs outs = { 0 };
	const struct output_file *files[64];
	int nfiles = 0;
	char **args = with_env_flags(&ctx, &argc, argv);
	int status = args ? parse_args(&ctx, argc, args) : EXIT_USAGE;

	if (status == EXIT_OK)
		status = select_files(&ctx, files, &nfiles);
	if (status == EXIT_OK) {
		int ret;

		/* a run stopped by a signal leaves no temporary file */
		tempfiles_catch_signals();
		ret = run(&ctx, &res, files, nfiles, &outs);

		if (ctx.opt.report && report_write(&ctx, &res, ret == 0) &&
		    !ret)
			ret = DTOC_ERR_IO;
		diagnostics_print(&ctx, ret != 0, DTOC_VERSION, stderr);
		if (ret)
			status = EXIT_INPUT;
	}
	outputs_free(&outs);
	resolved_free(&res);
	kbuild_run_free(ctx.kbuild);
	free(ctx.opt.srctrees);
	free(ctx.opt.bindings_dirs);
	free(ctx.opt.variants);
	ctx_free(&ctx);
	return status;
}
