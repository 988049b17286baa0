#!/bin/bash
# The record sizes of --report (resolve/size.c) against the compiler:
# each case below is generated, its .c files compiled for ILP32
# (arm-none-eabi-gcc, 32-bit arm EABI) and LP64 (aarch64-linux-gnu-gcc,
# and the host's gcc on x86-64), and every data symbol nm -S lists must
# be a record the report names, with the size it gives (or a record it
# calls unknown: a driver's struct), and every record it names must be
# there. The report's totals must add up to the symbols' sizes.
#
# Usage: tests/sizes.sh DTOC
# An ABI whose compiler is missing is skipped with a message.
# SIZES_COMPILERS="cc:ilp32 cc:lp64 ..." picks other compilers.
set -u

dtoc=$1
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
build=$(dirname "$dtoc")/sizes
rm -rf "$build"
mkdir -p "$build"
for tool in jq dtc; do
	command -v "$tool" > /dev/null ||
		{ echo "sizes: error: $tool is missing (tests/deps.sh installs it)"; exit 1; }
done

# Plain and -i, phandle arrays (0, 1 and 2 args), 64-bit reg, strings,
# bools, byte arrays, widened members, driver plat/priv structs,
# bindings-typed members (int16, uint64), board variants (a dtv_ record
# per set of values: checked by the sum of their sizes)
cases="phandles phandles-inst reg-cells reg-cells-inst props-basic
props-basic-inst widen widen-inst aliases-inst drivers inst-structs
node-names-inst bindings-types bindings-types-inst empty empty-inst
variant-family variant-family-inst"

# compiler:ABI (the ABI's key in the report); SIZES_COMPILERS overrides
compilers=${SIZES_COMPILERS:-"arm-none-eabi-gcc:ilp32 aarch64-linux-gnu-gcc:lp64 gcc:lp64"}

pass=0
fail=0
bad() {
	echo "FAIL $*"
	fail=$((fail + 1))
}

# The symbols the report accounts for, for ABI $2: "symbol size" lines,
# "?" for a size it calls unknown
expected() {
	jq -r --arg abi "$2" '
		(.nodes[] | .name as $n | .size as $s |
		 (if $s[$abi].plat != null then "dtv_\($n) \($s[$abi].plat)"
		  else empty end),
		 (if $s[$abi].driver_info != null then
		   "_u_boot_list_2_driver_info_2_\($n) \($s[$abi].driver_info)"
		  else empty end),
		 (if $s[$abi].udevice != null then
		   "_u_boot_list_2_udevice_2_\($n) \($s[$abi].udevice)"
		  else empty end),
		 ($s.unknown[] | "\(.symbol) ?")),
		(.size.uclasses // [] | .[] |
		 "_u_boot_list_2_uclass_2_\(.name) \(.[$abi].uclass)",
		 (.unknown[] | "\(.symbol) ?"))' "$1" | sort
}

# What the report's totals for ABI $2 say the known records add up to
report_total() {
	jq -r --arg abi "$2" '.size[$abi].total' "$1"
}

# With --variant: the dtv_ records add up to the report's plat total and
# each node's list entry has its size ($3: the symbols)
variant_sums() {
	local report=$1 abi=$2 have=$3 plat rec key
	plat=$(awk '$1 ~ /^dtv_/ { s += $2 } END { print s + 0 }' "$have")
	[ "$plat" = "$(jq -r --arg abi "$abi" '.size[$abi].plat' "$report")" ] ||
		{ echo "dtv_ records add up to $plat, report's plat $(jq -r --arg abi "$abi" '.size[$abi].plat' "$report")"; return; }
	key=$(jq -r 'if .instantiate then "udevice" else "driver_info" end' "$report")
	rec=$(awk -v k="_u_boot_list_2_${key}_2_" 'index($1, k) == 1 { s += $2 } END { print s + 0 }' "$have")
	[ "$rec" = "$(jq -r --arg abi "$abi" --arg k "$key" '.size[$abi][$k]' "$report")" ] ||
		echo "$key records add up to $rec, report's $(jq -r --arg abi "$abi" --arg k "$key" '.size[$abi][$k]' "$report")"
}

# The data symbols of the objects $2..., "symbol size" (nm $1); a
# zero-sized object has no size column. uclass_head is the ring's head,
# no node's or uclass's record.
symbols() {
	local nm=$1 a b c d
	shift
	"$nm" -S --defined-only "$@" | while read -r a b c d; do
		if [ -n "$d" ]; then
			[[ $c == [bBdDrR] ]] && echo "$d $((16#$b))"
		else
			[[ $b == [bBdDrR] ]] && echo "$c 0"
		fi
	done | grep -v '^uclass_head ' | sort
}

