# SPDX-License-Identifier: GPL-2.0+
# The top list of SPL, TPL and VPL, shaped like U-Boot's, for dtoc
# --config (see testdata/README.md).
include $(srctree)/scripts/Kbuild.include
-include include/config/auto.conf
-include $(obj)/include/autoconf.mk

libs-y += drivers/
libs-$(CONFIG_$(PHASE_)POWER) += drivers/power/

libs-y := $(addprefix $(obj)/,$(libs-y))
