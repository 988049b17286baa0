# dtoc in C: build, test, install. `make help` lists the targets and the
# test suites (tests/suites).
#
#   make            build build/dtoc
#   make check      every suite of tests/suites, some again under
#                   clang with AddressSanitizer + UBSan; -j2 welcome
#   make coverage   the suites under gcov, with figures and an HTML report
#   make example    generate, compile and run the bundled example
#   make install    PREFIX=/usr/local (DESTDIR honoured)
#   make fuzz       fuzz every input for FUZZ_SECONDS (tests/fuzz/fuzz.mk)
#
# V=1 shows the commands.

CC ?= cc
PKG_CONFIG ?= pkg-config
BUILD ?= build
PREFIX ?= /usr/local

WARNINGS := -Wall -Wextra -Werror -Wshadow -Wcast-qual -Wmissing-prototypes \
	-Wstrict-prototypes -Wwrite-strings -Wpointer-arith -Wformat=2 \
	-Wundef -Wno-unused-parameter
CFLAGS ?= -O2 -g
DTOC_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARNINGS) $(CFLAGS) $(EXTRA_CFLAGS)
# the scan reads the source tree on every core
DTOC_CFLAGS += -pthread

# Debian's libfdt-dev ships no pkg-config file: fall back to -lfdt.
FDT_CFLAGS := $(shell $(PKG_CONFIG) --cflags libfdt 2>/dev/null)
FDT_LIBS := $(shell $(PKG_CONFIG) --libs libfdt 2>/dev/null || echo -lfdt)
JSON_CFLAGS := $(shell $(PKG_CONFIG) --cflags jansson 2>/dev/null)
JSON_LIBS := $(shell $(PKG_CONFIG) --libs jansson 2>/dev/null || echo -ljansson)
CHECK_CFLAGS := $(shell $(PKG_CONFIG) --cflags check 2>/dev/null)
CHECK_LIBS := $(shell $(PKG_CONFIG) --libs check 2>/dev/null || echo -lcheck)
YAML_CFLAGS := $(shell $(PKG_CONFIG) --cflags yaml-0.1 2>/dev/null)
YAML_LIBS := $(shell $(PKG_CONFIG) --libs yaml-0.1 2>/dev/null || echo -lyaml)

ifeq ($(V),1)
Q :=
else
Q := @
endif

