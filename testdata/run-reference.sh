#!/bin/bash
# Run U-Boot's Python dtoc (the reference) on test cases.
#
# usage: testdata/run-reference.sh [-w] CASEDIR...
#
# For each case directory: compile input.dts (or take input.dtb), copy the
# case's source tree (CASEDIR/src, else testdata/src) to a scratch tree whose
# tools/dtoc is a link to the reference (the reference scans the tree its own
# script is in), and run
#
#     dtoc -d input.dtb -c OUT -C OUT $(cat args) $(cat commands || echo all)
#
# It prints the exit status, stdout and stderr, with the scratch tree's path
# replaced by <srctree>. With -w, and only for a case without the bad- prefix,
# it replaces CASEDIR/expected/ with the files the reference wrote.
#
# Environment: UBOOT (U-Boot work tree, default /work/uboot), PYTHON (an
# interpreter with libfdt, default /usr/bin/python3), DTC (default dtc),
# WORK (scratch directory, default ${TMPDIR:-/tmp}/dtoc-ref), ORDER.
#
# The reference walks the tree in directory-listing order, which matters for
# a few cases (see their about.txt). With ORDER=sorted or ORDER=reverse the
# scratch tree is built on tmpfs (SHM, default /dev/shm), which lists a
# directory newest entry first, creating entries so that each directory
# lists in sorted (or reverse-sorted) name order.

set -u
here=$(cd "$(dirname "$0")" && pwd)
UBOOT=${UBOOT:-/work/uboot}
PYTHON=${PYTHON:-/usr/bin/python3}
DTC=${DTC:-dtc}
WORK=${WORK:-${TMPDIR:-/tmp}/dtoc-ref}

# dtc warnings the cases trigger on purpose (odd cell counts, reg without a
# unit address, ...). Every case is compiled with these; a case may add more
# in a file named dtc-flags.
DTC_FLAGS=(-Wno-unit_address_vs_reg -Wno-avoid_unnecessary_addr_size
	-Wno-simple_bus_reg -Wno-unique_unit_address -Wno-reg_format
	-Wno-avoid_default_addr_size -Wno-clocks_property -Wno-gpios_property
	-Wno-interrupts_extended_property -Wno-interrupt_provider
	-Wno-unit_address_format -Wno-node_name_chars_strict
	-Wno-property_name_chars_strict -Wno-status_is_string -Wno-alias_paths)

write=0
if [ "${1:-}" = -w ]; then
	write=1
	shift
fi

for case in "$@"; do
	case=${case%/}
	name=$(basename "$case")
	out=$WORK/$name
	tree=$WORK/tree-$name
	rm -rf "$out"
	mkdir -p "$out/OUT" "$tree"

	src=$here/src
	[ -d "$case/src" ] && src=$case/src
	if [ -n "${ORDER:-}" ]; then
		tree=${SHM:-/dev/shm}/dtoc-ref-tree-$name
		rm -rf "$tree"
		"$PYTHON" - "$src" "$tree" "$ORDER" <<'PYEOF'
import os, shutil, sys
src, dst, order = sys.argv[1:4]
def fill(s, d):
    names = sorted(os.listdir(s))
    # tmpfs lists newest first: create in reverse of the wanted order
    for n in (reversed(names) if order == 'sorted' else names):
        if os.path.isdir(os.path.join(s, n)):
            os.mkdir(os.path.join(d, n))
        else:
            shutil.copy2(os.path.join(s, n), os.path.join(d, n))
    for n in names:
        if os.path.isdir(os.path.join(s, n)):
            fill(os.path.join(s, n), os.path.join(d, n))
os.mkdir(dst)
fill(src, dst)
PYEOF
	else
		rsync -a --delete --exclude=/tools "$src"/ "$tree"/
	fi
	mkdir -p "$tree/tools"
	ln -sfn "$UBOOT/tools/dtoc" "$tree/tools/dtoc"

	if [ -f "$case/input.dts" ]; then
		extra=()
		[ -f "$case/dtc-flags" ] && read -r -a extra < "$case/dtc-flags"
		if ! "$DTC" -I dts -O dtb "${DTC_FLAGS[@]}" "${extra[@]}" \
				-o "$out/input.dtb" "$case/input.dts"; then
			echo "== $name: dtc failed"
			continue
		fi
	elif [ -f "$case/input.dtb" ]; then
		cp "$case/input.dtb" "$out/input.dtb"
	fi
	# (no input at all: the reference is given a file that does not exist)

	args=()
	[ -f "$case/args" ] && read -r -a args < "$case/args"
	cmds=all
	[ -f "$case/commands" ] && read -r cmds < "$case/commands"

	(cd "$out" && "$PYTHON" "$tree/tools/dtoc/dtoc" -d input.dtb \
		-c OUT -C OUT "${args[@]}" "$cmds" > stdout 2> stderr)
	echo $? > "$out/status"
	sed -i "s#$tree/*#<srctree>/#g" "$out/stdout" "$out/stderr"

	echo "== $name: status $(cat "$out/status")"
	echo "-- stdout"; cat "$out/stdout"
	echo "-- stderr"; cat "$out/stderr"
	echo "-- files: $(cd "$out/OUT" && ls | tr '\n' ' ')"

	if [ $write = 1 ] && [ "${name#bad-}" = "$name" ]; then
		rm -rf "$case/expected"
		mkdir -p "$case/expected"
		cp "$out/OUT"/* "$case/expected/" 2>/dev/null
	fi
done
