// SPDX-License-Identifier: GPL-2.0+
/*
 * Generate a source tree shaped like U-Boot's for `make bench`, and
 * devicetrees to go with it. Deterministic: the same tree every time.
 *
 *   gentree tree DIR     ~3,000 directories, ~6,900 .c and ~6,500 .h
 *                        files (~120 MB) and ~25,000 other small files;
 *                        ~2,000 .c files declare drivers or uclasses;
 *                        ~6,000 struct definitions, in 4 headers of 10
 *                        (U-Boot: ~5,500 in 1 of 4). Also DIR/bench.dts,
 *                        a board using some of the drivers.
 *   gentree small DIR    a tree of ten drivers, for node scaling
 *   gentree nodes N      on stdout: a .dts with N nodes, 1000 of each
 *                        compatible (a uclass numbers at most 1000)
 *   gentree warnings N   on stdout: a .dts with N nodes whose
 *                        compatible strings no driver has, 1000 under
 *                        each bus: one warning each
 *
 * The shape follows U-Boot's: file sizes vary widely around ~11 KB (.c)
 * and ~7 KB (.h); a few files have CRLF line ends, non-ASCII comments or
 * macros continued over lines, so that the scanner's slow paths run too.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { NDIRS = 3000, NC = 6900, NH = 6500, NOTHER = 25000, NDRIVERS = 1900,
       NUCLASSES = 120, NBOARD = 40 };

static unsigned long long rng = 0x9e3779b97f4a7c15ull;

static unsigned int rnd(unsigned int n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return n ? (unsigned int)(rng >> 11) % n : 0;
}

static void die(const char *what, const char *path)
{
	fprintf(stderr, "gentree: %s %s: %s\n", what, path, strerror(errno));
	exit(1);
}

static const char *syl[] = { "ac", "be", "cor", "dal", "en", "fi", "gor",
			     "hal", "im", "jet", "ka", "lo", "mar", "ne",
			     "op", "pra", "qu", "ri", "sa", "tur", "ul",
			     "ven", "wi", "xo", "ya", "zen" };

/* A word of 2-3 syllables, in @buf. */
static char *word(char *buf)
{
	int n = 2 + rnd(2);

	buf[0] = '\0';
	for (int i = 0; i < n; i++)
		strcat(buf, syl[rnd(26)]);
	return buf;
}

struct dir {
	char *path; /* relative */
	int top;    /* index of its top-level directory */
	int depth;
};

static const char *tops[] = { "arch", "board", "drivers", "include", "lib",
			      "cmd", "common", "fs", "net", "test", "tools",
			      "disk", "env", "boot", "post", "api", "dts",
			      "doc", "scripts", "examples" };
enum { T_ARCH, T_BOARD, T_DRIVERS, T_INCLUDE, T_LIB, NTOPS = 20 };

static struct dir dirs[NDIRS];
static int ndirs;

static const char *root;

static FILE *create(const char *rel)
{
	char path[8192];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	f = fopen(path, "w");
	if (!f)
		die("cannot create", path);
	return f;
}

static void make_dir(const char *rel)
{
	char path[8192];

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	if (mkdir(path, 0777) && errno != EEXIST)
		die("cannot create", path);
}

static void make_dirs(void)
{
	char name[64];

	for (int i = 0; i < NTOPS; i++) {
		dirs[ndirs].path = strdup(tops[i]);
		dirs[ndirs].top = i;
		dirs[ndirs++].depth = 1;
	}
	while (ndirs < NDIRS) {
		/* drivers, arch and include grow most, as in U-Boot */
		struct dir *parent = &dirs[rnd(ndirs)];
		int t = parent->top;

		if (parent->depth >= 6 ||
		    (t > T_INCLUDE && rnd(4)) || (t == T_LIB && rnd(2)))
			continue;
		dirs[ndirs].top = t;
		dirs[ndirs].depth = parent->depth + 1;
		if (asprintf(&dirs[ndirs].path, "%s/%s", parent->path,
			     word(name)) < 0)
			exit(1);
		for (int k = 0; k < ndirs; k++) {
			if (!strcmp(dirs[k].path, dirs[ndirs].path)) {
				free(dirs[ndirs].path);
				goto again;
			}
		}
		ndirs++;
again:;
	}
	for (int i = 0; i < ndirs; i++)
		make_dir(dirs[i].path);
}

/* A directory under top-level @top (any if -1). */
static struct dir *pick_dir(int top)
{
	for (;;) {
		struct dir *d = &dirs[rnd(ndirs)];

		if (top < 0 || d->top == top)
			return d;
	}
}

