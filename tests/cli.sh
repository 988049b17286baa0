#!/bin/bash
# Command-line behaviour of dtoc: options, where the output goes, exit
# statuses and messages, untouched outputs, all-or-nothing writes.
# Usage: tests/cli.sh DTOC
set -u

dtoc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(dirname "$dtoc")/cli
rm -rf "$work"
mkdir -p "$work"
cd "$work" || exit 1
src=$top/testdata/src
dtc -q -I dts -O dtb -o basic.dtb "$top/testdata/cli/basic.dts" || exit 1

pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# expect STATUS STDERR-PATTERN -- ARGS...: run dtoc, check both
expect() {
	local want=$1 pattern=$2
	shift 3
	"$dtoc" "$@" > out.txt 2> err.txt
	local got=$?
	if [ "$got" != "$want" ]; then
		bad "dtoc $*: exit $got, want $want ($(head -c 200 err.txt))"
	elif [ -n "$pattern" ] && ! grep -q -- "$pattern" err.txt; then
		bad "dtoc $*: stderr lacks '$pattern': $(head -c 200 err.txt)"
	elif [ "$want" != 0 ] && [ "$(wc -l < err.txt)" != 1 ]; then
		bad "dtoc $*: error is not one line: $(cat err.txt)"
	else
		ok
	fi
}

# Usage errors: exit 2, one line.
expect 2 "dtoc: error: please specify a command" -- -s "$src" -d basic.dtb
expect 2 "dtoc: error: unknown option '--bogus'" -- --bogus -d basic.dtb all
expect 2 "dtoc: error: option '-d' needs an argument" -- all -d
expect 2 "dtoc: error: no devicetree blob given" -- -s "$src" all
expect 2 "dtoc: error: give either -o or -c/-C, not both" -- -s "$src" -d basic.dtb -o x.c -c d all
expect 2 "dtoc: error: unknown command 'device' (use: decl, platdata, struct, or all)" -- -s "$src" -d basic.dtb device
expect 2 "dtoc: error: unknown command 'platdata' (use: decl, device, struct, uclass, or all)" -- -s "$src" -i -d basic.dtb platdata
expect 2 "dtoc: error: unexpected argument 'struct'" -- -s "$src" -d basic.dtb decl struct
expect 0 "" -- --version
grep -q '^dtoc ' out.txt && ok || bad "--version prints no version"
expect 0 "" -- --help
grep -q -- '--dtb-file' out.txt && ok || bad "--help lists no options"

# Input errors: exit 1, one line, nothing written.
expect 1 "dtoc: error: cannot open 'nothere.dtb'" -- -s "$src" -d nothere.dtb -c o1 all
[ ! -e o1 ] && ok || bad "a failing run created its output directory"
expect 1 "dtoc: error: cannot read source tree 'nosuchdir'" -- -s nosuchdir -d basic.dtb -c o1 all

# All files into one with -o, in command-name order; stdout likewise.
expect 0 "" -- -s "$src" -d basic.dtb -c sep all
expect 0 "" -- -s "$src" -d basic.dtb -o all.c all
cat sep/dt-decl.h sep/dt-plat.c sep/dt-structs-gen.h > want.c
cmp -s want.c all.c && ok || bad "-o is not decl + platdata + struct"
expect 0 "" -- -s "$src" -d basic.dtb all
cmp -s want.c out.txt && ok || bad "stdout is not decl + platdata + struct"
expect 0 "" -- -s "$src" -d basic.dtb -o two.c struct,decl
cat sep/dt-structs-gen.h sep/dt-decl.h > want.c
cmp -s want.c two.c && ok || bad "commands are not written in the order given"

# -C defaults to -c; with -C alone, .c files go to the current directory.
expect 0 "" -- -s "$src" -d basic.dtb -c conly all
[ -f conly/dt-plat.c ] && [ -f conly/dt-structs-gen.h ] && ok ||
	bad "-C does not default to -c"
