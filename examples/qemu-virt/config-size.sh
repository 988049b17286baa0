#!/bin/sh
# SPDX-License-Identifier: GPL-2.0+
#
# config-size.sh QV TABLE NAME:SWITCHES...: for each image QV/NAME/fw.elf
# (its link map QV/NAME/fw.map), the text/data/bss the runtime takes in
# it (mapsize.sh), then the text of its core alone (what U-Boot's
# drivers/core holds: device, lists, root, uclass, and variant and log;
# not the board's allocator, board.c, nor dm_dump_tree(), dump.c), next
# to U-Boot's driver-model core built with the same options, from TABLE
# (lines "NAME TEXT DATA BSS": measured by hand as
# doc/runtime-target.md says; "-" where U-Boot has no such
# configuration), and the switches. With QV_UBOOT_SPL=DIR (a finished
# U-Boot SPL build, O=DIR), also what DIR/spl/drivers/core/built-in.o
# holds. Reads finished builds only.
set -eu
qv=$1
table=$2
shift 2
here=$(dirname "$0")
size=${QV_SIZE:-aarch64-linux-gnu-size}

printf '%7s %7s %7s %7s  %-16s %7s %7s %7s  %s\n' text data bss core config \
	"U-Boot" data bss switches
for entry in "$@"; do
	name=${entry%%:*}
	switches=${entry#*:}
	ours=$("$here/mapsize.sh" "$qv/$name/fw.map" "$name" 'libdtoc-runtime\.a')
	core=$("$here/mapsize.sh" "$qv/$name/fw.map" "$name" \
		'libdtoc-runtime[.]a[(](device|lists|root|uclass|variant|log)[.]o[)]')
	uboot=$(awk -v n="$name" '$1 == n { print $2, $3, $4 }' "$table")
	# shellcheck disable=SC2086
	set -- $core
	core_text=$1
	# shellcheck disable=SC2086
	set -- $ours
	printf '%7s %7s %7s %7s  %-16s' "$1" "$2" "$3" "$core_text" "$name"
	# shellcheck disable=SC2086
	set -- ${uboot:-- - -}
	printf ' %7s %7s %7s  %s\n' "$1" "$2" "$3" "${switches:-(defaults)}"
done
if [ -n "${QV_UBOOT_SPL:-}" ]; then
	obj=$QV_UBOOT_SPL/spl/drivers/core/built-in.o
	echo "U-Boot's $obj (whole objects, before --gc-sections):"
	"$size" -t "$obj" 2>/dev/null | tail -n 1 ||
		echo "  (not found)"
fi
