# SPDX-License-Identifier: GPL-2.0+
#
# The QEMU virt example: bare-metal aarch64 firmware built from QEMU's own
# devicetree, in both of dtoc's modes. Included from the top Makefile,
# after src/runtime/runtime.mk (it uses RT_DIR and RT_LIB_SRCS).
#
#   make qemu-virt	build/qemu-virt/{plain,inst}/fw.elf
#   make qemu-variants	build/qemu-virt/var-{plain,inst}/fw.elf: one image
#			per mode for every board variant (dtoc --variant)
#   make check-qemu	build and boot both, check their UART output, boot
#			each variant image as each variant, and the broken
#			builds (examples/qemu-virt/check.sh)
#   make qemu-size	for each configuration of the runtime (its compile-time
#			switches, QV_CONFIGS), its text/data/bss in the
#			firmware image, next to U-Boot's driver-model core
#			built with the same options (size-qemu: the same)
#   make run-qemu	boot the plain image (QV_MODE=inst for the other)
#
# Needs gcc-aarch64-linux-gnu, qemu-system-arm (qemu-system-aarch64) and
# device-tree-compiler (dtc, fdtget, fdtput); see doc/runtime-target.md.

QV_SRC := examples/qemu-virt
QV := $(BUILD)/qemu-virt
QV_CROSS ?= aarch64-linux-gnu-
QV_CC := $(QV_CROSS)gcc
QV_AR := $(QV_CROSS)ar
QV_SIZE := $(QV_CROSS)size
QV_NM := $(QV_CROSS)nm
QEMU_AARCH64 ?= qemu-system-aarch64
QV_MACHINE := -machine virt -cpu cortex-a53
# -nic none: no default PCI network card (it wants an option ROM)
QV_QEMU_RUN = $(QEMU_AARCH64) $(QV_MACHINE) -nographic -nic none \
	-semihosting -kernel

# The compiler's own headers only (stddef.h, stdint.h, stdarg.h, ...):
# no C library. Strict alignment, since the MMU is off (device memory).
QV_GCC_INC = $(shell $(QV_CC) -print-file-name=include)
QV_ARCH_CFLAGS = -std=gnu11 -ffreestanding -nostdinc -isystem $(QV_GCC_INC) \
	-Os -g -mstrict-align -mgeneral-regs-only -fno-pie -fno-stack-protector \
	-ffunction-sections -fdata-sections -fno-asynchronous-unwind-tables
QV_WARN = -Wall -Wextra -Werror -Wno-unused-parameter
QV_CFLAGS = $(QV_ARCH_CFLAGS) $(QV_WARN) -I$(RT_DIR)/include
QV_LDFLAGS = -nostdlib -static -no-pie -Wl,--gc-sections -Wl,--build-id=none \
	-L$(RT_DIR) -Wl,-T,$(QV_SRC)/fw.ld

# The devicetree nodes the firmware drives, by compatible string
QV_KEEP := arm,pl011 arm,pl031 arm,pl061 fixed-clock qemu,fw-cfg-mmio

QV_DRIVERS := $(addprefix $(QV_SRC)/drivers/,clk-uclass.c clk_fixed_rate.c \
	fw_cfg-uclass.c fw_cfg_mmio.c gpio-uclass.c gpio_pl061.c rtc-uclass.c \
	rtc_pl031.c serial-uclass.c serial_pl01x.c)
QV_BOARD := $(addprefix $(QV_SRC)/,main.c board.c)
QV_HDRS := $(shell find $(QV_SRC)/include -name '*.h')
QV_SCANNED := $(QV_DRIVERS) $(QV_HDRS) $(RT_LIB_SRCS)

.PHONY: qemu-virt qemu-variants qemu-configs check-qemu qemu-size size-qemu \
	run-qemu qemu-clean qemu-uboot uboot-drivers

# ---- the runtime, freestanding ------------------------------------------

