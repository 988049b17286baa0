#!/bin/bash
# Seed corpora for the fuzz targets, derived from testdata (nothing here
# is committed: it is made again from what testdata holds now).
#   blob:   every case's devicetree, compiled with dtc, and the blobs
#           dtc cannot make (testdata/cases/*/input.dtb)
#   source: every .c and .h of testdata/src and the cases' own trees
#   yaml:   bindings/ and every case's bindings
#   cache:  the scan caches dtoc writes for testdata/src, plain and -i,
#           for a case's own tree, and with --bindings (the bindings'
#           section)
#   report: --report of each testdata/diff case's old and new blob, the
#           two joined by a NUL (fuzz_report's input)
# Usage: tests/fuzz/seeds.sh DTOC OUTDIR
set -u

dtoc=$1
out=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$out"
mkdir -p "$out/blob" "$out/source" "$out/yaml" "$out/cache" "$out/report"

# a name for a copy: its path with / turned into _
flat() { echo "$1" | tr / _; }

for dts in "$top"/testdata/cases/*/input.dts "$top"/testdata/example/*.dts \
	   "$top"/testdata/cli/*.dts; do
	rel=${dts#"$top"/testdata/}
	dtc -q -f -I dts -O dtb -o "$out/blob/$(flat "$rel").dtb" "$dts" \
		2> /dev/null || rm -f "$out/blob/$(flat "$rel").dtb"
done
for dtb in "$top"/testdata/cases/*/input.dtb; do
	[ -f "$dtb" ] && cp "$dtb" "$out/blob/$(flat "${dtb#"$top"/testdata/}")"
done

while IFS= read -r -d '' f; do
	cp "$f" "$out/source/$(flat "${f#"$top"/testdata/}")"
done < <(find "$top/testdata/src" "$top"/testdata/cases/*/src -type f \
	\( -name '*.c' -o -name '*.h' \) -print0 2> /dev/null)

while IFS= read -r -d '' f; do
	cp "$f" "$out/yaml/$(flat "${f#"$top"/}")"
done < <(find "$top/bindings" "$top"/testdata/cases/*/bindings -type f \
	-name '*.yaml' -print0 2> /dev/null)

work=$out/cache-work
mkdir -p "$work"
dtc -q -I dts -O dtb -o "$work/board.dtb" "$top/testdata/example/board.dts"
n=0
for args in "-s $top/testdata/src" "-s $top/testdata/src -i" \
	    "-s $top/testdata/cases/scan-dup-driver/src" \
	    "-s $top/testdata/src -s $top/testdata/cases/scan-unicode/src" \
	    "-s $top/testdata/src --bindings $top/bindings --bindings $top/testdata/cases/bindings-types/bindings"; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	"$dtoc" $args -d "$work/board.dtb" --cache "$work/cache" --check all \
		> /dev/null 2>&1
	# (files changed in the last 2 s would be left out: testdata's
	# are older)
	[ -f "$work/cache" ] && mv "$work/cache" "$out/cache/cache-$n"
done
rm -rf "$work"

work=$out/report-work
mkdir -p "$work"
for d in "$top"/testdata/diff/*/; do
	args=()
	[ -f "$d/args" ] && read -r -a args < "$d/args"
	for side in old new; do
		dtc -q -I dts -O dtb -o "$work/$side.dtb" "$d/$side.dts" &&
		"$dtoc" -s "$top/testdata/src" ${args[@]+"${args[@]}"} \
			-d "$work/$side.dtb" --check --report "$work/$side.json" \
			all > /dev/null 2>&1
	done
	{ cat "$work/old.json"; printf '\0'; cat "$work/new.json"; } \
		> "$out/report/$(basename "$d")"
done
rm -rf "$work"
for h in blob source yaml cache report; do
	echo "  SEEDS   $h: $(find "$out/$h" -type f | wc -l) files"
done
