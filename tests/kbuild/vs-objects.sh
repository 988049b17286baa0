#!/bin/bash
# The kbuild evaluator against a finished U-Boot build, on every .c file
# of the tree (git ls-files): "built" must be true exactly when the
# phase's build directory holds the object.
#
# Usage: tests/kbuild/vs-objects.sh KBQUERY SRCTREE BUILDDIR PHASE [PATHSPEC...]
#   KBQUERY: build/kbquery (make build/kbquery); PHASE: spl, tpl, vpl,
#   proper. It reads a build made beforehand; it builds nothing.
# Prints the files that differ or are unknown, then counts.
set -u
kbq=$1 src=$2 build=$3 phase=$4
shift 4
objdir=$build/$phase
[ "$phase" = proper ] && objdir=$build
[ $# -eq 0 ] && set -- '*.c'
agree=0 differ=0 unknown=0 built=0
while IFS=$'\t' read -r verdict rel why; do
	have=false
	[ -f "$objdir/${rel%.c}.o" ] && have=true
	case $verdict in
	unknown) unknown=$((unknown + 1)); echo "UNKNOWN $rel ($why)" ;;
	built) if $have; then agree=$((agree + 1)) built=$((built + 1));
	       else differ=$((differ + 1)); echo "DIFFER built, no object: $rel ($why)"; fi ;;
	not-built) if ! $have; then agree=$((agree + 1));
		   else differ=$((differ + 1)); echo "DIFFER not built, object: $rel ($why)"; fi ;;
	esac
done < <(git -C "$src" ls-files -- "$@" | grep -v '^tools/\|^scripts/\|^test/py' |
	"$kbq" "$src" "$build/.config" "$phase")
echo "files: $agree agree ($built built), $differ differ, $unknown unknown"
[ "$differ" -eq 0 ] && [ "$unknown" -eq 0 ]
