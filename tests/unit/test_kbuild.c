// SPDX-License-Identifier: GPL-2.0+
/* The kbuild evaluator: .config, Makefile lines, expansion, verdicts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"
#include "kbuild/kbuild.h"

static struct arena a;
static struct kb_config cfg;
static char dir[64];

static void setup(void)
{
	static const char text[] =
		"#\n# CONFIG_OFF is not set\nCONFIG_SPL_ON=y\nCONFIG_ON=y\n"
		"CONFIG_STR=\"abc\"\nCONFIG_NUM=0x10\nCONFIG_SYS_ARCH=\"arm\"\n";
	int line;
	const char *why;

	memset(&a, 0, sizeof(a));
	memset(&cfg, 0, sizeof(cfg));
	ck_assert_int_eq(kb_config_parse(&a, &cfg, text, strlen(text), &line,
					 &why), 0);
	strcpy(dir, "/tmp/dtoc-kbuild-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
	kb_config_free(&cfg);
	arena_free(&a);
}

static void put(const char *rel, const char *text)
{
	char path[256], cmd[300];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, rel);
	snprintf(cmd, sizeof(cmd), "mkdir -p $(dirname %s)", path);
	ck_assert_int_eq(system(cmd), 0);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

START_TEST(test_config)
{
	const char bad[] = "CONFIG_A=y\nnot a line\n";
	struct kb_config c = { 0 };
	int line = 0;
	const char *why = NULL;

	ck_assert_str_eq(sm_get(&cfg.values, "CONFIG_STR"), "\"abc\"");
	ck_assert_str_eq(sm_get(&cfg.values, "CONFIG_NUM"), "0x10");
	ck_assert_ptr_null(sm_get(&cfg.values, "CONFIG_OFF"));
	ck_assert_int_eq(kb_config_parse(&a, &c, bad, strlen(bad), &line, &why),
			 -1);
	ck_assert_int_eq(line, 2);
	ck_assert_ptr_nonnull(why);
	kb_config_free(&c);
}
END_TEST

/* .config as written: CRLF, blanks, comments, no last newline; each
 * malformed line refused with its number */
START_TEST(test_config_lines)
{
	static const char good[] = "CONFIG_A=y\r\n  \n\t# c\n\nCONFIG_B=\"x\"";
	static const char *const bad[] = {
		"=y\n", "CONFIG_A\n", "CONFIG_A y\n", "FOO=y\n", "CONFIG_A-B=y\n",
	};
	struct kb_config c = { 0 };
	int line = 0;
	const char *why = NULL;

	ck_assert_int_eq(kb_config_parse(&a, &c, good, strlen(good), &line,
					 &why), 0);
	ck_assert_str_eq(sm_get(&c.values, "CONFIG_A"), "y");
	ck_assert_str_eq(sm_get(&c.values, "CONFIG_B"), "\"x\"");
	kb_config_free(&c);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char text[64];

		snprintf(text, sizeof(text), "# ok\n%s", bad[i]);
		memset(&c, 0, sizeof(c));
		line = 0;
		ck_assert_msg(kb_config_parse(&a, &c, text, strlen(text), &line,
					      &why) == -1, "%s accepted", bad[i]);
		ck_assert_int_eq(line, 2);
		kb_config_free(&c);
	}
}
END_TEST

/* Conditionals nested deeper than the evaluator keeps: what they guard
 * is "maybe", and an else or endif with no if is ignored */
START_TEST(test_deep_conditionals)
{
	struct strbuf sb = { 0 };
	struct kbuild *kb = kb_new(&a, dir, &cfg, KB_SPL);
	char *got;

	for (int i = 0; i < 70; i++)
		sb_puts(&sb, "ifeq (a,a)\n");
	sb_puts(&sb, "x := deep\n");
	for (int i = 0; i < 70; i++)
		sb_puts(&sb, "else\nx := no\nendif\n");
	got = strdup(kb_eval_text(kb, "d/Makefile", sb.buf, "x"));
	ck_assert_int_eq(got[0], KB_UNKNOWN_CH);
	free(got);
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile",
				      "endif\nelse\nx := 1\n", "x"), "1");
	sb_free(&sb);
	kb_free(kb);
}
END_TEST

