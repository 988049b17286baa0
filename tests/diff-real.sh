#!/bin/bash
# dtoc diff on real history: for each DIR holding old.dtb and new.dtb (the
# SPL blob before and after a U-Boot commit, from a finished build) and
# optionally old.info/new.info ("inst=yes" for -i), print a row of
# doc/diff.md's table: the lines of `diff -u` between the files dtoc
# generates from each blob, and the lines `dtoc diff` prints. Then the
# dtoc diff output itself, to read against the commit.
#
# Usage: tests/diff-real.sh DTOC SRCTREE DIR...   (PHASE=spl by default)
set -u
dtoc=$1 src=$2
shift 2
phase=${PHASE:-spl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf '%-34s %6s %6s %s\n' case "diff-u" dtoc status
for dir in "$@"; do
	args=(-s "$src" -p "$phase")
	grep -qs '^inst=yes' "$dir/old.info" && args+=(-i)
	rm -rf "$tmp/old" "$tmp/new"
	for side in old new; do
		mkdir -p "$tmp/$side"
		"$dtoc" "${args[@]}" -d "$dir/$side.dtb" -c "$tmp/$side" \
			all 2> /dev/null
	done
	u=$(diff -ru "$tmp/old" "$tmp/new" | wc -l)
	"$dtoc" diff "${args[@]}" "$dir/old.dtb" "$dir/new.dtb" \
		> "$tmp/out" 2> "$tmp/err"
	status=$?
	printf '%-34s %6s %6s %s\n' "$(basename "$dir")" "$u" \
		"$(wc -l < "$tmp/out")" "$status"
	sed 's/^/    | /' "$tmp/out" "$tmp/err" >> "$tmp/all"
	echo "    == $(basename "$dir")" >> "$tmp/all"
done
echo
cat "$tmp/all"
