#!/bin/bash
# SPDX-License-Identifier: GPL-2.0+
#
# check-qemu: boot the QEMU virt firmware in both modes and check what it
# prints on the UART, then the broken variants. Run from the top of the
# tree by `make check-qemu` (which builds the two images first), with
# MAKE, BUILD and QEMU (the command line, up to -kernel) in the
# environment. Prints one line per check and "check-qemu: N passed, M
# failed"; exits non-zero if any failed. Then the variant images
# (build/qemu-virt/var-{plain,inst}), each booted as each board variant
# (QV_VARIANTS, after the base) and compared with
# examples/qemu-virt/expected/var-MODE-VARIANT.txt, and with NM (the
# target's nm) which images hold the runtime's variant code. With QV_UBOOT set,
# the images built with U-Boot's drivers too (expected/uboot-MODE.txt).
# REGEN=1 rewrites the expected files from the boots (review the diff).
set -u

build=${BUILD:-build}
make=${MAKE:-make}
qemu=${QEMU:-qemu-system-aarch64 -machine virt -cpu cortex-a53 -nographic -nic none -semihosting -kernel}
src=examples/qemu-virt
qv=$build/qemu-virt
# A boot takes well under a second; a hang is stopped here, and fails
limit=${QEMU_TIMEOUT:-30}

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok - $*"; }
bad() { fail=$((fail + 1)); echo "FAIL - $*"; }
check() { # check DESCRIPTION COMMAND...
	local what=$1
	shift
	if "$@"; then ok "$what"; else bad "$what"; fi
}

# boot IMAGE OUT [ARG]: the UART output (without CRs) in OUT; returns
# QEMU's status: the firmware's, or 124 on a timeout. ARG, if given, is
# the semihosting command line (-semihosting-config ...,arg=ARG).
boot() {
	local status cmd=$qemu
	[ -n "${3:-}" ] &&
		cmd="${qemu% -kernel} -semihosting-config enable=on,target=native,arg=$3 -kernel"
	# shellcheck disable=SC2086
	timeout "$limit" $cmd "$1" < /dev/null > "$2.raw" 2>&1
	status=$?
	tr -d '\r' < "$2.raw" > "$2"
	return $status
}

# The RTC's seconds vary: compare the rest byte for byte
normalise() {
	sed -E 's/^(rtc: .*: )[0-9]+ s/\1N s/' "$1"
}

# devices GEN_DIR: how many devices dtoc's files in GEN_DIR make, the
# root included: plain, one per U_BOOT_DRVINFO record plus the root
# device dm_init() binds; -i, one per DM_DEVICE_INST record (the root's
# too). Counted from the files, so a node added to the tree counts.
devices() {
	if [ -f "$1/dt-device.c" ]; then
		grep -c '^DM_DEVICE_INST(' "$1/dt-device.c"
	else
		echo $(($(grep -c '^U_BOOT_DRVINFO(' "$1/dt-plat.c") + 1))
	fi
}

for mode in plain inst; do
	elf=$qv/$mode/fw.elf
	out=$qv/$mode/uart.txt
	n=$(devices "$qv/$mode/gen")
	if [ ! -f "$elf" ]; then
		bad "$mode: $elf not built"
		continue
	fi
	boot "$elf" "$out"
	status=$?
	if [ $status = 124 ]; then
		bad "$mode: no exit within ${limit}s (hang)"
	else
		check "$mode: exit status 0 (pass), got $status" [ $status = 0 ]
	fi
	[ -n "${REGEN:-}" ] && normalise "$out" > "$src/expected/$mode.txt"
	if cmp -s <(normalise "$out") "$src/expected/$mode.txt"; then
		ok "$mode: UART output as $src/expected/$mode.txt"
	else
		bad "$mode: UART output differs from $src/expected/$mode.txt:"
		diff <(normalise "$out") "$src/expected/$mode.txt" | head -20
	fi
	check "$mode: every device dtoc made ($n) bound and probed" \
		grep -qx "devices: $n bound, $n probed" "$out"
	check "$mode: $n devices in the tree, all probed" \
		[ "$(grep -c '^ [a-z_]* *[0-9]*  \[ + \]' "$out")" = "$n" ]
	check "$mode: every clock phandle resolves to the apb-pclk device" \
		[ "$(grep -c '^phandle: .* -> idx 0 -> fixed_clock (clk) clk24mhz, 24000000 Hz$' "$out")" = 4 ]
	secs=$(sed -n 's/^rtc: rtc_pl031: \([0-9]*\) s since 1970$/\1/p' "$out")
	check "$mode: RTC reads non-zero (${secs:-nothing})" \
		[ "${secs:-0}" -gt 0 ]
	check "$mode: GPIO line written and read back" \
		grep -qx 'gpio: line 0 set 0 read 0' "$out"
	check "$mode: fw_cfg reads QEMU's signature" \
		grep -qx 'fw_cfg: qemu_fw_cfg_mmio: signature "QEMU", features 0x[0-9a-f]*' "$out"
	check "$mode: no FAIL line" sh -c "! grep -q FAIL '$out'"
	check "$mode: last line 'ok'" [ "$(tail -n 1 "$out")" = ok ]
