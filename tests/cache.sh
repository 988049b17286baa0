#!/bin/bash
# The scan gives the same result however it runs: with 1 or N threads
# (DTOC_JOBS), and with or without the scan cache (--cache), cold, warm,
# after files change, appear or go, and when the cache file is corrupt,
# foreign or cannot be written. "The same" is: the files written, the
# messages on stderr and the exit status.
# Usage: tests/cache.sh DTOC
set -u

dtoc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(dirname "$dtoc")/cache-test
rm -rf "$work"
mkdir -p "$work"
cd "$work" || exit 1
dtc -q -I dts -O dtb -o board.dtb "$top/testdata/example/board.dts" || exit 1

pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# run NAME ARGS...: dtoc's outputs, stderr and status, kept in run-NAME/
run() {
	local name=$1
	shift
	rm -rf "run-$name"
	mkdir -p "run-$name/out"
	"$dtoc" "$@" -c "run-$name/out" -C "run-$name/out" all \
		2> "run-$name/stderr" > /dev/null
	echo $? > "run-$name/status"
}

# same A B [WHAT]: the two runs agree
same() {
	if diff -r "run-$1" "run-$2" > "diff-$1-$2" 2>&1; then
		ok
	else
		bad "${3:-$1 vs $2}: $(head -c 400 "diff-$1-$2")"
	fi
}

# warned NAME PATTERN: the run's stderr holds PATTERN
warned() {
	if grep -q -- "$2" "run-$1/stderr"; then
		ok
	else
		bad "$1: stderr lacks '$2': $(head -c 300 "run-$1/stderr")"
	fi
}

quiet() {
	if grep -q "scan cache" "run-$1/stderr"; then
		bad "$1: unexpected: $(grep "scan cache" "run-$1/stderr")"
	else
		ok
	fi
}

# A tree where order matters: testdata/src, plus directories that
# redefine its drivers and structs (later ones replace earlier ones, the
# phase picks between them), and enough directories for threads to
# take them in any order.
tree=$work/tree
mkdir -p "$tree"
cp -r "$top/testdata/src/." "$tree/"
for i in 0 1 2 3 4 5 6 7 8 9 10 11; do
	d=$tree/extra/d$((i % 4))/s$i
	mkdir -p "$d"
	cp "$top/testdata/src/drivers/clk/acme_clk.c" "$d/clk_$i.c"
	sed "s/acme_fixed_clk_priv/acme_fixed_clk_priv$i/" \
		"$top/testdata/src/drivers/clk/acme_clk.c" > "$d/clk_b$i.c"
	if [ $((i % 3)) = 0 ]; then
		sed 's/^\(U_BOOT_DRIVER(acme_uart) = {\)/\1\n\tDM_PHASE(tpl)/' \
			"$top/testdata/src/drivers/serial/serial_acme.c" > "$d/uart_$i.c"
	fi
	printf 'struct acme_pll_priv {\n\tint x;\n};\n' > "$d/pll_$i.h"
done
find "$tree" -exec touch -h -d '2020-01-01 00:00:00' {} +

# the first error in walk order wins, whatever the threads
mkdir -p "$work/errtree/a" "$work/errtree/b/c"
cp -r "$top/testdata/src/." "$work/errtree/"
for f in a/x.c b/c/y.c b/z.c; do
	printf 'U_BOOT_DRIVER(bad_%s) = {\n\t.of_match = nowhere_ids,\n\t.id = UCLASS_MISC,\n};\n' \
		"$(basename "$f" .c)" > "$work/errtree/$f"
done
cp -r "$tree" "$work/tree2"
# bindings to change (the standard ones and bindings-types'), and a tree
# for them that nothing else changes
cp -r "$top/bindings" bstd
cp -r "$top/testdata/src" btree
cp -r "$top/testdata/cases/bindings-types/bindings" bcase
dtc -q -I dts -O dtb -o btypes.dtb \
	"$top/testdata/cases/bindings-types/input.dts" || exit 1