START_TEST(test_lines)
{
	const char text[] = "a = 1 \\\n    2\\\n3\n# c \\\n still\nb\n";
	struct kb_lines r;

	kb_lines_init(&r, text, strlen(text));
	ck_assert(kb_lines_next(&r));
	ck_assert_str_eq(r.line.buf, "a = 1 2 3");
	ck_assert_int_eq(r.lineno, 1);
	ck_assert(kb_lines_next(&r));
	ck_assert_str_eq(r.line.buf, "# c still");
	ck_assert_int_eq(r.lineno, 4);
	ck_assert(kb_lines_next(&r));
	ck_assert_str_eq(r.line.buf, "b");
	ck_assert_int_eq(r.lineno, 6);
	ck_assert(!kb_lines_next(&r));
	kb_lines_free(&r);
}
END_TEST

START_TEST(test_expand)
{
	struct kbuild *kb;

	put("Makefile", "export CROSS_COMPILE\n");
	kb = kb_new(&a, dir, &cfg, KB_SPL);
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile",
				      "x := obj-$(CONFIG_$(PHASE_)ON)\n", "x"),
			 "obj-y");
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile",
				      "y := $(SPL_TPL_)$(XPL_)$(SPL_)\n", "y"),
			 "SPL_SPL_SPL_");
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile",
				      "l = a.o b.c\nx = $(l:.o=.c) $(patsubst %.c,%.o,$(l))\n",
				      "x"),
			 "a.c b.c a.o b.o");
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile",
				      "x := $(if $(filter y,$(CONFIG_ON)),yes,no)$(ARCH)\n",
				      "x"),
			 "yesarm");
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile",
				      "ifeq ($(CONFIG_STR),\"abc\")\nx := 1\nelse\nx := 2\nendif\n",
				      "x"),
			 "1");
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile",
				      "ifdef CONFIG_XPL_BUILD\nifndef CONFIG_OFF\nx := in\nendif\nendif\n",
				      "x"),
			 "in");
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile",
				      "f = <$(1)>\nx := $(call f,a)$(foreach v,1 2,[$(v)])\n",
				      "x"),
			 "<a>[1] [2]");
	/* unknown: $(shell), and a variable the top Makefile exports */
	ck_assert_ptr_nonnull(strchr(kb_eval_text(kb, "d/Makefile",
						  "x := $(shell true)\n", "x"),
				     KB_UNKNOWN_CH));
	ck_assert_ptr_nonnull(strchr(kb_eval_text(kb, "d/Makefile",
						  "x := a$(CROSS_COMPILE)\n", "x"),
				     KB_UNKNOWN_CH));
	/* a variable nobody sets is empty, as in make */
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile", "x := a$(NOBODY)\n",
				      "x"),
			 "a");
	kb_free(kb);
}
END_TEST

/* make's functions and references, one line each: the value of x after
 * the Makefile text, with a part that cannot be known shown as '?' */
