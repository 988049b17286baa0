// SPDX-License-Identifier: GPL-2.0+
/* Resolve on small blobs built here with libfdt's sequential writer. */
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "resolve/resolve-internal.h"

static struct ctx ctx;
static struct resolved res;
static char blob_path[64];
static char fdt[4096];

static const char drivers[] =
	"static const struct udevice_id dev_ids[] = {\n"
	"\t{ .compatible = \"acme,dev\" },\n"
	"\t{ .compatible = \"acme,clk\" },\n"
	"};\n"
	"U_BOOT_DRIVER(acme_dev) = {\n"
	"\t.of_match = dev_ids,\n"
	"\t.id = UCLASS_MISC,\n"
	"};\n"
	"U_BOOT_DRIVER(acme_clk) = {\n"
	"\t.of_match = dev_ids,\n"
	"\t.id = UCLASS_CLK,\n"
	"\t.priv_auto = sizeof(struct acme_clk_priv),\n"
	"};\n"
	"U_BOOT_DRIVER(root_driver) = {\n"
	"\t.id = UCLASS_ROOT,\n"
	"};\n"
	"UCLASS_DRIVER(misc) = {\n\t.id = UCLASS_MISC,\n};\n"
	"UCLASS_DRIVER(clk) = {\n\t.id = UCLASS_CLK,\n};\n"
	"UCLASS_DRIVER(root) = {\n\t.id = UCLASS_ROOT,\n};\n";

static void begin(void)
{
	memset(&ctx, 0, sizeof(ctx));
	memset(&res, 0, sizeof(res));
	ck_assert_int_eq(fdt_create(fdt, sizeof(fdt)), 0);
	ck_assert_int_eq(fdt_finish_reservemap(fdt), 0);
	ck_assert_int_eq(fdt_begin_node(fdt, ""), 0);
}

/* Finish the blob, read it back and resolve it against `drivers`. */
static int finish(void)
{
	struct srcfile file = { "drivers.c", "drivers.c" };
	int fd;

	ck_assert_int_eq(fdt_end_node(fdt), 0);
	ck_assert_int_eq(fdt_finish(fdt), 0);
	strcpy(blob_path, "/tmp/dtoc-unit-XXXXXX");
	fd = mkstemp(blob_path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, fdt, fdt_totalsize(fdt)),
			 (int)fdt_totalsize(fdt));
	close(fd);
	ck_assert_int_eq(dt_read(&ctx, blob_path), 0);
	ctx.scan = xmalloc(sizeof(*ctx.scan));
	scan_init(ctx.scan, NULL);
	ck_assert_int_eq(parse_source(&ctx, ctx.scan, &file, drivers,
				      strlen(drivers)),
			 0);
	for (int i = 0; i < ctx.scan->drivers.count; i++) {
		struct driver *d = ctx.scan->drivers.entries[i].value;

		d->uclass = sm_get(&ctx.scan->uclasses, d->uclass_id);
	}
	return resolve(&ctx, &res);
}

static void teardown(void)
{
	resolved_free(&res);
	ctx_free(&ctx);
	unlink(blob_path);
}

static struct node *valid(int idx)
{
	return res.valid.items[idx];
}

static void cells(const char *name, const uint32_t *vals, int n)
{
	fdt32_t buf[16];

	for (int i = 0; i < n; i++)
		buf[i] = cpu_to_fdt32(vals[i]);
	ck_assert_int_eq(fdt_property(fdt, name, buf, n * 4), 0);
}

START_TEST(test_order_and_names)
{
	begin();
	fdt_begin_node(fdt, "z-bus@1");
	fdt_property_string(fdt, "compatible", "acme,dev");
	fdt_begin_node(fdt, "a,child@2");
	fdt_property_string(fdt, "compatible", "acme,dev");
	fdt_end_node(fdt);
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "off");
	fdt_property_string(fdt, "compatible", "acme,dev");
	fdt_property_string(fdt, "status", "disabled");
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "plain");
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), 0);

	ck_assert_int_eq(res.valid.count, 2);
	/* sorted by C name: the child comes before its parent */
	ck_assert_str_eq(valid(0)->var_name, "a_child_at_2");
	ck_assert_str_eq(valid(1)->var_name, "z_bus_at_1");
	ck_assert_str_eq(valid(0)->struct_name, "acme_dev");
	ck_assert_ptr_eq(valid(0)->parent_driver, valid(1)->driver);
	ck_assert_int_eq(valid(1)->child_devs.count, 1);
}
END_TEST