# and enough of them that helper threads stat them ahead (memo.c): 40
# directories of 15
for ((d = 0; d < 40; d++)); do
	mkdir -p "bbig/d$d"
	for ((f = 0; f < 15; f++)); do
		printf 'properties:\n  compatible:\n    const: gen,dev-%d-%d\n' \
			"$d" "$f" > "bbig/d$d/dev-$f.yaml"
	done
done

# the cache keeps no file changed (or created) in the last 2 seconds: it
# could change again unseen, within one tick of the file system's clock.
# The thread tests need no cache: they run first, then what is left of
# the 2 seconds is waited for.
made=$(date +%s%N)

# --- threads ----------------------------------------------------------
for mode in "" "-i" "-i -p tpl" "-p spl"; do
	# shellcheck disable=SC2086
	DTOC_JOBS=1 run j1 -s "$tree" -d board.dtb $mode
	for j in 2 3 8; do
		# shellcheck disable=SC2086
		DTOC_JOBS=$j run j$j -s "$tree" -d board.dtb $mode
		same j1 j$j "'$mode' with 1 and $j threads"
	done
	if [ -z "$mode" ]; then
		grep -q "duplicate driver name" run-j1/stderr && ok ||
			bad "the order test meets no duplicate driver"
	fi
done

DTOC_JOBS=1 run e1 -s "$work/errtree" -d board.dtb
warned e1 "errtree/a/x.c:2:"
for j in 2 4; do
	DTOC_JOBS=$j run e$j -s "$work/errtree" -d board.dtb
	same e1 e$j "first error, 1 and $j threads"
done

# --- the cache ----------------------------------------------------------
left=$((made + 2200000000 - $(date +%s%N)))
[ $left -gt 0 ] && sleep "$(printf '%d.%09d' $((left / 1000000000)) $((left % 1000000000)))"
for mode in "" "-i"; do
	rm -f scan.cache
	# shellcheck disable=SC2086
	run base -s "$tree" -d board.dtb $mode
	# shellcheck disable=SC2086
	run cold -s "$tree" -d board.dtb $mode --cache scan.cache
	same base cold "'$mode' cold cache"
	grep -q -a "drivers/clk/acme_clk.c" scan.cache && ok ||
		bad "'$mode': the cache file lists no files"
	# shellcheck disable=SC2086
	run warm -s "$tree" -d board.dtb $mode --cache scan.cache
	same base warm "'$mode' warm cache"
	# shellcheck disable=SC2086
	DTOC_JOBS=3 run warm3 -s "$tree" -d board.dtb $mode --cache scan.cache
	same base warm3 "'$mode' warm cache, 3 threads"
done

# one cache for runs with and without -i, in turn
rm -f scan.cache
for mode in "" "-i" "" "-i"; do
	# shellcheck disable=SC2086
	run mbase -s "$tree" -d board.dtb $mode
	# shellcheck disable=SC2086
	run mixed -s "$tree" -d board.dtb $mode --cache scan.cache
	same mbase mixed "'$mode' after a run in the other mode"
done

# the cache holds no phase: one made with -p spl serves -p tpl
rm -f scan.cache
run spl -s "$tree" -d board.dtb -i -p spl --cache scan.cache
run tpl-base -s "$tree" -d board.dtb -i -p tpl
run tpl -s "$tree" -d board.dtb -i -p tpl --cache scan.cache
same tpl-base tpl "-p tpl from a cache made with -p spl"

# change (size kept, date put back: the change time still tells), add,
# remove: each time the same as without a cache
check_change() { # WHAT
	run base -s "$tree" -d board.dtb -i
	run warm -s "$tree" -d board.dtb -i --cache scan.cache
	same base warm "$1"
	run again -s "$tree" -d board.dtb -i --cache scan.cache
	same base again "$1, run again"
}
rm -f scan.cache
run prime -s "$tree" -d board.dtb -i --cache scan.cache
# (the last acme_fixed_clock in walk order is the one used)
f=$tree/extra/d3/s7/clk_b7.c
sed -i 's/acme_fixed_clk_priv7/acme_fixed_clk_prXv7/' "$f"
touch -d '2020-01-01 00:00:00' "$f"
check_change "a file changed (same size and date)"
grep -q acme_fixed_clk_prXv7 run-warm/out/dt-device.c && ok ||
	bad "the changed file was not read again"
