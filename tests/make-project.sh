#!/bin/bash
# dtoc in a Make project, with --depfile: editing a driver that is used
# reruns dtoc, editing an unrelated file does not, and outputs whose
# content is unchanged keep their time, so nothing downstream rebuilds.
# Usage: tests/make-project.sh DTOC
set -u

dtoc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(dirname "$dtoc")/make-project
rm -rf "$work"
mkdir -p "$work"
cd "$work" || exit 1
cp -r "$top/testdata/src" src
cp "$top/testdata/cli/basic.dts" board.dts

# The pattern README recommends: the depfile is the stamp of dtoc's run,
# and the outputs hang off it with an empty recipe.
cat > Makefile <<MK
DTOC := $dtoc
all: out/dt-plat.o
out/dt-plat.o: out/dt-plat.c
	@echo COMPILE
	@touch \$@
board.dtb: board.dts
	@dtc -q -I dts -O dtb -o \$@ \$<
out/dtoc.d: board.dtb
	@echo DTOC
	@\$(DTOC) -s src -d board.dtb -c out -C out --depfile \$@ all
out/dt-plat.c out/dt-decl.h out/dt-structs-gen.h: out/dtoc.d ;
-include out/dtoc.d
MK

pass=0
fail=0
# step NAME EXPECTED-OUTPUT: run make and compare what it printed
step() {
	local got
	got=$(env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s 2>&1 | tr '\n' ' ')
	if [ "$got" = "$2" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $1: make printed '$got', want '$2'"
	fi
}
# FILE... changed later than everything else: every file is moved 10 s
# back (their order kept), then FILE... touched. (Make compares times in
# whole seconds on some file systems: this needs no waiting.)
later() {
	local f
	find . -type f -print0 | while IFS= read -r -d '' f; do
		touch -r "$f" -d '-10 seconds' "$f"
	done
	touch "$@"
}

step "first build" "DTOC COMPILE "
step "nothing changed" ""
later src/drivers/mmc/acme_mmc.c
step "a used driver touched" "DTOC "
step "after the rerun" ""
later src/drivers/misc/acme_beeper.c src/include/acme/mmc.h
step "unrelated files touched" ""
later src/drivers/gpio/gpio-uclass.c
step "a used uclass driver touched" "DTOC "
sed -i 's/0x100>;/0x200>;/' board.dts
later board.dts
step "the devicetree changed" "DTOC COMPILE "

# What the depfile names
for f in src/drivers/mmc/acme_mmc.c src/drivers/gpio/acme_gpio.c \
	src/drivers/mmc/mmc-uclass.c src/drivers/gpio/gpio-uclass.c board.dtb; do
	if grep -q "^ *$f" out/dtoc.d || grep -q ": $f" out/dtoc.d; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: the depfile does not name $f"
	fi
done
if grep -q acme_beeper out/dtoc.d; then
	fail=$((fail + 1))
	echo "FAIL: the depfile names an unrelated driver"
else
	pass=$((pass + 1))
fi

echo "make-project: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
