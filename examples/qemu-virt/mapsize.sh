#!/bin/sh
# SPDX-License-Identifier: GPL-2.0+
#
# mapsize.sh MAP LABEL PATTERN...: text/data/bss that the input files
# matching a PATTERN (awk regexps, e.g. 'libdtoc-runtime\.a') take in the
# image linked with -Map=MAP, after --gc-sections. text = .text and
# .rodata; data = .data, the linker lists and .priv_data; bss = .bss.
set -eu
map=$1
label=$2
shift 2
pats="$*"
awk -v label="$label" -v pats="$pats" '
function hex(s,   i, v) {
	v = 0
	s = tolower(substr(s, 3))
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return v
}
function want(file,   n, i, p) {
	n = split(pats, p, " ")
	for (i = 1; i <= n; i++)
		if (file ~ p[i])
			return 1
	return 0
}
function add(name, size, file) {
	if (!want(file) || size == 0)
		return
	if (name ~ /^\.(text|rodata)/)
		text += size
	else if (name ~ /^\.bss/ || name == "COMMON")
		bss += size
	else if (name ~ /^(\.data|__u_boot_list|\.priv_data)/)
		data += size
}
/^Discarded input sections/ { skip = 1 }
/^Linker script and memory map/ { skip = 0; next }
skip { next }
# " .name 0xaddr 0xsize file" or " .name" then " 0xaddr 0xsize file"
NF == 4 && $2 ~ /^0x/ && $3 ~ /^0x/ { add($1, hex($3), $4); prev = ""; next }
NF == 3 && $1 ~ /^0x/ && $2 ~ /^0x/ && prev != "" { add(prev, hex($2), $3); prev = ""; next }
NF == 1 && $1 ~ /^[._A-Za-z]/ { prev = $1; next }
{ prev = "" }
END { printf "%7d %7d %7d  %s\n", text, data, bss, label }
' "$map"