START_TEST(test_reg_64bit)
{
	static const uint32_t two[] = { 2 };
	static const uint32_t reg[] = { 0x1, 0x2, 0x0, 0x30,
					0x0, 0x4, 0x0, 0x50 };
	struct prop *p;

	begin();
	cells("#address-cells", two, 1);
	cells("#size-cells", two, 1);
	fdt_begin_node(fdt, "dev");
	fdt_property_string(fdt, "compatible", "acme,dev");
	cells("reg", reg, 8);
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), 0);

	p = node_prop(valid(0), "reg");
	ck_assert_int_eq(p->val.type, PT_INT64);
	ck_assert_int_eq(p->val.count, 4);
	ck_assert(p->val.elems[0].u64 == 0x100000002ull);
	ck_assert(p->val.elems[1].u64 == 0x30);
	ck_assert(p->val.elems[2].u64 == 0x4);
	ck_assert(p->val.elems[3].u64 == 0x50);
}
END_TEST

START_TEST(test_reg_32bit_and_bad_length)
{
	static const uint32_t one[] = { 1 };
	static const uint32_t reg[] = { 0x10, 0x20, 0x30 };

	begin();
	cells("#address-cells", one, 1);
	cells("#size-cells", one, 1);
	fdt_begin_node(fdt, "dev");
	fdt_property_string(fdt, "compatible", "acme,dev");
	cells("reg", reg, 3);
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), DTOC_ERR_INPUT);
	check_diag(ctx.error, DC_REG_INVALID, NULL, 0, "/dev",
		   "not a multiple");
}
END_TEST

START_TEST(test_phandles)
{
	static const uint32_t zero[] = { 0 }, one[] = { 1 };
	static const uint32_t clocks[] = { 5, 6, 7 };
	struct phandle_info info;
	struct prop *p;

	begin();
	fdt_begin_node(fdt, "clk-a");
	fdt_property_string(fdt, "compatible", "acme,clk");
	cells("#clock-cells", zero, 1);
	fdt_property_u32(fdt, "phandle", 5);
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "clk-b");
	fdt_property_string(fdt, "compatible", "acme,clk");
	cells("#clock-cells", one, 1);
	fdt_property_u32(fdt, "phandle", 6);
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "user");
	fdt_property_string(fdt, "compatible", "acme,dev");
	cells("clocks", clocks, 3);
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), 0);

	p = node_prop(valid(2), "clocks");
	ck_assert_int_eq(phandle_info(&ctx, valid(2), "clocks", &p->val,
				      &info),
			 0);
	ck_assert_int_eq(info.count, 2);
	ck_assert_int_eq(info.max_args, 1);
	ck_assert_int_eq(info.args[0], 0);
	ck_assert_int_eq(info.args[1], 1);
}
END_TEST

START_TEST(test_phandle_missing_target)
{
	static const uint32_t clocks[] = { 9 };

	begin();
	fdt_begin_node(fdt, "user");
	fdt_property_string(fdt, "compatible", "acme,dev");
	cells("clocks", clocks, 1);
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), DTOC_ERR_INPUT);
	check_diag(ctx.error, DC_PHANDLE_DANGLING, NULL, 0, "/user",
		   "phandle 0x9");
}
END_TEST

