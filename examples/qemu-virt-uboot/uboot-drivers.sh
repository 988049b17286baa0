#!/bin/bash
# SPDX-License-Identifier: GPL-2.0+
#
# uboot-drivers.sh: compile U-Boot's of-platdata drivers, one by one and
# unchanged, the way `make qemu-uboot UBOOT=DIR` compiles the five in the
# firmware (the runtime's headers, then examples/qemu-virt-uboot/compat/,
# U-Boot's include/ behind), then try to link each into a firmware image
# with the runtime, to see what it needs that neither provides. Run by
# `make uboot-drivers UBOOT=DIR`, with UBOOT, BUILD, DTOC, CC, CFLAGS (the
# target flags and include path, without the generated directory), CC32
# and CFLAGS32 (the same for 32-bit ARM, for the drivers of 32-bit SoCs,
# which are compiled only: the runtime here is built for aarch64), LINK
# (the objects and flags of a firmware link, the driver object and main()
# left out)
# in the environment. Writes nothing into UBOOT.
#
# Each driver's dtd_ structs come from the upstream devicetree of a board
# that has the device (U-Boot's dts/upstream), preprocessed and compiled
# with dtc and run through dtoc with -s UBOOT, as a board would.
#
# Prints one line per driver, "DRIVER: compile ok|FAIL, link ok|FAIL|-:
# the first error", and a count; the report also goes to
# $BUILD/qemu-virt/uboot-drivers/report.txt.
set -u

out=$BUILD/qemu-virt/uboot-drivers
up=$UBOOT/dts/upstream
mkdir -p "$out"
report=$out/report.txt
: > "$report"

# driver source (below UBOOT), the upstream devicetree giving its structs,
# the SoC's asm/arch directory (U-Boot's build links asm/arch to it)
drivers=(
	"drivers/serial/serial_pl01x.c		qemu				-"
	"drivers/clk/rockchip/clk_rk3288.c	arm/rockchip/rk3288-firefly.dts	rk3288"
	"drivers/mmc/rockchip_dw_mmc.c		arm/rockchip/rk3288-firefly.dts	rk3288"
	"drivers/serial/serial_rockchip.c	arm/rockchip/rk3288-firefly.dts	rk3288"
	"drivers/spi/rk_spi.c			arm/rockchip/rk3288-firefly.dts	rk3288"
	"drivers/timer/rockchip_timer.c		arm/rockchip/rk3288-firefly.dts	rk3288"
	"drivers/ram/rockchip/sdram_rk3288.c	arm/rockchip/rk3288-firefly.dts	rk3288"
	"drivers/clk/rockchip/clk_rk3188.c	arm/rockchip/rk3188-radxarock.dts	rk3188"
	"drivers/ram/rockchip/sdram_rk3188.c	arm/rockchip/rk3188-radxarock.dts	rk3188"
	"drivers/clk/rockchip/clk_rk3066.c	arm/rockchip/rk3066a-mk808.dts	rk3066"
	"drivers/ram/rockchip/sdram_rk3066.c	arm/rockchip/rk3066a-mk808.dts	rk3066"
	"drivers/clk/rockchip/clk_rk3368.c	arm64/rockchip/rk3368-geekbox.dts	rk3368"
	"drivers/ram/rockchip/dmc-rk3368.c	arm64/rockchip/rk3368-geekbox.dts	rk3368"
	"drivers/timer/dw-apb-timer.c		arm64/rockchip/rk3368-geekbox.dts	rk3368"
	"drivers/clk/rockchip/clk_rk3568.c	arm64/rockchip/rk3568-evb1-v10.dts	rk3568"
	"drivers/gpio/mxs_gpio.c		arm/nxp/mxs/imx28-evk.dts	mxs"
	"drivers/mmc/mxsmmc.c			arm/nxp/mxs/imx28-evk.dts	mxs"
	"drivers/spi/mxs_spi.c			arm/nxp/mxs/imx28-evk.dts	mxs"
	"drivers/gpio/mxc_gpio.c		arm/nxp/imx/imx6q-sabresd.dts	mx6"
	"drivers/mmc/fsl_esdhc_imx.c		arm/nxp/imx/imx6q-sabresd.dts	mx6"
)

# The options a board with these drivers sets besides the firmware's
# (uboot-config.h): their uclasses' driver-model options, the drivers' own
options="-DCONFIG_DM_SPI=1 -DCONFIG_DM_MMC=1 -DCONFIG_DM_GPIO=1 -DCONFIG_CLK=1
	-DCONFIG_RAM=1 -DCONFIG_TIMER=1 -DCONFIG_BLK=1 -DCONFIG_LOGLEVEL=4
	-DCONFIG_MXS_GPIO=1 -DCONFIG_MXC_GPIO=1"

# soc_options SOC: the SoC's own options, as its board's defconfig sets
soc_options() {
	case $1 in
	rk3*) echo "-DCONFIG_ROCKCHIP_${1^^}=1 -DCONFIG_ARCH_ROCKCHIP=1" ;;
	mxs) echo "-DCONFIG_MX28=1 -DCONFIG_ARCH_MX28=1" ;;
	mx6) echo "-DCONFIG_MX6=1 -DCONFIG_MX6Q=1 -DCONFIG_ARCH_MX6=1" ;;
	esac
}

# arch SOC: an include directory whose asm/arch is U-Boot's asm/arch-SOC
arch() {
	local dir=$out/arch-$1
	if [ ! -e "$dir/asm/arch" ]; then
		mkdir -p "$dir/asm"
		ln -s "$UBOOT/arch/arm/include/asm/arch-$1" "$dir/asm/arch"
	fi
	echo "$dir"
}