static const struct {
	const char *text;
	const char *want;
} functions[] = {
	{ "x := $(subst an,AN,banana)", "bANANa" },
	{ "x := $(subst ,x,abc)", "abc" },
	{ "x := $(findstring an,banana)|$(findstring z,banana)", "an|" },
	{ "x := $(word 2,a b c)|$(word 5,a b)|$(word 0,a)", "b||" },
	{ "x := $(words a b  c)", "3" },
	{ "x := $(sort c a b a)", "a b c" },
	{ "x := $(firstword a b) $(lastword a b)", "a b" },
	{ "x := $(notdir d/a.c b.c)", "a.c b.c" },
	{ "x := $(dir d/a.c b.c)", "d/ ./" },
	{ "x := $(basename d/a.c x.y/z e)", "d/a x.y/z e" },
	{ "x := $(suffix d/a.c x.y/z)", ".c" },
	{ "x := [$(strip  a   b )]", "[a b]" },
	{ "x := $(addprefix p/,a b) $(addsuffix .o,a b)", "p/a p/b a.o b.o" },
	{ "x := $(filter %.c b,a.c b c.h) $(filter-out %.c,a.c b)", "a.c b b" },
	{ "x := $(patsubst %.c,%.o,a.c b.h) $(patsubst a,z,a b)", "a.o b.h z b" },
	{ "x := [$(or ,b,c)][$(or ,)][$(and a,b)][$(and a,,c)]", "[b][][b][]" },
	{ "x := [$(if ,a,b)][$(if ,a)][$(if c,a,b)]", "[b][][a]" },
	{ "x := $(origin CONFIG_ON) $(origin NOPE) $(origin x)", "file undefined undefined" },
	{ "v = 1\nx := $(origin v)", "file" },
	{ "x := $(origin CROSS_COMPILE)", "?" },
	{ "x := a$$b", "a$b" },
	{ "v := 1\nx := $v${v}", "11" },
	{ "x := a$(v", "a?" },
	{ "v = $(v)\nx := $(v)", "?" },
	{ "x := $(call nofn,a)", "?" },
	{ "f = $(1)$(2)\nx := $(call f,a)|$(call f,a,b)", "a|ab" },
	{ "x := $(foreach v,a b,$(v).o) $(foreach $(shell n),a,b)", "a.o b.o ?" },
	{ "x := $(sort $(shell ls))", "?" },
	{ "x := $(notdir a/b $(shell ls))", "b ?" },
	{ "x := $(subst $(shell a),b,c)", "?" },
	{ "x := $(filter a,a $(shell b))", "a ?" },
	{ "x := $(or $(shell a),b)", "?" },
	{ "x := $(if $(shell a),b,c)", "?" },
	{ "x := $(join a,b)", "?" },
	{ "x := $(wildcard /etc/*)", "?" },
	{ "x := $(wildcard $(shell ls))", "?" },
	{ "x := $(wildcard include/config/auto.conf .config)", "include/config/auto.conf .config" },
	{ "x := [$(info a)$(warning b)$(error c)]", "[]" },
	{ "x := [$(foreach v,a b)][$(patsubst a)][$(word 1)]", "[][][]" },
	{ "v := 1\nx := $(foreach v,a,$(v))$(v)", "a1" },
	{ "f = <$(1)>\ng = $(call f,i)$(1)\nx := $(call g,o)", "<i>o" },
	{ "f = a$(call f)\nx := $(call f)", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?" },
	{ "x := $(call $(shell a),b)", "?" },
	{ "x := $(origin $(shell a)) $(origin CONFIG_NOPE)", "? undefined" },
	{ "x := $(words $(shell a))|$(firstword $(shell a))", "?|?" },
	{ "x := $(strip a $(shell a))|$(dir $(shell a))", "a ?|?" },
	{ "x := $(basename $(shell a))|$(suffix $(shell a) b.c)", "?|? .c" },
	{ "x := $(word 1,$(shell a))|$(findstring a,$(shell a))", "?|?" },
	{ "x := $(addprefix $(shell a),b)|$(subst a,$(shell a),b)", "?|?" },
	{ "x := $(filter-out a,b $(shell a))", "b ?" },
	{ "n := v\nv := 1\nx := $($(n))$(v:1=2)", "12" },
	{ "x := $($(shell a))", "?" },
	{ "y = $(z)\nz = 3\nx := $(y)", "3" },
	/* conditionals */
	{ "ifeq \"$(CONFIG_ON)\" 'y'\nx := 1\nendif", "1" },
	{ "ifneq ($(CONFIG_ON),y)\nx := 1\nelse ifeq (a,a)\nx := 2\nendif", "2" },
	{ "x := 0\nifeq \"a\nx := 1\nendif", "?" },
	{ "x := 0\nifeq \"a\" b\nx := 1\nendif", "?" },
	{ "x := 0\nifeq a\nx := 1\nendif", "?" },
	{ "x := 0\nifeq (a\nx := 1\nendif", "?" },
	{ "x := 0\nifeq ($(shell a),b)\nx := 1\nendif", "?" },
	{ "x := 0\nifdef CROSS_COMPILE\nx := 1\nendif", "?" },
	{ "x := 0\nifdef obj-y\nx := 1\nendif", "0" },
	{ "e :=\nx := 0\nifdef e\nx := 1\nendif", "0" },
	{ "x := 0\nifdef CONFIG_ON\nx := 1\nendif", "1" },
	{ "x := 0\nifdef $(shell a)\nx := 1\nendif", "?" },
	{ "x := 0\nifeq 'a' \"a\"\nx := 1\nendif", "1" },
	{ "x := 0\nifeq 'a' b\nx := 1\nendif", "?" },
	{ "v = $(shell a)\nx := 0\nifdef v\nx := 1\nendif", "1" },
	{ "x := 0\nifndef CONFIG_ON\nx := 1\nelse\nx += 2\nendif", "0 2" },
	{ "x := 0\nifeq ($(shell a),b)\nx += 1\nendif", "0 ?" },
	{ "x := 0\nifeq ($(shell a),b)\ny := 1\nendif\nx := $(y)", "?" },
	/* assignments, define, undefine, rules */
	{ "x != echo hi", "?" },
	{ "x ?= 1\nx ?= 2", "1" },
	{ "x ::= 1\nx := $(x)2", "12" },
	{ "x := a # comment \\# not", "a" },
	{ "define x\ndefine y\nendef\nline\nendef", "define y\nendef\nline" },
	{ "x := 1\nundefine x\nx += 2", "2" },
	{ "all: dep\n\tx := 1\nx := 2", "2" },
	{ "x := 1\n$(eval FLAGS_y += -DX)", "1" },
	{ "x := 1\nvpath %.c src", "1" },
};

START_TEST(test_functions)
{
	struct kbuild *kb;

	put("Makefile", "export CROSS_COMPILE\n");
	kb = kb_new(&a, dir, &cfg, KB_SPL);
	for (size_t i = 0; i < sizeof(functions) / sizeof(functions[0]); i++) {
		char text[256], *got;
		const char *v;
		size_t k = 0;

		/* "\\n" in the table: a newline */
		for (const char *p = functions[i].text; *p; p++) {
			if (p[0] == '\\' && p[1] == 'n') {
				text[k++] = '\n';
				p++;
			} else {
				text[k++] = *p;
			}
		}
		text[k++] = '\n';
		text[k] = 0;
		v = kb_eval_text(kb, "d/Makefile", text, "x");
		ck_assert_msg(v != NULL, "%s: x undefined", functions[i].text);
		got = strdup(v);
		for (char *p = got; *p; p++) {
			if (*p == KB_UNKNOWN_CH)
				*p = '?';
		}
		ck_assert_msg(!strcmp(got, functions[i].want),
			      "%s: got '%s', want '%s'", functions[i].text, got,
			      functions[i].want);
		free(got);
	}
	kb_free(kb);
}
END_TEST

/* $(wildcard) in the tree: what exists, sorted globs */
START_TEST(test_wildcard)
{
	struct kbuild *kb;
	char text[512], want[512];

	put("d/b.c", "");
	put("d/a.c", "");
	kb = kb_new(&a, dir, &cfg, KB_SPL);
	snprintf(text, sizeof(text),
		 "x := $(wildcard %s/d/*.c) $(wildcard %s/d/a.c %s/d/none.c)\n",
		 dir, dir, dir);
	snprintf(want, sizeof(want), "%s/d/a.c %s/d/b.c %s/d/a.c", dir, dir,
		 dir);
	ck_assert_str_eq(kb_eval_text(kb, "d/Makefile", text, "x"), want);
	kb_free(kb);
}
END_TEST

static const struct kb_result *ask(struct kbuild *kb, const char *rel)
{
	static struct kb_result r;

	kb_query(kb, rel, &r);
	return &r;
}

START_TEST(test_query)
{
	struct kbuild *kb;
	const struct kb_result *r;

	put("scripts/Makefile.xpl", "libs-y += d/\nlibs-$(CONFIG_OFF) += e/\n");
	put("d/Makefile",
	    "obj-y += a.o\n"
	    "obj-$(CONFIG_$(PHASE_)OFF) += b.o\n"
	    "ifeq ($(CONFIG_ON),y)\nobj-y += sub/\nendif\n"
	    "obj-y += comp.o\ncomp-objs := c1.o\ncomp-$(CONFIG_OFF) += c2.o\n"
	    "obj-$(shell echo y) += u.o\n");
	put("d/sub/Makefile",
	    "obj-$(CONFIG_SPL_ON) += x.o\nobj-y += r.o\nobj-y = s.o x.o\n");
	put("e/Makefile", "obj-y += e.o\n");
	kb = kb_new(&a, dir, &cfg, KB_SPL);

	r = ask(kb, "d/a.c");
	ck_assert_int_eq(r->verdict, KB_BUILT);
	ck_assert_str_eq(r->why, "d/Makefile:1");
	r = ask(kb, "d/b.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(r->option, "CONFIG_SPL_OFF");
	ck_assert_int_eq(r->line, 2);
	ck_assert_int_eq(ask(kb, "d/sub/x.c")->verdict, KB_BUILT);
	ck_assert_int_eq(ask(kb, "d/c1.c")->verdict, KB_BUILT);
	r = ask(kb, "d/c2.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(r->option, "CONFIG_OFF");
	r = ask(kb, "d/u.c");
	ck_assert_int_eq(r->verdict, KB_UNKNOWN);
	ck_assert_ptr_nonnull(strstr(r->why, "shell"));
	/* "obj-y = ..." drops what came before it */
	r = ask(kb, "d/sub/r.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(r->why, "d/sub/Makefile:2 adds it, but d/sub/Makefile:3 sets obj-y anew");
	r = ask(kb, "e/e.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(r->why, "scripts/Makefile.xpl:2 needs CONFIG_OFF, which .config does not set");
	r = ask(kb, "d/none.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(r->why, "d/Makefile has no line for none.o");
	r = ask(kb, "f/g.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_int_eq(ask(kb, "d/x.h")->verdict, KB_UNKNOWN);
	/* only the Makefiles on the paths asked about, each once */
	ck_assert_int_eq(kb_files_read(kb)->count, 4);
	kb_free(kb);

	/* U-Boot proper: the top Makefile; no such tree: unknown */
	put("Makefile", "libs-y += e/\n");
	kb = kb_new(&a, dir, &cfg, KB_PROPER);
	ck_assert_int_eq(ask(kb, "e/e.c")->verdict, KB_BUILT);
	ck_assert_int_eq(ask(kb, "d/a.c")->verdict, KB_NOT_BUILT);
	kb_free(kb);
	kb = kb_new(&a, "/nonexistent", &cfg, KB_TPL);
	ck_assert_int_eq(ask(kb, "d/a.c")->verdict, KB_UNKNOWN);
	kb_free(kb);
}
END_TEST

/* include: followed in the tree, the configuration and Kbuild's own
 * files skipped, anything else makes the Makefile's verdicts unknown */
START_TEST(test_include)
{
	struct kbuild *kb;
	const struct kb_result *r;
	char text[512];

	put("scripts/Makefile.xpl", "libs-y += d/ e/ f/ g/ h/\n");
	put("d/inc.mk", "obj-y += inc.o\n");
	put("d/Makefile",
	    "include $(srctree)/d/inc.mk\n-include d/none.mk\n"
	    "include include/config/auto.conf scripts/Kbuild.include config.mk\n"
	    "obj-$(CONFIG_TPL_BUILD) += tpl.o\n");
	put("e/Makefile", "include e/none.mk\nobj-y += e.o\n");
	snprintf(text, sizeof(text), "include /elsewhere/x.mk\nobj-y += f.o\n");
	put("f/Makefile", text);
	put("g/Makefile", "include $(shell ls)\nobj-y += g.o\n");
	put("h/Makefile", "include h/Makefile\nobj-y += h.o\n");

	kb = kb_new(&a, dir, &cfg, KB_TPL);
	r = ask(kb, "d/inc.c");
	ck_assert_int_eq(r->verdict, KB_BUILT);
	ck_assert_str_eq(r->why, "d/inc.mk:1");
	ck_assert_int_eq(ask(kb, "d/tpl.c")->verdict, KB_BUILT);
	r = ask(kb, "e/e.c");
	ck_assert_int_eq(r->verdict, KB_BUILT);
	r = ask(kb, "e/other.c");
	ck_assert_int_eq(r->verdict, KB_UNKNOWN);
	ck_assert_str_eq(r->why, "e/Makefile:1: include e/none.mk: not in the source tree");
	r = ask(kb, "f/other.c");
	ck_assert_int_eq(r->verdict, KB_UNKNOWN);
	ck_assert_ptr_nonnull(strstr(r->why, "/elsewhere/x.mk"));
	r = ask(kb, "g/other.c");
	ck_assert_int_eq(r->verdict, KB_UNKNOWN);
	ck_assert_ptr_nonnull(strstr(r->why, "g/Makefile:1: include"));
	r = ask(kb, "h/other.c");
	ck_assert_int_eq(r->verdict, KB_UNKNOWN);
	ck_assert_ptr_nonnull(strstr(r->why, "includes nested too deep"));
	kb_free(kb);

	kb = kb_new(&a, dir, &cfg, KB_VPL);
	ck_assert_int_eq(ask(kb, "d/tpl.c")->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(kb_phase_label(KB_VPL), "vpl");
	kb_free(kb);
}
END_TEST

/* The reasons a verdict gives */
START_TEST(test_reasons)
{
	struct kbuild *kb;
	const struct kb_result *r;

	put("scripts/Makefile.xpl", "libs-y += d/\n");
	put("d/Makefile",
	    "obj-$(CONFIG_NUM) += num.o\n"
	    "obj-$(CONFIG_OFF) += off/\n"
	    "obj-m += extra.o\n"
	    "ifeq ($(CONFIG_STR),y)\nobj-y += str.o\nendif\n"
	    "ifeq ($(shell a),b)\nobj-y += maybe.o\nendif\n"
	    "obj-y += late.o\n"
	    "ifeq ($(shell a),b)\nobj-y := other.o\nendif\n"
	    "obj-y += ./dot.o\n");
	put("d/off/Makefile", "obj-$(CONFIG_SPL_OFF) += deep.o\n");
	kb = kb_new(&a, dir, &cfg, KB_SPL);

	r = ask(kb, "d/num.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(r->why, "d/Makefile:1 needs CONFIG_NUM, which .config sets to 0x10");
	r = ask(kb, "./d/off/deep.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(r->option, "CONFIG_OFF");
	ck_assert_str_eq(r->why, "d/Makefile:2 needs CONFIG_OFF, which .config does not set; then d/off/Makefile:1 needs CONFIG_SPL_OFF, which .config does not set");
	r = ask(kb, "d/extra.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(r->why, "d/Makefile:3 adds it to obj-m, which is not built");
	r = ask(kb, "d/str.c");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	ck_assert_str_eq(r->why, "d/Makefile:4 needs CONFIG_STR, which .config sets to \"abc\"");
	ck_assert_int_eq(ask(kb, "d/dot.c")->verdict, KB_BUILT);
	/* maybe added; added, then maybe set anew */
	r = ask(kb, "d/maybe.c");
	ck_assert_int_eq(r->verdict, KB_UNKNOWN);
	ck_assert_ptr_nonnull(strstr(r->why, "shell"));
	r = ask(kb, "d/late.c");
	ck_assert_int_eq(r->verdict, KB_UNKNOWN);
	ck_assert_ptr_nonnull(strstr(r->why, "shell"));
	r = ask(kb, "d/x.S");
	ck_assert_int_eq(r->verdict, KB_NOT_BUILT);
	kb_free(kb);
}
END_TEST

Suite *kbuild_suite(void)
{
	Suite *s = suite_create("kbuild");
	TCase *tc = tcase_create("kbuild");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_config);
	tcase_add_test(tc, test_lines);
	tcase_add_test(tc, test_config_lines);
	tcase_add_test(tc, test_deep_conditionals);
	tcase_add_test(tc, test_expand);
	tcase_add_test(tc, test_functions);
	tcase_add_test(tc, test_wildcard);
	tcase_add_test(tc, test_include);
	tcase_add_test(tc, test_reasons);
	tcase_add_test(tc, test_query);
	suite_add_tcase(s, tc);
	return s;
}