mkdir hdir-cwd && (cd hdir-cwd && "$dtoc" -s "$src" -d ../basic.dtb -C h all) &&
	[ -f hdir-cwd/h/dt-decl.h ] && [ -f hdir-cwd/dt-plat.c ] && ok ||
	bad "-C alone does not put .c files in the current directory"

# Output directories are created, nested too.
expect 0 "" -- -s "$src" -d basic.dtb -c deep/a/b -C deep/h all
[ -f deep/a/b/dt-plat.c ] && [ -f deep/h/dt-decl.h ] && ok ||
	bad "nested output directories not created"

# An unchanged output keeps its modification time; a changed one not.
touch -d '2001-01-01' sep/dt-plat.c sep/dt-decl.h
echo stale > sep/dt-structs-gen.h
touch -d '2001-01-01' sep/dt-structs-gen.h
expect 0 "" -- -s "$src" -d basic.dtb -c sep all
[ "$(stat -c %Y sep/dt-plat.c)" = "$(date -d 2001-01-01 +%s)" ] && ok ||
	bad "an unchanged output was rewritten"
[ "$(stat -c %Y sep/dt-structs-gen.h)" != "$(date -d 2001-01-01 +%s)" ] &&
	! grep -q stale sep/dt-structs-gen.h && ok ||
	bad "a changed output was not rewritten"

# An output that cannot be written: an error, and no file is changed.
mkdir ro && echo keep > ro/dt-plat.c && touch ro/dt-decl.h && chmod 555 ro
if [ "$(id -u)" != 0 ]; then
	expect 1 "dtoc: error: cannot write 'ro/" -- -s "$src" -d basic.dtb -c ro all
	[ "$(cat ro/dt-plat.c)" = keep ] && ok || bad "unwritable: output changed"
fi
chmod 755 ro
echo file > blocker
expect 1 "dtoc: error: cannot create directory 'blocker/sub'" -- -s "$src" -d basic.dtb -c ok-dir -C blocker/sub all
[ ! -e ok-dir ] || [ -z "$(ls ok-dir)" ] && ok || bad "a failing run wrote some outputs"

# Several source trees; and the default tree when run as
# <tree>/tools/dtoc/dtoc, as U-Boot's Makefile does.
mkdir -p split/a split/b
cp -r "$src"/drivers split/a/
cp -r "$src"/include "$src"/arch split/b/
expect 0 "" -- -s split/a -s split/b -d basic.dtb -i -c multi all
"$dtoc" -s "$src" -d basic.dtb -i -c single all 2> /dev/null
diff -r single multi > /dev/null && ok || bad "two -s trees differ from one"
mkdir -p tree/tools/dtoc
cp -r "$src"/. tree/
cp "$dtoc" tree/tools/dtoc/dtoc
tree/tools/dtoc/dtoc -d basic.dtb -c fromtree all 2> /dev/null &&
	diff -r sep fromtree > /dev/null && ok ||
	bad "run as <tree>/tools/dtoc/dtoc, <tree> is not scanned"
(cd tree && ./tools/dtoc/dtoc -d ../basic.dtb -c ../fromcwd all 2> /dev/null) &&
	diff -r sep fromcwd > /dev/null && ok ||
	bad "run as ./tools/dtoc/dtoc, . is not scanned"
(cd tree && tools/dtoc/dtoc -d ../basic.dtb -c ../fromrel all 2> /dev/null) &&
	diff -r sep fromrel > /dev/null && ok ||
	bad "run as tools/dtoc/dtoc, . is not scanned"
(cd tree && "$dtoc" -d ../basic.dtb -c ../fromdot all 2> /dev/null) &&
	diff -r sep fromdot > /dev/null && ok ||
	bad "run under another name without -s, . is not scanned"
# -B (the reference's build directory, for its tests) changes nothing
expect 0 "" -- -s "$src" -B somewhere -d basic.dtb -c withb all
diff -r sep withb > /dev/null && ok || bad "-B changed the output"

