#!/bin/bash
# The record sizes of a dtoc --report against a finished build's symbols:
# for each record the report names (dtv_ plat structs, driver_info,
# udevice and uclass list entries, and the .priv_data arrays it calls
# unknown), the size nm -S gives it in the build. Reads a build; builds
# nothing. doc/diff.md has the results on U-Boot boards.
#
# Usage: tests/sizes-board.sh REPORT.json NM-OUTPUT ilp32|lp64
#   NM-OUTPUT: `nm -S` of the linked phase (u-boot-spl, u-boot-tpl),
#   or of its dt-*.o objects
# Prints one line per kind: records, found in the build, same size, and
# the differences; exit 1 if a known size differs.
set -u

report=$1
nmout=$2
abi=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# kind symbol size ("?" for unknown)
jq -r --arg abi "$abi" '
	(.nodes[] | .name as $n | .size as $s |
	 (if $s[$abi].plat != null then "plat dtv_\($n) \($s[$abi].plat)"
	  else empty end),
	 (if $s[$abi].driver_info != null then
	   "driver_info _u_boot_list_2_driver_info_2_\($n) \($s[$abi].driver_info)"
	  else empty end),
	 (if $s[$abi].udevice != null then
	   "udevice _u_boot_list_2_udevice_2_\($n) \($s[$abi].udevice)"
	  else empty end),
	 ($s.unknown[] | "unknown_\(.what) \(.symbol) ?")),
	(.size.uclasses // [] | .[] |
	 "uclass _u_boot_list_2_uclass_2_\(.name) \(.[$abi].uclass)",
	 (.unknown[] | "unknown_uclass_inst_priv \(.symbol) ?"))' "$report" |
	awk '{ print $2, $1, $3 }' | sort > "$tmp/want"

# symbol size; LTO's local renames (dtv_x.lto_priv.0) back to the name
while read -r a b c d; do
	if [ -n "$d" ]; then
		echo "${d%%.*} $((16#$b))"
	elif [[ $b =~ ^[bBdDrR]$ ]]; then
		echo "${c%%.*} 0"
	fi
done < "$nmout" | sort -u > "$tmp/have"

join -a1 -e MISSING -o 0,1.2,1.3,2.2 "$tmp/want" "$tmp/have" | awk '
	{
		kind = $2; n[kind]++
		if ($4 == "MISSING") { miss[kind]++; next }
		found[kind]++
		if ($3 == "?") { bytes[kind] += $4; next }
		if ($3 == $4) { same[kind]++; next }
		diff[kind]++
		if (!(kind in ex))
			ex[kind] = $1 ": dtoc " $3 ", build " $4
		bad = 1
	}
	END {
		printf "%-26s %7s %7s %7s %s\n", "kind", "records", "found",
			"same", "differences / bytes of unknown size"
		for (k in n) {
			extra = k ~ /^unknown/ ? bytes[k] + 0 " bytes" : \
				diff[k] + 0 (diff[k] ? " (" ex[k] ")" : "")
			printf "%-26s %7d %7d %7s %s\n", k, n[k], found[k] + 0,
				k ~ /^unknown/ ? "-" : same[k] + 0, extra
		}
		exit bad
	}' | { read -r head; echo "$head"; sort; }
exit "${PIPESTATUS[1]}"
