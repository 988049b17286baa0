# dtoc in C: build, test, install.
#
#   make            build build/dtoc
#   make check      unit tests, golden cases, runtime tests; then all of
#                   them again under AddressSanitizer + UBSan
#   make example    generate, compile and run the bundled example
#   make install    PREFIX=/usr/local (DESTDIR honoured)
#
# V=1 shows the commands.

CC ?= cc
PKG_CONFIG ?= pkg-config
BUILD ?= build
PREFIX ?= /usr/local

WARNINGS := -Wall -Wextra -Werror -Wshadow -Wmissing-prototypes \
	-Wstrict-prototypes -Wwrite-strings -Wpointer-arith -Wformat=2 \
	-Wundef -Wno-unused-parameter
CFLAGS ?= -O2 -g
DTOC_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARNINGS) $(CFLAGS) $(EXTRA_CFLAGS)

# Debian's libfdt-dev ships no pkg-config file: fall back to -lfdt.
FDT_CFLAGS := $(shell $(PKG_CONFIG) --cflags libfdt 2>/dev/null)
FDT_LIBS := $(shell $(PKG_CONFIG) --libs libfdt 2>/dev/null || echo -lfdt)
JSON_CFLAGS := $(shell $(PKG_CONFIG) --cflags jansson 2>/dev/null)
JSON_LIBS := $(shell $(PKG_CONFIG) --libs jansson 2>/dev/null || echo -ljansson)
CHECK_CFLAGS := $(shell $(PKG_CONFIG) --cflags check 2>/dev/null)
CHECK_LIBS := $(shell $(PKG_CONFIG) --libs check 2>/dev/null || echo -lcheck)

ifeq ($(V),1)
Q :=
else
Q := @
endif

DTOC_SRCS := $(wildcard src/*.c)
DTOC_LIB_SRCS := $(filter-out src/main.c,$(DTOC_SRCS))
TEMPLATES := $(sort $(wildcard templates/*.txt))
DTOC_OBJS := $(DTOC_SRCS:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/templates.o
DTOC_LIB_OBJS := $(DTOC_LIB_SRCS:src/%.c=$(BUILD)/obj/%.o) \
	$(BUILD)/obj/templates.o

.PHONY: all deps check test-suite check-unit check-cases check-cli \
	check-make check-sanitize check-clang example run-example clean install
.DEFAULT_GOAL := all

all: $(BUILD)/dtoc

$(BUILD)/dtoc: $(DTOC_OBJS)
	@echo "  LD      $@"
	$(Q)$(CC) $(DTOC_CFLAGS) $(LDFLAGS) -o $@ $^ $(FDT_LIBS) $(JSON_LIBS)

$(BUILD)/obj/%.o: src/%.c src/dtoc.h
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(DTOC_CFLAGS) $(FDT_CFLAGS) $(JSON_CFLAGS) -Isrc -c -o $@ $<

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

$(BUILD)/unit-tests: $(UNIT_SRCS) tests/unit/unit.h $(DTOC_LIB_OBJS)
	@echo "  LD      $@"
	$(Q)$(CC) $(DTOC_CFLAGS) $(CHECK_CFLAGS) $(FDT_CFLAGS) -Isrc -o $@ \
		$(UNIT_SRCS) $(DTOC_LIB_OBJS) $(LDFLAGS) $(CHECK_LIBS) $(FDT_LIBS) \
		$(JSON_LIBS)

deps:
	$(Q)tests/deps.sh

# The whole suite, after installing what it needs (a fresh make reads
# the pkg-config flags of what was just installed).
check: deps
	$(Q)$(MAKE) --no-print-directory test-suite

test-suite: check-unit check-cases check-cli check-make $(RUNTIME_CHECK)
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

-include src/runtime/runtime.mk

# The same suites, built with AddressSanitizer and UBSan.
SANITIZE_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
check-sanitize:
	@echo "  --- again under AddressSanitizer + UBSan"
	$(Q)ASAN_OPTIONS=detect_leaks=1 $(MAKE) --no-print-directory \
		BUILD=$(BUILD)/sanitize CFLAGS="$(SANITIZE_FLAGS)" \
		LDFLAGS="$(SANITIZE_FLAGS)" check-unit check-cases check-cli check-make \
		$(RUNTIME_CHECK)

# Warnings are errors with clang too.
check-clang:
	@echo "  --- build with clang"
	$(Q)$(MAKE) --no-print-directory BUILD=$(BUILD)/clang CC=clang \
		all $(BUILD)/clang/unit-tests

# ---------------------------------------------------------- example

EXAMPLE := $(BUILD)/example

example: deps
	$(Q)$(MAKE) --no-print-directory run-example

run-example: $(BUILD)/dtoc
	@mkdir -p $(EXAMPLE)
	$(Q)dtc -q -I dts -O dtb -o $(EXAMPLE)/board.dtb testdata/example/board.dts
	$(Q)$(BUILD)/dtoc -s testdata/src -d $(EXAMPLE)/board.dtb \
		-c $(EXAMPLE)/generated -C $(EXAMPLE)/generated all
	$(Q)$(BUILD)/dtoc -s testdata/src -d $(EXAMPLE)/board.dtb -i \
		-c $(EXAMPLE)/generated-inst -C $(EXAMPLE)/generated-inst all
	@echo "dtoc wrote, from testdata/example/board.dts:"
	@ls -l $(EXAMPLE)/generated $(EXAMPLE)/generated-inst
	@echo "--- $(EXAMPLE)/generated/dt-plat.c:"
	@cat $(EXAMPLE)/generated/dt-plat.c

clean:
	rm -rf $(BUILD)