# CI checks: --check writes nothing; --werror turns warnings into a failure.
expect 2 "dtoc: error: --depfile names no outputs with --check" -- -s "$src" -d basic.dtb --check --depfile x.d -c o all
expect 2 "dtoc: error: --depfile needs output files" -- -s "$src" -d basic.dtb --depfile x.d all
expect 2 "dtoc: error: -o, --depfile and --report must name different files" -- -s "$src" -d basic.dtb -o same --report same all
expect 0 "" -- -s "$src" -d basic.dtb --check -c checked all
[ ! -e checked ] && [ ! -s out.txt ] && ok || bad "--check wrote outputs"
dtc -q -I dts -O dtb -o drivers.dtb "$top/testdata/cases/drivers/input.dts"
"$dtoc" -s "$src" -d drivers.dtb --check all 2> err.txt
[ $? = 0 ] && grep -q "^dtoc: warning: node ./mystery.: the driver acme_mystery was not found" err.txt &&
	ok || bad "--check: missing drivers are warnings, exit 0"
"$dtoc" -s "$src" -d drivers.dtb --check --werror all 2> err.txt
[ $? = 1 ] && grep -q "acme_mystery was not found" err.txt &&
	tail -n 1 err.txt | grep -q "^dtoc: error: 10 warnings treated as errors (--werror)$" &&
	ok || bad "--check --werror: $(tail -n 1 err.txt)"
"$dtoc" -s "$src" -d drivers.dtb --werror -c werr all 2> /dev/null
[ $? = 1 ] && [ ! -e werr ] && ok || bad "--werror wrote outputs"
dtc -q -I dts -O dtb -o noparent.dtb \
	"$top/testdata/cases/bad-parent-disabled-inst/input.dts"
"$dtoc" -s "$src" -d noparent.dtb -i --check all 2> err.txt
[ $? = 1 ] && grep -q "^dtoc: error: node '/bus/shape': requires parent node '/bus' but it is not in the valid list" err.txt &&
	ok || bad "--check -i: missing parent: $(cat err.txt)"
"$dtoc" -s "$src" -d noparent.dtb -i --check --report rep.json all 2> /dev/null
grep -q '"ok": false' rep.json && grep -q '"node": "/bus/shape"' rep.json &&
	ok || bad "--report of a failing run"

# Strict mode fails only on what concerns this output: notes (about parts
# of the tree the devicetree does not use) show with -v, never fail.
strict() {	# CASE: the case's blob and tree
	dtc -q -I dts -O dtb -o "$1.dtb" "$top/testdata/cases/$1/input.dts"
	echo "$top/testdata/cases/$1/src"
}
s=$(strict strict-alias-only)
"$dtoc" -s "$s" -d strict-alias-only.dtb --check --werror all 2> err.txt
[ $? = 0 ] && [ ! -s err.txt ] && ok ||
	bad "--werror: an alias-only driver and unused drivers fail: $(cat err.txt)"
"$dtoc" -s "$s" -d strict-alias-only.dtb --check --werror -v all 2> err.txt
[ $? = 0 ] && [ "$(grep -c ': note: ' err.txt)" = 3 ] &&
	grep -q "serial_acme.c:11: note: driver 'acme_uart' has no .of_match, so U-Boot's dtoc leaves it out of its driver list; node '/serial@1000' gets it by name all the same" err.txt &&
	! grep -q 'warning' err.txt && ok ||
	bad "-v: the notes: $(cat err.txt)"
s=$(strict of-match-offset-differs)
"$dtoc" -s "$s" -d of-match-offset-differs.dtb -i --check --werror all 2> err.txt
[ $? = 1 ] && grep -q "^dtoc: warning: node '/pmu@3000': driver 'acme_pmu' has .of_match = acme_syscon_ids + 2" err.txt &&
	tail -n 1 err.txt | grep -q "^dtoc: error: 1 warning treated as error (--werror)$" &&
	ok || bad "--werror: .of_match + N reading differs: $(cat err.txt)"
