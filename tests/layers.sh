#!/bin/sh
# The layering of src/: each stage includes only the public headers of
# the stages before it that it may know, and its own headers; inside a
# stage, a file includes only the internal headers below it. The shared
# headers (dtoc.h, and model.h: the data model every stage includes)
# include only base, no stage's header defines a struct of the model
# again, and no stage reads a field that a later stage adds to the model.
# Then the check checks itself: a copy of src/ with one wrong include,
# definition or read must fail.
#
# Usage: tests/layers.sh [SRC]   (default: src)
set -eu

# stage: the stages whose public headers it may include (itself too)
allowed() {
	case $1 in
	base) echo "base" ;;
	shared) echo "base" ;;	# dtoc.h, model.h: every stage includes them
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
	base/base.h | base/cursor.h | base/diag.h | dtb/dtb.h | variant/variant.h | scan/scan.h | \
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

# Check tree $1; print each violation, return 1 if any. With FILES ($2...,
# the self-test's mutations), only those files' includes and definitions
# are checked, and the reads of fields, over the whole tree, only when
# they pass (the copy is otherwise the tree that passed).
check() {
	root=$1
	shift
	bad=0
	if [ $# -gt 0 ]; then
		files=$*
	else
		files=$(cd "$root" && find . -path ./runtime -prune -o \
			\( -name '*.c' -o -name '*.h' \) -print | sed 's|^\./||' | sort)
	fi
	for f in $files; do
		case $f in
		*/*) stage=${f%%/*} ;;
		dtoc.h | model.h) stage=shared ;;
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
			h=${line#*:#include \"}
			h=${h%%\"*}
			case $h in
			dtoc.h | model.h)
				[ "$stage" != shared ] && continue
				[ "$f" = model.h ] && [ "$h" = dtoc.h ] &&
					echo "layers: $f:$n: the model includes only base" &&
					echo bad >> "$tmp/bad"
				continue ;;
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
	# the model's structs are defined once, in model.h
	for f in $files; do
		case $f in
		model.h) continue ;;
		*.h) ;;
		*) continue ;;
		esac
		grep -nE "^struct ($model_structs) \{" "$root/$f" |
			while IFS=: read -r n _; do
				echo "layers: $f:$n: defines a struct of the model, which only model.h may"
				echo bad >> "$tmp/bad"
			done
	done
	if [ $# -gt 0 ] && { [ -s "$tmp/bad" ] || [ "$bad" != 0 ]; }; then
		rm -f "$tmp/bad"
		return 1
	fi
	check_fields "$root"
	if [ -s "$tmp/bad" ]; then
		rm -f "$tmp/bad"
		return 1
	fi
	return "$bad"
}

# The fields a stage adds to the model: in model.h, a group of fields
# under a comment naming the stage. Prints "STAGE FIELD".
added_fields() {
	awk '
	/^struct [a-z_]+ \{/ { in_struct = 1; stage = ""; next }
	/^\};/ { in_struct = 0; next }
	in_struct && /^\t\/\* [a-z]+[ (:,]/ {
		s = $0; sub(/^\t\/\* /, "", s); sub(/[ (:,].*/, "", s)
		stage = (" " stages " " ~ " " s " ") ? s : ""; next
	}
	in_struct && /^$/ { stage = ""; next }
	in_struct && stage != "" && /;/ {
		s = $0; sub(/;.*/, "", s); sub(/\[.*\]/, "", s)
		n = split(s, w, /[ \t*]+/); print stage, w[n]
	}' stages="$stages" "$1/model.h"
}

# No stage reads a field of the model that a later stage adds (the dtb
# stage knows nothing of drivers). Checked for the names declared once
# in src/ (others, such as "driver", are fields of other structs too).
check_fields() {
	root=$1
	sources=$(for s in $stages; do ls "$root/$s"/*.[ch] 2>/dev/null; done)
	# shellcheck disable=SC2086
	cat "$root"/*.h $sources > "$tmp/all"
	added_fields "$root" | while read -r st f; do
		n=$(grep -cE "^[[:space:]]+[A-Za-z_][^();]*[ *]$f(\[[^]]*\])?;" "$tmp/all")
		[ "$n" = 1 ] && echo "$st $f"
	done > "$tmp/fields"
	later=""
	for t in $(echo "$stages" | tr ' ' '\n' | sed '1!G;h;$!d'); do
		# $later: the fields the stages after $t add
		if [ -n "$later" ]; then
			for file in "$root/$t"/*.[ch]; do
				[ -f "$file" ] || continue
				grep -noE "(->|\.)($later)\b" "$file" |
					while IFS=: read -r n use; do
						f=${use#->}
						f=${f#.}
						echo "layers: ${file#"$root"/}:$n: reads '$f', which $(awk -v f="$f" '$2 == f { print $1 }' "$tmp/fields") adds to the model after this stage"
						echo bad >> "$tmp/bad"
					done
			done
		fi
		mine=$(awk -v s="$t" '$1 == s { printf "%s%s", sep, $2; sep = "|" }' "$tmp/fields")
		[ -n "$mine" ] && later=${later:+$later|}$mine
	done
}

model_structs="value|elem|binding_type|prop|node|of_entry|of_table|driver|driver_alias|seq_entry|uclass"
stages="base dtb variant scan bindings resolve kbuild emit diff"
src=${1:-src}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! check "$src"; then
	echo "layers: FAIL"
	exit 1
fi

# The check itself: each of these mutations of a copy must be caught
# (one copy; each mutated file is put back afterwards).
cp -R "$src" "$tmp/copy"
fail=0
for mutation in \
	'scan/parse.c|#include "scan/cache.h"' \
	'dtb/dtb.c|#include "resolve/resolve.h"' \
	'bindings/typing.c|#include "resolve/resolve.h"' \
	'emit/emit.c|#include "scan/walk.h"' \
	'scan/scan.c|#include "dtb/dtb.h"' \
	'variant/load.c|#include "resolve/resolve.h"' \
	'emit/report.c|#include "diff/diff.h"' \
	'model.h|#include "scan/scan.h"' \
	'model.h|#include "dtoc.h"' \
	'dtb/dtb.h|struct node {' \
	'scan/scan.h|struct uclass {' \
	'dtb/names.c|static int x(const struct node *n) { return n->uclass_seq; }' \
	'bindings/typing.c|static const char *y(const struct node *n) { return n->struct_name; }'; do
	# (not $file: check_fields() uses that name)
	mfile=${mutation%%|*}
	inc=${mutation#*|}
	printf '%s\n' "$inc" >> "$tmp/copy/$mfile"
	if check "$tmp/copy" "$mfile" > /dev/null; then
		echo "layers: FAIL: $mfile with $inc passed the check"
		fail=1
	fi
	cp "$src/$mfile" "$tmp/copy/$mfile"
done
[ "$fail" = 0 ] || exit 1
echo "layers: 14 passed, 0 failed (src/ follows the pipeline; 13 wrong includes, definitions or reads caught)"
