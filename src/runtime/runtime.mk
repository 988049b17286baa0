# SPDX-License-Identifier: GPL-2.0+
#
# The runtime library and its tests, as a make fragment: include it from a
# top-level Makefile (it finds its own directory), or run it directly with
#	make -f src/runtime/runtime.mk runtime-check DTOC=path/to/dtoc
#
# Inputs (all optional):
#   CC, CFLAGS, LDFLAGS	compiler and extra flags (runtime and tests)
#   BUILD		output directory (default build)
#   DTOC		dtoc to generate the test files with (default $(BUILD)/dtoc);
#			a single path, which the generated files depend on
#   DTC			devicetree compiler (default dtc)
#   SANITIZE=1		build everything with AddressSanitizer and UBSan
#   VALGRIND		valgrind command for runtime-valgrind
#   V=1			show the commands
#
# Outputs:
#   RUNTIME_CFLAGS	flags to compile code against the runtime (include
#			path and language); add them to generated files too
#   RUNTIME_LDFLAGS	flags to link a program using linker lists
#   RUNTIME_LIB		$(BUILD)/runtime/libdtoc-runtime.a
#
# Targets:
#   runtime		the library
#   runtime-check	build and run the tests
#   runtime-valgrind	run the test programs under valgrind (no leaks, no
#			errors allowed)
#   runtime-clean	remove $(BUILD)/runtime
#
# Programs using the runtime link their dtoc-generated objects directly
# (nothing refers to linker-list entries by name, so an archive would drop
# them) and pass $(RUNTIME_LDFLAGS) so the lists come out sorted.

RT_SAVED_GOAL := $(.DEFAULT_GOAL)
RT_DIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
RT_ROOT := $(patsubst %src/runtime,%,$(RT_DIR))
RT_TESTS := $(RT_ROOT)tests/runtime

BUILD ?= build
DTOC ?= $(BUILD)/dtoc
# What the generated files depend on: DTOC itself, when it is one path
RT_DTOC_DEP ?= $(DTOC)
DTC ?= dtc
VALGRIND ?= valgrind --error-exitcode=1 --leak-check=full \
	--show-leak-kinds=all --errors-for-leak-kinds=all -q

RT_BUILD := $(BUILD)/runtime

RUNTIME_CFLAGS := -std=gnu11 -I$(RT_DIR)/include
RUNTIME_LDFLAGS := -Wl,-T,$(RT_DIR)/u-boot-lists.ld
RUNTIME_LIB := $(RT_BUILD)/libdtoc-runtime.a

