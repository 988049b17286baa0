#!/bin/sh
# The layering of src/: each stage includes only the public headers of
# the stages before it that it may know, and its own headers; inside a
# stage, a file includes only the internal headers below it. Then the
# check checks itself: a copy of src/ with one wrong include must fail.
#
# Usage: tests/layers.sh [SRC]   (default: src)
set -eu

# stage: the stages whose public headers it may include (itself too)
allowed() {
	case $1 in
	base) echo "base" ;;
	dtb) echo "base dtb" ;;
	variant) echo "base dtb variant" ;;	# overlays on the blob
	scan) echo "base scan" ;;		# the sources, not the blob
	bindings) echo "base dtb bindings" ;;	# typing knows no structs
	resolve) echo "base dtb variant scan bindings resolve" ;;
	kbuild) echo "base dtb scan resolve kbuild" ;;	# .config, Makefiles
	emit) echo "base dtb variant scan bindings resolve kbuild emit" ;;
	diff) echo "base dtb variant scan bindings resolve kbuild emit diff" ;;	# reads emit's report
	top) echo "base dtb variant scan bindings resolve kbuild emit diff" ;;
	esac
}

# A stage's public headers; every other header of it is internal.
is_public() {
	case $1 in
	base/base.h | base/diag.h | dtb/dtb.h | variant/variant.h | scan/scan.h | \
	bindings/bindings.h | resolve/resolve.h | kbuild/kbuild.h | \
	emit/emit.h | diff/diff.h) return 0 ;;
	esac
	return 1
}

# Inside a stage, the rank of a file or internal header: a file may
# include an internal header of its stage only if its rank is not below
# the header's (parse.c knows nothing of caching or merging, the cache
# nothing of the walk, ...). Unlisted: rank 9.
rank() {
	case $1 in
	scan/lines.[ch] | scan/match.c) echo 1 ;;
	scan/parse.[ch]) echo 2 ;;
	scan/cache.[ch] | scan/cache-format.h | scan/cache_*.c) echo 3 ;;
	scan/walk.[ch]) echo 4 ;;
	scan/merge.[ch]) echo 5 ;;
	bindings/yaml.[ch] | bindings/index.c) echo 1 ;;
	bindings/schema.[ch]) echo 2 ;;
	resolve/resolve-internal.h) echo 1 ;;
	emit/templates.h) echo 1 ;;
	*) echo 9 ;;
	esac
}

# Check tree $1; print each violation, return 1 if any.
check() {
	root=$1
	bad=0
	files=$(cd "$root" && find . -path ./runtime -prune -o \
		\( -name '*.c' -o -name '*.h' \) -print | sed 's|^\./||' | sort)
	for f in $files; do
		case $f in
		*/*) stage=${f%%/*} ;;
		*) stage=top ;;
		esac
		ok=$(allowed "$stage")
		if [ -z "$ok" ]; then
			echo "layers: $f: folder '$stage' is not a stage of the pipeline"
			bad=1
			continue
		fi
		grep -n '^#include "' "$root/$f" | while IFS= read -r line; do
			n=${line%%:*}
			h=$(echo "$line" | sed 's/^[0-9]*:#include "\([^"]*\)".*/\1/')
			case $h in
			dtoc.h) continue ;;
			*/*) ;;
			*) echo "layers: $f:$n: includes \"$h\" without its stage's folder"
			   echo bad >> "$tmp/bad"; continue ;;
			esac
			hs=${h%%/*}
			case " $ok " in
			*" $hs "*) ;;
			*) echo "layers: $f:$n: stage '$stage' must not include \"$h\" (it may know: $ok)"
			   echo bad >> "$tmp/bad"; continue ;;
			esac
			if is_public "$h"; then
				continue
			fi
			if [ "$hs" != "$stage" ]; then
				echo "layers: $f:$n: \"$h\" is internal to stage '$hs'"
				echo bad >> "$tmp/bad"
			elif [ "$(rank "$f")" -lt "$(rank "$h")" ]; then
				echo "layers: $f:$n: \"$h\" belongs to a later step of stage '$hs'"
				echo bad >> "$tmp/bad"
			fi
		done
	done
	if [ -s "$tmp/bad" ]; then
		rm -f "$tmp/bad"
		return 1
	fi
	return "$bad"
}

src=${1:-src}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! check "$src"; then
	echo "layers: FAIL"
	exit 1
fi

# The check itself: each of these mutations of a copy must be caught.
fail=0
for mutation in \
	'scan/parse.c|#include "scan/cache.h"' \
	'dtb/dtb.c|#include "resolve/resolve.h"' \
	'bindings/typing.c|#include "resolve/resolve.h"' \
	'emit/emit.c|#include "scan/walk.h"' \
	'scan/scan.c|#include "dtb/dtb.h"' \
	'variant/load.c|#include "resolve/resolve.h"' \
	'emit/report.c|#include "diff/diff.h"'; do
	file=${mutation%%|*}
	inc=${mutation#*|}
	rm -rf "$tmp/copy"
	cp -R "$src" "$tmp/copy"
	printf '%s\n' "$inc" >> "$tmp/copy/$file"
	if check "$tmp/copy" > /dev/null; then
		echo "layers: FAIL: $file with $inc passed the check"
		fail=1
	fi
done
[ "$fail" = 0 ] || exit 1
echo "layers: ok (src/ follows the pipeline; 7 wrong includes caught)"