f=$tree/extra/d3/s11/late.c
sed 's/acme_pll_priv/acme_pll_late/' "$top/testdata/src/drivers/clk/acme_clk.c" > "$f"
check_change "a file added"
rm "$f" "$tree/extra/d3/s7/clk_b7.c"
check_change "files removed"
rm -r "$tree/extra/d1"
check_change "a directory removed"

# an error is kept in the cache like anything else
rm -f scan.cache
run ebase -s "$work/errtree" -d board.dtb
run ecold -s "$work/errtree" -d board.dtb --cache scan.cache
run ewarm -s "$work/errtree" -d board.dtb --cache scan.cache
same ebase ecold "an error, cold cache"
same ebase ewarm "an error, warm cache"

# caches not to trust: each ignored with one warning, then rewritten
run base -s "$tree" -d board.dtb -i
run good -s "$tree" -d board.dtb -i --cache scan.cache
cp scan.cache good.cache
size=$(stat -c %s good.cache)
corrupt() { # NAME WHAT PATTERN
	run "$1" -s "$tree" -d board.dtb -i --cache scan.cache
	warned "$1" "dtoc: warning: ignoring the scan cache 'scan.cache': $3"
	[ "$(grep -c "scan cache" "run-$1/stderr")" = 1 ] && ok ||
		bad "$2: not one warning"
	grep -v "scan cache" "run-$1/stderr" > "run-$1/stderr.tmp"
	mv "run-$1/stderr.tmp" "run-$1/stderr"
	same base "$1" "$2"
	run "$1-after" -s "$tree" -d board.dtb -i --cache scan.cache
	quiet "$1-after"
	same base "$1-after" "$2, the run after"
}
cp good.cache scan.cache
printf '\x5a' | dd of=scan.cache bs=1 seek=$((size / 2)) conv=notrunc 2> /dev/null
corrupt flipped "a byte changed" "truncated or corrupt"
head -c $((size - 100)) good.cache > scan.cache
corrupt truncated "a truncated cache" "truncated or corrupt"
head -c 5 good.cache > scan.cache
corrupt short "a cache of 5 bytes" "not a dtoc scan cache"
printf 'something else entirely\n' > scan.cache
corrupt foreign "a foreign file" "not a dtoc scan cache"
: > scan.cache
corrupt empty "an empty file" "the file is empty"
cp good.cache scan.cache
printf '\x63' | dd of=scan.cache bs=1 seek=8 conv=notrunc 2> /dev/null
corrupt version "another version" "made by another version"

# made for another tree (a copy: same paths inside, another place)
cp good.cache scan.cache
run base2 -s "$work/tree2" -d board.dtb -i
run other -s "$work/tree2" -d board.dtb -i --cache scan.cache
warned other "made for other source trees"
grep -v "scan cache" run-other/stderr > run-other/stderr.tmp
mv run-other/stderr.tmp run-other/stderr
same base2 other "a cache of another tree"

# a cache that cannot be written: a warning, the same output
run nowrite -s "$tree" -d board.dtb -i --cache "$work/no/such/dir/c"
warned nowrite "dtoc: warning: cannot write the scan cache"
grep -v "scan cache" run-nowrite/stderr > run-nowrite/stderr.tmp
mv run-nowrite/stderr.tmp run-nowrite/stderr
same base nowrite "an unwritable cache"

