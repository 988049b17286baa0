#!/bin/bash
# Compare dtoc's --config verdicts with a finished U-Boot build: for every
# used driver and uclass driver, "built" must be true exactly when the
# phase's build directory holds the file's object.
#
# Usage: tests/kbuild/vs-build.sh DTOC SRCTREE BUILDDIR PHASE [DTOC OPTIONS]
#   PHASE: spl, tpl, vpl, or proper; the dtb is BUILDDIR/<phase>/
#   u-boot-<phase>.dtb (proper: BUILDDIR/u-boot.dtb). It neither fetches
#   nor builds U-Boot: it reads a build made beforehand.
# Prints one line per file (verdict, object present, file, built_by) and
# a summary; exits 1 on any mismatch or unknown verdict.
set -u
dtoc=$1 src=$2 build=$3 phase=$4
shift 4
if [ "$phase" = proper ]; then
	dtb=$build/u-boot.dtb objdir=$build popt=()
else
	dtb=$build/$phase/u-boot-$phase.dtb objdir=$build/$phase popt=(-p "$phase")
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
"$dtoc" -s "$src" -d "$dtb" "${popt[@]}" --config "$build/.config" \
	--check --report "$report" "$@" all 2>/dev/null
same=0 differ=0 unknown=0
while IFS=$'\t' read -r file built why; do
	rel=${file#"$src"}
	rel=${rel#/}
	obj=$objdir/${rel%.*}.o
	have=false
	[ -f "$obj" ] && have=true
	if [ "$built" = null ]; then
		unknown=$((unknown + 1)) tag=UNKNOWN
	elif [ "$built" = "$have" ]; then
		same=$((same + 1)) tag=ok
	else
		differ=$((differ + 1)) tag=DIFFER
	fi
	printf '%-7s built=%-5s object=%-5s %s  (%s)\n' "$tag" "$built" \
		"$have" "$rel" "$why"
done < <(jq -r '[.drivers[], .uclasses[]] | unique_by(.file)[] |
	[.file, (.built | tostring), .built_by] | @tsv' "$report")
echo "files: $same agree, $differ differ, $unknown unknown"
[ "$differ" -eq 0 ] && [ "$unknown" -eq 0 ]