# The runtime's configurations (compile-time switches, <dm/runtime-config.h>,
# doc/runtime.md): each gets its own library and images. The default one
# (no switch) is what the plain and inst images use.
QV_CONFIGS := inst-bind inst-nobind inst-min inst-min-rt inst-warn plain-min
QV_CFG_inst-bind := -DCONFIG_OF_PLATDATA_INST=1
QV_CFG_inst-nobind := -DCONFIG_OF_PLATDATA_INST=1 -DCONFIG_OF_PLATDATA_NO_BIND=1
QV_CFG_inst-min := $(QV_CFG_inst-nobind) -DCONFIG_DM_DEVICE_REMOVE=0 \
	-DCONFIG_OF_PLATDATA_VARIANT=0 -DCONFIG_DM_SEQ_ALIAS=0
QV_CFG_inst-min-rt := $(QV_CFG_inst-min) -DCONFIG_OF_PLATDATA_RT=1
QV_CFG_inst-warn := -DCONFIG_OF_PLATDATA_INST=1 -DCONFIG_DM_WARN=1
QV_CFG_plain-min := -DCONFIG_OF_PLATDATA_INST=0 -DCONFIG_DM_DEVICE_REMOVE=0 \
	-DCONFIG_OF_PLATDATA_VARIANT=0 -DCONFIG_DM_SEQ_ALIAS=0

