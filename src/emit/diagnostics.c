// SPDX-License-Identifier: GPL-2.0+
/*
 * The run's diagnostics on stderr, in the form --diagnostics-format
 * asks for: the text lines (the default), a JSON array of the records,
 * or a SARIF 2.1.0 log, which code scanning services and editors read.
 * Every form holds the same records: the warnings in the order they
 * arose, the notes among them only with -v, then the error of a failed
 * run.
 */
#include <stdlib.h>
#include <string.h>

#include "emit/diagnostics.h"

#define SARIF_SCHEMA \
	"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

json_t *diag_json(const struct diag *d)
{
	json_t *obj = json_object();

	json_object_set_new(obj, "severity",
			    json_string(severity_name(d->severity)));
	json_object_set_new(obj, "code", json_string(diag_code_name(d->code)));
	json_object_set_new(obj, "message", json_string(d->text));
	if (d->file)
		json_object_set_new(obj, "file", json_string(d->file));
	if (d->line)
		json_object_set_new(obj, "line", json_integer(d->line));
	if (d->node)
		json_object_set_new(obj, "node", json_string(d->node));
	return obj;
}

/* The records to print, in order */
static void printed(const struct ctx *ctx, bool failed, struct ptrvec *out)
{
	for (int i = 0; i < ctx->warnings.count; i++) {
		struct diag *d = ctx->warnings.items[i];

		if (d->severity != SEV_NOTE || ctx->opt.verbose)
			pv_push(out, d);
	}
	if (failed && ctx->error)
		pv_push(out, ctx->error);
}

/* A path as a URI reference (RFC 3986): a relative path stays relative
 * (code scanning resolves it against the checkout), an absolute one is
 * a file: URI; bytes outside the unreserved set and '/' are %-encoded. */
static char *path_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	struct strbuf sb = { 0 };

	sb_puts(&sb, path[0] == '/' ? "file://" : "");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/-._~", *p)) {
			sb_add(&sb, (const char *)p, 1);
		} else {
			char esc[3] = { '%', hex[*p >> 4], hex[*p & 15] };

			sb_add(&sb, esc, 3);
		}
	}
	return sb.buf;
}

static json_t *artifact(const char *path)
{
	char *uri = path_uri(path);
	json_t *obj = json_pack("{s:s}", "uri", uri);

	free(uri);
	return obj;
}

/* A result's location: the file and line, or for a node alone the blob
 * it is in (services want a file); the node as a logical location. */
static json_t *sarif_location(const struct ctx *ctx, const struct diag *d)
{
	json_t *loc = json_object();
	json_t *phys = json_object();

	if (d->file) {
		json_object_set_new(phys, "artifactLocation",
				    artifact(d->file));
		if (d->line)
			json_object_set_new(phys, "region",
					    json_pack("{s:i}", "startLine",
						      d->line));
	} else if (d->node) {
		json_object_set_new(phys, "artifactLocation",
				    artifact(ctx->opt.dtb_file));
	}
	if (json_object_size(phys))
		json_object_set_new(loc, "physicalLocation", phys);
	else
		json_decref(phys);
	if (d->node) {
		const char *name = strrchr(d->node, '/');

		json_object_set_new(loc, "logicalLocations",
				    json_pack("[{s:s, s:s, s:s}]", "name",
					      name && name[1] ? name + 1 :
								d->node,
					      "fullyQualifiedName", d->node,
					      "kind", "element"));
	}
	return loc;
}

static json_t *sarif_result(const struct ctx *ctx, const struct diag *d)
{
	json_t *res = json_object();
	json_t *locs = json_array();
	json_t *loc = sarif_location(ctx, d);

	json_object_set_new(res, "ruleId",
			    json_string(diag_code_name(d->code)));
	json_object_set_new(res, "ruleIndex", json_integer(d->code));
	json_object_set_new(res, "level",
			    json_string(severity_name(d->severity)));
	json_object_set_new(res, "message",
			    json_pack("{s:s}", "text", d->text));
	if (json_object_size(loc))
		json_array_append_new(locs, loc);
	else
		json_decref(loc);
	json_object_set_new(res, "locations", locs);
	return res;
}

static json_t *sarif_log(const struct ctx *ctx, const struct ptrvec *diags,
			 bool failed, const char *version)
{
	json_t *rules = json_array();
	json_t *results = json_array();

	for (int c = 0; c < DC_COUNT; c++)
		json_array_append_new(rules,
			json_pack("{s:s, s:{s:s}}", "id", diag_code_name(c),
				  "shortDescription", "text",
				  diag_code_summary(c)));
	for (int i = 0; i < diags->count; i++)
		json_array_append_new(results,
				      sarif_result(ctx, diags->items[i]));
	return json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:o, s:[{s:b}]}]}",
			 "$schema", SARIF_SCHEMA, "version", "2.1.0", "runs",
			 "tool", "driver", "name", "dtoc", "version", version,
			 "rules", rules, "results", results, "invocations",
			 "executionSuccessful", !failed);
}

void diagnostics_print(const struct ctx *ctx, bool failed,
		       const char *version, FILE *f)
{
	struct ptrvec diags = { 0 };
	json_t *doc = NULL;

	printed(ctx, failed, &diags);
	switch (ctx->opt.diag_format) {
	case DIAG_FORMAT_TEXT:
		for (int i = 0; i < diags.count; i++) {
			char *line = diag_format(diags.items[i]);

			fprintf(f, "%s\n", line);
			free(line);
		}
		break;
	case DIAG_FORMAT_JSON:
		doc = json_array();
		for (int i = 0; i < diags.count; i++)
			json_array_append_new(doc, diag_json(diags.items[i]));
		break;
	case DIAG_FORMAT_SARIF:
		doc = sarif_log(ctx, &diags, failed, version);
		break;
	}
	if (doc) {
		json_dumpf(doc, f, JSON_INDENT(2) | JSON_SORT_KEYS);
		fputc('\n', f);
		json_decref(doc);
	}
	pv_free(&diags);
}