# --- --bindings: what the binding files say, kept in the cache -----------
# With the cache, the same output as without; a warm run reads none of
# the binding files to index them (only those a node needs, in full); a
# file touched, changed (size and date kept: the change time tells),
# added or removed is read again, and the output is that of a run
# without the cache; a run without --bindings that writes the cache again
# keeps what the bindings said; other DIRs do not use it.
# bcount NAME KEY: a count of run NAME's report, under "bindings"
bcount() {
	awk -v k="\"$2\":" '/"bindings": \{/ { b = 1 }
		b && $1 == k { sub(",", "", $2); print $2; exit }' "rep-$1.json"
}
# bruns NAME [ARGS...]: run NAME with the bindings, and the same without
# the cache as NAME-nc: the same result
bruns() {
	local name=$1
	shift
	run "$name" -s btree -d btypes.dtb --bindings bstd --bindings bcase \
		--cache bind.cache --report "rep-$name.json" "$@"
	run "$name-nc" -s btree -d btypes.dtb --bindings bstd \
		--bindings bcase "$@"
	same "$name-nc" "$name" "--bindings with the cache ($name)"
}
# from_cache NAME WANT: the binding files run NAME took from the cache
from_cache() {
	local got
	got=$(bcount "$1" files_from_cache)
	[ "$got" = "$2" ] && ok ||
		bad "$1: $got binding files from the cache, want $2"
}
rm -f bind.cache
bruns bcold
nb=$(bcount bcold files_indexed)
[ "${nb:-0}" -gt 3 ] && ok || bad "bcold: $nb binding files indexed"
from_cache bcold 0
cp bind.cache bind.cache.1
bruns bwarm
from_cache bwarm "$nb"
cmp -s bind.cache bind.cache.1 && ok || bad "bwarm: the cache was written again"
# the scan writes the cache again (a source changed) without --bindings
touch -d "-1 hour" btree/drivers/misc/acme_shape.c
run bscan -s btree -d btypes.dtb --cache bind.cache
cmp -s bind.cache bind.cache.1 && bad "bscan: the cache was not written again" || ok
bruns bkept
from_cache bkept "$nb"
# many files: stat'ed ahead by helper threads, or not, the same; a file
# touched late in the walk (a helper's part) is read again
brun_big() { # NAME JOBS
	DTOC_JOBS=$2 run "$1" -s btree -d btypes.dtb --bindings bstd \
		--bindings bcase --bindings bbig --cache bind.cache \
		--report "rep-$1.json"
}
brun_big bbig1 2
nbig=$(bcount bbig1 files_indexed)
[ "$nbig" = $((nb + 600)) ] && ok || bad "bbig1: $nbig files indexed"
brun_big bbig2 2
from_cache bbig2 "$nbig"
touch bbig/d38/dev-7.yaml
for j in 2 1; do
	brun_big "bbigt$j" $j
	from_cache "bbigt$j" $((nbig - 1))
done
same bbig1 bbigt2 "many bindings, threads"
same bbig1 bbigt1 "many bindings, one thread"
# (the memo is for those DIRs now: made again for the two)
bruns bprime
from_cache bprime 0
# touched: read again
touch bcase/acme/acme,mmio.yaml
bruns btouch
from_cache btouch $((nb - 1))
# the compatible string changed, size and date kept: mmio@200 is no
# longer typed (acme,bytes is then guessed)
cp -p bcase/acme/acme,mmio.yaml mmio.yaml.orig
sed -i 's/const: acme,mmio32/const: acme,mmio64/' bcase/acme/acme,mmio.yaml
touch -r mmio.yaml.orig bcase/acme/acme,mmio.yaml
bruns bchanged
from_cache bchanged $((nb - 1))
if diff -r run-bwarm/out run-bchanged/out > /dev/null; then
	bad "bchanged: the changed binding made no difference"
else
	ok
fi
cp -p mmio.yaml.orig bcase/acme/acme,mmio.yaml
# added, then removed (the directory's listing is read again)
cp bcase/acme/acme,mmio.yaml bcase/acme/acme,mmio-again.yaml
bruns badded
[ "$(bcount badded files_indexed)" = $((nb + 1)) ] && ok ||
	bad "badded: $(bcount badded files_indexed) files indexed"
rm bcase/acme/acme,mmio-again.yaml
bruns bremoved
[ "$(bcount bremoved files_indexed)" = "$nb" ] && ok ||
	bad "bremoved: $(bcount bremoved files_indexed) files indexed"
same bwarm bremoved "after a binding came and went"
# other DIRs (the same files, named otherwise): the memo is not used (and
# is replaced: the cache keeps one set of DIRs)
run bother -s btree -d btypes.dtb --bindings ./bstd --bindings bcase \
	--cache bind.cache --report rep-bother.json
from_cache bother 0
same bwarm bother "other DIRs"

echo "cache: $pass passed, $fail failed"
[ "$fail" = 0 ]
