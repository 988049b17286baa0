#!/bin/sh
# What dtoc --bindings writes for testdata/cases/bindings-types (and with
# --variant, for variant-bindings), compiled
# against the runtime's headers and read back as its C types
# (tests/bindings-readback.c).
# Usage: tests/bindings-readback.sh DTOC WORKDIR CC [CFLAGS...]
set -eu

dtoc=$1
work=$2
cc=$3
shift 3
case=testdata/cases/bindings-types
rm -rf "$work"
mkdir -p "$work/gen/generated"
dtc -q -I dts -O dtb -o "$work/input.dtb" "$case/input.dts"
"$dtoc" -s testdata/src -d "$work/input.dtb" --bindings bindings \
	--bindings "$case/bindings" -c "$work/gen" -C "$work/gen/generated" all
# shellcheck disable=SC2068
"$cc" -std=gnu11 -Isrc/runtime/include -I"$work/gen" -Wall -Wextra -Werror \
	$@ -o "$work/readback" tests/bindings-readback.c
"$work/readback"

# and with --variant: every variant's values (testdata/cases/variant-bindings)
var=testdata/cases/variant-bindings
mkdir -p "$work/var/generated"
dtc -q -@ -I dts -O dtb -o "$work/var/input.dtb" "$var/input.dts"
for o in big-shape extra-shape; do
	dtc -q -@ -I dts -O dtb -o "$work/var/$o.dtbo" "$var/$o.dtso"
done
"$dtoc" -s testdata/src -d "$work/var/input.dtb" --bindings bindings \
	--bindings "$case/bindings" \
	--variant big_shape="$work/var/big-shape.dtbo" \
	--variant extra_shape="$work/var/extra-shape.dtbo" \
	-c "$work/var" -C "$work/var/generated" all
# shellcheck disable=SC2068
"$cc" -std=gnu11 -Isrc/runtime/include -I"$work/var" -Wall -Wextra -Werror \
	$@ -o "$work/var/readback" tests/variant-bindings-readback.c
"$work/var/readback"