/* A size around @avg, spread like U-Boot's files (a long tail). */
static size_t pick_size(size_t avg)
{
	unsigned int r = rnd(100);

	if (r < 30)
		return avg / 5 + rnd(avg / 3);
	if (r < 75)
		return avg / 2 + rnd(avg);
	if (r < 95)
		return avg + rnd(2 * avg);
	return 3 * avg + rnd(8 * avg);
}

/* Ordinary C: functions, comments, a struct udevice here and there
 * (unless @structs is false: then no "struct" at all). */
static void filler(FILE *f, size_t bytes, int flavour, bool structs)
{
	long start = ftell(f);
	char a[64], b[64], c[64];
	const char *nl = flavour == 1 ? "\r\n" : "\n";
	const char *st = structs ? "struct " : "";

	while (ftell(f) - start < (long)bytes) {
		switch (rnd(6)) {
		case 0:
			fprintf(f, "/*%s * %s the %s before %s%s */%s", nl,
				word(a), word(b), word(c),
				flavour == 2 ? " (\xc2\xa9 \xc3\xa9t\xc3\xa9)" : "",
				nl);
			break;
		case 1:
			fprintf(f,
				"static int %s_%s(%sudevice *dev, int %s)%s{%s"
				"\t%s%s_priv *priv = dev_get_priv(dev);%s"
				"\tint ret;%s%s\tret = %s(priv->%s, %s);%s"
				"\tif (ret)%s\t\treturn log_msg_ret(\"%s\", ret);%s%s"
				"\treturn 0;%s}%s%s",
				word(a), word(b), st, word(c), nl, nl, st, a, nl, nl,
				nl, word(b), c, c, nl, nl, b, nl, nl, nl, nl, nl);
			break;
		case 2:
			fprintf(f, "#define %s_%s(x) \\%s\tdo { \\%s\t\t%s(x); \\%s"
				"\t} while (0)%s%s",
				word(a), word(b), nl, nl, word(c), nl, nl, nl);
			break;
		case 3:
			fprintf(f, "static const %s%s_ops %s_ops = {%s"
				"\t.%s = %s_%s,%s\t.%s = %s_%s,%s};%s%s",
				st, word(a), a, nl, word(b), a, b, nl, word(c), a,
				c, nl, nl, nl);
			break;
		case 4:
			fprintf(f, "int %s_%s(%s%s *%s, ulong %s);%s",
				word(a), word(b), st, word(c), c, a, nl);
			break;
		default:
			fprintf(f, "\tfor (i = 0; i < %u; i++)%s\t\t%s[i] = %s(%u);%s",
				rnd(64), nl, word(a), word(b), rnd(1000), nl);
			break;
		}
	}
}

static int flavour(void)
{
	unsigned int r = rnd(1000);

	return r < 5 ? 1 : r < 25 ? 2 : 0; /* CRLF, non-ASCII, plain */
}

static char drv_names[NDRIVERS][48];
static int drv_uclass[NDRIVERS];

static void driver_file(int i, const char *dirpath)
{
	char rel[4096], hdr[4096], a[64];
	const char *name = drv_names[i];
	FILE *f, *h;
	int fl = flavour(), nl_crlf = fl == 1;
	const char *nl = nl_crlf ? "\r\n" : "\n";

	snprintf(rel, sizeof(rel), "%s/%s.c", dirpath, name);
	snprintf(hdr, sizeof(hdr), "%s/%s.h", dirpath, name);
	f = create(rel);
	fprintf(f, "// SPDX-License-Identifier: GPL-2.0+%s#include <dm.h>%s"
		"#include \"%s.h\"%s%s", nl, nl, name, nl, nl);
	filler(f, pick_size(8000) / 2, fl, true);
	fprintf(f, "static const struct udevice_id %s_ids[] = {%s", name, nl);
	for (int k = 0, n = 1 + rnd(3); k < n; k++)
		fprintf(f, "\t{ .compatible = \"bench,%s%s\"%s },%s", name,
			k ? word(a) : "", rnd(3) ? "" : ", .data = 1", nl);
	fprintf(f, "\t{ }%s};%s%sU_BOOT_DRIVER(bench_%s) = {%s\t.name\t= \"%s\",%s"
		"\t.id\t= UCLASS_B%d,%s\t.of_match = %s_ids,%s"
		"\t.probe\t= %s_probe,%s\t.priv_auto = sizeof(struct %s_priv),%s",
		nl, nl, nl, name, nl, name, nl, drv_uclass[i], nl, name, nl,
		name, nl, name, nl);
	if (rnd(2))
		fprintf(f, "\t.plat_auto = sizeof(struct %s_plat),%s", name, nl);
	fprintf(f, "\t.ops\t= &%s_ops,%s};%s", name, nl, nl);
	if (!rnd(8))
		fprintf(f, "%sDM_DRIVER_ALIAS(bench_%s, bench_%s_old)%s", nl, name,
			name, nl);
	filler(f, pick_size(8000) / 2, fl, true);
	fclose(f);

	h = create(hdr);
	fprintf(h, "/* SPDX-License-Identifier: GPL-2.0+ */%s#ifndef __%s_H%s"
		"#define __%s_H%s%sstruct %s_priv {%s\tint %s;%s\tvoid *buf;%s};%s%s"
		"struct %s_plat {%s\tfdt_addr_t base;%s};%s",
		nl, name, nl, name, nl, nl, name, nl, word(a), nl, nl, nl, nl,
		name, nl, nl, nl);
	filler(h, pick_size(3000), fl, true);
	fprintf(h, "%s#endif%s", nl, nl);
	fclose(h);
}