QV_RT_DEPS := $(wildcard $(RT_DIR)/*.h) $(shell find $(RT_DIR)/include -name '*.h')

# $(1): configuration name (empty: the default), $(2): its directory
define qv_runtime
QV_RT_OBJS_$(1) := $$(patsubst $(RT_DIR)/%.c,$(QV)/$(2)/%.o,$(RT_LIB_SRCS))
QV_RT_LIB_$(1) := $(QV)/$(2)/libdtoc-runtime.a

$(QV)/$(2)/%.o: $(RT_DIR)/%.c $(QV_RT_DEPS)
	@mkdir -p $$(@D)
	@echo "  CC      $$@"
	$(Q)$$(QV_CC) $$(QV_CFLAGS) $$(QV_CFG_$(1)) -c -o $$@ $$<

$$(QV_RT_LIB_$(1)): $$(QV_RT_OBJS_$(1))
	@echo "  AR      $$@"
	$(Q)rm -f $$@ && $$(QV_AR) rcs $$@ $$^
endef

$(eval $(call qv_runtime,,runtime))
$(foreach c,$(QV_CONFIGS),$(eval $(call qv_runtime,$(c),runtime-$(c))))
QV_RT_OBJS := $(QV_RT_OBJS_)
QV_RT_LIB := $(QV_RT_LIB_)

$(QV)/lib.o: $(QV_SRC)/lib.c
	@mkdir -p $(@D)
	@echo "  CC      $@"
	$(Q)$(QV_CC) $(QV_CFLAGS) -fno-tree-loop-distribute-patterns -c -o $@ $<

$(QV)/start.o: $(QV_SRC)/start.S
	@mkdir -p $(@D)
	@echo "  AS      $@"
	$(Q)$(QV_CC) $(QV_CFLAGS) -c -o $@ $<

# ---- the devicetree: QEMU's own, dumped, then trimmed --------------------

# QEMU's, not ours: dumped into the build directory when missing (make
# qemu-clean to dump again after a QEMU upgrade), never committed.
$(QV)/virt.dtb:
	@mkdir -p $(@D)
	@echo "  QEMU    $@"
	$(Q)$(QEMU_AARCH64) $(QV_MACHINE) -nographic -nic none \
		-machine dumpdtb=$@ > $@.log 2>&1 || { cat $@.log; exit 1; }

$(QV)/fw.dtb: $(QV)/virt.dtb $(QV_SRC)/trim.sh $(QV_SRC)/qemu.mk
	@echo "  TRIM    $@"
	$(Q)$(QV_SRC)/trim.sh $< $@ $(QV_KEEP)
	$(Q)dtc -q -I dtb -O dts -o $(QV)/fw.dts $@

# The base of the board variants: the same trim, with the labels and
# phandles dtc -@ would give (trim.sh -@), for the overlays to target
$(QV)/fw-var.dtb: $(QV)/virt.dtb $(QV_SRC)/trim.sh $(QV_SRC)/qemu.mk
	@echo "  TRIM    $@"
	$(Q)$(QV_SRC)/trim.sh -@ $< $@ $(QV_KEEP)
	$(Q)dtc -q -I dtb -O dts -o $(QV)/fw-var.dts $@

# The board variants (examples/qemu-virt/variants/NAME.dtso), numbered 1,
# 2, ... in this order after the base
QV_VARIANTS := nogpio clk48
QV_DTBOS := $(QV_VARIANTS:%=$(QV)/%.dtbo)
QV_VARIANT_OPTS := $(foreach v,$(QV_VARIANTS),--variant $(v)=$(QV)/$(v).dtbo)

$(QV)/%.dtbo: $(QV_SRC)/variants/%.dtso
	@mkdir -p $(@D)
	@echo "  DTC     $@"
	$(Q)dtc -q -@ -I dts -O dtb -o $@ $<

# ---- one image per build ------------------------------------------------
# $(1): build name, $(2): dtoc options, $(3): devicetree, $(4): drivers
# (and other sources) linked, $(5): mode label, $(6): overlays (the image
# is then built with QV_VARIANTS), $(7): the runtime's configuration
# (QV_CONFIGS; empty: the default), whose switches every object gets
define qv_image
QV_GEN_$(1) := $(QV)/$(1)/gen
QV_GENC_$(1) := $$(addprefix $$(QV_GEN_$(1))/,$(if $(filter -i,$(2)),dt-device.c dt-uclass.c,dt-plat.c))
QV_OBJS_$(1) := $(QV)/start.o \
	$$(patsubst $(QV_SRC)/%.c,$(QV)/$(1)/%.o,$(QV_BOARD) $(4)) \
	$$(patsubst $$(QV_GEN_$(1))/%.c,$(QV)/$(1)/gen-%.o,$$(QV_GENC_$(1))) \
	$(QV)/lib.o
QV_CFLAGS_$(1) = $$(QV_CFLAGS) $$(QV_CFG_$(7)) -I$$(QV_GEN_$(1)) \
	-I$(QV_SRC)/include -DQV_MODE='"$(5)"' $(if $(6),-DQV_VARIANTS)

$$(QV_GEN_$(1))/.stamp: $(3) $(6) $$(QV_SCANNED) $(BUILD)/dtoc
	@echo "  DTOC    $$(QV_GEN_$(1))"
	$(Q)rm -rf $$(QV_GEN_$(1)) && mkdir -p $$(QV_GEN_$(1))/generated
	$(Q)$(BUILD)/dtoc -s $(RT_DIR) -s $(QV_SRC) -d $(3) $(2) \
		-c $$(QV_GEN_$(1)) -C $$(QV_GEN_$(1))/generated all
	$(Q)touch $$@

$$(QV_GENC_$(1)): $$(QV_GEN_$(1))/.stamp ;

$(QV)/$(1)/gen-%.o: $$(QV_GEN_$(1))/%.c $$(QV_GEN_$(1))/.stamp $(QV_HDRS)
	@echo "  CC      $$@"
	$(Q)$$(QV_CC) $$(QV_CFLAGS_$(1)) -c -o $$@ $$<

$(QV)/$(1)/%.o: $(QV_SRC)/%.c $$(QV_GEN_$(1))/.stamp $(QV_HDRS)
	@mkdir -p $$(@D)
	@echo "  CC      $$@"
	$(Q)$$(QV_CC) $$(QV_CFLAGS_$(1)) -c -o $$@ $$<

$(QV)/$(1)/fw.elf: $$(QV_OBJS_$(1)) $$(QV_RT_LIB_$(7)) $(QV_SRC)/fw.ld \
		$(RT_DIR)/u-boot-lists-bare.ld
	@echo "  LD      $$@"
	$(Q)$$(QV_CC) $$(QV_CFLAGS_$(1)) $(QV_LDFLAGS) -o $$@ \
		$$(QV_OBJS_$(1)) $$(QV_RT_LIB_$(7)) -lgcc -Wl,-Map,$(QV)/$(1)/fw.map
endef

$(eval $(call qv_image,plain,,$(QV)/fw.dtb,$(QV_DRIVERS),plain))
$(eval $(call qv_image,inst,-i,$(QV)/fw.dtb,$(QV_DRIVERS),inst))

# One image per mode that runs as any variant: the variant is chosen at
# boot from the semihosting command line (variant.c)
QV_VAR_SRCS := $(QV_DRIVERS) $(QV_SRC)/variant.c
$(eval $(call qv_image,var-plain,$(QV_VARIANT_OPTS),$(QV)/fw-var.dtb,$(QV_VAR_SRCS),plain,$(QV_DTBOS)))
$(eval $(call qv_image,var-inst,-i $(QV_VARIANT_OPTS),$(QV)/fw-var.dtb,$(QV_VAR_SRCS),inst,$(QV_DTBOS)))

# Broken variants, for check-qemu. A driver not linked (the clock): plain
# mode finds out at run time, -i at link time.
QV_NOCLK_DRIVERS := $(filter-out %/clk_fixed_rate.c,$(QV_DRIVERS))
$(eval $(call qv_image,nodrv-plain,,$(QV)/fw.dtb,$(QV_NOCLK_DRIVERS),plain))
$(eval $(call qv_image,nodrv-inst,-i,$(QV)/fw.dtb,$(QV_NOCLK_DRIVERS),inst))

# The clock node left out of the trimmed tree, while the UART, RTC and
# GPIO still point at it: dtoc refuses the tree.
$(QV)/noclk.dtb: $(QV)/virt.dtb $(QV_SRC)/trim.sh
	@echo "  TRIM    $@"
	$(Q)$(QV_SRC)/trim.sh $< $@ $(filter-out fixed-clock,$(QV_KEEP))
$(eval $(call qv_image,noclk,,$(QV)/noclk.dtb,$(QV_DRIVERS),plain))

# One image per configuration of the runtime: cfg-NAME, in the mode the
# configuration is for
$(foreach c,$(QV_CONFIGS),$(eval $(call qv_image,cfg-$(c),$(if \
	$(filter inst-%,$(c)),-i),$(QV)/fw.dtb,$(QV_DRIVERS),$(if \
	$(filter inst-%,$(c)),inst,plain),,$(c))))

qemu-virt: $(QV)/plain/fw.elf $(QV)/inst/fw.elf
qemu-variants: $(QV)/var-plain/fw.elf $(QV)/var-inst/fw.elf
# Each image's switches, for check.sh
qemu-configs: $(foreach c,$(QV_CONFIGS),$(QV)/cfg-$(c)/fw.elf)
	$(Q)$(foreach c,$(QV_CONFIGS),echo '$(QV_CFG_$(c))' > $(QV)/cfg-$(c)/switches.txt;)

check-qemu: qemu-virt qemu-variants qemu-configs
	$(Q)$(RUN_SUITE) qemu env MAKE="$(MAKE)" BUILD="$(BUILD)" \
		QEMU="$(QV_QEMU_RUN)" QV_VARIANTS="$(QV_VARIANTS)" \
		QV_CONFIGS="$(QV_CONFIGS)" NM="$(QV_NM)" \
		$(QV_CHECK_ENV) \
		$(QV_SRC)/check.sh

# The runtime (freestanding, every object) and what dtoc generated in
# each mode, as compiled for the target; then what each part takes in the
# linked images after --gc-sections (from the link maps), the runtime in
# each configuration next to U-Boot's driver-model core with the same
# options (measured as doc/runtime-target.md says; QV_UBOOT_SPL=DIR adds
# the drivers/core of a finished U-Boot SPL build in DIR), and the images
qemu-size: qemu-virt qemu-configs
	@echo "--- runtime objects ($(QV_RT_LIB), -Os, aarch64):"
	$(Q)$(QV_SIZE) -t $(QV_RT_OBJS) | sed 's|$(QV)/||'
	@echo "--- generated data, plain (dt-plat.c):"
	$(Q)$(QV_SIZE) $(QV)/plain/gen-dt-plat.o | sed 's|$(QV)/||'
	@echo "--- generated data, -i (dt-device.c, dt-uclass.c):"
	$(Q)$(QV_SIZE) -t $(QV)/inst/gen-dt-device.o $(QV)/inst/gen-dt-uclass.o \
		| sed 's|$(QV)/||'
	@echo "--- in the linked images (after --gc-sections):"
	@echo "   text    data     bss  part"
	$(Q)for m in plain inst; do \
		$(QV_SRC)/mapsize.sh $(QV)/$$m/fw.map "runtime, $$m" \
			'libdtoc-runtime\.a'; \
		$(QV_SRC)/mapsize.sh $(QV)/$$m/fw.map "generated data, $$m" \
			'/gen-dt-'; \
		$(QV_SRC)/mapsize.sh $(QV)/$$m/fw.map "drivers, $$m" '/drivers/'; \
		$(QV_SRC)/mapsize.sh $(QV)/$$m/fw.map "board (start, main, board, lib), $$m" \
			'/start\.o' '/main\.o' '/board\.o' '/lib\.o'; \
	done
	@echo "--- the runtime in the image, by configuration (switches: doc/runtime.md);"
	@echo "    U-Boot: drivers/core of an aarch64 SPL with the same options (doc/runtime-target.md)"
	$(Q)QV_UBOOT_SPL="$(QV_UBOOT_SPL)" QV_SIZE="$(QV_SIZE)" \
		$(QV_SRC)/config-size.sh $(QV) $(QV_SRC)/uboot-dm-size.txt \
		"plain:" "inst:" \
		$(foreach c,$(QV_CONFIGS),"cfg-$(c):$(QV_CFG_$(c))")
	@echo "--- whole images (bss includes the 64 KiB heap and 16 KiB stack):"
	$(Q)$(QV_SIZE) $(QV)/plain/fw.elf $(QV)/inst/fw.elf \
		$(foreach c,$(QV_CONFIGS),$(QV)/cfg-$(c)/fw.elf) | sed 's|$(QV)/||'

# The old name
size-qemu: qemu-size

# ---- U-Boot's own drivers, from a U-Boot tree (UBOOT=DIR) ----------------
# The same firmware with U-Boot's drivers compiled unchanged from $(UBOOT)
# against the runtime's headers and a small compat layer
# (examples/qemu-virt-uboot/compat/),
# U-Boot's include/ behind both. Nothing of U-Boot is copied: dtoc scans
# symbolic links to its files, made in the build directory.
#   make qemu-uboot UBOOT=DIR		build/qemu-virt/uboot/{plain,inst}/fw.elf
#   make check-qemu UBOOT=DIR		also boots and checks those
#   make uboot-drivers UBOOT=DIR	compile (and link) U-Boot's of-platdata
#					drivers this way, one by one
ifneq ($(UBOOT),)
.PHONY: qvu-force
qvu-force:
QVU := $(QV)/uboot
# Outside examples/qemu-virt, which the bundled build's dtoc scans: these
# uclass drivers would stand in for the bundled ones
QVU_SRC := examples/qemu-virt-uboot
QVU_COMPAT := $(QVU_SRC)/compat
QVU_BOARD := $(QVU_SRC)/board

# U-Boot's files in the firmware: the five drivers, U-Boot's RTC and
# sysreset uclasses and its date conversions
QVU_UB_SRCS := drivers/serial/serial_pl01x.c drivers/rtc/pl031.c \
	drivers/clk/clk_fixed_rate.c drivers/core/simple-bus.c \
	drivers/sysreset/sysreset_psci.c drivers/rtc/rtc-uclass.c \
	drivers/sysreset/sysreset-uclass.c lib/rtc-lib.c lib/date.c
# U-Boot's headers with the structs dtoc -i allocates for those drivers
QVU_UB_HDRS := drivers/serial/serial_pl01x_internal.h \
	include/dm/platform_data/serial_pl01x.h include/linux/clk-provider.h \
	include/dm/simple_bus.h
# The firmware's own: board, uclasses for U-Boot's serial and clk drivers
# (U-Boot's pull in its console and live-tree code), the compat code, and
# the fw_cfg driver the bundled build has too
QVU_OWN_SRCS := $(addprefix $(QVU_BOARD)/,main.c board.c serial-uclass.c \
	clk-uclass.c) \
	$(addprefix $(QVU_COMPAT)/,compat.c cpu.c psci.c) \
	$(addprefix $(QV_SRC)/,board.c drivers/fw_cfg_mmio.c drivers/fw_cfg-uclass.c)
QVU_SCANNED_OWN := $(QVU_BOARD)/serial-uclass.c $(QVU_BOARD)/clk-uclass.c \
	$(QV_SRC)/drivers/fw_cfg_mmio.c $(QV_SRC)/drivers/fw_cfg-uclass.c \
	$(QV_SRC)/include/fw_cfg.h

# The nodes: the UART and clock as before, QEMU's platform bus (a
# simple-bus) and fw_cfg; no GPIO (U-Boot has no PL061 driver). Nodes
# of-platdata cannot give to U-Boot's driver unchanged are left out, and
# main.c binds the driver at run time, as U-Boot binds a device without a
# node: the PL031 (U-Boot's driver is named "rtc-pl031", not rtc_pl031 as
# plain mode looks it up, and its pl031_plat has no dtplat member, which
# -i needs), and with -i the clock (clk_fixed_rate's plat has none either;
# the UART's clocks go with it) and so the UART's clock phandles.
QVU_KEEP_plain := arm,pl011 fixed-clock simple-bus qemu,fw-cfg-mmio
QVU_KEEP_inst := arm,pl011 simple-bus qemu,fw-cfg-mmio
QVU_DROP_inst := clocks clock-names

# -include: the options, then U-Boot's headers behind the compat layer
# and the runtime's. U-Boot's files get U-Boot's warning level and
# aliasing rule.
QVU_INC = -I$(QVU_COMPAT) -I$(RT_DIR)/include -idirafter $(UBOOT)/include \
	-idirafter $(UBOOT)/arch/arm/include -idirafter $(QV_SRC)/include \
	-include $(QVU_COMPAT)/uboot-config.h
QVU_UB_CFLAGS = $(QV_ARCH_CFLAGS) -fno-strict-aliasing -Wall -Werror $(QVU_INC)
QVU_OWN_CFLAGS = $(QV_ARCH_CFLAGS) $(QV_WARN) $(QVU_INC)

# UBOOT may change from one make to the next: remember which tree
$(QVU)/uboot-tree: qvu-force
	@mkdir -p $(@D)
	$(Q)echo '$(abspath $(UBOOT))' | cmp -s - $@ || \
		echo '$(abspath $(UBOOT))' > $@

# What dtoc scans: links to U-Boot's files at their paths in U-Boot's tree
# (dtoc -i names a header by its path from include/), to the firmware's
# sources in board/ and to its headers in include/
$(QVU)/scan/.stamp: $(QVU)/uboot-tree $(QVU_SCANNED_OWN) \
		$(addprefix $(UBOOT)/,$(QVU_UB_SRCS) $(QVU_UB_HDRS))
	@echo "  LN      $(QVU)/scan"
	$(Q)rm -rf $(@D) && mkdir -p $(@D)/board $(@D)/include
	$(Q)for f in $(QVU_UB_SRCS) $(QVU_UB_HDRS); do \
		mkdir -p $(@D)/$$(dirname $$f) && \
		ln -s $(abspath $(UBOOT))/$$f $(@D)/$$f || exit 1; done
	$(Q)for f in $(abspath $(QVU_SCANNED_OWN)); do \
		case $$f in *.h) d=include;; *) d=board;; esac; \
		ln -s $$f $(@D)/$$d/ || exit 1; done
	$(Q)touch $@

# QEMU's tree trimmed to those nodes; U-Boot's PL011 driver takes the
# port type from a "type" property in of-platdata (1: PL011)
$(QVU)/fw-%.dtb: $(QV)/virt.dtb $(QV_SRC)/trim.sh $(QV_SRC)/qemu.mk
	@mkdir -p $(@D)
	@echo "  TRIM    $@"
	$(Q)$(QV_SRC)/trim.sh $< $@ $(QVU_KEEP_$*)
	$(Q)fdtput -t u $@ /pl011@9000000 type 1
	$(Q)for p in $(QVU_DROP_$*); do fdtput -d $@ /pl011@9000000 $$p; done
	$(Q)dtc -q -I dtb -O dts -o $(QVU)/fw-$*.dts $@

# $(1): build name, $(2): dtoc options, $(3): mode label
define qvu_image
QVU_GEN_$(1) := $(QVU)/$(1)/gen
QVU_GENC_$(1) := $$(addprefix $$(QVU_GEN_$(1))/,$(if $(filter -i,$(2)),dt-device.c dt-uclass.c,dt-plat.c))
QVU_OBJS_$(1) := $(QV)/start.o $(QV)/lib.o \
	$$(patsubst %.c,$(QVU)/$(1)/ub/%.o,$(QVU_UB_SRCS)) \
	$$(patsubst $(QV_SRC)/%.c,$(QVU)/$(1)/own/%.o,$(filter $(QV_SRC)/%,$(QVU_OWN_SRCS))) \
	$$(patsubst $(QVU_SRC)/%.c,$(QVU)/$(1)/uown/%.o,$(filter $(QVU_SRC)/%,$(QVU_OWN_SRCS))) \
	$$(patsubst $$(QVU_GEN_$(1))/%.c,$(QVU)/$(1)/gen-%.o,$$(QVU_GENC_$(1)))

$$(QVU_GEN_$(1))/.stamp: $(QVU)/fw-$(1).dtb $(QVU)/scan/.stamp $(RT_LIB_SRCS) $(BUILD)/dtoc
	@echo "  DTOC    $$(QVU_GEN_$(1))"
	$(Q)rm -rf $$(QVU_GEN_$(1)) && mkdir -p $$(QVU_GEN_$(1))/generated
	$(Q)$(BUILD)/dtoc -s $(RT_DIR) -s $(QVU)/scan -d $(QVU)/fw-$(1).dtb $(2) \
		-c $$(QVU_GEN_$(1)) -C $$(QVU_GEN_$(1))/generated all
	$(Q)touch $$@

$$(QVU_GENC_$(1)): $$(QVU_GEN_$(1))/.stamp ;

$(QVU)/$(1)/gen-%.o: $$(QVU_GEN_$(1))/%.c $$(QVU_GEN_$(1))/.stamp
	@echo "  CC      $$@"
	$(Q)$$(QV_CC) $$(QVU_OWN_CFLAGS) -I$$(QVU_GEN_$(1)) -c -o $$@ $$<

$(QVU)/$(1)/ub/%.o: $(UBOOT)/%.c $$(QVU_GEN_$(1))/.stamp $(wildcard $(QVU_COMPAT)/*.h $(QVU_COMPAT)/*/*.h)
	@mkdir -p $$(@D)
	@echo "  CC      $$@ (U-Boot's)"
	$(Q)$$(QV_CC) $$(QVU_UB_CFLAGS) -I$$(QVU_GEN_$(1)) -c -o $$@ $$<