done

# The time limit itself: a firmware that never exits (here the CPU is held
# stopped, -S) is caught and counted as a failure, not waited for
hang=$qv/hang.txt
limit_saved=$limit
limit=3
# shellcheck disable=SC2086
qemu_saved=$qemu
qemu="${qemu% -kernel} -S -kernel"
boot "$qv/plain/fw.elf" "$hang"
status=$?
qemu=$qemu_saved
limit=$limit_saved
check "time limit: a hung boot is stopped and fails (status $status)" \
	[ $status = 124 ]

# ---- board variants: one image per mode, booted as each variant ---------

# The output without what a variant image adds (its "variant:" line) and
# the heap figure (the variant table's bookkeeping takes some)
strip_variant() {
	grep -v -e '^variant: ' -e '^heap: ' "$1"
}

read -ra variants <<< "base ${QV_VARIANTS:-nogpio clk48}"
for mode in plain inst; do
	elf=$qv/var-$mode/fw.elf
	if [ ! -f "$elf" ]; then
		bad "var-$mode: $elf not built"
		continue
	fi
	n=0
	for v in "${variants[@]}"; do
		out=$qv/var-$mode/uart-$v.txt
		want=$src/expected/var-$mode-$v.txt
		# the base: no command line argument at all (the default)
		arg=variant=$v
		[ "$v" = base ] && arg=
		boot "$elf" "$out" "$arg"
		status=$?
		check "var-$mode $v: exit status 0, got $status" [ $status = 0 ]
		[ -n "${REGEN:-}" ] && normalise "$out" > "$want"
		if cmp -s <(normalise "$out") "$want"; then
			ok "var-$mode $v: UART output as $want"
		else
			bad "var-$mode $v: UART output differs from $want:"
			diff <(normalise "$out") "$want" | head -20
		fi
		check "var-$mode $v: runs as variant $n of ${#variants[@]}" \
			grep -qx "variant: $v ($n of ${#variants[@]})" "$out"
		check "var-$mode $v: no FAIL line, last line 'ok'" \
			sh -c "! grep -q FAIL '$out' && [ \"\$(tail -n 1 '$out')\" = ok ]"
		case $v in
		base)
			check "var-$mode base: prints what the $mode image prints (but the variant and heap lines)" \
				cmp -s <(strip_variant "$src/expected/$mode.txt") \
					<(normalise "$out" | strip_variant /dev/stdin)
			;;
		nogpio)
			# the base's devices but those the overlay disables
			nd=$(($(devices "$qv/$mode/gen") - $(grep -c 'status = "disabled"' "$src/variants/nogpio.dtso")))
			check "var-$mode nogpio: $nd devices bound and probed" \
				grep -qx "devices: $nd bound, $nd probed" "$out"
			check "var-$mode nogpio: no GPIO device in the tree" \
				sh -c "! grep -q '^ gpio ' '$out'"
			# the GPIO node's idx, from dtoc's comment in the files
			idx=$(sed -n 's|^ \* Node /pl061@[0-9a-f]* index \([0-9]*\)$|\1|p' \
				"$qv/var-$mode"/gen/dt-*.c | head -n 1)
			check "var-$mode nogpio: the GPIO node's idx (${idx:-none}) gives -ENODEV, test skipped" \
				grep -qx "gpio: gpio_pl061 (idx $idx) absent in variant nogpio: device_get_by_ofplat_idx -19, test skipped" "$out"
			check "var-$mode nogpio: 3 clock phandles, none from the GPIO" \
				[ "$(grep -c '^phandle: ' "$out")" = 3 ]
			;;
		clk48)
			check "var-$mode clk48: the UART's clock at 48 MHz" \
				grep -qx 'console: serial_pl01x (serial seq 0), uartclk 48000000 Hz' "$out"
			check "var-$mode clk48: every clock phandle on the 48 MHz clock" \
				[ "$(grep -c '^phandle: .* -> idx 0 -> fixed_clock (clk) clk48mhz, 48000000 Hz$' "$out")" = 4 ]
			check "var-$mode clk48: the GPIO line written and read back" \
				grep -qx 'gpio: line 0 set 0 read 0' "$out"
			;;
		esac
		n=$((n + 1))
	done
	# A variant by number; a name no variant has: dm_init() fails
	out=$qv/var-$mode/uart-num.txt
	boot "$elf" "$out" "variant=$((n - 1))"
	status=$?
	last=${variants[n - 1]}
	check "var-$mode: variant=$((n - 1)) runs as $last (status $status)" \
		cmp -s <(normalise "$out") <(normalise "$qv/var-$mode/uart-$last.txt")
	out=$qv/var-$mode/uart-bogus.txt
	boot "$elf" "$out" variant=bogus
	status=$?
	check "var-$mode bogus: failing exit status, got $status" \
		[ $status != 0 -a $status != 124 ]
	check "var-$mode bogus: the UART names the unknown variant, dm_init fails with -EINVAL" \
		sh -c "grep -qx \"FAIL: no variant 'bogus'\" '$out' && grep -qx 'FAIL: dm_init_and_scan: -22' '$out'"
