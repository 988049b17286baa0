#!/bin/bash
# make bench: how fast dtoc scans a source tree, next to the floor (a
# bare parallel read of the same files: tests/bench/floor.c), and how it
# grows with the devicetree. Figures are medians of runs taken in turn
# (so that a change in the machine's load hits all alike); what matters
# is the ratios.
#
# Usage: tests/bench/bench.sh DTOC BENCHDIR
#   BENCHDIR holds the tools built by make (gentree, floor, timeit); the
#   generated trees are kept there and built once.
# Environment:
#   RUNS=15            runs of each command (timed in turn)
#   SRCTREE=DIR        also a real tree, e.g. U-Boot's
#   DTB=FILE           its blob (default: U-Boot's dtoc_test_simple.dts,
#                      compiled); with -p spl and -i as sandbox_spl does
#   REF_DTOC="CMD"     U-Boot's dtoc, e.g. "/usr/bin/python3
#                      SRCTREE/tools/dtoc/dtoc": timed on SRCTREE (which
#                      must be the tree it lives in), on the generated
#                      tree and on the small trees of the node scaling
#   REF_RUNS=3         its runs
#   REF_NODES_MAX=400  the largest node count to give it (it is quadratic)
#   BINDINGS=DIR       the dt-schema bindings for SRCTREE's --bindings rows
#                      (default: SRCTREE/dts/upstream/Bindings): cold,
#                      and warm (--cache) next to a warm run without
#   NODES="50 100 200 400 1000 2000 5000"
#   KCONFIG=FILE       a .config for SRCTREE (e.g. sandbox_spl's): times
#                      --config, whole runs with and without it, and the
#                      Makefile evaluation alone (kbquery, next to DTOC) on
#                      the files the run uses
set -eu

dtoc=$(realpath "$1")
ktop=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(realpath "$2")
runs=${RUNS:-15}
ref_runs=${REF_RUNS:-3}
ref_nodes_max=${REF_NODES_MAX:-400}
nodes=${NODES:-50 100 200 400 1000 2000 5000}
read -r -a ref <<< "${REF_DTOC:-}"
work=$dir/work
rm -rf "$work"
mkdir -p "$work"
cd "$work"

cores=$(nproc)
model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo "machine: $cores cores ($model), $(uname -sr)"
echo "dtoc: $dtoc; $runs runs of each command, in turn; medians"

# --- the generated trees, built once (again if gentree changed) -------
if [ ! -f "$dir/tree.stamp" ] || [ "$dir/gentree" -nt "$dir/tree.stamp" ]; then
	echo "generating the trees under $dir ..."
	rm -rf "$dir/tree" "$dir/small"
	"$dir/gentree" tree "$dir/tree"
	"$dir/gentree" small "$dir/small"
	# a file changed in the last 2 s is not cached (see cache.c): let
	# the first cached run keep them all
	sleep 2
	touch "$dir/tree.stamp"
fi
dtc -q -I dts -O dtb -o bench.dtb "$dir/tree/bench.dts"