static void uclass_file(int u)
{
	char rel[4096];
	struct dir *d = pick_dir(T_DRIVERS);
	FILE *f;

	snprintf(rel, sizeof(rel), "%s/b%d-uclass.c", d->path, u);
	f = create(rel);
	fprintf(f, "// SPDX-License-Identifier: GPL-2.0+\n#include <dm.h>\n\n");
	filler(f, pick_size(8000), 0, true);
	fprintf(f, "UCLASS_DRIVER(b%d) = {\n\t.id\t\t= UCLASS_B%d,\n"
		"\t.name\t\t= \"b%d\",\n"
		"\t.per_device_auto\t= sizeof(struct b%d_uc_priv),\n};\n",
		u, u, u, u);
	fclose(f);
	snprintf(rel, sizeof(rel), "include/bench/b%d-uclass.h", u);
	f = create(rel);
	fprintf(f, "struct b%d_uc_priv {\n\tint seq;\n};\n", u);
	filler(f, pick_size(2000), 0, true);
	fclose(f);
}

static void root_files(void)
{
	FILE *f;

	make_dir("drivers/core");
	f = create("drivers/core/root.c");
	fprintf(f, "U_BOOT_DRIVER(root_driver) = {\n\t.name\t= \"root_driver\",\n"
		"\t.id\t= UCLASS_ROOT,\n};\n\nUCLASS_DRIVER(root) = {\n"
		"\t.name\t= \"root\",\n\t.id\t= UCLASS_ROOT,\n};\n");
	fclose(f);
}

/* Plain .c and .h files, struct-heavy headers, and the rest. */
static void other_files(int nc, int nh)
{
	static const char *exts[] = { "S", "dts", "dtsi", "txt", "rst", "py",
				      "sh", "cfg", "lds", "json" };
	char rel[4096], a[64], b[64];

	for (int i = 0; i < nc; i++) {
		struct dir *d = pick_dir(rnd(3) ? -1 : T_LIB);
		int fl = flavour();
		FILE *f;

		snprintf(rel, sizeof(rel), "%s/%s_%d.c", d->path, word(a), i);
		f = create(rel);
		fprintf(f, "// SPDX-License-Identifier: GPL-2.0+\n");
		filler(f, pick_size(8500), fl, true);
		fclose(f);
	}
	for (int i = 0; i < nh; i++) {
		struct dir *d = pick_dir(rnd(2) ? T_INCLUDE : -1);
		int fl = flavour();
		size_t size = pick_size(5300);
		FILE *f;

		snprintf(rel, sizeof(rel), "%s/%s_%d.h", d->path, word(a), i);
		f = create(rel);
		/* as in U-Boot, a header in 4 defines structs (these: 1-6
		 * besides the drivers' headers), and about half never
		 * mention one */
		unsigned int kind = rnd(20);
		bool structs = kind < 5;

		for (int left = kind < 3 ? 1 + rnd(6) : 0;
		     ftell(f) < (long)size || left; left -= left > 0) {
			filler(f, 600, fl, structs);
			if (!left)
				continue;
			fprintf(f, "struct %s_%s {\n", word(a), word(b));
			for (int k = 0, n = 2 + rnd(10); k < n; k++)
				fprintf(f, "\t%s %s;\n",
					rnd(2) ? "u32" : "struct list_head",
					word(a));
			fprintf(f, "};\n\n");
		}
		fclose(f);
	}
	for (int i = 0; i < NOTHER; i++) {
		struct dir *d = pick_dir(-1);
		FILE *f;

		if (!rnd(3))
			snprintf(rel, sizeof(rel), "%s/%s", d->path,
				 rnd(2) ? "Makefile" : "Kconfig");
		else
			snprintf(rel, sizeof(rel), "%s/%s_%d.%s", d->path,
				 word(a), i, exts[rnd(10)]);
		f = create(rel);
		fprintf(f, "# %s\n", word(b));
		fclose(f);
	}
}

