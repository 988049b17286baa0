// SPDX-License-Identifier: GPL-2.0+
/*
 * --report: the bytes each node's records take in the generated C on
 * ILP32 and LP64 (resolve/size.c lays them out), per node and added up,
 * with the records whose size dtoc cannot know named, not guessed. The
 * keys are read by dtoc diff; doc/build-and-ci.md describes them.
 */
#include <string.h>

#include "emit/report-size.h"

static json_t *bytes_or_null(long n)
{
	return n < 0 ? json_null() : json_integer(n);
}

/* "driver_info" or, with -i, "udevice": the key of the node's record */
static const char *record_key(const struct ctx *ctx)
{
	return ctx->opt.instantiate ? "udevice" : "driver_info";
}

/* One ABI's figures of a node: {"plat", "driver_info"|"udevice",
 * "priv", "total"}; null: a size dtoc cannot know (see "unknown") */
static json_t *abi_size_json(const struct ctx *ctx, const struct node_size *ns)
{
	json_t *obj = json_object();

	json_object_set_new(obj, "plat", bytes_or_null(ns->plat));
	json_object_set_new(obj, record_key(ctx), json_integer(ns->record));
	json_object_set_new(obj, "priv", bytes_or_null(ns->priv));
	json_object_set_new(obj, "total", json_integer(ns->total));
	return obj;
}

static json_t *unknown_json(const struct ptrvec *unknown)
{
	json_t *arr = json_array();

	for (int i = 0; i < unknown->count; i++) {
		const struct unknown_record *u = unknown->items[i];

		json_array_append_new(arr, json_pack("{s:s, s:s, s:s}",
						     "what", u->what,
						     "struct", u->c_struct,
						     "symbol", u->symbol));
	}
	return arr;
}

/* What the run's sizes add up to */
struct size_totals {
	struct {
		long plat, record, uclass, priv, total;
	} abi[NUM_ABIS];
	int unknown;		/* records whose size dtoc cannot know */
	struct ptrvec structs;	/* their structs' names (char *) */
};

/* Add @ns, a node's (@uclass false) or a uclass's records, to @t */
static void add_to_totals(struct ctx *ctx, struct size_totals *t,
			  enum abi abi, const struct node_size *ns, bool uclass)
{
	t->abi[abi].plat += ns->plat > 0 ? ns->plat : 0;
	if (uclass)
		t->abi[abi].uclass += ns->record;
	else
		t->abi[abi].record += ns->record;
	t->abi[abi].priv += ns->priv > 0 ? ns->priv : 0;
	t->abi[abi].total += ns->total;
	if (abi)
		return; /* the same records on both ABIs */
	t->unknown += ns->unknown.count;
	for (int k = 0; k < ns->unknown.count; k++) {
		const struct unknown_record *u = ns->unknown.items[k];

		apv_push_const(&ctx->arena, &t->structs, u->c_struct);
	}
}

/* A node's "size": {"ilp32": {...}, "lp64": {...}, "unknown": [...]},
 * added to @totals; NULL if it cannot be measured */
static json_t *node_size_json(struct ctx *ctx, const struct resolved *res,
			      const struct node *node,
			      struct size_totals *totals)
{
	json_t *obj = json_object();
	struct node_size ns;

	for (int a = 0; a < NUM_ABIS; a++) {
		if (node_record_size(ctx, res, node, a, &ns)) {
			json_decref(obj);
			return NULL;
		}
		json_object_set_new(obj, abi_name(a), abi_size_json(ctx, &ns));
		add_to_totals(ctx, totals, a, &ns, false);
	}
	json_object_set_new(obj, "unknown", unknown_json(&ns.unknown));
	return obj;
}

/* With -i, each DM_UCLASS_INST record: {"name", "ilp32": {"uclass",
 * "priv", "total"}, "lp64": {...}, "unknown": [...]}, added to @t */
static json_t *uclass_sizes_json(struct ctx *ctx, const struct resolved *res,
				 struct size_totals *t)
{
	json_t *arr = json_array();
	struct node_size ns;

	for (int i = 0; i < res->uclasses.count; i++) {
		const struct uclass *uc = res->uclasses.items[i];
		json_t *obj = json_object();

		json_object_set_new(obj, "name", json_string(uc->name));
		for (int a = 0; a < NUM_ABIS; a++) {
			uclass_record_size(ctx, uc, a, &ns);
			json_object_set_new(obj, abi_name(a),
					    json_pack("{s:I, s:o, s:I}",
						      "uclass", (json_int_t)ns.record,
						      "priv", bytes_or_null(ns.priv),
						      "total", (json_int_t)ns.total));
			add_to_totals(ctx, t, a, &ns, true);
		}
		json_object_set_new(obj, "unknown", unknown_json(&ns.unknown));
		json_array_append_new(arr, obj);
	}
	return arr;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The top-level "size": the known bytes added up per ABI (records whose
 * size dtoc cannot know are counted in "unknown_records"), and the
 * runtime layouts assumed */
static json_t *sizes_json(struct ctx *ctx, const struct resolved *res,
			  struct size_totals *t)
{
	json_t *obj = json_object();
	json_t *layouts = json_object();
	json_t *structs = json_array();
	bool inst = ctx->opt.instantiate;

	if (inst)
		json_object_set_new(obj, "uclasses", uclass_sizes_json(ctx, res,
								       t));
	for (int a = 0; a < NUM_ABIS; a++) {
		json_t *abi = json_object();

		json_object_set_new(abi, "plat", json_integer(t->abi[a].plat));
		json_object_set_new(abi, record_key(ctx),
				    json_integer(t->abi[a].record));
		if (inst)
			json_object_set_new(abi, "uclass",
					    json_integer(t->abi[a].uclass));
		json_object_set_new(abi, "priv", json_integer(t->abi[a].priv));
		json_object_set_new(abi, "total",
				    json_integer(t->abi[a].total));
		json_object_set_new(obj, abi_name(a), abi);
	}
	pv_sort(&t->structs, cmp_str);
	for (int i = 0; i < t->structs.count; i++) {
		if (!i || strcmp(t->structs.items[i], t->structs.items[i - 1]))
			json_array_append_new(structs,
					      json_string(t->structs.items[i]));
	}
	json_object_set_new(obj, "nodes", json_integer(res->valid.count));
	json_object_set_new(obj, "unknown_records", json_integer(t->unknown));
	json_object_set_new(obj, "unknown_structs", structs);
	for (int r = 0; r < NUM_DM_RECORDS; r++) {
		bool used = inst ? r != REC_DRIVER_INFO : r == REC_DRIVER_INFO;

		if (used)
			json_object_set_new(layouts, dm_record_name(r),
					    json_string(dm_record_layout(r)));
	}
	json_object_set_new(obj, "layout", layouts);
	return obj;
}

void report_sizes(struct ctx *ctx, const struct resolved *res, bool ok,
		  json_t *root, json_t *nodes)
{
	struct size_totals totals = { 0 };
	bool all = ok;

	for (int i = 0; i < res->valid.count; i++) {
		json_t *size = ok ? node_size_json(ctx, res,
						   res->valid.items[i],
						   &totals) : NULL;

		json_object_set_new(json_array_get(nodes, i), "size",
				    size ? size : json_null());
		all &= size != NULL;
	}
	json_object_set_new(root, "size", all ? sizes_json(ctx, res, &totals) :
						json_null());
}