START_TEST(test_widening_across_nodes)
{
	static const uint32_t one[] = { 1 }, three[] = { 1, 2, 3 };
	struct dtd_struct *st;
	struct field *f;

	begin();
	fdt_begin_node(fdt, "a");
	fdt_property_string(fdt, "compatible", "acme,dev");
	cells("val", one, 1);
	fdt_property(fdt, "flag", NULL, 0);
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "b");
	fdt_property_string(fdt, "compatible", "acme,dev");
	cells("val", three, 3);
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), 0);

	st = node_struct(&res, valid(0));
	f = struct_field(st, "val");
	ck_assert_int_eq(f->val.type, PT_INT);
	ck_assert_int_eq(f->val.count, 3);
	ck_assert_int_eq(struct_field(st, "flag")->val.type, PT_BOOL);
	/* node a's value is padded to the struct's length */
	ck_assert_int_eq(node_prop(valid(0), "val")->val.count, 3);
}
END_TEST

START_TEST(test_aliases_and_seq)
{
	begin();
	fdt_begin_node(fdt, "aliases");
	fdt_property_string(fdt, "misc2", "/second");
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "first");
	fdt_property_string(fdt, "compatible", "acme,dev");
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "second");
	fdt_property_string(fdt, "compatible", "acme,dev");
	fdt_end_node(fdt);
	ctx.opt.instantiate = true;
	ck_assert_int_eq(finish(), 0);

	/* root, first, second: the alias gives 2, the next free is 3 */
	ck_assert_str_eq(valid(0)->var_name, "first");
	ck_assert_int_eq(valid(0)->seq, 3);
	ck_assert_int_eq(valid(2)->seq, 2);
	ck_assert_str_eq(valid(1)->var_name, "root");
	ck_assert_int_eq(valid(1)->seq, 0);
	ck_assert_int_eq(res.uclasses.count, 2);
}
END_TEST

/* Alias names: a stem of lower-case letters, digits and '-' ending in a
 * letter, then a sequence number of at most 9 digits */
START_TEST(test_split_alias)
{
	static const struct {
		const char *name;
		size_t stem;
		long num; /* -1: not an alias name */
	} t[] = {
		{ "serial0", 6, 0 },	{ "eth-phy12", 7, 12 },
		{ "i2c1", 3, 1 },	{ "mmc123456789", 3, 123456789 },
		{ "serial", 0, -1 },	{ "0", 0, -1 },
		{ "a1", 0, -1 },	{ "a_b1", 0, -1 },
		{ "Serial0", 0, -1 },	{ "spi-0", 0, -1 },
		{ "mmc1234567890", 0, -1 },
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		size_t stem = 0;
		long num = -1;
		bool ok = split_alias(t[i].name, &stem, &num);

		ck_assert_msg(ok == (t[i].num >= 0), "%s: %s", t[i].name,
			      ok ? "accepted" : "refused");
		if (ok) {
			ck_assert_uint_eq(stem, t[i].stem);
			ck_assert_int_eq(num, t[i].num);
		}
	}
}
END_TEST

/* sizeof(struct dtd_acme_dev) as resolved, on @abi */
static long dev_struct_size(enum abi abi)
{
	return dtd_struct_size(&ctx, &res, node_struct(&res, valid(2)), abi);
}

