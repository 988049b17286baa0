#!/bin/sh
# SPDX-License-Identifier: GPL-2.0+
#
# trim.sh IN.dtb OUT.dtb COMPATIBLE...
#
# Trim QEMU's devicetree to what the firmware drives, as a U-Boot board
# trims its SPL tree: keep the top-level nodes one of whose compatible
# strings is a COMPATIBLE given, delete every other node (with its
# subnodes: /chosen, /cpus, /memory, the GIC, virtio, PCIe, ...), and the
# root's interrupt-parent (it points at the GIC, which is gone). What is
# left is what dtoc turns into platdata. The filter goes by compatible,
# not by path, so that it survives QEMU moving a device to another
# address. Uses fdtget/fdtput (device-tree-compiler).
set -eu

[ $# -ge 3 ] || { echo "usage: $0 IN.dtb OUT.dtb COMPATIBLE..." >&2; exit 2; }
in=$1
out=$2
shift 2

tmp=$out.tmp
cp "$in" "$tmp"
kept=0
for node in $(fdtget -l "$tmp" /); do
	compat=$(fdtget -t s "$tmp" "/$node" compatible 2>/dev/null || true)
	keep=
	for c in $compat; do
		for want in "$@"; do
			[ "$c" = "$want" ] && keep=1
		done
	done
	if [ -n "$keep" ]; then
		kept=$((kept + 1))
	else
		fdtput -r "$tmp" "/$node"
	fi
done
fdtput -d "$tmp" / interrupt-parent 2>/dev/null || true
[ "$kept" -gt 0 ] || { echo "trim.sh: error: no node of $in is kept" >&2; rm -f "$tmp"; exit 1; }
mv "$tmp" "$out"
