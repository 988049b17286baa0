#!/bin/bash
# The table make check prints at the end: one line per suite (checks
# passed, status, wall and CPU seconds), from the .result files
# tests/suite.sh wrote; then the totals, and the wall time since START
# was written (make check's start).
# Usage: tests/summary.sh START DIR:LABEL:NAMES...   (START -: no time)
#   DIR holds NAME.result files for each of NAMES (blank-separated); a
#   non-empty LABEL is added to their names. A suite without a result
#   did not run (a build failed): "not run".
# Fails when a suite failed or did not run.
set -u

start=$1
shift
since=
[ "$start" != - ] && [ -f "$start" ] && since=$(($(date +%s) - $(stat -c %Y "$start")))

for group in "$@"; do
	dir=${group%%:*}
	rest=${group#*:}
	label=${rest%%:*}
	for name in ${rest#*:}; do
		if [ -f "$dir/$name.result" ]; then
			read -r _ checks st wall cpu < "$dir/$name.result"
		else
			checks=0 st=-1 wall=0 cpu=0
		fi
		printf '%s%s %s %s %s %s\n' "$name" "${label:+ ($label)}" \
			"$checks" "$st" "$wall" "$cpu"
	done
done | awk -v since="$since" '
	{
		name = $1
		for (i = 2; i <= NF - 4; i++)
			name = name " " $i
		c = $(NF - 3); st = $(NF - 2); w = $(NF - 1); u = $NF
		if (!rows++)
			printf "%-28s %7s %7s %8s %8s\n", "suite", "checks", \
				"status", "wall s", "cpu s"
		word = st == 0 ? "ok" : st == -1 ? "not run" : "FAIL"
		if (st != 0) bad = 1
		printf "%-28s %7d %7s %8.1f %8.1f\n", name, c, word, w, u
		tc += c; tw += w; tu += u
	}
	END {
		if (!rows) {
			print "summary: no suite"
			exit 1
		}
		printf "%-28s %7d %7s %8.1f %8.1f\n", "all suites", tc, \
			bad ? "FAIL" : "ok", tw, tu
		if (since != "")
			printf "make check: %d s from start to end\n", since
		exit bad
	}'
