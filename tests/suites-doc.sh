#!/bin/bash
# doc/tests.md against tests/suites: the table between the "suites"
# markers must be the one this script makes from the list, and every
# suite must be described below it (a line naming `make check-NAME`).
# REGEN=1 rewrites the table.
# Usage: tests/suites-doc.sh [DOC]   (default: doc/tests.md)
set -u

top=$(cd "$(dirname "$0")/.." && pwd)
doc=${1:-$top/doc/tests.md}
begin='<!-- suites: made from tests/suites by tests/suites-doc.sh -->'
end='<!-- /suites -->'

table() {
	echo "| suite | builds | what it checks |"
	echo "|---|---|---|"
	awk '!/^#/ && NF {
		n = $1; b = $2; $1 = $2 = ""; sub(/^ +/, "")
		b = b == "gcc" ? "gcc" : b == "both" ? "gcc, sanitizer" : "sanitizer"
		printf "| `make check-%s` | %s | %s |\n", n, b, $0
	}' "$top/tests/suites"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
if ! grep -qxF "$begin" "$doc" || ! grep -qxF "$end" "$doc"; then
	echo "FAIL: $doc has no suites table (the lines $begin and $end)"
	exit 1
fi
awk -v b="$begin" -v e="$end" '$0 == e { on = 0 } on { print } $0 == b { on = 1 }' \
	"$doc" > "$tmp/table"
if [ -n "${REGEN:-}" ]; then
	table > "$tmp/table"
	awk -v b="$begin" -v e="$end" -v t="$tmp/table" '
		$0 == e { while ((getline l < t) > 0) print l; on = 0 }
		!on { print }
		$0 == b { on = 1 }' "$doc" > "$tmp/new" && cat "$tmp/new" > "$doc"
elif table | diff -u "$tmp/table" - > "$tmp/diff"; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL: the table of $doc is not that of tests/suites (REGEN=1 $0):"
	cat "$tmp/diff"
fi
# shellcheck disable=SC2013
for name in $(awk '!/^#/ && NF { print $1 }' "$top/tests/suites"); do
	if awk -v e="$end" -v n="make check-$name\`" 'seen && index($0, n) { f = 1 }
		$0 == e { seen = 1 } END { exit !f }' "$doc"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $doc does not describe \`make check-$name\` below its table"
	fi
done
echo "doc: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
