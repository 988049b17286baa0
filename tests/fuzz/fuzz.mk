# libFuzzer targets (tests/fuzz/), included by the Makefile.
#
#   make fuzz [FUZZ_SECONDS=n] [FUZZ_TARGETS="blob source"] [FUZZ_JOBS=n]
#                       fuzz each target for n seconds (default 60)
#   make check-fuzz     what make check runs (in its sanitizer pass):
#                       each target, linked with tests/fuzz/replay.c
#                       instead of libFuzzer, runs once on each of its
#                       regression inputs and seeds; nothing timed
#
# make fuzz needs clang with libFuzzer (Debian: clang and
# libclang-rt-*-dev).
# See doc/fuzzing.md.

FUZZ_CC ?= clang
FUZZ := $(BUILD)/fuzz
FUZZ_SECONDS ?= 60
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

# seeds derived from testdata, made again when dtoc or what they come
# from changes (make check replays them: the same tree, the same seeds)
FUZZ_SEED_SRCS := $(wildcard testdata/cases/*/input.dt[sb] \
	testdata/example/*.dts testdata/cli/*.dts) \
	$(shell find bindings testdata/src testdata/cases/*/src \
		testdata/cases/*/bindings -type f 2> /dev/null)
$(FUZZ)/seeds/.done: tests/fuzz/seeds.sh $(BUILD)/dtoc $(FUZZ_SEED_SRCS)
	$(Q)tests/fuzz/seeds.sh $(BUILD)/dtoc $(FUZZ)/seeds
	@touch $@

fuzz-build: $(FUZZ_BINS)
fuzz-seeds: $(FUZZ)/seeds/.done

fuzz: $(FUZZ_BINS) $(FUZZ)/seeds/.done
	$(Q)FUZZ_JOBS=$(FUZZ_JOBS) tests/fuzz/run.sh $(FUZZ) $(FUZZ_SECONDS) \
		$(FUZZ_TARGETS)

# The replay: the targets built like dtoc ($(CC), $(CFLAGS): under
# ASan + UBSan in make check's sanitizer pass), each run on
# tests/fuzz/regress/NAME and the seeds
FUZZ_REPLAY_BINS := $(FUZZ_TARGETS:%=$(BUILD)/fuzz-replay/%)
$(BUILD)/fuzz-replay/%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h \
		tests/fuzz/replay.c $(DTOC_LIB_OBJS)
	@mkdir -p $(@D)
	@echo "  LD      $@"
	$(Q)$(CC) $(DTOC_CFLAGS) -DFUZZ_TOP='"$(CURDIR)"' $(FDT_CFLAGS) -Isrc \
		-o $@ $< tests/fuzz/replay.c $(DTOC_LIB_OBJS) $(LDFLAGS) \
		$(FDT_LIBS) $(JSON_LIBS) $(YAML_LIBS)

check-fuzz: $(FUZZ_REPLAY_BINS) $(FUZZ)/seeds/.done
	$(Q)$(RUN_SUITE) fuzz tests/fuzz/replay.sh $(BUILD)/fuzz-replay \
		$(FUZZ)/seeds $(FUZZ_TARGETS)