START_TEST(test_struct_sizes)
{
	static const uint32_t zero[] = { 0 }, one[] = { 1 }, two[] = { 2 };
	static const uint32_t clocks[] = { 5, 6, 7, 6, 8 };
	static const uint32_t reg[] = { 0, 0x1000, 0, 0x100 };
	static const uint8_t bytes[] = { 1, 2, 3 };
	struct node_size ns;

	begin();
	cells("#address-cells", two, 1);
	cells("#size-cells", two, 1);
	fdt_begin_node(fdt, "clk-a");
	fdt_property_string(fdt, "compatible", "acme,clk");
	cells("#clock-cells", zero, 1);
	fdt_property_u32(fdt, "phandle", 5);
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "clk-b");
	fdt_property_string(fdt, "compatible", "acme,clk");
	cells("#clock-cells", one, 1);
	fdt_property_u32(fdt, "phandle", 6);
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "user");
	fdt_property_string(fdt, "compatible", "acme,dev");
	fdt_property(fdt, "a-flag", NULL, 0);
	cells("clocks", clocks, 5);
	fdt_property(fdt, "data", bytes, 3);
	fdt_property_string(fdt, "label", "x");
	cells("reg", reg, 4);
	fdt_end_node(fdt);
	ck_assert_int_eq(finish(), 0);

	/*
	 * bool a_flag; struct phandle_1_arg clocks[3]; unsigned char
	 * data[3]; const char *label; fdt64_t reg[2]. ILP32: 1, pad 3,
	 * 24, 3, pad 1, 4, pad 4 (fdt64_t aligns to 8 on arm EABI), 16 =
	 * 56. LP64: 1, pad 3, 24, 3, pad 1, 8, 16 = 56 (checked with gcc
	 * and arm-none-eabi-gcc).
	 */
	ck_assert_int_eq(dev_struct_size(ABI_ILP32), 56);
	ck_assert_int_eq(dev_struct_size(ABI_LP64), 56);
	/* the clock nodes' struct: #clock-cells only, which is no member */
	ck_assert_int_eq(dtd_struct_size(&ctx, &res,
					 node_struct(&res, valid(0)),
					 ABI_LP64), 0);

	ck_assert_int_eq(node_record_size(&ctx, &res, valid(2), ABI_ILP32, &ns), 0);
	ck_assert_int_eq(ns.plat, 56);
	ck_assert_int_eq(ns.record, 12); /* struct driver_info */
	ck_assert_int_eq(ns.priv, 0);
	ck_assert_int_eq(ns.total, 68);
	ck_assert_int_eq(ns.unknown.count, 0);
}
END_TEST

START_TEST(test_node_sizes_inst)
{
	static const uint32_t zero[] = { 0 };
	struct node_size ns;
	const struct unknown_record *u;

	begin();
	fdt_begin_node(fdt, "clk");
	fdt_property_string(fdt, "compatible", "acme,clk");
	cells("#clock-cells", zero, 1);
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "dev");
	fdt_property_string(fdt, "compatible", "acme,dev");
	fdt_end_node(fdt);
	ctx.opt.instantiate = true;
	ck_assert_int_eq(finish(), 0);

	/* acme_clk's priv_auto: a u8 array sized by a struct of the
	 * sources, which dtoc does not lay out */
	ck_assert_int_eq(node_record_size(&ctx, &res, valid(0), ABI_LP64, &ns), 0);
	ck_assert_int_eq(ns.plat, 0);
	ck_assert_int_eq(ns.record, 144); /* the runtime's struct udevice */
	ck_assert_int_eq(ns.priv, -1);
	ck_assert_int_eq(ns.total, 144);
	ck_assert_int_eq(ns.unknown.count, 1);
	u = ns.unknown.items[0];
	ck_assert_str_eq(u->what, "priv");
	ck_assert_str_eq(u->c_struct, "acme_clk_priv");
	ck_assert_str_eq(u->symbol, "_acme_clk_priv_clk");

	ck_assert_int_eq(node_record_size(&ctx, &res, valid(1), ABI_ILP32, &ns), 0);
	ck_assert_int_eq(ns.record, 76);
	ck_assert_int_eq(ns.priv, 0);
	ck_assert_int_eq(ns.unknown.count, 0);
}
END_TEST

Suite *resolve_suite(void)
{
	Suite *s = suite_create("resolve");
	TCase *tc = tcase_create("resolve");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_order_and_names);
	tcase_add_test(tc, test_reg_64bit);
	tcase_add_test(tc, test_reg_32bit_and_bad_length);
	tcase_add_test(tc, test_phandles);
	tcase_add_test(tc, test_phandle_missing_target);
	tcase_add_test(tc, test_widening_across_nodes);
	tcase_add_test(tc, test_aliases_and_seq);
	tcase_add_test(tc, test_split_alias);
	tcase_add_test(tc, test_struct_sizes);
	tcase_add_test(tc, test_node_sizes_inst);
	suite_add_tcase(s, tc);
	return s;
}