done

# ---- the variant code: linked only with dtoc --variant's table -----------

# The functions the library's variant object defines (runtime/variant.o,
# the default configuration): none of them may be in an image without a
# variant table (the core refers to them weakly), all of them in a variant
# image (the table's .setup pulls the object in).
nm=${NM:-nm}
varobj=$qv/runtime/variant.o
mapfile -t varsyms < <($nm -g --defined-only "$varobj" 2>/dev/null | awk '{print $3}')
in_varsyms() { printf '%s\n' "${varsyms[@]}" | grep -qx "$1"; }
check "variant code: $varobj defines dm_variant_setup (${#varsyms[@]} symbols)" \
	in_varsyms dm_variant_setup
check "variant code: $varobj defines the default board_fix_plat()" \
	in_varsyms board_fix_plat
# has_syms IMAGE: how many of varsyms IMAGE defines
has_syms() {
	$nm --defined-only "$1" | awk '{print $3}' | sort -u |
		grep -cxF -f <(printf '%s\n' "${varsyms[@]}")
}
read -ra cfgs <<< "${QV_CONFIGS:-}"
for img in plain inst "${cfgs[@]/#/cfg-}"; do
	elf=$qv/$img/fw.elf
	[ -f "$elf" ] || continue
	n=$(has_syms "$elf")
	check "$img: no variant code in the image ($n of ${#varsyms[@]} variant symbols)" \
		[ "$n" = 0 ]
