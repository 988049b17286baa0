#!/bin/bash
# Run one suite of make check and keep what the summary prints: its
# output in RESULTS/NAME.log, and RESULTS/NAME.result, one line:
#   NAME CHECKS STATUS WALL-SECONDS CPU-SECONDS
# CHECKS counts what the suite's own output says passed: the sum of its
# "N passed", "N of M tests passed" and Check's "Checks: N" lines, or its
# "ok" lines (TAP, one per check) if there are more of those.
# CPU is user + system time of everything the command ran.
# Usage: tests/suite.sh RESULTS NAME COMMAND...
set -u

results=$1
name=$2
shift 2
mkdir -p "$results"
log=$results/$name.log
rm -f "$results/$name.result"

start=$(date +%s%N)
"$@" > "$log" 2>&1
status=$?
end=$(date +%s%N)
cat "$log"

# children's user and system time, as bash's times prints them (its
# second line: "0m1.234s 0m0.567s"; times must run in this shell, not in
# a pipe or $(...), to see this shell's children)
times > "$results/$name.times"
cpu=$(sed -n 2p "$results/$name.times" | awk '{
	s = 0
	for (i = 1; i <= 2; i++) {
		split($i, t, "m"); sub(/s$/, "", t[2]); s += t[1] * 60 + t[2]
	}
	printf "%.1f", s
}')
checks=$(awk '
	/^(valgrind )?ok( |$)/ { oks++; next }
	/Checks: [0-9]+/ { sub(/.*Checks: /, ""); n += $0 + 0; next }
	/[0-9]+ of [0-9]+ tests passed/ {
		sub(/ of [0-9]+ tests passed.*/, ""); sub(/.* /, ""); n += $0 + 0
		next
	}
	match($0, /: [0-9]+ passed/) {
		n += substr($0, RSTART + 2, RLENGTH - 9) + 0
	}
	END { print (oks > n ? oks : n) + 0 }' "$log")
printf '%s %s %s %d.%d %s\n' "$name" "$checks" "$status" \
	$(((end - start) / 1000000000)) $(((end - start) / 100000000 % 10)) \
	"$cpu" > "$results/$name.result"
exit $status