# src/<stage>/*.c: the pipeline's stages (src/runtime is built by
# src/runtime/runtime.mk)
DTOC_STAGES := base dtb variant scan bindings resolve kbuild emit diff
DTOC_SRCS := $(wildcard src/*.c) $(foreach s,$(DTOC_STAGES),$(wildcard src/$(s)/*.c))
DTOC_LIB_SRCS := $(filter-out src/main.c,$(DTOC_SRCS))
TEMPLATES := $(sort $(wildcard templates/*.txt))
DTOC_OBJS := $(DTOC_SRCS:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/templates.o
DTOC_LIB_OBJS := $(DTOC_LIB_SRCS:src/%.c=$(BUILD)/obj/%.o) \
	$(BUILD)/obj/templates.o

.PHONY: all example run-example clean install
.DEFAULT_GOAL := all

all: $(BUILD)/dtoc

$(BUILD)/dtoc: $(DTOC_OBJS)
	@echo "  LD      $@"
	$(Q)$(CC) $(DTOC_CFLAGS) $(LDFLAGS) -o $@ $^ $(FDT_LIBS) $(JSON_LIBS) \
		$(YAML_LIBS)

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(DTOC_CFLAGS) $(FDT_CFLAGS) $(JSON_CFLAGS) $(YAML_CFLAGS) \
		-Isrc -MMD -MP -c -o $@ $<

-include $(DTOC_OBJS:.o=.d)

$(BUILD)/templates.c: templates/embed.sh $(TEMPLATES)
	@mkdir -p $(@D)
	@echo "  GEN     $@"
	$(Q)templates/embed.sh $@ $(TEMPLATES)

$(BUILD)/obj/templates.o: $(BUILD)/templates.c
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(DTOC_CFLAGS) -Isrc -c -o $@ $<

# ------------------------------------------------------------ tests
#
# The suites are listed once, in tests/suites (name, builds, what):
# `make check-NAME` runs one, `make check` all of them (make -j2 check
# runs two at a time), then prints a line per suite: checks, seconds.
# Each suite runs through tests/suite.sh, which keeps its output and
# figures in $(RESULTS).

SUITES_FILE := tests/suites
# the suites whose BUILDS column matches $(1)
suites_where = $(shell awk '!/^\#/ && NF && $$2 ~ /^($(1))$$/ { print $$1 }' \
	$(SUITES_FILE))
SUITES := $(call suites_where,gcc|both|san)
SUITES_GCC := $(call suites_where,gcc|both)
SUITES_SAN := $(call suites_where,both|san)
RESULTS := $(BUILD)/results
RUN_SUITE := tests/suite.sh $(RESULTS)
# what the suites that compile against the runtime are told
RUNTIME_ENV = CC="$(CC)" CFLAGS="$(CFLAGS)" LDFLAGS="$(LDFLAGS)" \
	RUNTIME_CFLAGS="$(RUNTIME_CFLAGS)" \
	RUNTIME_LDFLAGS="$(RUNTIME_LDFLAGS)" RUNTIME_LIB="$(RUNTIME_LIB)"

.PHONY: deps check check-all check-suites check-sanitize $(SUITES:%=check-%) help

# Installs what is missing (tests/deps.sh); run again only when the
# package database changed since it last succeeded.
deps: $(BUILD)/deps.stamp
$(BUILD)/deps.stamp: tests/deps.sh $(wildcard /var/lib/dpkg/status)
	$(Q)tests/deps.sh
	@mkdir -p $(@D) && touch $@

# The whole suite, after installing what it needs (a fresh make reads
# the pkg-config flags of what was just installed). A failing suite does
# not stop the others (-k); the summary says which failed.
check: deps
	$(Q)$(MAKE) --no-print-directory check-all

check-all:
	@rm -rf $(RESULTS) $(BUILD)/sanitize/results
	@mkdir -p $(RESULTS) && touch $(RESULTS)/.start
	$(Q)st=0; $(MAKE) --no-print-directory -k check-suites || st=1; \
	tests/summary.sh $(RESULTS)/.start "$(RESULTS)::$(SUITES_GCC)" \
		"$(BUILD)/sanitize/results:sanitize:$(SUITES_SAN)" || st=1; \
	exit $$st

# the sanitizer pass first: it is the longest
check-suites: check-sanitize $(SUITES_GCC:%=check-%)

# $(BUILD)/unit-tests: Check suites of the library
UNIT_SRCS := $(wildcard tests/unit/*.c)
$(BUILD)/unit-tests: $(UNIT_SRCS) tests/unit/unit.h $(DTOC_LIB_OBJS) \
		$(wildcard src/*.h src/*/*.h)
	@echo "  LD      $@"
	$(Q)$(CC) $(DTOC_CFLAGS) $(CHECK_CFLAGS) $(FDT_CFLAGS) -Isrc -o $@ \
		$(UNIT_SRCS) $(DTOC_LIB_OBJS) $(LDFLAGS) $(CHECK_LIBS) $(FDT_LIBS) \
		$(JSON_LIBS) $(YAML_LIBS)

# the kbuild evaluator's verdicts on any files (tests/kbuild/)
$(BUILD)/kbquery: tests/kbuild/kbquery.c $(DTOC_LIB_OBJS)
	@echo "  LD      $@"
	$(Q)$(CC) $(DTOC_CFLAGS) -Isrc -o $@ $< $(DTOC_LIB_OBJS) $(LDFLAGS) \
		$(FDT_LIBS) $(JSON_LIBS) $(YAML_LIBS)

check-unit: $(BUILD)/unit-tests
	$(Q)$(RUN_SUITE) unit env CK_FORK=yes $(BUILD)/unit-tests

check-cases: $(BUILD)/dtoc
	$(Q)$(RUN_SUITE) cases tests/run-cases.sh $(BUILD)/dtoc

check-cli: $(BUILD)/dtoc
	$(Q)$(RUN_SUITE) cli tests/cli.sh $(BUILD)/dtoc