"$dtoc" -s "$s" -d of-match-offset-differs.dtb --check --werror all 2> err.txt
[ $? = 0 ] && ok || bad "--werror: .of_match + N matters only with -i: $(cat err.txt)"
s=$(strict strict-utf8-headers)
"$dtoc" -s "$s" -d strict-utf8-headers.dtb -i --check --werror all 2> err.txt
[ $? = 1 ] && grep -q "meter.h: warning: skipping file" err.txt &&
	! grep -q "inet.h" err.txt && ok ||
	bad "--werror -i: non-UTF-8 headers: $(cat err.txt)"
s=$(strict alias-conflict)
"$dtoc" -s "$s" -d alias-conflict.dtb --check --werror all 2> err.txt
[ $? = 1 ] && grep -q "^dtoc: warning: node '/dev': compatible 'acme,dev' is given to driver 'acme_dev_a'" err.txt &&
	! grep -q "acme_spare" err.txt && ok ||
	bad "--werror: an alias given to two drivers: $(cat err.txt)"

expect 1 "dtoc: error: cannot write report 'nodir/r.json'" -- -s "$src" -d basic.dtb --check --report nodir/r.json all

# --config: the depfile names the .config and the Makefiles read; the
# options can come from DTOC_FLAGS, before the command line's.
kcase=$top/testdata/cases/bad-kbuild-file-line
dtc -q -I dts -O dtb -o kb.dtb "$kcase/input.dts"
"$dtoc" -s "$src" -d kb.dtb -p spl --config "$kcase/config" -c kbo \
	--depfile kb.d all 2> err.txt
[ $? = 0 ] && grep -q "^ $kcase/config \\\\$" kb.d &&
	grep -q "^ $src/scripts/Makefile.xpl" kb.d &&
	grep -q "^ $src/drivers/Makefile \\\\$" kb.d &&
	grep -q "^ $src/drivers/serial/Makefile" kb.d &&
	! grep -q "drivers/gpio/Makefile" kb.d &&
	grep -q "is not built for spl" err.txt &&
	ok || bad "--config --depfile: $(cat kb.d err.txt)"
"$dtoc" -s "$src" -d kb.dtb -p spl -c kbn --depfile kbn.d all 2> /dev/null
! grep -q Makefile kbn.d && ok || bad "a depfile without --config names Makefiles"
DTOC_FLAGS="-p spl --config '$kcase/config' --werror" "$dtoc" -s "$src" \
	-d kb.dtb -c kbf all 2> err.txt
[ $? = 1 ] && [ ! -e kbf ] && grep -q "warning treated as error" err.txt &&
	ok || bad "DTOC_FLAGS: $(cat err.txt)"
DTOC_FLAGS="-p tpl" "$dtoc" -s "$src" -d kb.dtb -p spl \
	--config "$kcase/config" --check all 2> err.txt
grep -q "is not built for spl" err.txt &&
	ok || bad "DTOC_FLAGS come before the command line's: $(cat err.txt)"
# DTOC_FLAGS is split as a shell would: quotes and backslashes
cp -r "$src" 'sp "q" ace'
for flags in "-s sp\\ \\\"q\\\"\\ ace" "-s 'sp \"q\" ace'" \
	     "-s \"sp \\\"q\\\" ace\""; do
	rm -rf fl
	DTOC_FLAGS=$flags "$dtoc" -d basic.dtb -c fl all 2> err.txt &&
		diff -r sep fl > /dev/null && ok ||
		bad "DTOC_FLAGS=$flags: $(cat err.txt)"
