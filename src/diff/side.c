// SPDX-License-Identifier: GPL-2.0+
/*
 * diff: one side, as the report JSON that --report writes. A .dtb runs
 * the pipeline here (writing nothing) and builds that JSON in memory; a
 * report file is read and checked (its layout, the dtoc that wrote it,
 * a run that succeeded); /dev/null, as git passes for an added or a
 * deleted file, is a side with no nodes.
 *
 * Two blobs share one scan of the source trees: the second run takes
 * the first's scan (resolve_reset_scan() clears what the first resolve
 * wrote into it) and the first's scan diagnostics, which belong to both.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "diff/diff-internal.h"
#include "emit/emit.h"
#include "kbuild/kbuild.h"
#include "resolve/resolve.h"
#include "variant/variant.h"

static int side_error(const struct side *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int side_error(const struct side *s, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "dtoc: error: %s: ", s->path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return 2;
}

/* ------------------------------------------------------------ blobs */

/* The stages of a run (main.c's run()), writing nothing. *@loaded:
 * whether the blob was read and the sources scanned (a failure after
 * that is the run's, reported as such; before it, trouble). */
static int run_blob(struct side *s, struct side *scan_from, int *scan_diags,
		    bool *loaded)
{
	struct ctx *ctx = &s->ctx;
	const struct options *opt = &ctx->opt;
	const struct output_file *files[8];
	int before, nfiles;

	*loaded = false;
	if (dt_read(ctx, s->path) || (opt->nvariants && variants_load(ctx)))
		return DTOC_ERR_INPUT;
	before = ctx->warnings.count;
	if (scan_from && scan_from->is_blob && scan_from->ctx.scan) {
		resolve_reset_scan(scan_from->ctx.scan);
		ctx->scan = scan_from->ctx.scan;
		s->borrowed_scan = true;
	} else if (scan_trees(ctx)) {
		return DTOC_ERR_INPUT;
	}
	scan_diags[0] = before;
	scan_diags[1] = ctx->warnings.count;
	*loaded = true;
	/* main.c's check step, for every file of the mode (as a run with
	 * "all" and --report does: its warnings are the report's) */
	if (resolve(ctx, &s->res))
		return DTOC_ERR_INPUT;
	nfiles = output_files_all(opt->instantiate, files);
	return emit_check(ctx, &s->res, files, nfiles);
}

/* The error that stopped a run, without "dtoc: error: " (malloc'ed) */
static char *run_error_text(const struct side *s)
{
	static const char prefix[] = "dtoc: error: ";
	char *line = s->ctx.error ? diag_format(s->ctx.error) : NULL;
	char *text;

	if (!line)
		return xstrdup("the run failed");
	text = xstrdup(!strncmp(line, prefix, strlen(prefix)) ?
			       line + strlen(prefix) : line);
	free(line);
	return text;
}

int side_failure(const struct side *s)
{
	if (strstr(s->failed, s->path))
		fprintf(stderr, "dtoc: error: %s\n", s->failed);
	else
		fprintf(stderr, "dtoc: error: %s: %s\n", s->path, s->failed);
	return 2;
}

static int load_blob(struct side *s, const struct options *opt,
		     struct side *scan_from)
{
	int scan_diags[2] = { 0, 0 };
	bool loaded;
	json_t *diags;

	s->is_blob = true;
	s->ctx.opt = *opt;
	s->ctx.opt.dtb_file = s->path;
	if (run_blob(s, scan_from, scan_diags, &loaded)) {
		s->failed = run_error_text(s);
		if (!loaded)
			return side_failure(s);
	}
	s->report = report_build(&s->ctx, &s->res, !s->failed);
	/* the report of a borrowed scan lacks the scan's diagnostics */
	diags = json_object_get(s->report, "diagnostics");
	if (s->borrowed_scan) {
		json_t *theirs = json_object_get(scan_from->report,
						 "diagnostics");
		int at = scan_diags[0];

		for (int i = scan_from->scan_diags[0];
		     i < scan_from->scan_diags[1]; i++)
			json_array_insert(diags, at++,
					  json_array_get(theirs, i));
	} else {
		s->scan_diags[0] = scan_diags[0];
		s->scan_diags[1] = scan_diags[1];
	}
	return 0;
}

/* ---------------------------------------------------------- reports */

static const char *first_error(json_t *report)
{
	json_t *d;
	size_t i;

	json_array_foreach(json_object_get(report, "diagnostics"), i, d) {
		const char *sev = json_string_value(json_object_get(d,
								    "severity"));

		if (sev && !strcmp(sev, "error"))
			return json_string_value(json_object_get(d, "message"));
	}
	return NULL;
}

/* Every node with a path, once; props objects */
static int check_nodes(const struct side *s, json_t *arr, const char *key,
		       struct strmap *seen)
{
	json_t *n;
	size_t i;

	if (!json_is_array(arr))
		return side_error(s, "not a dtoc report: \"%s\" is not an array",
				  key);
	json_array_foreach(arr, i, n) {
		const char *path = json_string_value(json_object_get(n, "path"));
		json_t *props = json_object_get(n, "props");

		if (!path || path[0] != '/')
			return side_error(s, "not a dtoc report: %s[%zu] has no path",
					  key, i);
		if (sm_has(seen, path))
			return side_error(s, "not a dtoc report: node '%s' is listed twice",
					  path);
		if (!json_is_object(props))
			return side_error(s, "not a dtoc report: node '%s' has no \"props\" object",
					  path);
		sm_put(seen, path, n);
	}
	return 0;
}