check-make: $(BUILD)/dtoc
	$(Q)$(RUN_SUITE) make tests/make-project.sh $(BUILD)/dtoc

# dtoc diff: the cases of testdata/diff/, its command line, the git driver
check-diff: $(BUILD)/dtoc
	$(Q)$(RUN_SUITE) diff tests/diff.sh $(BUILD)/dtoc

check-layers:
	$(Q)$(RUN_SUITE) layers tests/layers.sh src

check-doc:
	$(Q)$(RUN_SUITE) doc tests/suites-doc.sh

# What dtoc --bindings writes, compiled against the runtime's headers and
# read back as its C types (tests/bindings-readback.c); and with --variant,
# each variant's values through the variant table
# (tests/variant-bindings-readback.c).
BINDINGS_RB := $(BUILD)/bindings-readback
check-bindings-readback: $(BUILD)/dtoc
	$(Q)$(RUN_SUITE) bindings-readback tests/bindings-readback.sh \
		$(BUILD)/dtoc $(BINDINGS_RB) $(CC) $(CFLAGS)

-include src/runtime/runtime.mk

check-runtime: $(RUNTIME_LIB) $(RT_PROGRAMS)
	$(Q)$(RUN_SUITE) runtime $(MAKE) --no-print-directory runtime-check

check-valgrind: $(RT_PROGRAMS)
	$(Q)$(RUN_SUITE) valgrind $(MAKE) --no-print-directory runtime-valgrind

# What dtoc writes for each good case of testdata/cases (its own mode, and
# -i too for a plain case), compiled with the drivers it names and the
# runtime, run, and checked (tests/runtime/case_check.c)
check-runtime-cases: $(BUILD)/dtoc $(RUNTIME_LIB)
	$(Q)$(RUN_SUITE) runtime-cases env $(RUNTIME_ENV) \
		FDT_CFLAGS="$(FDT_CFLAGS)" FDT_LIBS="$(FDT_LIBS)" \
		tests/runtime-cases.sh $(BUILD)/dtoc

check-install: $(BUILD)/dtoc $(RUNTIME_LIB)
	$(Q)$(RUN_SUITE) install env BUILD=$(BUILD) tests/install.sh

# Bare-metal firmware for QEMU's virt machine (doc/runtime-target.md):
# check-qemu
-include examples/qemu-virt/qemu.mk

check-faults: $(BUILD)/dtoc
	$(Q)$(RUN_SUITE) faults tests/faults.sh $(BUILD)/dtoc

# Board variants (--variant): testdata/example/variants generated once per
# mode, compiled once, run as each variant (tests/variants.sh)
check-variants: $(BUILD)/dtoc $(RUNTIME_LIB)
	$(Q)$(RUN_SUITE) variants env $(RUNTIME_ENV) \
		tests/variants.sh $(BUILD)/dtoc

# The same output with 1 or N threads, with or without the scan cache.
check-cache: $(BUILD)/dtoc
	$(Q)$(RUN_SUITE) cache tests/cache.sh $(BUILD)/dtoc

# The record sizes of --report against nm -S of the generated files
# compiled for ILP32 (arm-none-eabi-gcc) and LP64 (aarch64, x86-64)
check-sizes: $(BUILD)/dtoc
	$(Q)$(RUN_SUITE) sizes tests/sizes.sh $(BUILD)/dtoc

# Fuzz targets (make fuzz) and their replay (check-fuzz)
include tests/fuzz/fuzz.mk

# The sanitizer pass: dtoc, its tests and the runtime built with clang
# (so that its warnings are errors too) under AddressSanitizer and
# UBSan, in $(BUILD)/sanitize, running the suites marked so in
# tests/suites.
SANITIZE_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
check-sanitize:
	$(Q)ASAN_OPTIONS=detect_leaks=1 $(MAKE) --no-print-directory \
		BUILD=$(BUILD)/sanitize CC=clang CFLAGS="$(SANITIZE_FLAGS)" \
		LDFLAGS="$(SANITIZE_FLAGS)" $(SUITES_SAN:%=check-%)

# ---------------------------------------------------------- coverage