done
DTOC_FLAGS="'-p" expect 2 "dtoc: error: DTOC_FLAGS has an unterminated quote" -- -s "$src" -d kb.dtb all
DTOC_FLAGS="  " expect 0 "" -- -s "$src" -d kb.dtb --check all
DTOC_FLAGS="--bogus" expect 2 "dtoc: error: unknown option '--bogus'" -- -s "$src" -d kb.dtb all

# -o and --report on a device (dtoc -o /dev/null) write to it: a file
# renamed over it would replace the device, as root even /dev/null. A
# null device of the test's own (mknod needs root; else /dev/null, which
# cannot be replaced without root).
rm -f null-o null-r
if mknod null-o c 1 3 2> /dev/null && mknod null-r c 1 3 2> /dev/null; then
	dev_o=null-o dev_r=null-r
else
	dev_o=/dev/null dev_r=/dev/null
fi
expect 0 "" -- -s "$src" -d basic.dtb -o "$dev_o" --report "$dev_r" all
[ -c "$dev_o" ] && [ -c "$dev_r" ] && ! ls "$dev_o".dtoc-tmp-* 2> /dev/null &&
	ok || bad "-o/--report on a device replaced it: $(ls -l "$dev_o" "$dev_r")"
rm -f null-o null-r

# --diagnostics-format: text is the default's bytes; json and sarif hold
# the same records (notes only with -v), and the codes are documented.
expect 2 "dtoc: error: --diagnostics-format is text, json or sarif, not 'xml'" -- --diagnostics-format=xml -d basic.dtb all
s=$(strict strict-alias-only)
for v in "" -v; do
	"$dtoc" -s "$s" -d strict-alias-only.dtb --check $v all 2> plain.txt
	"$dtoc" -s "$s" -d strict-alias-only.dtb --check $v \
		--diagnostics-format=text all 2> text.txt
	cmp -s plain.txt text.txt && ok || bad "--diagnostics-format=text $v differs from the default"
	"$dtoc" -s "$s" -d strict-alias-only.dtb --check $v \
		--diagnostics-format=json all 2> json.txt
	"$dtoc" -s "$s" -d strict-alias-only.dtb --check $v \
		--diagnostics-format=sarif all 2> sarif.txt
	# each line of text is its record: the message, the severity
	same=1
	n=$(jq length json.txt)
	[ "$n" = "$(wc -l < plain.txt)" ] || same=
	for i in $(seq 0 $((n - 1))); do
		line=$(sed -n "$((i + 1))p" plain.txt)
		msg=$(jq -r ".[$i].message" json.txt)
		sev=$(jq -r ".[$i].severity" json.txt)
		case $line in
		*"$sev: "*"$msg"*) ;;
		*) same= ;;
		esac
	done
	jq -e 'all(.[]; has("file") or has("node"))' json.txt > /dev/null || same=
	# SARIF's required fields, and its results are the records
	jq -e --slurpfile r json.txt '
		$r[0] as $recs | .runs[0] as $run |
		($run.tool.driver.rules | map(.id)) as $rules |
		.version == "2.1.0" and (."$schema" | length > 0) and
		$run.tool.driver.name == "dtoc" and
		($run.tool.driver.version | length > 0) and
		($run.results | length) == ($recs | length) and
		all(range(0; $recs | length); . as $i |
			$run.results[$i] as $res | $recs[$i] as $rec |
			$res.locations[0] as $loc |
			$res.ruleId == $rec.code and
			$rules[$res.ruleIndex] == $rec.code and
			$res.level == $rec.severity and
			$res.message.text == $rec.message and
			($loc.physicalLocation.artifactLocation.uri | length > 0) and
			(if ($rec.file // "" | startswith("/")) then
				$loc.physicalLocation.artifactLocation.uri ==
					"file://" + $rec.file
			 else true end) and
			(if $rec.line then
				$loc.physicalLocation.region.startLine == $rec.line
			 else true end) and
			(if $rec.node then
				$loc.logicalLocations[0].fullyQualifiedName ==
					$rec.node
			 else true end))' sarif.txt > /dev/null || same=
	[ -n "$same" ] && ok || bad "--diagnostics-format $v: the forms disagree"
done
[ "$(grep -c ': note: ' text.txt)" = 3 ] && ok || bad "-v: no notes in text: $(cat text.txt)"
# a SARIF uri is a URI reference: a path's space and '#' are %-encoded
rm -rf "odd tree#1"
cp -R "$s" "odd tree#1"
"$dtoc" -s "odd tree#1" -d strict-alias-only.dtb --check -v \
	--diagnostics-format=sarif all 2> sarif.txt
grep -q '"uri": "odd%20tree%231/drivers/serial/serial_acme.c"' sarif.txt &&
	ok || bad "SARIF uri of a path with ' ' and '#': $(grep uri sarif.txt | head -3)"
"$dtoc" --help | sed -n 's/.*\(--diagnostics-format\).*/\1/p' | grep -q . &&
	ok || bad "--help lacks --diagnostics-format"
for code in $(sed -n 's/^\tX([A-Z0-9_]*, "\([a-z0-9-]*\)".*/\1/p' "$top/src/base/diag.h"); do
	grep -q "^| \`$code\` |" "$top/doc/build-and-ci.md" ||
		bad "doc/build-and-ci.md does not list the code $code"
done
[ "$(sed -n 's/^\tX([A-Z0-9_]*, "\([a-z0-9-]*\)".*/\1/p' "$top/src/base/diag.h" | wc -l)" -gt 50 ] &&
	ok || bad "no codes read from src/base/diag.h"

# --depfile: the bindings read, both files that declare one driver,
# names escaped as Make reads them
bcase=$top/testdata/cases/bindings-types
dtc -q -I dts -O dtb -o bt.dtb "$bcase/input.dts"
"$dtoc" -s "$src" -d bt.dtb --bindings "$top/bindings" \
	--bindings "$bcase/bindings" -c bto --depfile bt.d all 2> err.txt
[ $? = 0 ] && grep -q "^ $top/bindings/core/clock.yaml \\\\$" bt.d &&
	grep -q "^ $bcase/bindings/.*\.yaml" bt.d &&
	ok || bad "--bindings --depfile: $(cat bt.d err.txt)"
dcase=$top/testdata/cases/scan-dup-driver
dtc -q -I dts -O dtb -o dup.dtb "$dcase/input.dts"
"$dtoc" -s "$dcase/src" -d dup.dtb -i -c dupo --depfile dup.d all \
	2> /dev/null
grep -q "^ $dcase/src/drivers/misc/twin_a.c \\\\$" dup.d &&
	grep -q "^ $dcase/src/drivers/misc/twin_b.c \\\\$" dup.d &&
	ok || bad "a duplicate driver's files in the depfile: $(cat dup.d)"
cp -r "$src" 'odd $b#c\d'
"$dtoc" -s 'odd $b#c\d' -d basic.dtb -c oddo --depfile odd.d all 2> err.txt
grep -qF ' odd\ $$b\#c\\d/drivers/gpio/acme_gpio.c \' odd.d &&
	ok || bad "a depfile's names escaped for Make: $(head -n 3 odd.d)"

# At most 31 variants besides the base
vargs=()
for i in $(seq 1 32); do vargs+=(--variant "v$i=v.dtbo"); done
expect 1 "dtoc: error: too many variants (32); at most 31 besides the base" -- -s "$src" -d basic.dtb "${vargs[@]}" -c vo all

# Where the outputs cannot go: -c naming a file, stdout full
: > afile
expect 1 "dtoc: error: 'afile' is not a directory" -- -s "$src" -d basic.dtb -c afile all
"$dtoc" -s "$src" -d basic.dtb all > /dev/full 2> err.txt
[ $? = 1 ] && [ "$(cat err.txt)" = "dtoc: error: cannot write to standard output" ] &&
	ok || bad "stdout full: $(cat err.txt)"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
