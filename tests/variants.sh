#!/bin/bash
# The variants example (testdata/example/variants): one dtoc run per mode
# for the base board and its two daughter-board overlays, one program per
# mode, run as each variant in turn (and with the board_fix_plat() hook
# dropping a device and changing a value). Each run's output (which
# devices exist at each idx, their uclass, seq and the values that differ,
# phandle idx included, and the device tree) must match the hand-checked
# file in testdata/example/variants/expected/. Also: a variant out of
# range makes dm_init() fail; --depfile names the overlays.
#
# Usage: tests/variants.sh DTOC
# Environment: CC, CFLAGS, LDFLAGS, RUNTIME_CFLAGS, RUNTIME_LDFLAGS,
# RUNTIME_LIB (as tests/runtime-cases.sh); REGEN=1 rewrites expected/.
set -u

dtoc=$1
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
dtoc_dir=$(cd "$(dirname "$dtoc")" && pwd)
dtoc=$dtoc_dir/$(basename "$dtoc")
build=$dtoc_dir/variants
ex=testdata/example/variants
CC=${CC:-cc}
CFLAGS=${CFLAGS:--O2 -g}
LDFLAGS=${LDFLAGS:-}
RUNTIME_CFLAGS=${RUNTIME_CFLAGS:--std=gnu11 -Isrc/runtime/include}
RUNTIME_LDFLAGS=${RUNTIME_LDFLAGS:--Wl,-T,src/runtime/u-boot-lists.ld}
RUNTIME_LIB=${RUNTIME_LIB:-$dtoc_dir/runtime/libdtoc-runtime.a}
DRIVERS=(bus/acme_bus.c bus/bus-uclass.c clk/acme_clk.c clk/clk-uclass.c
	gpio/acme_gpio.c gpio/gpio-uclass.c mmc/acme_mmc.c mmc/mmc-uclass.c
	serial/serial_acme.c serial/serial-uclass.c i2c/acme_i2c.c
	i2c/i2c-uclass.c misc/acme_eeprom.c misc/misc-uclass.c
	pinctrl/acme_pinctrl.c pinctrl/pinctrl-uclass.c)

pass=0
fail=0
ok() { echo "ok - $1"; pass=$((pass + 1)); }
not_ok() { echo "not ok - $1"; fail=$((fail + 1)); }

rm -rf "$build"
mkdir -p "$build"
dtc -q -@ -I dts -O dtb -o "$build/board.dtb" "$ex/board.dts" &&
dtc -q -@ -I dts -O dtb -o "$build/i2c-board.dtbo" "$ex/i2c-board.dtso" &&
dtc -q -@ -I dts -O dtb -o "$build/uart-clk.dtbo" "$ex/uart-clk.dtso" || exit 1
variants=(--variant "i2c_board=$build/i2c-board.dtbo"
	--variant "uart_clk=$build/uart-clk.dtbo")

for mode in plain inst; do
	gen=$build/$mode
	opt=()
	[ $mode = inst ] && opt=(-i)
	if ! "$dtoc" -s testdata/src -d "$build/board.dtb" ${opt[@]+"${opt[@]}"} \
		"${variants[@]}" -c "$gen" -C "$gen/generated" \
		--depfile "$gen/deps.mk" all 2> "$gen.log"; then
		cat "$gen.log"
		not_ok "$mode: dtoc"
		continue
	fi
	if head -1 "$gen/deps.mk" | grep -q "board.dtb $build/i2c-board.dtbo $build/uart-clk.dtbo"; then
		ok "$mode: --depfile names the overlays"
	else
		not_ok "$mode: --depfile names the overlays"
	fi
	# shellcheck disable=SC2086
	if ! $CC $RUNTIME_CFLAGS -Wall -Wextra -Werror -Wno-unused-parameter \
		$CFLAGS $LDFLAGS -I"$gen" -Itestdata/src/include \
		-Itestdata/src/arch/sandbox/include -o "$gen/board" \
		"$ex/main.c" "${DRIVERS[@]/#/testdata/src/drivers/}" \
		"$gen"/dt-*.c "$RUNTIME_LIB" $RUNTIME_LDFLAGS 2> "$gen/cc.log"; then
		cat "$gen/cc.log"
		not_ok "$mode: compile"
		continue
	fi
	ok "$mode: one program for every variant"
	# name: how it runs
	runs=("base::" "i2c_board:i2c_board:" "uart_clk:2:"
	      "env-uart_clk::DTOC_VARIANT=uart_clk"
	      "drop-i2c:i2c_board:DTOC_DROP=acme_i2c"
	      "speed:base:DTOC_UART_SPEED=115200")
	for r in "${runs[@]}"; do
		IFS=: read -r name arg envs <<< "$r"
		out=$gen/$name.out
		want=$ex/expected/$mode-$name.txt
		# shellcheck disable=SC2086
		if ! env $envs "$gen/board" $arg > "$out" 2>&1; then
			not_ok "$mode $name: exit status"
			cat "$out"
			continue
		fi
		[ -n "${REGEN:-}" ] && mkdir -p "$ex/expected" && cp "$out" "$want"
		if diff -u "$want" "$out" > "$out.diff"; then
			ok "$mode $name"
		else
			cat "$out.diff"
			not_ok "$mode $name: differs from $want"
		fi
	done
	if "$gen/board" 3 > "$gen/range.out" 2>&1; then
		not_ok "$mode: variant 3 of 3 accepted"
	elif grep -q "dm_init_and_scan failed: -22" "$gen/range.out"; then
		ok "$mode: variant out of range: dm_init fails with -EINVAL"
	else
		not_ok "$mode: variant out of range: $(cat "$gen/range.out")"
	fi
done
echo "variants: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
