#!/bin/bash
# SPDX-License-Identifier: GPL-2.0+
#
# check-qemu: boot the QEMU virt firmware in both modes and check what it
# prints on the UART, then the broken variants. Run from the top of the
# tree by `make check-qemu` (which builds the two images first), with
# MAKE, BUILD and QEMU (the command line, up to -kernel) in the
# environment. Prints one line per check and "check-qemu: N passed, M
# failed"; exits non-zero if any failed.
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

# boot IMAGE OUT: the UART output (without CRs) in OUT; returns QEMU's
# status: the firmware's, or 124 on a timeout
boot() {
	local status
	# shellcheck disable=SC2086
	timeout "$limit" $qemu "$1" < /dev/null > "$2.raw" 2>&1
	status=$?
	tr -d '\r' < "$2.raw" > "$2"
	return $status
}

# The RTC's seconds vary: compare the rest byte for byte
normalise() {
	sed -E 's/^(rtc: .*: )[0-9]+ s/\1N s/' "$1"
}

for mode in plain inst; do
	elf=$qv/$mode/fw.elf
	out=$qv/$mode/uart.txt
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
	if cmp -s <(normalise "$out") "$src/expected/$mode.txt"; then
		ok "$mode: UART output as $src/expected/$mode.txt"
	else
		bad "$mode: UART output differs from $src/expected/$mode.txt:"
		diff <(normalise "$out") "$src/expected/$mode.txt" | head -20
	fi
	check "$mode: every device bound and probed" \
		grep -qx 'devices: 5 bound, 5 probed' "$out"
	check "$mode: 5 devices in the tree, all probed" \
		[ "$(grep -c '^ [a-z]* *[0-9]*  \[ + \]' "$out")" = 5 ]
	check "$mode: every clock phandle resolves to the apb-pclk device" \
		[ "$(grep -c '^phandle: .* -> idx 0 -> fixed_clock (clk) clk24mhz, 24000000 Hz$' "$out")" = 4 ]
	secs=$(sed -n 's/^rtc: rtc_pl031: \([0-9]*\) s since 1970$/\1/p' "$out")
	check "$mode: RTC reads non-zero (${secs:-nothing})" \
		[ "${secs:-0}" -gt 0 ]
	check "$mode: GPIO line written and read back" \
		grep -qx 'gpio: line 0 set 0 read 0' "$out"
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

# ---- broken variants ----------------------------------------------------

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

echo "check-qemu: $pass passed, $fail failed"
[ $fail = 0 ]