# dtoc_pruned DIR: dtoc on DIR/board.dtb. A whole upstream tree may have
# two nodes of one C name, or a phandle to a node that is no device (an
# SPL tree, filtered to what SPL uses, would not): drop the node dtoc
# names first, or the property, and run again, at most 20 times
dtoc_pruned() {
	local dir=$1 node found
	for _ in $(seq 20); do
		"$DTOC" -s "$UBOOT" -d "$dir/board.dtb" -c "$dir" \
			-C "$dir/generated" struct,decl 2> "$dir/dtoc.log" && return 0
		node=$(sed -n "s/^dtoc: error: node '\([^']*\)': has the same C name .*/\1/p" \
			"$dir/dtoc.log")
		if [ -n "$node" ]; then
			echo "$node" >> "$dir/pruned.txt"
			fdtput -r "$dir/board.dtb" "$node" || return 1
			continue
		fi
		# a phandle to a node that is no device: drop the property
		found=$(sed -n "s/^dtoc: error: node '\([^']*\)': property '\([^']*\)' refers to node .*/\1 \2/p" \
			"$dir/dtoc.log")
		# shellcheck disable=SC2086 # a node path and a property name
		set -- $found
		[ $# = 2 ] || return 1
		echo "$1 $2" >> "$dir/pruned.txt"
		fdtput -d "$dir/board.dtb" "$1" "$2" || return 1
	done
	return 1
}

# gen DTS: dtoc's structs for that devicetree, in $out/gen-NAME; echoes
# the directory (empty on failure)
gen() {
	local dts=$1 name dir
	if [ "$dts" = qemu ]; then
		echo "$BUILD/qemu-virt/uboot/plain/gen"
		return
	fi
	name=$(basename "$dts" .dts)
	dir=$out/gen-$name
	if [ ! -f "$dir/.stamp" ]; then
		mkdir -p "$dir/generated"
		# the board's tree with U-Boot's additions (NAME-u-boot.dtsi),
		# as U-Boot's build appends them
		{ echo "#include \"$up/src/$dts\""
		  [ -f "$UBOOT/arch/arm/dts/$name-u-boot.dtsi" ] &&
			echo "#include \"$name-u-boot.dtsi\""; } > "$dir/in.dts"
		cpp -nostdinc -undef -D__DTS__ -x assembler-with-cpp \
			-I "$up/include" -I "$up/src/$(dirname "$dts")" \
			-I "$up/src/arm" -I "$UBOOT/arch/arm/dts" \
			-I "$(dirname "$0")/compat" -I "$UBOOT/include" \
			"$dir/in.dts" \
			> "$dir/board.dts" 2> "$dir/cpp.log" &&
		dtc -q -I dts -O dtb -o "$dir/board.dtb" "$dir/board.dts" \
			2> "$dir/dtc.log" &&
		dtoc_pruned "$dir" && touch "$dir/.stamp"
	fi
	[ -f "$dir/.stamp" ] && echo "$dir"
}

# The first error of a log, on one line
first_error() {
	grep -m 1 -E 'error|undefined reference' "$1" |
		sed -E 's|^[^ ]*/||; s/^[^:]*: ?//; s/\s+/ /g' | cut -c 1-150
}

# The firmware's main(), for a link: the driver is kept by its linker
# list entry (KEEP), and so is all it refers to
printf 'int main(void)\n{\n\treturn 0;\n}\n' > "$out/main.c"
# shellcheck disable=SC2086,SC2153 # CFLAGS: from the environment
$CC $CFLAGS -c -o "$out/main.o" "$out/main.c" || exit 1

compiled=0
linked=0
total=0
for entry in "${drivers[@]}"; do
	read -r src dts soc <<< "$entry"
	inc=
	[ "$soc" != - ] && inc="-idirafter $(arch "$soc") $(soc_options "$soc")"
	# the dt-bindings constants, as U-Boot builds with
	inc="$inc -idirafter $up/include"
	total=$((total + 1))
	name=${src##*/}
	obj=$out/${name%.c}.o
	dir=$(gen "$dts")
	if [ -z "$dir" ]; then
		echo "$src: compile -, link -: no structs from $dts" | tee -a "$report"
		continue
	fi
	# a 32-bit SoC's tree is below arm/, a 64-bit one's below arm64/
	cc=$CC
	cflags=$CFLAGS
	case $dts in arm/*) cc=$CC32; cflags=$CFLAGS32 ;; esac
	if ! command -v "$cc" > /dev/null; then
		echo "$src: compile -, link -: no $cc" | tee -a "$report"
		continue
	fi
	# shellcheck disable=SC2086
	if $cc $cflags $options $inc -I"$dir" -c -o "$obj" "$UBOOT/$src" \
			> "$obj.log" 2>&1; then
		compiled=$((compiled + 1))
		if [ "$cc" = "$CC32" ]; then
			echo "$src: compile ok (32-bit ARM), link -: not tried" |
				tee -a "$report"
			continue
		fi
		# shellcheck disable=SC2086
		if $CC "$obj" "$out/main.o" $LINK -o "$out/${name%.c}.elf" > "$obj.ld.log" 2>&1; then
			linked=$((linked + 1))
			echo "$src: compile ok, link ok" | tee -a "$report"
		else
			echo "$src: compile ok, link FAIL: $(first_error "$obj.ld.log")" |
				tee -a "$report"
		fi
	else
		echo "$src: compile FAIL$([ "$cc" = "$CC32" ] && echo ' (32-bit ARM)') ($(grep -c 'error' "$obj.log") errors), link -: $(first_error "$obj.log")" |
			tee -a "$report"
	fi
done
echo "uboot-drivers: $total drivers, $compiled compile, $linked link" | tee -a "$report"
