#!/bin/sh
# SPDX-License-Identifier: GPL-2.0+
#
# trim.sh [-@] IN.dtb OUT.dtb COMPATIBLE...
#
# Trim QEMU's devicetree to what the firmware drives, as a U-Boot board
# trims its SPL tree: keep the top-level nodes one of whose compatible
# strings is a COMPATIBLE given, delete every other node (with its
# subnodes: /chosen, /cpus, /memory, the GIC, virtio, PCIe, ...), and the
# root's interrupt-parent (it points at the GIC, which is gone). What is
# left is what dtoc turns into platdata. The filter goes by compatible,
# not by path, so that it survives QEMU moving a device to another
# address. Uses fdtget/fdtput (device-tree-compiler).
#
# -@: also what `dtc -@` gives a tree compiled from source with labels,
# so that overlays (.dtso compiled with dtc -@) can target the kept nodes
# by label: a /__symbols__ node with one label per kept node, its name
# without the unit address, '-' made '_' (apb_pclk, pl011, pl031, pl061),
# and a phandle for each kept node that has none (the next number after
# the largest in the tree), since libfdt's overlay code resolves a
# fragment's target label to the node's phandle. Nothing else changes.
set -eu

symbols=
if [ "${1:-}" = -@ ]; then
	symbols=1
	shift
fi
[ $# -ge 3 ] || { echo "usage: $0 [-@] IN.dtb OUT.dtb COMPATIBLE..." >&2; exit 2; }
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
if [ -n "$symbols" ]; then
	max=0
	for node in $(fdtget -l "$tmp" /); do
		ph=$(fdtget -t u "$tmp" "/$node" phandle 2>/dev/null || echo 0)
		[ "$ph" -gt "$max" ] && max=$ph
	done
	fdtput -c "$tmp" /__symbols__
	for node in $(fdtget -l "$tmp" /); do
		[ "$node" = __symbols__ ] && continue
		if ! fdtget "$tmp" "/$node" phandle > /dev/null 2>&1; then
			max=$((max + 1))
			fdtput -t u "$tmp" "/$node" phandle "$max"
		fi
		label=$(echo "${node%%@*}" | tr - _)
		fdtput -t s "$tmp" /__symbols__ "$label" "/$node"
	done
fi
mv "$tmp" "$out"
