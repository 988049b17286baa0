#!/bin/bash
# `make install` into a temporary prefix, then build a small project that
# lives outside this tree (tests/outoftree) only through pkg-config, in
# both modes, and run it.
set -u

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
build=${BUILD:-build}
work=$top/$build/install-test
rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix

make --no-print-directory -s install PREFIX="$prefix" BUILD="$build" \
	> "$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
export PATH=$prefix/bin:$PATH

pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

[ "$(command -v dtoc)" = "$prefix/bin/dtoc" ] && ok || bad "dtoc not installed"
[ -f "$prefix/share/man/man1/dtoc.1" ] && ok || bad "man page not installed"
scandir=$(pkg-config --variable=scandir dtoc-runtime)
[ -d "$scandir" ] && ok || bad "no scandir: '$scandir'"

for mode in plain inst; do
	proj=$work/$mode
	cp -r tests/outoftree "$proj"
	(
		cd "$proj" || exit 1
		opt=
		[ $mode = inst ] && opt=-i
		dtc -q -I dts -O dtb -o board.dtb board.dts &&
		dtoc -s "$scandir" -s . -d board.dtb $opt -c gen \
			-C gen/generated all &&
		# shellcheck disable=SC2046
		cc -Wall -Werror -Igen -Iinclude -o board main.c led.c \
			gen/dt-*.c $(pkg-config --cflags --libs dtoc-runtime) &&
		./board > run.txt
	) > "$work/$mode.log" 2>&1
	if [ $? != 0 ]; then
		bad "$mode: $(tail -n 5 "$work/$mode.log")"
	elif grep -q "^led power at 0x100$" "$proj/run.txt" &&
	     grep -q "^led status at 0x200$" "$proj/run.txt" &&
	     grep -q "demo_led" "$proj/run.txt"; then
		ok
	else
		bad "$mode: unexpected output: $(cat "$proj/run.txt")"
	fi
done

echo "install: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