# The reference scans the tree it is run from: give it a tools/dtoc
# that leads to itself (a link, which neither dtoc follows).
ref_in() {
	local tree=$1
	[ ${#ref[@]} -gt 0 ] || return 0
	local script=${ref[${#ref[@]} - 1]}
	mkdir -p "$tree/tools"
	ln -sfn "$(dirname "$(realpath "$script")")" "$tree/tools/dtoc"
	echo "${ref[*]:0:${#ref[@]}-1} $tree/tools/dtoc/dtoc"
}

# timeit RUNS NAME=CMD...: fills med[NAME] cpu[NAME] rss[NAME]
declare -A med cpu rss
timed() {
	local n=$1 name ms best c kb fails
	shift
	while read -r name ms best c kb fails; do
		med[$name]=$ms cpu[$name]=$c rss[$name]=$kb
		if [ "$fails" != 0 ]; then
			echo "bench: '$name' failed $fails times" >&2
			exit 1
		fi
	done < <("$dir/timeit" "$n" "$@")
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

row() { # LABEL NAME [BASE]
	local r=""
	[ $# -gt 2 ] && r=$(ratio "${med[$2]}" "${med[$3]}")
	printf "  %-30s %9s %9s %9s %8s\n" "$1" "${med[$2]}" "${cpu[$2]}" \
		"${rss[$2]}" "$r"
}

header() {
	printf "  %-30s %9s %9s %9s %8s\n" "" "wall ms" "cpu ms" "peak KB" \
		"$1"
}

same_output() { diff -r "$1" "$2" > /dev/null && echo yes || echo NO; }

# One tree: floor and dtoc, cold and warm, with -i and without.
scan_table() { # TITLE TREE DTB [FLAGS...]
	local title=$1 tree=$2 dtb=$3
	shift 3
	local d="$dtoc -s $tree -d $dtb $*"
	rm -f cache-i cache-p
	$d -i -c gen -C gen --cache cache-i all 2> /dev/null
	$d -c gen -C gen --cache cache-p all 2> /dev/null
	timed "$runs" \
		"floor=$dir/floor $tree" \
		"cold=$d -i -c out-i -C out-i all" \
		"warm=$d -i -c out-i -C out-i --cache cache-i all" \
		"floor_c=$dir/floor -c $tree" \
		"plain=$d -c out-p -C out-p all" \
		"plain_warm=$d -c out-p -C out-p --cache cache-p all"
	echo
	echo "$title"
	header "/ floor"
	row "floor: read .c and .h" floor floor
	row "dtoc -i, cold" cold floor
	row "dtoc -i, warm (--cache)" warm floor
	row "floor: read .c only" floor_c floor_c
	row "dtoc (no -i), cold" plain floor_c
	row "dtoc (no -i), warm (--cache)" plain_warm floor_c
}

# The reference's run (in ref-out) next to dtoc's (in out-i).
ref_rows() { # REF-COMMAND...
	timed "$ref_runs" "ref=$*"
	row "U-Boot's dtoc -i" ref
	echo "  U-Boot's dtoc takes $(ratio "${med[ref]}" "${med[cold]}")x the" \
		"time of dtoc -i cold, $(ratio "${med[ref]}" "${med[warm]}")x" \
		"warm; $(ratio "${rss[ref]}" "${rss[cold]}")x its memory"
	echo "  same output as U-Boot's dtoc: $(same_output ref-out out-i)"
}

# The reference next to dtoc on one tree, with -i.
ref_table() { # TREE DTB [FLAGS...]
	local tree=$1 dtb=$2
	shift 2
	local r
	r=$(ref_in "$tree")
	rm -rf ref-out
	ref_rows "$r -d $dtb $* -i -c ref-out -C ref-out all"
}

tree=$dir/tree
echo
echo "generated tree: $(find "$tree" -name '*.c' | wc -l) .c," \
	"$(find "$tree" -name '*.h' | wc -l) .h," \
	"$(find "$tree" \( -name '*.c' -o -name '*.h' \) -print0 |
	   du -cb --files0-from=- | tail -1 | cut -f1 | awk '{ printf "%.0f", $1 / 1e6 }') MB," \
	"$(find "$tree" -type f | wc -l) files in all"
scan_table "generated tree, bench.dts (40 devices):" "$tree" bench.dtb
[ ${#ref[@]} -gt 0 ] && ref_table "$tree" bench.dtb

# dtoc diff of two blobs next to one run on one of them: the tree is
# scanned once for both, so it must cost at most 2x (issue 20).
diff_table() { # TITLE TREE DTB [FLAGS...]
	local title=$1 tree=$2 dtb=$3
	shift 3
	# the second blob: the first with a node added
	dtc -q -I dtb -O dts "$dtb" 2> /dev/null |
		sed '$d' > diff-new.dts
	printf '\tdiff-bench-added {\n\t\tmodel = "x";\n\t};\n};\n' >> diff-new.dts
	dtc -q -I dts -O dtb -o diff-new.dtb diff-new.dts
	timed "$runs" "one=$dtoc -s $tree -d $dtb $* --check all" \
		"diff=$dtoc diff --fail-on=new-warnings -s $tree $* $dtb diff-new.dtb"
	echo "$title"
	header "/ one run"
	row "dtoc --check (one run)" one one
	row "dtoc diff (two blobs)" diff one
	echo "  dtoc diff costs $(ratio "${med[diff]}" "${med[one]}")x one run (target: at most 2x)"
}
diff_table "dtoc diff, generated tree, bench.dts, -i:" "$tree" bench.dtb -i

if [ -n "${SRCTREE:-}" ]; then
	src=$(realpath "$SRCTREE")
	dtb=${DTB:-}
	if [ -z "$dtb" ]; then
		dtc -q -I dts -O dtb -o simple.dtb \
			"$src/tools/dtoc/test/dtoc_test_simple.dts"
		dtb=simple.dtb
	fi
	dtb=$(realpath "$dtb")
	scan_table "real tree $src, $(basename "$dtb"), -p spl:" "$src" \
		"$dtb" -p spl
	diff_table "dtoc diff, real tree, $(basename "$dtb"), -p spl -i:" \
		"$src" "$dtb" -p spl -i
	# the reference must be the one living in SRCTREE
	[ ${#ref[@]} -gt 0 ] && ref_rows "${ref[*]} -d $dtb -p spl -i -c ref-out -C ref-out all"
	# --bindings over U-Boot's dt-schema files (more: tests/bench-bindings.sh)
	# and kept in the --cache file: a warm run with --bindings next
	# to a warm run without
	bdir=${BINDINGS:-$src/dts/upstream/Bindings}
	if [ -d "$bdir" ]; then
		rm -f cache-b cache-nb
		"$dtoc" -s "$src" -d "$dtb" -p spl --bindings "$bdir" \
			--cache cache-b -c out-b -C out-b all 2> /dev/null
		"$dtoc" -s "$src" -d "$dtb" -p spl --cache cache-nb \
			-c out-b -C out-b all 2> /dev/null
		timed "$runs" "nobind=$dtoc -s $src -d $dtb -p spl -c out-b -C out-b all" \
			"bind=$dtoc -s $src -d $dtb -p spl --bindings $bdir -c out-b -C out-b all" \
			"nobind_warm=$dtoc -s $src -d $dtb -p spl --cache cache-nb -c out-b -C out-b all" \
			"bind_warm=$dtoc -s $src -d $dtb -p spl --bindings $bdir --cache cache-b -c out-b -C out-b all"
		echo "--bindings $bdir ($(find "$bdir" -name '*.yaml' | wc -l) files):"
		header "/ without"
		row "dtoc (no -i), cold" nobind nobind
		row "dtoc (no -i), --bindings" bind nobind
		row "dtoc (no -i), warm (--cache)" nobind_warm nobind_warm
		row "dtoc (no -i), warm, --bindings" bind_warm nobind_warm
	fi
fi

# --- --config: reading the Makefiles ---------------------------------
kbq=$(dirname "$dtoc")/kbquery
kb_table() { # TITLE TREE DTB CONFIG [FLAGS...]
	local title=$1 tree=$2 dtb=$3 cfg=$4
	shift 4
	"$dtoc" -s "$tree" -d "$dtb" --config "$cfg" "$@" --check \
		--report kb.json all 2> /dev/null || true
	local files
	files=$(jq -r --arg t "$tree/" '[.drivers[], .uclasses[]] |
		unique_by(.file)[] | .file | ltrimstr($t)' kb.json | tr '\n' ' ')
	timed "$runs" "nocfg=$dtoc -s $tree -d $dtb $* --check all" \
		"cfg=$dtoc -s $tree -d $dtb $* --config $cfg --check all" \
		"kbq=$kbq $tree $cfg spl $files" \
		"kbq0=$kbq $tree $cfg spl"
	echo "$title"
	echo "  $(echo "$files" | wc -w) used files, $("$kbq" "$tree" "$cfg" spl $files 2>&1 >/dev/null | sed 's/kbquery: //')"
	header "/ without"
	row "dtoc --check" nocfg nocfg
	row "dtoc --check --config" cfg nocfg
	row "Makefiles alone (kbquery)" kbq
	row "kbquery, no files (start-up)" kbq0
}
if [ -x "$kbq" ] && command -v jq > /dev/null; then
	kcase=$ktop/testdata/cases/kbuild-built
	dtc -q -I dts -O dtb -o kb.dtb "$kcase/input.dts"
	kb_table "--config on testdata/src (its own Makefiles), -p spl:" \
		"$ktop/testdata/src" "$(realpath kb.dtb)" "$kcase/config" -p spl
	if [ -n "${SRCTREE:-}" ] && [ -n "${KCONFIG:-}" ]; then
		kb_table "--config on $src, $(basename "$dtb"), -p spl -i:" \
			"$src" "$dtb" "$(realpath "$KCONFIG")" -p spl -i
	fi
fi

# --- growth with the devicetree --------------------------------------
echo
echo "node scaling: N nodes, 1000 per compatible, on a small tree, -i:"
printf "  %8s %10s %10s %10s %12s %8s\n" nodes "wall ms" "us/node" \
	"peak KB" "U-Boot's ms" "ref / x"
small=$dir/small
r=$(ref_in "$small")
for n in $nodes; do
	"$dir/gentree" nodes "$n" > "n$n.dts"
	dtc -q -I dts -O dtb -o "n$n.dtb" "n$n.dts"
	timed 5 "n=$dtoc -s $small -d n$n.dtb -i -c nout -C nout all"
	refms="" x=""
	if [ -n "$r" ] && [ "$n" -le "$ref_nodes_max" ]; then
		timed 1 "ref=$r -d n$n.dtb -i -c rout -C rout all"
		refms=${med[ref]}
		x="$(ratio "$refms" "${med[n]}")"
		[ "$(same_output rout nout)" = yes ] || x="$x (DIFFERS)"
	fi
	printf "  %8s %10s %10s %10s %12s %8s\n" "$n" "${med[n]}" \
		"$(awk -v t="${med[n]}" -v n="$n" 'BEGIN { printf "%.1f", t * 1000 / n }')" \
		"${rss[n]}" "$refms" "$x"
done

# --- many warnings ----------------------------------------------------
# Each warning is kept once (a set of those seen): linear, where a
# comparison with every earlier one made 10,000 warnings cost ~0.5 s.
echo
echo "warnings: N nodes no driver matches, one warning each, on a small tree:"
printf "  %8s %10s %10s %12s\n" warnings "wall ms" "cpu ms" "us/warning"
for n in ${WARNINGS:-1000 10000}; do
	"$dir/gentree" warnings "$n" > "w$n.dts"
	dtc -q -I dts -O dtb -o "w$n.dtb" "w$n.dts"
	got=$("$dtoc" -s "$small" -d "w$n.dtb" -o /dev/null all 2>&1 | grep -c warning || true)
	if [ "$got" != "$n" ]; then
		echo "bench: $got warnings for w$n.dtb, not $n" >&2
		exit 1
	fi
	timed 5 "w=$dtoc -s $small -d w$n.dtb -o /dev/null all"
	printf "  %8s %10s %10s %12s\n" "$n" "${med[w]}" "${cpu[w]}" \
		"$(awk -v t="${med[w]}" -v n="$n" 'BEGIN { printf "%.1f", t * 1000 / n }')"
done