# The suites that exercise dtoc and the runtime, built with gcc
# --coverage (-O0: lines as written) in $(COV); then tests/coverage.sh
# reports (lcov, installed when missing). Old counts are cleared first.
COV := $(BUILD)/coverage
COV_SUITES := unit cases cli make bindings-readback runtime runtime-cases \
	faults variants cache diff
.PHONY: coverage
coverage: deps
	$(Q)tests/deps.sh lcov
	$(Q)rm -rf $(COV)/results
	$(Q)if [ -d $(COV) ]; then find $(COV) -name '*.gcda' -delete; fi
	$(Q)st=0; $(MAKE) --no-print-directory -k BUILD=$(COV) CC=gcc \
		CFLAGS="-O0 -g --coverage" LDFLAGS="--coverage" \
		$(COV_SUITES:%=check-%) > $(COV).log 2>&1 || st=1; \
	tests/summary.sh - "$(COV)/results::$(COV_SUITES)" || { \
		st=1; echo "coverage: a suite failed (see $(COV).log)"; }; \
	tests/coverage.sh $(COV) && exit $$st

help:
	@echo "make                build $(BUILD)/dtoc"
	@echo "make check          install what is missing (tests/deps.sh), run"
	@echo "                    every suite (make -j2 check: two at a time),"
	@echo "                    print a line per suite: checks, seconds"
	@echo "make check-NAME     one suite:"
	@awk '!/^#/ && NF { n = $$1; $$1 = $$2 = ""; sub(/^ +/, ""); \
		printf "  %-17s %s\n", n, $$0 }' $(SUITES_FILE)
	@echo "  sanitize          clang, ASan + UBSan: $(SUITES_SAN)"
	@echo "make coverage       the suites under gcov: line and branch figures,"
	@echo "                    HTML in $(BUILD)/coverage/html"
	@echo "make example        generate, compile and run the bundled example"
	@echo "make fuzz           fuzz every target for FUZZ_SECONDS (tests/fuzz/)"
	@echo "make bench          time the scan and the runs (tests/bench/)"
	@echo "make install        PREFIX=$(PREFIX) (DESTDIR honoured)"
	@echo "V=1 shows the commands."

# ---------------------------------------------------------- example

# The bundled example: testdata/example/board.dts with drivers from
# testdata/src, generated in both modes, compiled against the runtime,
# run, and its device tree printed.
EXAMPLE := $(BUILD)/example
EXAMPLE_DRIVERS := $(addprefix testdata/src/drivers/,bus/acme_bus.c \
	bus/bus-uclass.c clk/acme_clk.c clk/clk-uclass.c gpio/acme_gpio.c \
	gpio/gpio-uclass.c mmc/acme_mmc.c mmc/mmc-uclass.c \
	serial/serial_acme.c serial/serial-uclass.c)

example: deps
	$(Q)$(MAKE) --no-print-directory run-example

# $(1): plain or inst; $(2): dtoc's mode option
define example_mode
$(EXAMPLE)/$(1)/board: $(BUILD)/dtoc $(RUNTIME_LIB) testdata/example/board.dts \
		testdata/example/main.c $(EXAMPLE_DRIVERS)
	@mkdir -p $(EXAMPLE)/$(1)
	$(Q)dtc -q -I dts -O dtb -o $(EXAMPLE)/board.dtb testdata/example/board.dts
	@echo "  DTOC    $(EXAMPLE)/$(1)"
	$(Q)$(BUILD)/dtoc -s testdata/src -d $(EXAMPLE)/board.dtb $(2) \
		-c $(EXAMPLE)/$(1) -C $(EXAMPLE)/$(1)/generated all
	@echo "  LD      $$@"
	$(Q)$(CC) $(RUNTIME_CFLAGS) -Wall -Werror -I$(EXAMPLE)/$(1) \
		-Itestdata/src/include -Itestdata/src/arch/sandbox/include \
		-o $$@ testdata/example/main.c \
		$(EXAMPLE_DRIVERS) $(EXAMPLE)/$(1)/dt-*.c $(RUNTIME_LIB) \
		$(RUNTIME_LDFLAGS)
endef
$(eval $(call example_mode,plain,))
$(eval $(call example_mode,inst,-i))

