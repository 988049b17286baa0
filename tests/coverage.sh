#!/bin/bash
# make coverage's report, from the .gcda files the suites left in DIR
# (a build with gcc --coverage): line and branch coverage of src/
# without the runtime, of src/runtime, and of each file (lowest first);
# an HTML report in DIR/html; and last the line
#   coverage: lines NN.N% branches NN.N%
# for src/ without the runtime. Needs lcov (lcov, genhtml).
# Usage: tests/coverage.sh DIR
set -eu

dir=$1
top=$(cd "$(dirname "$0")/.." && pwd)
rc=(--rc lcov_branch_coverage=1 --quiet)
info=$dir/info
rm -rf "$info" "$dir/html"
mkdir -p "$info"

# dtoc's objects and the runtime library's (the other objects are tests)
lcov "${rc[@]}" --capture --directory "$dir/obj" \
	--directory "$dir/runtime/lib" --base-directory "$top" \
	--output-file "$info/all.info" 2> "$info/lcov.log" ||
	{ cat "$info/lcov.log"; exit 1; }
lcov "${rc[@]}" --extract "$info/all.info" "$top/src/*" \
	--output-file "$info/src.info"
lcov "${rc[@]}" --remove "$info/src.info" "$top/src/runtime/*" \
	--output-file "$info/dtoc.info"
lcov "${rc[@]}" --extract "$info/src.info" "$top/src/runtime/*" \
	--output-file "$info/runtime.info"
genhtml "${rc[@]}" --branch-coverage --title "dtoc: src/" \
	--prefix "$top" --output-directory "$dir/html" "$info/src.info"

# the totals of an .info file: "lines-hit lines branches-hit branches"
totals() {
	awk -F: '
		$1 == "LH" { lh += $2 } $1 == "LF" { lf += $2 }
		$1 == "BRH" { bh += $2 } $1 == "BRF" { bf += $2 }
		END { print lh + 0, lf + 0, bh + 0, bf + 0 }' "$1"
}
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b ? 100 * a / b : 100 }'; }

echo "--- per file (lines, branches), lowest line coverage first:"
awk -F: -v top="$top/" '
	$1 == "SF" { f = $2; sub(top, "", f); lh = lf = bh = bf = 0 }
	$1 == "LH" { lh = $2 } $1 == "LF" { lf = $2 }
	$1 == "BRH" { bh = $2 } $1 == "BRF" { bf = $2 }
	$0 == "end_of_record" {
		printf "%6.1f%% %6.1f%%  %5d/%-5d %s\n", lf ? 100 * lh / lf : 100,
			bf ? 100 * bh / bf : 100, lh, lf, f
	}' "$info/src.info" | sort -n
read -r lh lf bh bf < <(totals "$info/runtime.info")
echo "src/runtime: lines $(pct "$lh" "$lf")% ($lh of $lf), branches $(pct "$bh" "$bf")% ($bh of $bf)"
read -r lh lf bh bf < <(totals "$info/dtoc.info")
echo "src/ without the runtime: lines $(pct "$lh" "$lf")% ($lh of $lf), branches $(pct "$bh" "$bf")% ($bh of $bf)"
echo "HTML report: $dir/html/index.html"
echo "coverage: lines $(pct "$lh" "$lf")% branches $(pct "$bh" "$bf")%"
