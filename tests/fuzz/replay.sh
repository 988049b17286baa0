#!/bin/bash
# make check-fuzz: each fuzz target, built with tests/fuzz/replay.c, runs
# once on every input of tests/fuzz/regress/NAME (inputs that once
# crashed it) and of SEEDS/NAME (derived from testdata by seeds.sh).
# Deterministic: no timed fuzzing (that is make fuzz, tests/fuzz/run.sh).
# Usage: tests/fuzz/replay.sh BINDIR SEEDS NAME...
set -u

bindir=$1
seeds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
pass=0
fail=0
for name in "$@"; do
	dirs=()
	for d in "$here/regress/$name" "$seeds/$name"; do
		[ -d "$d" ] && dirs+=("$d")
	done
	log=$bindir/$name.log
	if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	   "$bindir/$name" "${dirs[@]}" > "$log" 2>&1; then
		n=$(sed -n 's/^\([0-9]*\) inputs$/\1/p' "$log")
		pass=$((pass + n))
		echo "  REPLAY  fuzz_$name: $n inputs"
	else
		fail=$((fail + 1))
		echo "FAIL fuzz_$name (see $log):"
		grep -E "replay: on input|ERROR|SUMMARY|runtime error" "$log" | head
	fi
done
# (counted in inputs replayed, and targets failed)
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