$(QVU)/$(1)/own/%.o: $(QV_SRC)/%.c $$(QVU_GEN_$(1))/.stamp $(wildcard $(QVU_COMPAT)/*.h $(QVU_COMPAT)/*/*.h) $(QV_HDRS)
	@mkdir -p $$(@D)
	@echo "  CC      $$@"
	$(Q)$$(QV_CC) $$(QVU_OWN_CFLAGS) -I$$(QVU_GEN_$(1)) -DQV_MODE='"$(3)"' $(if $(filter -i,$(2)),-DQV_INST) -c -o $$@ $$<

$(QVU)/$(1)/uown/%.o: $(QVU_SRC)/%.c $$(QVU_GEN_$(1))/.stamp $(wildcard $(QVU_COMPAT)/*.h $(QVU_COMPAT)/*/*.h) $(QV_HDRS)
	@mkdir -p $$(@D)
	@echo "  CC      $$@"
	$(Q)$$(QV_CC) $$(QVU_OWN_CFLAGS) -I$$(QVU_GEN_$(1)) -DQV_MODE='"$(3)"' $(if $(filter -i,$(2)),-DQV_INST) -c -o $$@ $$<

$(QVU)/$(1)/fw.elf: $$(QVU_OBJS_$(1)) $(QV_RT_LIB) $(QV_SRC)/fw.ld \
		$(RT_DIR)/u-boot-lists-bare.ld
	@echo "  LD      $$@"
	$(Q)$$(QV_CC) $$(QVU_OWN_CFLAGS) $(QV_LDFLAGS) -o $$@ \
		$$(QVU_OBJS_$(1)) $(QV_RT_LIB) -lgcc -Wl,-Map,$(QVU)/$(1)/fw.map
