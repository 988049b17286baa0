#!/bin/bash
# Run fuzz targets: each first replays its regression inputs
# (tests/fuzz/regress/NAME/, inputs that once crashed it), then fuzzes
# for SECONDS from its corpus (BUILD/corpus/NAME, grown by every run),
# the seeds derived from testdata (BUILD/seeds/NAME) and the committed
# ones (tests/fuzz/seeds/NAME), with its dictionary (tests/fuzz/NAME.dict).
# One line per target: executions, coverage (libFuzzer's cov: edges,
# ft: features), corpus size. A crash keeps its input in
# BUILD/artifacts/ and fails the run.
# Usage: tests/fuzz/run.sh BUILD SECONDS NAME...
#   FUZZ_JOBS=n runs n fuzzing processes of each target at once
#   FUZZ_NICE=1 runs them with nice
set -u

build=$1
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
status=0
nice=()
[ -n "${FUZZ_NICE:-}" ] && nice=(nice -n 10)

for name in "$@"; do
	bin=$build/fuzz_$name
	corpus=$build/corpus/$name
	log=$build/logs/$name.log
	mkdir -p "$corpus" "$build/artifacts" "$build/logs"
	dirs=("$corpus")
	for d in "$build/seeds/$name" "$here/seeds/$name"; do
		[ -d "$d" ] && dirs+=("$d")
	done
	regress=("$here"/regress/"$name"/*)
	if [ -e "${regress[0]}" ]; then
		if ! "$bin" "${regress[@]}" > "$log" 2>&1; then
			echo "FAIL fuzz_$name: a regression input fails again:"
			tail -n 30 "$log"
			status=1
			continue
		fi
		echo "  REPLAY  fuzz_$name: ${#regress[@]} regression inputs pass"
	fi
	opts=(-max_total_time="$seconds" -timeout=20 -print_final_stats=1
	      -artifact_prefix="$build/artifacts/$name-"
	      -dict="$here/$name.dict")
	if [ "${FUZZ_JOBS:-1}" -gt 1 ]; then
		opts+=(-fork="$FUZZ_JOBS" -ignore_crashes=0)
	fi
	if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
	     ${nice[@]+"${nice[@]}"} "$bin" "${opts[@]}" "${dirs[@]}" \
		> "$log" 2>&1; then
		echo "FAIL fuzz_$name: see $log; the input is in $build/artifacts/"
		grep -E "ERROR|assertion|SUMMARY|Test unit written" "$log" | head
		status=1
		continue
	fi
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	last=$(grep -E "^#[0-9]+" "$log" | tail -1)
	cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
	echo "  FUZZ    fuzz_$name: ${runs:-?} runs in ${seconds}s, cov ${cov:-?}, ft ${ft:-?}, corpus $(find "$corpus" -type f | wc -l)"
done
exit $status