RT_SANFLAGS := $(if $(filter 1,$(SANITIZE)),-fsanitize=address \
	-fsanitize=undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
RT_CFLAGS = $(RUNTIME_CFLAGS) -Wall -Wextra -Werror $(CFLAGS) $(RT_SANFLAGS)
RT_LDFLAGS = $(RT_SANFLAGS) $(LDFLAGS)

ifeq ($(V),1)
RT_Q :=
RT_SAY := @true
else
RT_Q := @
RT_SAY := @echo
endif

# Rebuild everything when the compiler or its flags change (SANITIZE=1,
# say): the stamp is rewritten only when they differ from last time.
RT_STAMP := $(RT_BUILD)/flags.stamp
RT_FLAGS_NOW = $(CC) $(RT_CFLAGS) | $(RT_LDFLAGS)
RT_FLAGS_OLD = $(file <$(RT_STAMP))
RT_FLAGS_DIFFER = $(subst <$(RT_FLAGS_NOW)>,,<$(RT_FLAGS_OLD)>)$(subst \
	<$(RT_FLAGS_OLD)>,,<$(RT_FLAGS_NOW)>)

.PHONY: rt-force
rt-force:

$(RT_BUILD)/.dir:
	$(RT_Q)mkdir -p $(@D) && touch $@

$(RT_STAMP): rt-force | $(RT_BUILD)/.dir
	$(if $(RT_FLAGS_DIFFER),$(file >$@,$(RT_FLAGS_NOW)))
	@:

# ---- the library -----------------------------------------------------

RT_LIB_SRCS := $(addprefix $(RT_DIR)/,board.c device.c dump.c lists.c log.c root.c \
	uclass.c variant.c)
RT_LIB_OBJS := $(patsubst $(RT_DIR)/%.c,$(RT_BUILD)/lib/%.o,$(RT_LIB_SRCS))

$(RT_BUILD)/lib/%.o: $(RT_DIR)/%.c $(RT_STAMP)
	$(RT_SAY) "  CC      $@"
	$(RT_Q)mkdir -p $(@D)
	$(RT_Q)$(CC) $(RT_CFLAGS) -MMD -MP -c $< -o $@

$(RUNTIME_LIB): $(RT_LIB_OBJS)
	$(RT_SAY) "  AR      $@"
	$(RT_Q)rm -f $@
	$(RT_Q)$(AR) rcs $@ $^

.PHONY: runtime
runtime: $(RUNTIME_LIB)

# ---- the tests ----------------------------------------------------------

RT_DRV_DIR := $(RT_TESTS)/drivers
RT_DRV_SRCS := $(wildcard $(RT_DRV_DIR)/*.c)
RT_DRV_HDRS := $(wildcard $(RT_DRV_DIR)/include/*.h)
RT_EXPECTED := $(RT_TESTS)/expected
RT_TB := $(RT_BUILD)/test

# Everything dtoc reads besides the blob: the trees it scans
RT_SCANNED := $(RT_LIB_SRCS) $(wildcard $(RT_DIR)/*.h) \
	$(shell find $(RT_DIR)/include -name '*.h') $(RT_DRV_SRCS) $(RT_DRV_HDRS)

$(RT_TB)/%.dtb: $(RT_TESTS)/dts/%.dts
	$(RT_SAY) "  DTC     $@"
	$(RT_Q)mkdir -p $(@D)
	$(RT_Q)$(DTC) -q -I dts -O dtb -o $@ $<

# The configurations of the test matrix: the switches of
# <dm/runtime-config.h> (doc/runtime.md) each is built with. The default
# (no switch) is the library above; each other one gets its own copy.
RT_CFG_min := -DCONFIG_OF_PLATDATA_INST=1 -DCONFIG_OF_PLATDATA_NO_BIND=1 \
	-DCONFIG_OF_PLATDATA_RT=1 -DCONFIG_DM_DEVICE_REMOVE=0 \
	-DCONFIG_DM_SEQ_ALIAS=0 -DCONFIG_OF_PLATDATA_VARIANT=0
RT_CFG_instrt := -DCONFIG_OF_PLATDATA_INST=1 -DCONFIG_OF_PLATDATA_RT=1 \
	-DCONFIG_DM_WARN=1 -DCONFIG_DM_DEBUG=1
RT_CFG_plainonly := -DCONFIG_OF_PLATDATA_INST=0 -DCONFIG_DM_DEVICE_REMOVE=0 \
	-DCONFIG_DM_WARN=1 -DCONFIG_OF_PLATDATA_VARIANT=0

# The library of configuration $(1)
define rt_config_lib
RT_LIB_$(1) := $(RT_BUILD)/cfg-$(1)/libdtoc-runtime.a
RT_LIB_OBJS_$(1) := $(patsubst $(RT_DIR)/%.c,$(RT_BUILD)/cfg-$(1)/%.o,$(RT_LIB_SRCS))

$(RT_BUILD)/cfg-$(1)/%.o: $(RT_DIR)/%.c $(RT_STAMP)
	$$(RT_SAY) "  CC      $$@"
	$$(RT_Q)mkdir -p $$(@D)
	$$(RT_Q)$$(CC) $$(RT_CFLAGS) $$(RT_CFG_$(1)) -MMD -MP -c $$< -o $$@

$$(RT_LIB_$(1)): $$(RT_LIB_OBJS_$(1))
	$$(RT_SAY) "  AR      $$@"
	$$(RT_Q)rm -f $$@
	$$(RT_Q)$$(AR) rcs $$@ $$^

RT_DEPS += $$(RT_LIB_OBJS_$(1):.o=.d)
endef

RT_DEPS := $(RT_LIB_OBJS:.o=.d)
RT_LIB_ := $(RUNTIME_LIB)
$(foreach c,min instrt plainonly,$(eval $(call rt_config_lib,$(c))))

# The test drivers each kind of program links: each driver needs the dtd
# struct of its compatible string, which only a devicetree using it gives
RT_DRVS_tree := $(filter-out %/rt_flags.c,$(RT_DRV_SRCS))
RT_DRVS_api := $(addprefix $(RT_DRV_DIR)/,rt_flags.c rt_log.c rt_uclass.c)

# Test programs: one per devicetree, mode and configuration.
# $(1): program name, $(2): devicetree, $(3): 0 plain / 1 dtoc -i,
# $(4): test source, $(5): configuration (empty: the default), $(6): the
# drivers (RT_DRVS_$(6), default tree)
define rt_program
RT_GEN_$(1) := $(RT_TB)/$(1)/gen
RT_GEN_C_$(1) := $$(addprefix $$(RT_GEN_$(1))/,$(if $(filter 1,$(3)),dt-device.c dt-uclass.c,dt-plat.c))
RT_OBJS_$(1) := $$(patsubst $$(RT_GEN_$(1))/%.c,$(RT_TB)/$(1)/gen-%.o,$$(RT_GEN_C_$(1))) \
	$$(patsubst $(RT_DRV_DIR)/%.c,$(RT_TB)/$(1)/drv-%.o,$$(RT_DRVS_$(or $(6),tree))) \
	$(RT_TB)/$(1)/rt_check.o $(RT_TB)/$(1)/main.o
RT_CFLAGS_$(1) = $$(RT_CFLAGS) $$(RT_CFG_$(5)) -I$$(RT_GEN_$(1)) \
	-I$(RT_DRV_DIR)/include -DRT_INST=$(3) -DRT_PROG='"$(1)"' \
	-DRT_EXPECTED_DIR='"$(RT_EXPECTED)"' $(if $(filter api,$(6)),-DRT_NO_TREE_DRIVERS) \
	$$(RT_XCFLAGS_$(1))

# dtoc writes all the files of the mode at once; the stamp stands for them
$$(RT_GEN_$(1))/.stamp: $(RT_TB)/$(2).dtb $$(RT_SCANNED) $$(RT_DTOC_DEP)
	$$(RT_SAY) "  DTOC    $$(RT_GEN_$(1))"
	$$(RT_Q)rm -rf $$(RT_GEN_$(1)) && mkdir -p $$(RT_GEN_$(1))
	$$(RT_Q)$$(DTOC) -s $(RT_DIR) -s $(RT_DRV_DIR) -d $$< $(if $(filter 1,$(3)),-i) \
		-c $$(RT_GEN_$(1)) -C $$(RT_GEN_$(1))/generated all >$$(RT_GEN_$(1)).log 2>&1 || \
		{ cat $$(RT_GEN_$(1)).log; exit 1; }
	$$(RT_Q)touch $$@

$$(RT_GEN_C_$(1)): $$(RT_GEN_$(1))/.stamp ;

$(RT_TB)/$(1)/gen-%.o: $$(RT_GEN_$(1))/%.c $$(RT_GEN_$(1))/.stamp $(RT_STAMP)
	$$(RT_SAY) "  CC      $$@"
	$$(RT_Q)$$(CC) $$(RT_CFLAGS_$(1)) -MMD -MP -c $$< -o $$@

$(RT_TB)/$(1)/drv-%.o: $(RT_DRV_DIR)/%.c $$(RT_GEN_$(1))/.stamp $(RT_STAMP)
	$$(RT_SAY) "  CC      $$@"
	$$(RT_Q)$$(CC) $$(RT_CFLAGS_$(1)) -MMD -MP -c $$< -o $$@

$(RT_TB)/$(1)/rt_check.o: $(RT_TESTS)/rt_check.c $$(RT_GEN_$(1))/.stamp $(RT_STAMP)
	$$(RT_SAY) "  CC      $$@"
	$$(RT_Q)$$(CC) $$(RT_CFLAGS_$(1)) -MMD -MP -c $$< -o $$@

$(RT_TB)/$(1)/main.o: $(RT_TESTS)/$(4) $$(RT_GEN_$(1))/.stamp $(RT_STAMP)
	$$(RT_SAY) "  CC      $$@"
	$$(RT_Q)$$(CC) $$(RT_CFLAGS_$(1)) -MMD -MP -c $$< -o $$@

$(RT_TB)/$(1)/test: $$(RT_OBJS_$(1)) $$(RT_LIB_$(5)) $(RT_DIR)/u-boot-lists.ld
	$$(RT_SAY) "  LD      $$@"
	$$(RT_Q)$$(CC) $$(RT_LDFLAGS) $$(RT_OBJS_$(1)) $$(RT_LIB_$(5)) \
		$(RUNTIME_LDFLAGS) $$(RT_XLDFLAGS_$(1)) -o $$@

RT_PROGRAMS += $(RT_TB)/$(1)/test
RT_DEPS += $$(RT_OBJS_$(1):.o=.d)
endef

RT_PROGRAMS :=
$(eval $(call rt_program,tree-plain,tree,0,test_tree.c))
$(eval $(call rt_program,tree-inst,tree,1,test_tree.c))
$(eval $(call rt_program,unknown-plain,unknown,0,test_unknown.c))
$(eval $(call rt_program,deep-plain,deep,0,test_deep.c))
$(eval $(call rt_program,alloc-plain,tree,0,test_alloc.c))
$(eval $(call rt_program,alloc-inst,tree,1,test_alloc.c))
$(eval $(call rt_program,api-plain,api,0,test_api.c,,api))
$(eval $(call rt_program,api-inst,api,1,test_api.c,,api))
# The test matrix: the other configurations
$(eval $(call rt_program,tree-inst-min,tree,1,test_tree.c,min))
$(eval $(call rt_program,api-inst-min,api,1,test_api.c,min,api))
$(eval $(call rt_program,tree-inst-instrt,tree,1,test_tree.c,instrt))
$(eval $(call rt_program,api-inst-instrt,api,1,test_api.c,instrt,api))
$(eval $(call rt_program,tree-plain-plainonly,tree,0,test_tree.c,plainonly))
$(eval $(call rt_program,api-plain-plainonly,api,0,test_api.c,plainonly,api))
# A board_fix_plat() without dtoc --variant: the library's variant object
# is linked only when asked for (-u), otherwise dm_init() refuses the hook
# (test_fixplat.c)
RT_XCFLAGS_fixplat-linked := -DRT_FIXPLAT_LINKED=1
RT_XLDFLAGS_fixplat-linked := -Wl,-u,dm_variant_setup
$(eval $(call rt_program,fixplat-plain,tree,0,test_fixplat.c))
$(eval $(call rt_program,fixplat-linked,tree,0,test_fixplat.c))
# ... and a variant table without .setup (an older dtoc's): refused too
RT_XCFLAGS_fixplat-stale := -DRT_FIXPLAT_STALE=1
$(eval $(call rt_program,fixplat-stale,tree,0,test_fixplat.c))

# Linker lists on their own: entries from three objects in scrambled order
RT_LL_SRCS := $(addprefix $(RT_TESTS)/ll/,ll_a.c ll_b.c ll_c.c test_ll.c)
RT_LL_OBJS := $(patsubst $(RT_TESTS)/ll/%.c,$(RT_TB)/ll/%.o,$(RT_LL_SRCS))

$(RT_TB)/ll/%.o: $(RT_TESTS)/ll/%.c $(RT_STAMP)
	$(RT_SAY) "  CC      $@"
	$(RT_Q)mkdir -p $(@D)
	$(RT_Q)$(CC) $(RT_CFLAGS) -MMD -MP -c $< -o $@

$(RT_TB)/ll/test: $(RT_LL_OBJS) $(RT_DIR)/u-boot-lists.ld
	$(RT_SAY) "  LD      $@"
	$(RT_Q)$(CC) $(RT_LDFLAGS) $(RT_LL_OBJS) $(RUNTIME_LDFLAGS) -o $@

RT_PROGRAMS += $(RT_TB)/ll/test
RT_DEPS += $(RT_LL_OBJS:.o=.d)

# dtoc -i program without a root device (no dtoc needed)
$(RT_TB)/misc/%.o: $(RT_TESTS)/misc/%.c $(RT_STAMP)
	$(RT_SAY) "  CC      $@"
	$(RT_Q)mkdir -p $(@D)
	$(RT_Q)$(CC) $(RT_CFLAGS) -MMD -MP -c $< -o $@

$(RT_TB)/misc/noroot: $(RT_TB)/misc/test_noroot.o $(RUNTIME_LIB)
	$(RT_SAY) "  LD      $@"
	$(RT_Q)$(CC) $(RT_LDFLAGS) $< $(RUNTIME_LIB) $(RUNTIME_LDFLAGS) -o $@

RT_PROGRAMS += $(RT_TB)/misc/noroot
RT_DEPS += $(RT_TB)/misc/test_noroot.d

# Without the variant code, a board's board_fix_plat() makes dm_init() fail
$(RT_TB)/misc/novariant.o: $(RT_TESTS)/misc/test_novariant.c $(RT_STAMP)
	$(RT_SAY) "  CC      $@"
	$(RT_Q)mkdir -p $(@D)
	$(RT_Q)$(CC) $(RT_CFLAGS) $(RT_CFG_plainonly) -MMD -MP -c $< -o $@

$(RT_TB)/misc/novariant: $(RT_TB)/misc/novariant.o $(RT_LIB_plainonly)
	$(RT_SAY) "  LD      $@"
	$(RT_Q)$(CC) $(RT_LDFLAGS) $< $(RT_LIB_plainonly) $(RUNTIME_LDFLAGS) -o $@

RT_PROGRAMS += $(RT_TB)/misc/novariant
RT_DEPS += $(RT_TB)/misc/novariant.d

# U_BOOT_DRVINFO() outside dt-plat.c must not compile
RT_BAD_DRVINFO_MSG := U_BOOT_DRVINFO() is only for dtoc output

-include $(RT_DEPS)

.PHONY: runtime-check runtime-valgrind runtime-clean

# Run every program, then fail if any failed
runtime-check: $(RUNTIME_LIB) $(RT_PROGRAMS)
	$(RT_Q)fail=0; for t in $(RT_PROGRAMS); do \
		$$t || { echo "FAILED: $$t"; fail=1; }; \
	done; \
	if $(CC) $(RT_CFLAGS) -c $(RT_TESTS)/misc/bad_drvinfo.c -o /dev/null \
		>$(RT_TB)/bad_drvinfo.log 2>&1; then \
		echo "FAIL - bad_drvinfo: compiled"; fail=1; \
	elif grep -qF "$(RT_BAD_DRVINFO_MSG)" $(RT_TB)/bad_drvinfo.log; then \
		echo "ok - bad_drvinfo: stray U_BOOT_DRVINFO() refused"; \
	else \
		cat $(RT_TB)/bad_drvinfo.log; \
		echo "FAIL - bad_drvinfo: refused without the message"; fail=1; \
	fi; exit $$fail

runtime-valgrind: $(RT_PROGRAMS)
	$(RT_Q)fail=0; for t in $(RT_PROGRAMS); do \
		if $(VALGRIND) $$t >/dev/null; then echo "valgrind ok - $$t"; \
		else echo "FAILED: valgrind $$t"; fail=1; fi; \
	done; exit $$fail

runtime-clean:
	rm -rf $(RT_BUILD)

# Leave the including Makefile's default goal alone; on our own, build the
# library
ifneq ($(RT_SAVED_GOAL),)
.DEFAULT_GOAL := $(RT_SAVED_GOAL)
else ifeq ($(firstword $(MAKEFILE_LIST)),$(lastword $(filter %runtime.mk,$(MAKEFILE_LIST))))
.DEFAULT_GOAL := runtime
else
.DEFAULT_GOAL :=
endif
