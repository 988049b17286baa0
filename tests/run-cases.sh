#!/bin/bash
# Run every case of testdata/cases/ through dtoc and compare the results.
#
# A case is a directory holding:
#   input.dts or input.dtb   the devicetree (neither: -d names a missing file)
#   args                     extra options, one line (optional); @CASE@
#                            stands for the case's directory (e.g.
#                            --bindings @CASE@/bindings), @WORK@ for the
#                            directory the overlays are compiled to
#   *.dtso                   overlays, compiled with dtc -@ to
#                            @WORK@/NAME.dtbo (for --variant)
#   commands                 the commands (optional, default: all)
#   dtc-flags                extra dtc options, one line (optional)
#   src/                     a source tree to scan instead of testdata/src
#   expected/                a good case: exactly the files dtoc must write
#   expected-stderr          what dtoc must print on stderr (optional for a
#                            good case); BUILD stands for the build dir
#   expected-status          a bad case: the exit status (1 or 2)
#   expected-report.json     the --report dtoc must write (optional)
# A bad case must also leave the output directory as it was. Every case
# writes a --report; each diagnostic in it must have a place.
#
# Usage: tests/run-cases.sh DTOC [CASE...]
#   REGEN=1 rewrites expected-stderr/-status (and expected/ for good
#   cases) from what dtoc does now: for deliberate changes, then review
#   the diff.
set -u

dtoc=$1
shift
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
build=$(dirname "$dtoc")/cases
mkdir -p "$build"

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
	for d in testdata/cases/*/; do
		cases+=("$(basename "$d")")
	done
fi

pass=0
fail=0
failed=()

# Files the output directory of a bad case starts with; they must survive.
sentinel() {
	mkdir -p "$1"
	for f in dt-plat.c dt-structs-gen.h dt-decl.h dt-device.c dt-uclass.c; do
		printf '/* sentinel %s */\n' "$f" > "$1/$f"
	done
}

for name in "${cases[@]}"; do
	dir=testdata/cases/$name
	work=$build/$name
	rm -rf "$work"
	mkdir -p "$work"
	out=$work/out
	src=testdata/src
	[ -d "$dir/src" ] && src=$dir/src
	args=()
	[ -f "$dir/args" ] && read -r -a args < "$dir/args"
	[ ${#args[@]} -gt 0 ] && args=("${args[@]//@CASE@/$dir}")
	[ ${#args[@]} -gt 0 ] && args=("${args[@]//@WORK@/$work}")
	command=all
	[ -f "$dir/commands" ] && command=$(cat "$dir/commands")
	problem=

	if [ -f "$dir/input.dtb" ]; then
		dtb=$dir/input.dtb
	elif [ -f "$dir/input.dts" ]; then
		dtb=$work/input.dtb
		dtc_flags=()
		[ -f "$dir/dtc-flags" ] && read -r -a dtc_flags < "$dir/dtc-flags"
		if ! dtc -q ${dtc_flags[@]+"${dtc_flags[@]}"} -I dts -O dtb \
			-o "$dtb" "$dir/input.dts"; then
			problem="dtc failed"
		fi
	else
		dtb=$work/missing.dtb
	fi
	for o in "$dir"/*.dtso; do
		[ -f "$o" ] || continue
		if ! dtc -q -@ -I dts -O dtb -o "$work/$(basename "$o" .dtso).dtbo" \
			"$o"; then
			problem="dtc failed on $o"
		fi
	done

	if [ -d "$dir/expected" ]; then
		mkdir -p "$out"
	else
		sentinel "$out"
		sentinel "$work/before"
	fi
	if [ -z "$problem" ]; then
		"$dtoc" -s "$src" -d "$dtb" -c "$out" -C "$out" \
			--report "$work/report.raw" ${args[@]+"${args[@]}"} \
			"$command" > "$work/stdout" 2> "$work/stderr.raw"
		status=$?
		sed "s|$build/|BUILD/|g" "$work/stderr.raw" > "$work/stderr"
		[ -f "$work/report.raw" ] &&
			sed "s|$build/|BUILD/|g" "$work/report.raw" > "$work/report.json"
	fi

	if [ -n "${REGEN:-}" ] && [ -z "$problem" ] &&
	   [ -f "$dir/expected-report.json" ]; then
		cp "$work/report.json" "$dir/expected-report.json"
	fi
	if [ -n "${REGEN:-}" ] && [ -z "$problem" ]; then
		if [ -d "$dir/expected" ]; then
			rm -rf "$dir/expected"
			cp -r "$out" "$dir/expected"
			if [ -s "$work/stderr" ]; then
				cp "$work/stderr" "$dir/expected-stderr"
			elif [ -f "$dir/expected-stderr" ]; then
				: > "$dir/expected-stderr" # kept: must stay empty
			fi
		else
			cp "$work/stderr" "$dir/expected-stderr"
			echo "$status" > "$dir/expected-status"
		fi
	fi

	if [ -n "$problem" ]; then
		:
	elif [ -d "$dir/expected" ]; then
		if [ "$status" != 0 ]; then
			problem="exit status $status: $(head -c 300 "$work/stderr")"
		elif ! diff -r "$dir/expected" "$out" > "$work/diff"; then
			problem="output differs (see $work/diff)"
		elif [ -f "$dir/expected-stderr" ] &&
		     ! diff "$dir/expected-stderr" "$work/stderr" > "$work/diff"; then
			problem="stderr differs (see $work/diff)"
		fi
	else
		want=$(cat "$dir/expected-status" 2>/dev/null || echo "?")
		if [ "$status" != "$want" ]; then
			problem="exit status $status, want $want: $(head -c 300 "$work/stderr")"
		elif [ ! -f "$dir/expected-stderr" ]; then
			problem="no expected-stderr"
		elif ! diff "$dir/expected-stderr" "$work/stderr" > "$work/diff"; then
			problem="stderr differs (see $work/diff)"
		elif ! diff -r "$work/before" "$out" > "$work/diff"; then
			problem="a failing run changed its outputs (see $work/diff)"
		elif [ -s "$work/stdout" ]; then
			problem="a failing run wrote to stdout"
		fi
	fi

	if [ -z "$problem" ] && [ -f "$dir/expected-report.json" ] &&
	   ! diff "$dir/expected-report.json" "$work/report.json" \
		> "$work/diff"; then
		problem="report differs (see $work/diff)"
	fi
	if [ -z "$problem" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		failed+=("$name: $problem")
	fi
done

# Every diagnostic of every report has a place (a file or a node), but
# the three errors that concern none (doc/build-and-ci.md)
reports=()
for name in "${cases[@]}"; do
	[ -f "$build/$name/report.json" ] && reports+=("$build/$name/report.json")
done
placeless=
[ ${#reports[@]} -gt 0 ] && placeless=$(jq -r 'input_filename as $f |
	.diagnostics[] |
	select((has("file") or has("node") or
		(.code | IN("warnings-as-errors", "variant-option",
			    "output-unwritable"))) | not) |
	"\($f | split("/") | .[-2]) \(.code)"' "${reports[@]}")
if [ -n "$placeless" ]; then
	fail=$((fail + 1))
	failed+=("diagnostics without a place: ${placeless//$'\n'/, }")
fi

for f in ${failed[@]+"${failed[@]}"}; do
	echo "FAIL $f"
done
echo "cases: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