static void board_dts(void)
{
	FILE *f = create("bench.dts");

	fprintf(f, "/dts-v1/;\n\n/ {\n\t#address-cells = <1>;\n"
		"\t#size-cells = <1>;\n");
	for (int i = 0; i < NBOARD; i++) {
		int k = i * (NDRIVERS / NBOARD);

		fprintf(f, "\n\tdev%d@%x {\n\t\tcompatible = \"bench,%s\";\n"
			"\t\treg = <0x%x 0x100>;\n\t\tbench,value = <%d>;\n"
			"\t\tbench,name = \"dev%d\";\n\t};\n",
			i, 0x1000 * (i + 1), drv_names[k], 0x1000 * (i + 1), i, i);
	}
	fprintf(f, "};\n");
	fclose(f);
}

static void gen_tree(void)
{
	char a[64];

	make_dir("");
	make_dirs();
	make_dir("include/bench");
	root_files();
	for (int u = 0; u < NUCLASSES; u++)
		uclass_file(u);
	for (int i = 0; i < NDRIVERS; i++) {
		struct dir *d = pick_dir(rnd(4) ? T_DRIVERS : -1);

		snprintf(drv_names[i], sizeof(drv_names[i]), "%s_%d", word(a), i);
		drv_uclass[i] = rnd(NUCLASSES);
		driver_file(i, d->path);
	}
	other_files(NC - NDRIVERS - NUCLASSES - 1, NH - NDRIVERS - NUCLASSES);
	board_dts();
}

/* Ten drivers, each in its own uclass: a uclass numbers at most 1000
 * devices (in U-Boot's dtoc as in ours), so big trees need several. */
static void gen_small(void)
{
	FILE *f;

	make_dir("");
	make_dir("drivers");
	make_dir("include");
	root_files();
	f = create("drivers/bench.c");
	for (int k = 0; k < 10; k++)
		fprintf(f, "static const struct udevice_id bench%d_ids[] = {\n"
			"\t{ .compatible = \"bench,dev%d\" },\n\t{ }\n};\n\n"
			"U_BOOT_DRIVER(bench_dev%d) = {\n"
			"\t.name\t= \"bench_dev%d\",\n\t.id\t= UCLASS_B%d,\n"
			"\t.of_match = bench%d_ids,\n"
			"\t.priv_auto = sizeof(struct bench_priv),\n};\n\n"
			"UCLASS_DRIVER(b%d) = {\n\t.name\t= \"b%d\",\n"
			"\t.id\t= UCLASS_B%d,\n};\n\n",
			k, k, k, k, k, k, k, k, k);
	fclose(f);
	f = create("include/bench.h");
	fprintf(f, "struct bench_priv {\n\tint value;\n};\n");
	fclose(f);
}

/* @n nodes: up to 1000 of one compatible, then the next. */
static void gen_nodes(int n)
{
	printf("/dts-v1/;\n\n/ {\n\t#address-cells = <1>;\n\t#size-cells = <1>;\n");
	for (int i = 0; i < n; i++)
		printf("\n\tbench%d@%x {\n\t\tcompatible = \"bench,dev%d\";\n"
		       "\t\treg = <0x%x 0x10>;\n\t\tbench,value = <%d>;\n"
		       "\t\tbench,name = \"n%d\";\n\t};\n",
		       i, 0x100 * (i + 1), i / 1000 % 10, 0x100 * (i + 1), i, i);
	printf("};\n");
}

/* @n nodes no driver matches, each its own warning; under buses of
 * 1000 (dtc's parser runs out of stack on ~10,000 siblings). */
static void gen_warnings(int n)
{
	printf("/dts-v1/;\n\n/ {\n\t#address-cells = <1>;\n\t#size-cells = <1>;\n");
	for (int i = 0; i < n; i++) {
		if (i % 1000 == 0)
			printf("%s\n\tbus%d {\n\t\t#address-cells = <1>;\n"
			       "\t\t#size-cells = <1>;\n", i ? "\t};\n" : "",
			       i / 1000);
		printf("\t\tnone%d@%x {\n\t\t\tcompatible = \"bench,none%d\";\n"
		       "\t\t\treg = <0x%x 0x10>;\n\t\t};\n",
		       i, 0x100 * (i + 1), i, 0x100 * (i + 1));
	}
	printf("%s};\n", n ? "\t};\n" : "");
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "tree")) {
		root = argv[2];
		gen_tree();
	} else if (argc == 3 && !strcmp(argv[1], "small")) {
		root = argv[2];
		gen_small();
	} else if (argc == 3 && !strcmp(argv[1], "nodes")) {
		gen_nodes(atoi(argv[2]));
	} else if (argc == 3 && !strcmp(argv[1], "warnings")) {
		gen_warnings(atoi(argv[2]));
	} else {
		fprintf(stderr, "usage: gentree tree DIR | small DIR | nodes N | warnings N\n");
		return 2;
	}
	return 0;
}
