#!/bin/bash
# dtoc diff on real history: for each DIR holding old.dtb and new.dtb (a
# phase's blob before and after a U-Boot commit, from finished builds),
# print a row of doc/diff.md's table: the lines of `diff -ru` between the
# files dtoc generates from each blob, and the lines `dtoc diff` prints;
# then dtoc diff's output itself, to read against the commit. Reads
# builds; builds nothing.
#
# DIR/meta, if there, says (one KEY=VALUE a line) phase=, inst=yes|no and
# srcold=/srcnew=, the source tree of each side: two trees are diffed
# through a report written in each, one tree through the blobs. Without
# it: old.info ("inst=yes" for -i), PHASE (default spl), and SRCTREE for
# both sides.
#
# Usage: tests/diff-real.sh DTOC SRCTREE DIR...
set -u
dtoc=$1 src=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

meta() { sed -n "s/^$2=//p" "$1/meta" 2> /dev/null | head -1; }

printf '%-34s %6s %6s %s\n' case "diff-u" dtoc status
for dir in "$@"; do
	phase=$(meta "$dir" phase)
	inst=$(meta "$dir" inst)
	old_src=$(meta "$dir" srcold)
	new_src=$(meta "$dir" srcnew)
	[ -n "$phase" ] || phase=${PHASE:-spl}
	[ -n "$inst" ] || { grep -qs '^inst=yes' "$dir/old.info" && inst=yes; }
	[ -n "$old_src" ] || old_src=$src
	[ -n "$new_src" ] || new_src=$src
	args=(-p "$phase")
	[ "$inst" = yes ] && args+=(-i)
	rm -rf "$tmp/old" "$tmp/new"
	mkdir -p "$tmp/old" "$tmp/new"
	"$dtoc" -s "$old_src" "${args[@]}" -d "$dir/old.dtb" -c "$tmp/old" \
		--report "$tmp/old.json" all 2> /dev/null
	"$dtoc" -s "$new_src" "${args[@]}" -d "$dir/new.dtb" -c "$tmp/new" \
		--report "$tmp/new.json" all 2> /dev/null
	u=$(diff -ru "$tmp/old" "$tmp/new" | wc -l)
	if [ "$old_src" = "$new_src" ]; then
		"$dtoc" diff -s "$old_src" "${args[@]}" "$dir/old.dtb" \
			"$dir/new.dtb" > "$tmp/out" 2> "$tmp/err"
	else
		"$dtoc" diff "$tmp/old.json" "$tmp/new.json" \
			> "$tmp/out" 2> "$tmp/err"
	fi
	status=$?
	printf '%-34s %6s %6s %s\n' "$(basename "$dir")" "$u" \
		"$(wc -l < "$tmp/out")" "$status"
	{
		echo "    == $(basename "$dir")"
		sed 's/^/    | /' "$tmp/out" "$tmp/err"
	} >> "$tmp/all"
done
echo
cat "$tmp/all"
