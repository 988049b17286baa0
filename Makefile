# dtoc in C: build, test, install.
#
#   make            build build/dtoc
#   make check      unit tests, golden cases, runtime tests; then all of
#                   them again under AddressSanitizer + UBSan
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

.PHONY: all deps check test-suite check-unit check-cases check-cli \
	check-make check-sanitize check-clang example run-example clean install \
	check-install
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

UNIT_SRCS := $(wildcard tests/unit/*.c)
RUNTIME_CHECK := $(if $(wildcard src/runtime/runtime.mk),runtime-check)
# Every good testdata case, compiled with its drivers against the runtime
RUNTIME_CASES := $(if $(RUNTIME_CHECK),check-runtime-cases)

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

deps:
	$(Q)tests/deps.sh

# The whole suite, after installing what it needs (a fresh make reads
# the pkg-config flags of what was just installed).
check: deps
	$(Q)$(MAKE) --no-print-directory test-suite

test-suite: check-unit check-cases check-cli check-make $(RUNTIME_CHECK) \
		$(RUNTIME_CASES) \
		$(if $(RUNTIME_CHECK),runtime-valgrind) \
		check-install check-qemu
	$(Q)$(MAKE) --no-print-directory check-sanitize
	$(Q)$(MAKE) --no-print-directory check-clang

check-unit: $(BUILD)/unit-tests
	$(Q)CK_FORK=yes $(BUILD)/unit-tests

check-cases: $(BUILD)/dtoc
	$(Q)tests/run-cases.sh $(BUILD)/dtoc

check-cli: $(BUILD)/dtoc
	$(Q)tests/cli.sh $(BUILD)/dtoc

check-make: $(BUILD)/dtoc
	$(Q)tests/make-project.sh $(BUILD)/dtoc

# dtoc diff: the cases of testdata/diff/, its command line, the git driver
.PHONY: check-diff
test-suite: check-diff
check-diff: $(BUILD)/dtoc
	$(Q)tests/diff.sh $(BUILD)/dtoc

# No stage includes the header of a later stage, or of one it must not know
.PHONY: check-layers
test-suite: check-layers
check-layers:
	$(Q)tests/layers.sh src

# What dtoc --bindings writes, compiled against the runtime's headers and
# read back as its C types (tests/bindings-readback.c); and with --variant,
# each variant's values through the variant table
# (tests/variant-bindings-readback.c).
BINDINGS_RB := $(BUILD)/bindings-readback
BINDINGS_RB_CASE := testdata/cases/bindings-types
VARIANT_RB_CASE := testdata/cases/variant-bindings
.PHONY: check-bindings-readback
test-suite: check-bindings-readback
check-bindings-readback: $(BUILD)/dtoc
	@mkdir -p $(BINDINGS_RB)/gen/generated
	$(Q)dtc -q -I dts -O dtb -o $(BINDINGS_RB)/input.dtb \
		$(BINDINGS_RB_CASE)/input.dts
	$(Q)$(BUILD)/dtoc -s testdata/src -d $(BINDINGS_RB)/input.dtb \
		--bindings bindings --bindings $(BINDINGS_RB_CASE)/bindings \
		-c $(BINDINGS_RB)/gen -C $(BINDINGS_RB)/gen/generated all
	$(Q)$(CC) -std=gnu11 -Isrc/runtime/include -I$(BINDINGS_RB)/gen \
		-Wall -Wextra -Werror $(CFLAGS) -o $(BINDINGS_RB)/readback \
		tests/bindings-readback.c
	$(Q)$(BINDINGS_RB)/readback
	@# and with --variant: every variant's values (variant-bindings)
	@mkdir -p $(BINDINGS_RB)/var/generated
	$(Q)dtc -q -@ -I dts -O dtb -o $(BINDINGS_RB)/var/input.dtb \
		$(VARIANT_RB_CASE)/input.dts
	$(Q)for o in big-shape extra-shape; do \
		dtc -q -@ -I dts -O dtb -o $(BINDINGS_RB)/var/$$o.dtbo \
			$(VARIANT_RB_CASE)/$$o.dtso || exit 1; done
	$(Q)$(BUILD)/dtoc -s testdata/src -d $(BINDINGS_RB)/var/input.dtb \
		--bindings bindings --bindings $(BINDINGS_RB_CASE)/bindings \
		--variant big_shape=$(BINDINGS_RB)/var/big-shape.dtbo \
		--variant extra_shape=$(BINDINGS_RB)/var/extra-shape.dtbo \
		-c $(BINDINGS_RB)/var -C $(BINDINGS_RB)/var/generated all
	$(Q)$(CC) -std=gnu11 -Isrc/runtime/include -I$(BINDINGS_RB)/var \
		-Wall -Wextra -Werror $(CFLAGS) -o $(BINDINGS_RB)/var/readback \
		tests/variant-bindings-readback.c
	$(Q)$(BINDINGS_RB)/var/readback

-include src/runtime/runtime.mk

# Bare-metal firmware for QEMU's virt machine (doc/runtime-target.md)
-include examples/qemu-virt/qemu.mk

# Fuzz targets (make fuzz) and their smoke test; fault injection.
include tests/fuzz/fuzz.mk
.PHONY: check-faults
test-suite: check-fuzz check-faults
check-faults: $(BUILD)/dtoc
	$(Q)tests/faults.sh $(BUILD)/dtoc

# What dtoc writes for each good case of testdata/cases (its own mode, and
# -i too for a plain case), compiled with the drivers it names and the
# runtime, run, and checked (tests/runtime/case_check.c)
.PHONY: check-runtime-cases
check-runtime-cases: $(BUILD)/dtoc $(RUNTIME_LIB)
	$(Q)CC="$(CC)" CFLAGS="$(CFLAGS)" LDFLAGS="$(LDFLAGS)" \
		RUNTIME_CFLAGS="$(RUNTIME_CFLAGS)" \
		RUNTIME_LDFLAGS="$(RUNTIME_LDFLAGS)" RUNTIME_LIB="$(RUNTIME_LIB)" \
		FDT_CFLAGS="$(FDT_CFLAGS)" FDT_LIBS="$(FDT_LIBS)" \
		tests/runtime-cases.sh $(BUILD)/dtoc

# The same suites, built with AddressSanitizer and UBSan.
SANITIZE_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
check-sanitize:
	@echo "  --- again under AddressSanitizer + UBSan"
	$(Q)ASAN_OPTIONS=detect_leaks=1 $(MAKE) --no-print-directory \
		BUILD=$(BUILD)/sanitize CFLAGS="$(SANITIZE_FLAGS)" \
		LDFLAGS="$(SANITIZE_FLAGS)" check-unit check-cases check-cli check-make \
		$(RUNTIME_CHECK) \
		$(RUNTIME_CASES) \
		check-cache check-variants check-diff

# Warnings are errors with clang too.
check-clang:
	@echo "  --- build with clang"
	$(Q)$(MAKE) --no-print-directory BUILD=$(BUILD)/clang CC=clang \
		all $(BUILD)/clang/unit-tests

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

check-install: $(BUILD)/dtoc $(RUNTIME_LIB)
	$(Q)tests/install.sh

# dtoc's schemas of the standard properties, for --bindings
.PHONY: install-bindings
install: install-bindings
install-bindings:
	install -d $(DESTDIR)$(DATADIR)/bindings/core
	install -m 644 bindings/core/*.yaml $(DESTDIR)$(DATADIR)/bindings/core/

# Board variants (--variant): testdata/example/variants generated once per
# mode, compiled once, run as each variant (tests/variants.sh)
.PHONY: check-variants
test-suite: check-variants
check-variants: $(BUILD)/dtoc $(RUNTIME_LIB)
	$(Q)CC="$(CC)" CFLAGS="$(CFLAGS)" LDFLAGS="$(LDFLAGS)" \
		RUNTIME_CFLAGS="$(RUNTIME_CFLAGS)" \
		RUNTIME_LDFLAGS="$(RUNTIME_LDFLAGS)" RUNTIME_LIB="$(RUNTIME_LIB)" \
		tests/variants.sh $(BUILD)/dtoc

# The record sizes of --report against nm -S of the generated files
# compiled for ILP32 (arm-none-eabi-gcc) and LP64 (aarch64, x86-64)
.PHONY: check-sizes
test-suite: check-sizes
check-sizes: $(BUILD)/dtoc
	$(Q)tests/sizes.sh $(BUILD)/dtoc

# The same output with 1 or N threads, with or without the scan cache
# (and the bindings' index kept in it).
.PHONY: check-cache
test-suite: check-cache
check-cache: $(BUILD)/dtoc
	$(Q)tests/cache.sh $(BUILD)/dtoc

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