done
for mode in plain inst; do
	elf=$qv/var-$mode/fw.elf
	n=$(has_syms "$elf")
	check "var-$mode: the variant code is in the image ($n of ${#varsyms[@]} variant symbols)" \
		[ "$n" = ${#varsyms[@]} ]
done

# ---- U-Boot's drivers (make check-qemu UBOOT=DIR) -----------------------

if [ -n "${QV_UBOOT:-}" ]; then
	for mode in plain inst; do
		elf=$qv/uboot/$mode/fw.elf
		out=$qv/uboot/$mode/uart.txt
		want=$src/expected/uboot-$mode.txt
		if [ ! -f "$elf" ]; then
			bad "uboot-$mode: $elf not built"
			continue
		fi
		boot "$elf" "$out"
		status=$?
		check "uboot-$mode: exit status 0, got $status" [ $status = 0 ]
		[ -n "${REGEN:-}" ] && normalise "$out" > "$want"
		if cmp -s <(normalise "$out") "$want"; then
			ok "uboot-$mode: UART output as $want"
		else
			bad "uboot-$mode: UART output differs from $want:"
			diff <(normalise "$out") "$want" | head -20
		fi
		# dtoc's devices, and those main.c bound at run time (U-Boot's
		# PSCI reset and PL031 drivers, which have no node; -i cannot,
		# see qemu.mk): one "bind: NAME: 0" line each
		n=$(($(devices "$qv/uboot/$mode/gen") + $(grep -c '^bind: .*: 0$' "$out")))
		check "uboot-$mode: $n devices bound and probed" \
			grep -qx "devices: $n bound, $n probed" "$out"
		check "uboot-$mode: U-Boot's serial_pl01x is the console" \
			grep -qx 'console: serial_pl01x (serial seq 0), getinfo 0, type PL01X' "$out"
		check "uboot-$mode: U-Boot's date conversions agree on 4 known dates" \
			grep -qx 'date: 4 of 4 known dates converted both ways' "$out"
		check "uboot-$mode: fw_cfg reads QEMU's signature" \
			grep -qx 'fw_cfg: qemu_fw_cfg_mmio: signature "QEMU", features 0x[0-9a-f]*' "$out"
		check "uboot-$mode: no FAIL line, last line 'ok'" \
			sh -c "! grep -q FAIL '$out' && [ \"\$(tail -n 1 '$out')\" = ok ]"
		if [ $mode = plain ]; then
			secs=$(sed -n 's/^rtc: rtc-pl031: \([0-9]*\) s since 1970$/\1/p' "$out")
			check "uboot-plain: U-Boot's pl031 reads the time (${secs:-nothing})" \
				[ "${secs:-0}" -gt 1700000000 ]
			check "uboot-plain: the UART's clock phandle reaches U-Boot's fixed_clock" \
				grep -qx 'clk: serial_pl01x clocks\[0\] -> idx 0 -> fixed_clock (clk)' "$out"
			check "uboot-plain: U-Boot's PSCI reset and PL031 drivers bound at run time" \
				[ "$(grep -c '^bind: \(psci-sysreset\|rtc-pl031\): 0$' "$out")" = 2 ]
			check "uboot-plain: U-Boot's psci-sysreset answers (-EOPNOTSUPP, -EPROTONOSUPPORT), then powers QEMU off" \
				grep -qx 'sysreset: psci-sysreset: get_status -95, request(SYSRESET_POWER) -93' "$out"
		else
			check "uboot-inst: the nodeless drivers cannot be bound (-ENOENT)" \
				[ "$(grep -c '^bind: .*: -2 (its uclass has no instance with -i)$' "$out")" = 3 ]
		fi
	done
fi

# ---- broken builds ------------------------------------------------------

# The clock driver not linked, plain mode: found at run time, reported on
# the UART, failing exit
log=$qv/nodrv-plain.log
if ! $make --no-print-directory -s BUILD="$build" "$qv/nodrv-plain/fw.elf" \
		> "$log" 2>&1; then
	bad "nodrv-plain: does not build: $(tail -n 3 "$log")"
else
	out=$qv/nodrv-plain/uart.txt
	boot "$qv/nodrv-plain/fw.elf" "$out"
	status=$?
	check "nodrv-plain: failing exit status (not a hang), got $status" \
		[ $status != 0 -a $status != 124 ]
	check "nodrv-plain: the UART names the missing driver" \
		grep -qx "FAIL: no driver 'fixed_clock' linked in (driver_info idx 0)" "$out"
	check "nodrv-plain: the UART says the UART's clock is missing" \
		grep -qx 'FAIL: probe serial_pl01x: -2' "$out"
	check "nodrv-plain: no 'ok'" sh -c "! grep -qx ok '$out'"
fi

# The same with -i: the device records refer to the driver, so the image
# does not link
log=$qv/nodrv-inst.log
if $make --no-print-directory -s BUILD="$build" "$qv/nodrv-inst/fw.elf" \
		> "$log" 2>&1; then
	bad "nodrv-inst: linked without the clock driver"
else
	check "nodrv-inst: link fails, naming the driver" \
		grep -q "undefined reference to \`_u_boot_list_2_driver_2_fixed_clock'" "$log"
fi

# The clock node left out of the trimmed tree: dtoc refuses it
log=$qv/noclk.log
if $make --no-print-directory -s BUILD="$build" "$qv/noclk/fw.elf" \
		> "$log" 2>&1; then
	bad "noclk: built although the UART's clock is not in the tree"
else
	check "noclk: dtoc refuses the dangling clock phandle" \
		grep -qx "dtoc: error: node '/pl011@9000000': property 'clocks' refers to phandle 0x8000, which no node has" "$log"
	check "noclk: no image" [ ! -e "$qv/noclk/fw.elf" ]
fi

# ---- the runtime's configurations: same firmware, other switches ---------

# Each image cfg-NAME is the plain or inst firmware with the runtime (and
# everything else) built with that configuration's switches (QV_CONFIGS,
# doc/runtime.md): it must print what the image of its mode prints; only
# the heap may differ, by the flags table of CONFIG_OF_PLATDATA_RT (4
# bytes per device record of dt-device.c).
read -ra configs <<< "${QV_CONFIGS:-}"
for c in "${configs[@]}"; do
	elf=$qv/cfg-$c/fw.elf
	mode=plain
	case $c in inst-*) mode=inst ;; esac
	if [ ! -f "$elf" ]; then
		bad "cfg-$c: $elf not built"
		continue
	fi
	out=$qv/cfg-$c/uart.txt
	boot "$elf" "$out"
	status=$?
	check "cfg-$c: exit status 0, got $status" [ $status = 0 ]
	check "cfg-$c: prints what the $mode image prints (but the heap line)" \
		cmp -s <(grep -v '^heap: ' "$src/expected/$mode.txt") \
			<(normalise "$out" | grep -v '^heap: ')
	heap=$(sed -n 's/^heap: \([0-9]*\) bytes used$/\1/p' "$src/expected/$mode.txt")
	if grep -q CONFIG_OF_PLATDATA_RT=1 "$qv/cfg-$c/switches.txt" 2>/dev/null; then
		records=$(grep -c '^DM_DEVICE_INST(' "$qv/cfg-$c/gen/dt-device.c")
		heap=$((heap + 4 * records))
	fi
	check "cfg-$c: heap $heap bytes" grep -qx "heap: $heap bytes used" "$out"
done

echo "check-qemu: $pass passed, $fail failed"
[ $fail = 0 ]
