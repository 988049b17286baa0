#!/bin/bash
# dtoc diff: the cases of testdata/diff/, then the command line, mixed
# inputs, bad inputs and the git driver.
#
# A case is a directory holding:
#   old.dts, new.dts     the two devicetrees, compiled with dtc here
#   args                 the run options, one line (optional; -s
#                        testdata/src is always given first); @WORK@
#                        stands for the case's work directory
#   *.dtso               overlays, compiled to @WORK@/NAME.dtbo (for
#                        --variant; the blobs are then compiled with -@)
#   inputs               "blob blob" (default), "report blob", "blob
#                        report" or "report report": reports are written
#                        by dtoc --report from the blob with the same args
#   expected.txt         the text dtoc diff prints
#   expected.json        what --json prints
#   expected-status      its exit status (default 1)
# Usage: tests/diff.sh DTOC [CASE...]
#   REGEN=1 rewrites expected.txt, expected.json and expected-status from
#   what dtoc does now: then review the diff.
set -u

dtoc=$1
shift
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
dtoc=$(realpath "$dtoc")
work=$(dirname "$dtoc")/diff
rm -rf "$work"
mkdir -p "$work"
src=testdata/src

pass=0
fail=0
failed=()

ok() { pass=$((pass + 1)); }
bad() {
	fail=$((fail + 1))
	failed+=("$1")
	echo "FAIL $1${2:+: $2}"
}

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
	for d in testdata/diff/*/; do
		cases+=("$(basename "$d")")
	done
fi

# A side as the case's inputs say: the blob, or its report.
side() {
	local kind=$1 name=$2
	shift 2
	if [ "$kind" = report ]; then
		"$dtoc" -s "$src" "$@" -d "$w/$name.dtb" --check \
			--report "$w/$name.json" all 2> /dev/null
		echo "$w/$name.json"
	else
		echo "$w/$name.dtb"
	fi
}

for name in "${cases[@]}"; do
	dir=testdata/diff/$name
	w=$work/$name
	mkdir -p "$w"
	args=()
	[ -f "$dir/args" ] && read -r -a args < "$dir/args"
	[ ${#args[@]} -gt 0 ] && args=("${args[@]//@WORK@/$w}")
	inputs=(blob blob)
	[ -f "$dir/inputs" ] && read -r -a inputs < "$dir/inputs"
	dtc_flags=()
	overlays_ok=1
	for o in "$dir"/*.dtso; do
		[ -e "$o" ] || continue
		dtc_flags=(-@)
		dtc -q -@ -I dts -O dtb -o "$w/$(basename "$o" .dtso).dtbo" "$o" ||
			overlays_ok=
	done
	if [ -z "$overlays_ok" ] ||
	   ! dtc -q ${dtc_flags[@]+"${dtc_flags[@]}"} -I dts -O dtb \
		-o "$w/old.dtb" "$dir/old.dts" ||
	   ! dtc -q ${dtc_flags[@]+"${dtc_flags[@]}"} -I dts -O dtb \
		-o "$w/new.dtb" "$dir/new.dts"; then
		bad "$name" "dtc failed"
		continue
	fi
	old=$(side "${inputs[0]}" old ${args[@]+"${args[@]}"})
	new=$(side "${inputs[1]}" new ${args[@]+"${args[@]}"})
	"$dtoc" diff -s "$src" ${args[@]+"${args[@]}"} "$old" "$new" \
		> "$w/text" 2> "$w/stderr"
	status=$?
	"$dtoc" diff -s "$src" ${args[@]+"${args[@]}"} --json "$old" "$new" \
		> "$w/json" 2>> "$w/stderr"
	jstatus=$?
	if [ -n "${REGEN:-}" ]; then
		cp "$w/text" "$dir/expected.txt"
		cp "$w/json" "$dir/expected.json"
		echo "$status" > "$dir/expected-status"
	fi
	want=1
	[ -f "$dir/expected-status" ] && want=$(cat "$dir/expected-status")
	problem=
	[ "$status" = "$want" ] || problem="exit status $status, not $want"
	[ "$jstatus" = "$status" ] || problem="--json exits $jstatus, text $status"
	[ -s "$w/stderr" ] && problem="stderr: $(head -1 "$w/stderr")"
	diff -u "$dir/expected.txt" "$w/text" > "$w/text.diff" ||
		problem="text differs (see $w/text.diff)"
	diff -u "$dir/expected.json" "$w/json" > "$w/json.diff" ||
		problem="JSON differs (see $w/json.diff)"
	# the JSON is JSON, with the keys the issue names
	if [ -s "$w/json" ] && ! python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
for k in ("summary", "renumbered", "nodes", "blob_only", "structs", "size"):
    assert k in r, k
for n in r["nodes"]:
    for k in ("path", "old_path", "change", "details"):
        assert k in n, k
    assert n["change"] in ("added", "removed", "renamed", "moved", "changed")
for b in r["blob_only"]:
    assert set(("path", "what", "why")) <= set(b)
' "$w/json" 2> "$w/json.err"; then
		problem="JSON shape: $(tail -1 "$w/json.err")"
	fi
	if [ -n "$problem" ]; then
		bad "$name" "$problem"
	else
		ok
	fi
done

# ------------------------------------------------------ command line
if [ $# -eq 0 ]; then
	. "$top/tests/diff-cli.sh"
fi

echo "diff: $pass passed, $fail failed"
[ "$fail" = 0 ] || { printf '  %s\n' "${failed[@]}"; exit 1; }