run-example: $(EXAMPLE)/plain/board $(EXAMPLE)/inst/board
	@echo "--- dtoc wrote, from testdata/example/board.dts:"
	@ls $(EXAMPLE)/plain $(EXAMPLE)/plain/generated $(EXAMPLE)/inst \
		$(EXAMPLE)/inst/generated
	@echo "--- $(EXAMPLE)/plain/dt-plat.c, a device:"
	@sed -n '/Node \/soc\/serial/,/^};$$/p' $(EXAMPLE)/plain/dt-plat.c | \
		sed -n '1,/^U_BOOT_DRVINFO/p'
	@echo "--- the devices bound and probed (plain, U_BOOT_DRVINFO):"
	@$(EXAMPLE)/plain/board
	@echo "--- the devices instantiated at build time and probed (-i):"
	@$(EXAMPLE)/inst/board

# ---------------------------------------------------------- install

DESTDIR ?=
BINDIR := $(PREFIX)/bin
LIBDIR := $(PREFIX)/lib
INCDIR := $(PREFIX)/include/dtoc-runtime
DATADIR := $(PREFIX)/share/dtoc
MANDIR := $(PREFIX)/share/man/man1
PCDIR := $(LIBDIR)/pkgconfig

# The runtime's own declarations (root driver, root uclass) that dtoc must
# scan in a project: pkg-config --variable=scandir dtoc-runtime
RT_SCAN_SRCS := src/runtime/root.c

install: $(BUILD)/dtoc $(RUNTIME_LIB)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PCDIR) \
		$(DESTDIR)$(INCDIR) $(DESTDIR)$(DATADIR)/scan $(DESTDIR)$(MANDIR)
	install -m 755 $(BUILD)/dtoc $(DESTDIR)$(BINDIR)/dtoc
	install -m 644 man/dtoc.1 $(DESTDIR)$(MANDIR)/dtoc.1
	install -m 644 $(RUNTIME_LIB) $(DESTDIR)$(LIBDIR)/libdtoc-runtime.a
	cp -R src/runtime/include/. $(DESTDIR)$(INCDIR)/
	install -m 644 src/runtime/u-boot-lists.ld $(DESTDIR)$(DATADIR)/u-boot-lists.ld
	install -m 644 src/runtime/u-boot-lists-bare.ld $(DESTDIR)$(DATADIR)/u-boot-lists-bare.ld
	install -m 644 $(RT_SCAN_SRCS) $(DESTDIR)$(DATADIR)/scan/
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@LIBDIR@|$(LIBDIR)|g' \
		-e 's|@INCDIR@|$(INCDIR)|g' -e 's|@DATADIR@|$(DATADIR)|g' \
		src/runtime/dtoc-runtime.pc.in > $(DESTDIR)$(PCDIR)/dtoc-runtime.pc

# dtoc's schemas of the standard properties, for --bindings
.PHONY: install-bindings
install: install-bindings
install-bindings:
	install -d $(DESTDIR)$(DATADIR)/bindings/core
	install -m 644 bindings/core/*.yaml $(DESTDIR)$(DATADIR)/bindings/core/

# ------------------------------------------------------------ bench

# make bench [RUNS=n] [SRCTREE=dir [DTB=file]] [REF_DTOC="python3 dir/
# tools/dtoc/dtoc"]: the scan timed against a bare parallel read of the
# same files, on a generated tree of U-Boot's shape (built once under
# $(BUILD)/bench) and on SRCTREE; node scaling. See tests/bench/bench.sh.
BENCH := $(BUILD)/bench
BENCH_TOOLS := $(BENCH)/gentree $(BENCH)/floor $(BENCH)/timeit
.PHONY: bench

$(BENCH)/%: tests/bench/%.c
	@mkdir -p $(@D)
	@echo "  CC      $@"
	$(Q)$(CC) -std=gnu11 -O2 -Wall -Wextra -Werror -pthread -o $@ $<

bench: $(BUILD)/dtoc $(BUILD)/kbquery $(BENCH_TOOLS)
	$(Q)tests/bench/bench.sh $(BUILD)/dtoc $(BENCH)

clean:
	rm -rf $(BUILD)