for spec in $compilers; do
	cc=${spec%%:*}
	abi=${spec##*:}
	nm=${cc%gcc}nm
	if ! command -v "$cc" > /dev/null || ! command -v "$nm" > /dev/null; then
		echo "sizes: SKIP $abi with $cc: not installed (tests/deps.sh)"
		continue
	fi
	if [ "$cc" = gcc ] && [ "$(gcc -dumpmachine)" != x86_64-linux-gnu ]; then
		echo "sizes: SKIP $abi with gcc: the host is $(gcc -dumpmachine), not x86-64"
		continue
	fi
	# freestanding: the compiler's own headers, no C library
	cflags=(-std=gnu11 -O2 -ffreestanding -nostdinc
		-isystem "$("$cc" -print-file-name=include)"
		-Isrc/runtime/include -Itestdata/src/include
		-Itestdata/src/arch/sandbox/include)
	for name in $cases; do
		dir=testdata/cases/$name
		work=$build/$name
		args=()
		[ -f "$dir/args" ] && read -r -a args < "$dir/args"
		[ ${#args[@]} -gt 0 ] && args=("${args[@]//@CASE@/$dir}")
		[ ${#args[@]} -gt 0 ] && args=("${args[@]//@WORK@/$work}")
		dtc_flags=()
		[ -f "$dir/dtc-flags" ] && read -r -a dtc_flags < "$dir/dtc-flags"
		mkdir -p "$work"
		if [ ! -f "$work/report.json" ]; then
			dtc -q ${dtc_flags[@]+"${dtc_flags[@]}"} -I dts -O dtb \
				-o "$work/input.dtb" "$dir/input.dts" ||
				{ bad "$name: dtc"; continue; }
			for o in "$dir"/*.dtso; do
				[ -f "$o" ] || continue
				dtc -q -@ -I dts -O dtb \
					-o "$work/$(basename "$o" .dtso).dtbo" "$o" ||
					{ bad "$name: dtc $o"; continue 2; }
			done
			if ! "$dtoc" -s testdata/src -d "$work/input.dtb" \
				${args[@]+"${args[@]}"} -c "$work/gen" \
				-C "$work/gen/generated" --report "$work/report.json" \
				all 2> "$work/stderr"; then
				bad "$name: dtoc: $(head -n1 "$work/stderr")"
				continue
			fi
		fi
		objs=()
		for c in "$work"/gen/dt-*.c; do
			o=$work/$(basename "$c" .c).$cc.o
			if ! "$cc" "${cflags[@]}" -I"$work/gen" -c "$c" -o "$o" \
				2> "$o.log"; then
				bad "$name ($cc): $(grep -m1 error "$o.log")"
				continue 2
			fi
			objs+=("$o")
		done
		symbols "$nm" "${objs[@]}" > "$work/have.$cc"
		total=$(report_total "$work/report.json" "$abi")
		if jq -e .variants "$work/report.json" > /dev/null; then
			# a node's records for each variant, and the tables the
			# runtime picks from: the plat records by their sum
			problem=$(variant_sums "$work/report.json" "$abi" \
				"$work/have.$cc")
			known=$total
		else
			expected "$work/report.json" "$abi" > "$work/want.$cc"
			# the same symbols; unknown sizes match any size
			problem=$(join -a1 -a2 -e MISSING -o 0,1.2,2.2 \
				"$work/want.$cc" "$work/have.$cc" | awk '
				$2 == "MISSING" { print $1 ": in the object, not in the report"; exit }
				$3 == "MISSING" { print $1 ": in the report, not in the object"; exit }
				$2 != "?" && $2 != $3 { print $1 ": report " $2 ", nm -S " $3; exit }')
			known=$(join "$work/want.$cc" "$work/have.$cc" |
				awk '$2 != "?" { s += $3 } END { print s + 0 }')
		fi
		if [ -n "$problem" ]; then
			bad "$name $abi ($cc): $problem"
		elif [ "$known" != "$total" ]; then
			bad "$name $abi ($cc): report's total $total, symbols of known size add up to $known"
		else
			pass=$((pass + 1))
		fi
	done
done

# tests/sizes-board.sh, which reads real builds' nm -S: it agrees with
# the right ABI's figures and fails on the other's
board_check() {
	local name=$1 cc=$2 right=$3 wrong=$4 nm=${2%gcc}nm
	local objs=("$build/$name"/dt-*."$cc".o)

	[ -f "${objs[0]}" ] || return 0
	"$nm" -S "${objs[@]}" > "$build/$name/nm.$cc"
	if ! tests/sizes-board.sh "$build/$name/report.json" \
		"$build/$name/nm.$cc" "$right" > "$build/$name/board.$right"; then
		bad "sizes-board.sh $name $right: $(cat "$build/$name/board.$right")"
	elif tests/sizes-board.sh "$build/$name/report.json" \
		"$build/$name/nm.$cc" "$wrong" > /dev/null; then
		bad "sizes-board.sh $name: $wrong figures accepted for $cc"
	else
		pass=$((pass + 1))
	fi
}
board_check aliases-inst arm-none-eabi-gcc ilp32 lp64
board_check phandles aarch64-linux-gnu-gcc lp64 ilp32

echo "sizes: $pass passed, $fail failed (case x compiler: every record's nm -S size)"
[ "$fail" = 0 ]
