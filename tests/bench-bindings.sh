#!/bin/bash
# What --bindings costs: dtoc on one blob and source tree, without and
# with --bindings, side by side, RUNS rounds each (alternating, so that a
# change in the machine's load hits both alike), cold and warm (--cache,
# which keeps what the binding files say); then the index alone (a blob
# without nodes: every file indexed, none read in full), cold and warm.
#
# Usage: tests/bench-bindings.sh DTOC BLOB SRCTREE BINDINGS_DIR...
#   RUNS (default 9) rounds; prints each run's median and best wall time
#   and its peak memory.
# E.g. with U-Boot's 5,500 bindings and an SPL blob:
#   tests/bench-bindings.sh build/dtoc spl/u-boot-spl.dtb ~/u-boot \
#       ~/u-boot/dts/upstream/Bindings bindings
set -eu

if [ $# -lt 4 ]; then
	echo "usage: $0 DTOC BLOB SRCTREE BINDINGS_DIR..." >&2
	exit 2
fi
dtoc=$1
blob=$2
src=$3
shift 3
runs=${RUNS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bindings=()
for d in "$@"; do
	bindings+=(--bindings "$d")
done
printf '/dts-v1/;\n/ { };\n' > "$work/empty.dts"
dtc -q -I dts -O dtb -o "$work/empty.dtb" "$work/empty.dts"
# the caches, made once (a file changed in the last 2 s is not kept)
"$dtoc" -s "$src" -d "$blob" --cache "$work/plain.cache" -o /dev/null all \
	2> /dev/null
"$dtoc" -s "$src" -d "$blob" "${bindings[@]}" --cache "$work/bind.cache" \
	-o /dev/null all 2> /dev/null
"$dtoc" -s "$work" -d "$work/empty.dtb" "${bindings[@]}" \
	--cache "$work/index.cache" -o /dev/null all 2> /dev/null

# name, then the command; one "ms maxrss_kb" line per run in $work/name
run() {
	local name=$1
	shift
	/usr/bin/time -f '%e %M' -o "$work/t" "$@" > /dev/null 2>&1 || {
		echo "$name: dtoc failed: $*" >&2
		exit 1
	}
	awk '{ printf "%d %d\n", $1 * 1000, $2 }' "$work/t" >> "$work/$name"
}

for ((i = 0; i < runs; i++)); do
	run plain "$dtoc" -s "$src" -d "$blob" -o /dev/null all
	run bindings "$dtoc" -s "$src" -d "$blob" "${bindings[@]}" \
		-o /dev/null all
	run index-only "$dtoc" -s "$work" -d "$work/empty.dtb" \
		"${bindings[@]}" -o /dev/null all
	run plain-warm "$dtoc" -s "$src" -d "$blob" \
		--cache "$work/plain.cache" -o /dev/null all
	run bind-warm "$dtoc" -s "$src" -d "$blob" "${bindings[@]}" \
		--cache "$work/bind.cache" -o /dev/null all
	run index-warm "$dtoc" -s "$work" -d "$work/empty.dtb" \
		"${bindings[@]}" --cache "$work/index.cache" -o /dev/null all
done

files=0
for d in "$@"; do
	files=$((files + $(find "$d" -name '*.yaml' | wc -l)))
done
echo "$runs runs; $files binding files in: $*"
printf '%-12s %10s %8s %11s\n' run median_ms best_ms maxrss_kb
for name in plain bindings index-only plain-warm bind-warm index-warm; do
	sort -n "$work/$name" | awk -v name="$name" '
		{ ms[NR] = $1; if ($2 > rss) rss = $2 }
		END { printf "%-12s %10d %8d %11d\n", name,
		      ms[int((NR + 1) / 2)], ms[1], rss }'
done