endef

$(eval $(call qvu_image,plain,,plain))
$(eval $(call qvu_image,inst,-i,inst))

qemu-uboot: $(QVU)/plain/fw.elf $(QVU)/inst/fw.elf

# 32-bit ARM, for the drivers of 32-bit SoCs (compiled, not linked)
QVU_CC32 ?= arm-linux-gnueabihf-gcc
QVU_CFLAGS32 = -std=gnu11 -ffreestanding -nostdinc \
	-isystem $(shell $(QVU_CC32) -print-file-name=include) -Os \
	-march=armv7-a -mfloat-abi=soft -fno-pie -fno-stack-protector \
	-fno-strict-aliasing \
	-Wall -Werror $(QVU_INC)

# Each driver is linked with what the plain image has but main(), the
# generated data and U-Boot's drivers
uboot-drivers: $(QVU)/plain/fw.elf
	$(Q)UBOOT="$(UBOOT)" BUILD="$(BUILD)" DTOC="$(BUILD)/dtoc" CC="$(QV_CC)" \
		CFLAGS="$(QVU_UB_CFLAGS)" CC32="$(QVU_CC32)" CFLAGS32="$(QVU_CFLAGS32)" \
		LINK="$(QVU_OWN_CFLAGS) $(QV_LDFLAGS) $(QV)/start.o $(QV)/lib.o \
			$(addprefix $(QVU)/plain/uown/compat/,compat.o cpu.o psci.o) \
			$(QVU)/plain/own/board.o \
			$(addprefix $(QVU)/plain/uown/board/,serial-uclass.o \
				clk-uclass.o) \
			$(addprefix $(QVU)/plain/ub/,lib/rtc-lib.o lib/date.o \
				drivers/sysreset/sysreset-uclass.o) \
			$(QV_RT_LIB) -lgcc" \
		$(QVU_SRC)/uboot-drivers.sh
check-qemu: qemu-uboot
QV_CHECK_ENV := QV_UBOOT=1
else
qemu-uboot uboot-drivers:
	@echo "$@: give a U-Boot tree: make $@ UBOOT=/path/to/u-boot" >&2
	@exit 1
endif

QV_MODE ?= plain
run-qemu: $(QV)/$(QV_MODE)/fw.elf
	$(QV_QEMU_RUN) $<

qemu-clean:
	rm -rf $(QV)
