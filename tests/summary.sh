#!/bin/bash
# The table make check prints at the end: one line per suite (checks
# passed, status, wall and CPU seconds), from the .result files
# tests/suite.sh wrote, in the order of tests/suites; then the totals,
# and the wall time since START was written (make check's start).
# Usage: tests/summary.sh START DIR[=LABEL]...
#   DIR holds NAME.result files; LABEL is added to their names.
# Fails when a suite failed, or when no suite left a result.
set -u

start=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
suites=$(awk '!/^#/ && NF { print $1 }' "$here/suites")

for group in "$@"; do
	dir=${group%%=*}
	label=
	[ "$group" != "$dir" ] && label=" (${group#*=})"
	for name in $suites; do
		[ -f "$dir/$name.result" ] &&
			printf '%s %s\n' "$label" "$(cat "$dir/$name.result")"
	done
done | awk -v since="$([ -f "$start" ] && echo $(($(date +%s) - $(stat -c %Y "$start"))))" '
	{
		label = $0; sub(/ [^ ]+ [^ ]+ [^ ]+ [^ ]+ [^ ]+$/, "", label)
		$0 = substr($0, length(label) + 2)
		if (!rows++)
			printf "%-28s %7s %6s %8s %8s\n", "suite", "checks", \
				"status", "wall s", "cpu s"
		st = $3 == 0 ? "ok" : "FAIL"
		if ($3 != 0) bad = 1
		printf "%-28s %7d %6s %8.1f %8.1f\n", $1 label, $2, st, $4, $5
		c += $2; w += $4; u += $5
	}
	END {
		if (!rows) {
			print "summary: no suite ran"
			exit 1
		}
		printf "%-28s %7d %6s %8.1f %8.1f\n", "all suites", c, \
			bad ? "FAIL" : "ok", w, u
		if (since != "")
			printf "make check: %d s from start to end\n", since
		exit bad
	}'
