# libFuzzer targets (tests/fuzz/), included by the Makefile.
#
#   make fuzz [FUZZ_SECONDS=n] [FUZZ_TARGETS="blob source"] [FUZZ_JOBS=n]
#                       fuzz each target for n seconds (default 60)
#   make check-fuzz     the smoke test of make check: regression inputs
#                       replayed, then each target fuzzed for a few seconds
#
# Needs clang with libFuzzer (Debian: clang and libclang-rt-*-dev).
# See doc/fuzzing.md.

FUZZ_CC ?= clang
FUZZ := $(BUILD)/fuzz
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 4
FUZZ_TARGETS ?= blob source yaml cache report
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
FUZZ_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARNINGS) -pthread -g -O1 $(FUZZ_SAN)
FUZZ_OBJS := $(DTOC_LIB_SRCS:src/%.c=$(FUZZ)/obj/%.o) $(FUZZ)/obj/templates.o
FUZZ_BINS := $(FUZZ_TARGETS:%=$(FUZZ)/fuzz_%)

.PHONY: fuzz fuzz-build check-fuzz fuzz-seeds
# (kept: they are made by a chain of pattern rules)
.SECONDARY: $(FUZZ_OBJS)

# the library, instrumented for coverage
$(FUZZ)/obj/%.o: src/%.c $(wildcard src/*.h src/*/*.h)
	@mkdir -p $(@D)
	@echo "  CC      $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(FDT_CFLAGS) \
		$(JSON_CFLAGS) $(YAML_CFLAGS) -Isrc -c -o $@ $<

$(FUZZ)/obj/templates.o: $(BUILD)/templates.c
	@mkdir -p $(@D)
	@echo "  CC      $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -Isrc -c -o $@ $<

$(FUZZ)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_OBJS)
	@echo "  LD      $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer \
		-DFUZZ_TOP='"$(CURDIR)"' $(FDT_CFLAGS) -Isrc -o $@ $< \
		$(FUZZ_OBJS) $(FDT_LIBS) $(JSON_LIBS) $(YAML_LIBS)

# seeds derived from testdata, made again when dtoc changes
$(FUZZ)/seeds/.done: tests/fuzz/seeds.sh $(BUILD)/dtoc
	$(Q)tests/fuzz/seeds.sh $(BUILD)/dtoc $(FUZZ)/seeds
	@touch $@

fuzz-build: $(FUZZ_BINS)
fuzz-seeds: $(FUZZ)/seeds/.done

fuzz: $(FUZZ_BINS) $(FUZZ)/seeds/.done
	$(Q)FUZZ_JOBS=$(FUZZ_JOBS) tests/fuzz/run.sh $(FUZZ) $(FUZZ_SECONDS) \
		$(FUZZ_TARGETS)

check-fuzz: $(FUZZ_BINS) $(FUZZ)/seeds/.done
	$(Q)tests/fuzz/run.sh $(FUZZ) $(FUZZ_SMOKE_SECONDS) $(FUZZ_TARGETS)
