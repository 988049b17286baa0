// SPDX-License-Identifier: GPL-2.0+
/*
 * emit: the check step before emitting. What only the whole resolved
 * model can tell, for the files a run writes, so that nothing is emitted
 * that a failure throws away: the same for a run (main.c) and for each
 * blob of `dtoc diff`.
 */
#include <string.h>

#include "emit/emit.h"
#include "kbuild/kbuild.h"
#include "variant/variant.h"

int output_files_all(bool instantiate, const struct output_file **files)
{
	int n = 0;

	for (int i = 0; i < num_output_files; i++) {
		if (output_files[i].common ||
		    output_files[i].instantiate == instantiate)
			files[n++] = &output_files[i];
	}
	return n;
}

static bool selected(const struct output_file **files, int count,
		     const char *command)
{
	for (int i = 0; i < count; i++) {
		if (!strcmp(files[i]->command, command))
			return true;
	}
	return false;
}

/* The values the files hold, and the phandle arrays of the structs, in
 * the order of the files that hold them (the values in the first of
 * dt-plat.c and dt-device.c); the values also when neither is written,
 * as they must be valid C all the same. */
static int check_output_values(struct ctx *ctx, const struct resolved *res,
			       const struct output_file **files, int count)
{
	bool values = false;

	for (int i = 0; i < count; i++) {
		const char *cmd = files[i]->command;

		if (!values && (!strcmp(cmd, "platdata") ||
				!strcmp(cmd, "device"))) {
			if (check_values(ctx, res))
				return DTOC_ERR_INPUT;
			values = true;
		} else if (!strcmp(cmd, "struct") &&
			   check_struct_phandles(ctx, res)) {
			return DTOC_ERR_INPUT;
		}
	}
	return values ? 0 : check_values(ctx, res);
}

/* In the order the messages have always come in: the variants, the build
 * configuration, the values the files will hold, the structs' phandle
 * arrays, the headers of the structs they allocate. */
int emit_check(struct ctx *ctx, struct resolved *res,
	       const struct output_file **files, int count)
{
	if (ctx->variants && variants_check(ctx, res))
		return DTOC_ERR_INPUT;
	if (ctx->opt.config_file && kbuild_check(ctx, res))
		return DTOC_ERR_INPUT;
	if (check_output_values(ctx, res, files, count))
		return DTOC_ERR_INPUT;
	if (ctx->opt.instantiate)
		check_struct_headers(ctx, res,
				     selected(files, count, "device"),
				     selected(files, count, "uclass"));
	return 0;
}
