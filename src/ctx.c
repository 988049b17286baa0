// SPDX-License-Identifier: GPL-2.0+
/*
 * The run's context: freeing what the stages left in it.
 */
#include <stdlib.h>

#include "base/diag.h"
#include "dtb/dtb.h"
#include "scan/scan.h"

void ctx_free(struct ctx *ctx)
{
	for (int i = 0; i < ctx->warnings.count; i++)
		diag_free(ctx->warnings.items[i]);
	pv_free(&ctx->warnings);
	sm_free(&ctx->warnings_seen);
	diag_free(ctx->error);
	if (ctx->scan) {
		scan_free(ctx->scan);
		free(ctx->scan);
	}
	if (ctx->dt)
		free(ctx->dt->blob);
	arena_free(&ctx->arena);
}
