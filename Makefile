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

.PHONY: all check check-unit check-cases check-sanitize example clean \
	install
.DEFAULT_GOAL := all

all: $(BUILD)/dtoc

$(BUILD)/dtoc: $(DTOC_OBJS)
	@echo "  LD      $@"
	$(Q)$(CC) $(DTOC_CFLAGS) $(LDFLAGS) -o $@ $^ $(FDT_LIBS)

$(BUILD)/obj/%.o: src/%.c src/dtoc.h
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(DTOC_CFLAGS) $(FDT_CFLAGS) -Isrc -c -o $@ $<

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

$(BUILD)/unit-tests: $(UNIT_SRCS) $(DTOC_LIB_OBJS) src/dtoc.h
	@echo "  LD      $@"
	$(Q)$(CC) $(DTOC_CFLAGS) $(CHECK_CFLAGS) $(FDT_CFLAGS) -Isrc -o $@ \
		$(UNIT_SRCS) $(DTOC_LIB_OBJS) $(CHECK_LIBS) $(FDT_LIBS)

check-unit: $(BUILD)/unit-tests
	$(Q)CK_FORK=yes $(BUILD)/unit-tests

check-cases: $(BUILD)/dtoc
	$(Q)tests/run-cases.sh $(BUILD)/dtoc

-include src/runtime/runtime.mk

check: check-unit check-cases $(if $(wildcard src/runtime/runtime.mk),runtime-check)
	$(Q)$(MAKE) --no-print-directory check-sanitize

# The same suites, built with AddressSanitizer and UBSan.
SANITIZE_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
check-sanitize:
	$(Q)$(MAKE) --no-print-directory BUILD=$(BUILD)/sanitize \
		CFLAGS="$(SANITIZE_FLAGS)" LDFLAGS="$(SANITIZE_FLAGS)" \
		check-unit check-cases \
		$(if $(wildcard src/runtime/runtime.mk),runtime-check)

clean:
	rm -rf $(BUILD)