static int check_report(struct side *s)
{
	json_t *r = s->report;
	json_t *layout = json_object_get(r, "dtoc_report");
	const char *version = json_string_value(json_object_get(r,
							       "dtoc_version"));
	struct strmap seen = { 0 };
	int ret;

	if (!json_is_object(r) || !json_object_get(r, "nodes"))
		return side_error(s, "not a dtoc report (a JSON object with \"nodes\")");
	if (!layout)
		return side_error(s, "a report from an older dtoc, without the tree (no \"dtoc_report\" layout): write it again with this dtoc's --report");
	if (!json_is_integer(layout) ||
	    json_integer_value(layout) != REPORT_FORMAT)
		return side_error(s, "a report of layout %lld; this dtoc reads layout %d: write it again with this dtoc's --report",
				  (long long)json_integer_value(layout),
				  REPORT_FORMAT);
	if (!version || strcmp(version, DTOC_VERSION))
		return side_error(s, "a report from dtoc %s, not this dtoc %s, which may resolve the nodes differently: write it again with this dtoc's --report",
				  version ? version : "(unknown)", DTOC_VERSION);
	if (!json_is_true(json_object_get(r, "ok"))) {
		const char *err = first_error(r);

		/* cli.c decides: trouble, or with --fail-on its new error */
		struct strbuf sb = { 0 };

		sb_printf(&sb, "a report of a run that failed%s%s",
			  err ? ": " : "", err ? err : "");
		s->failed = sb.buf;
		return 0;
	}
	if (!json_is_object(json_object_get(r, "aliases")) ||
	    !json_is_array(json_object_get(r, "structs")) ||
	    !json_is_array(json_object_get(r, "diagnostics")))
		return side_error(s, "not a dtoc report: \"aliases\", \"structs\" or \"diagnostics\" is missing");
	ret = check_nodes(s, json_object_get(r, "nodes"), "nodes", &seen);
	if (!ret)
		ret = check_nodes(s, json_object_get(r, "skipped"), "skipped",
				  &seen);
	sm_free(&seen);
	return ret;
}

static int load_report(struct side *s)
{
	json_error_t err;

	s->report = json_load_file(s->path, JSON_REJECT_DUPLICATES, &err);
	if (!s->report)
		return side_error(s, "not a devicetree blob, nor a JSON report (line %d: %s)",
				  err.line, err.text);
	return check_report(s);
}

/* /dev/null: git's side of an added or a deleted file */
static json_t *empty_report(void)
{
	return json_pack("{s:i, s:s, s:b, s:[], s:[], s:{}, s:[], s:[], s:b}",
			 "dtoc_report", REPORT_FORMAT, "dtoc_version",
			 DTOC_VERSION, "ok", 1, "nodes", "skipped", "aliases",
			 "structs", "diagnostics", "empty", 1);
}

int side_load(struct side *s, const struct options *opt,
	      struct side *scan_from)
{
	unsigned char magic[4] = { 0 };
	FILE *f;
	size_t n;

	if (!strcmp(s->path, "/dev/null")) {
		s->report = empty_report();
		return 0;
	}
	f = fopen(s->path, "rb");
	if (!f)
		return side_error(s, "cannot read it: %s", strerror(errno));
	n = fread(magic, 1, sizeof(magic), f);
	fclose(f);
	if (n == 4 && magic[0] == 0xd0 && magic[1] == 0x0d &&
	    magic[2] == 0xfe && magic[3] == 0xed)
		return load_blob(s, opt, scan_from);
	if (n == 0)
		return side_error(s, "an empty file, neither a devicetree blob nor a report");
	return load_report(s);
}

int sides_agree(const struct side *old, const struct side *new)
{
	json_t *o = old->report, *n = new->report;
	const char *op = json_string_value(json_object_get(o, "phase"));
	const char *np = json_string_value(json_object_get(n, "phase"));

	if (json_is_true(json_object_get(o, "empty")) ||
	    json_is_true(json_object_get(n, "empty")))
		return 0;
	if (json_is_true(json_object_get(o, "instantiate")) !=
	    json_is_true(json_object_get(n, "instantiate"))) {
		fprintf(stderr, "dtoc: error: %s is %s -i and %s %s: compare runs of one mode\n",
			old->path,
			json_is_true(json_object_get(o, "instantiate")) ?
				"with" : "without",
			new->path,
			json_is_true(json_object_get(n, "instantiate")) ?
				"with it" : "without it");
		return 2;
	}
	if ((op || np) && (!op || !np || strcmp(op, np))) {
		fprintf(stderr, "dtoc: error: %s is of phase %s and %s of phase %s: compare runs of one phase\n",
			old->path, op ? op : "(none)", new->path,
			np ? np : "(none)");
		return 2;
	}
	return 0;
}

void side_free(struct side *s)
{
	free(s->failed);
	json_decref(s->report);
	if (!s->is_blob)
		return;
	if (s->borrowed_scan)
		s->ctx.scan = NULL;
	resolved_free(&s->res);
	kbuild_run_free(s->ctx.kbuild);
	ctx_free(&s->ctx);
}
