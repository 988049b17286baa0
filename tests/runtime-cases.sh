#!/bin/bash
# Compile and run what dtoc generates for every good case of testdata/cases
# against the runtime, and check the general behaviours with
# tests/runtime/case_check.c (idx = list position, parents, missing
# drivers, phandles, uclasses, sequence numbers).
#
# Each good case (one with expected/) runs in its own mode (its args); a
# plain case runs once more with -i when dtoc -i accepts it. A run:
#   1. compiles input.dts with dtc (the flags tests/run-cases.sh uses, plus
#      the case's dtc-flags) and runs
#        DTOC -s SRC -d DTB -c GEN -C GEN/generated ARGS --report R all
#      (SRC: the case's src/ or testdata/src);
#   2. picks the sources of the drivers and uclass drivers dt-decl.h names:
#      the .c file dtoc's report gives for a driver it used, else the .c
#      file of SRC that declares it at the start of a line (as dtoc's
#      scanner reads; top-level build* and .git* are not scanned). The
#      runtime has root_driver and the root uclass: they are never linked
#      from SRC. A driver no such file declares stays missing;
#   3. writes case_info.c (what case_check needs, read from the generated
#      files: see tests/runtime/case_check.h);
#   4. compiles the generated .c files, the drivers, case_info.c and
#      case_check.c, links them with the runtime and runs the program.
# What many runs share is compiled once per invocation: case_check.c, and
# each driver of a source tree in each mode, unless its dependencies (the
# compiler's -MMD list) include a generated header (acme/uart.h pulls in
# dt-structs-gen.h): such a driver is compiled in every run, against that
# run's headers. The declarations of a tree are read once.
# A run is skipped when dtoc warned that it cannot find the header of a
# struct and the generated file then fails to compile on that struct (the
# output is known not to compile, e.g. struct-no-header-inst).
#
# Usage: tests/runtime-cases.sh DTOC [CASE...]
# Environment (make check-runtime-cases passes runtime.mk's values):
#   CC, CFLAGS, LDFLAGS          compiler and flags (as for the runtime)
#   RUNTIME_CFLAGS               default: -std=gnu11 -Isrc/runtime/include
#   RUNTIME_LDFLAGS              default: -Wl,-T,src/runtime/u-boot-lists.ld
#   RUNTIME_LIB                  default: DTOC's dir/runtime/libdtoc-runtime.a
#   FDT_CFLAGS, FDT_LIBS         libfdt (the checker reads the blob)
#   JOBS                         runs in parallel (default: nproc)
#   VERBOSE=1                    a line for every run, and every TAP line
set -u

dtoc=$1
shift
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
dtoc_dir=$(cd "$(dirname "$dtoc")" && pwd)
dtoc=$dtoc_dir/$(basename "$dtoc")
build=$dtoc_dir/runtime-cases

CC=${CC:-cc}
CFLAGS=${CFLAGS:--O2 -g}
LDFLAGS=${LDFLAGS:-}
RUNTIME_CFLAGS=${RUNTIME_CFLAGS:--std=gnu11 -Isrc/runtime/include}
RUNTIME_LDFLAGS=${RUNTIME_LDFLAGS:--Wl,-T,src/runtime/u-boot-lists.ld}
RUNTIME_LIB=${RUNTIME_LIB:-$dtoc_dir/runtime/libdtoc-runtime.a}
FDT_CFLAGS=${FDT_CFLAGS:-}
FDT_LIBS=${FDT_LIBS:--lfdt}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
CHECKER=tests/runtime/case_check.c

DTC_FLAGS=(-Wno-unit_address_vs_reg -Wno-avoid_unnecessary_addr_size
	-Wno-simple_bus_reg -Wno-unique_unit_address -Wno-reg_format
	-Wno-avoid_default_addr_size -Wno-clocks_property -Wno-gpios_property
	-Wno-interrupts_extended_property -Wno-interrupt_provider
	-Wno-unit_address_format -Wno-node_name_chars_strict
	-Wno-property_name_chars_strict -Wno-status_is_string -Wno-alias_paths)

if [ ! -f "$RUNTIME_LIB" ]; then
	echo "runtime-cases: no $RUNTIME_LIB (make runtime)" >&2
	exit 1
fi

cases=("$@")
# the objects shared between runs are valid for one invocation
rm -rf "$build"
if [ ${#cases[@]} -eq 0 ]; then
	for d in testdata/cases/*/; do
		# cases with overlays (--variant) run in tests/variants.sh
		compgen -G "$d/*.dtso" > /dev/null && continue
		[ -d "$d/expected" ] && cases+=("$(basename "$d")")
	done
fi
mkdir -p "$build"

# Lines "FILE KIND NAME" for every U_BOOT_DRIVER(NAME) / UCLASS_DRIVER(NAME)
# at the start of a line of a .c file dtoc scans in tree $1
declarations() {
	find "$1" \( -path "$1/build*" -o -path "$1/.git*" \) -prune -o \
		-type f -name '*.c' -print | LC_ALL=C sort | tr '\n' '\0' |
		xargs -0 -r awk 'match($0, /^(U_BOOT_DRIVER|UCLASS_DRIVER)\([A-Za-z0-9_]+\)/) {
			k = substr($0, 1, RLENGTH - 1); sub(/\(/, " ", k)
			print FILENAME, k
		}'
}

# The sources to link, from the extern declarations of dt-decl.h ($1),
# dtoc's --report ($2, one key per line, as dtoc writes it: the "file" of
# each driver it used) and the tree's declarations ($3, from
# declarations()). Prints "src FILE" for each source to link (sorted,
# once) and "missing WHAT" for each driver or uclass no file declares or
# two files do (then dtoc did not say which: neither is linked).
pick_sources() {
	awk '
	FILENAME == ARGV[1] {
		if (match($0, /^extern (U_BOOT_DRIVER|UCLASS_DRIVER)\([A-Za-z0-9_]+\);/)) {
			k = $0; sub(/^extern /, "", k); sub(/\);.*/, "", k)
			split(k, w, "(")
			if (!((w[1], w[2]) in want)) {
				want[w[1], w[2]] = 1
				order[++n] = w[1] " " w[2]
			}
		}
		next
	}
	FILENAME == ARGV[2] {
		if (/^ *"drivers": \[/) { in_drv = 1; next }
		if (in_drv && /^ *\],?$/) in_drv = 0
		if (in_drv && /^ *\{/) { file = ""; name = "" }
		if (in_drv && /^ *"file": "/) {
			file = $0; sub(/^ *"file": "/, "", file); sub(/",?$/, "", file)
		}
		if (in_drv && /^ *"name": "/) {
			name = $0; sub(/^ *"name": "/, "", name); sub(/",?$/, "", name)
		}
		if (in_drv && /^ *\},?$/ && name != "" && file != "" &&
		    !(name in used))
			used[name] = file
		next
	}
	{
		key = $2 SUBSEP $3
		# (not decl[key] = (key in decl) ? ...: mawk makes decl[key]
		# first)
		if (key in decl)
			decl[key] = decl[key] " " $1
		else
			decl[key] = $1
		ndecl[key]++
	}
	END {
		for (i = 1; i <= n; i++) {
			split(order[i], w, " ")
			kind = w[1]; drv = w[2]
			# the runtime has the root driver and uclass
			if (kind == "U_BOOT_DRIVER" && drv == "root_driver")
				continue
			if (kind == "UCLASS_DRIVER" && drv == "root")
				continue
			f = ""
			if (kind == "U_BOOT_DRIVER" && (drv in used))
				f = used[drv]
			else if (ndecl[kind, drv] > 1) {
				print "missing " kind "(" drv ") (declared in " decl[kind, drv] ")"
				continue
			} else if ((kind, drv) in decl)
				f = decl[kind, drv]
			if (f == "")
				print "missing " kind "(" drv ")"
			else if (!(f in seen)) {
				seen[f] = 1
				print "src " f
			}
		}
	}' "$1" "$2" "$3"
}

# case_info.c for the files dtoc wrote to $1 (mode $2: plain or inst)
write_info() {
	local gen=$1 mode=$2 files
	if [ "$mode" = inst ]; then
		files=("$gen/dt-device.c" "$gen/dt-uclass.c")
	else
		files=("$gen/dt-plat.c")
	fi
	awk -v inst="$([ "$mode" = inst ] && echo 1 || echo 0)" '
	FNR == 1 { file = FILENAME; sub(/.*\//, "", file) }

	# dt-structs-gen.h: the phandle members of each struct
	file == "dt-structs-gen.h" && /^struct dtd_[A-Za-z0-9_]+ \{/ {
		cur = $2; next
	}
	file == "dt-structs-gen.h" && cur != "" && /^\tstruct phandle_[0-9]+_arg / {
		nargs = $2; sub(/^phandle_/, "", nargs); sub(/_arg$/, "", nargs)
		member = $3; sub(/\[.*/, "", member)
		if (!(cur in ph))
			structs[++nstructs] = cur
		ph[cur] = ph[cur] sprintf("\tCASE_PH(%s, %s, %s),\n", cur, member, nargs)
		nph[cur]++
		next
	}
	file == "dt-structs-gen.h" && /^};/ { cur = ""; next }

	# dt-plat.c / dt-device.c: one block per node
	(file == "dt-plat.c" || file == "dt-device.c") &&
	    match($0, /Node [^ ]+ index [0-9]+/) {
		split(substr($0, RSTART, RLENGTH), w, " ")
		path = w[2]; idx = w[4]; dtd = ""; rec = ""; drv = ""
		in_node = 1
		next
	}
	in_node && rec == "" && /^static struct dtd_[A-Za-z0-9_]+ dtv_/ {
		dtd = $3; next
	}
	in_node && /^(U_BOOT_DRVINFO|DM_DEVICE_INST)\(/ {
		rec = $0; sub(/^[A-Z_]+\(/, "", rec); sub(/\).*/, "", rec); next
	}
	in_node && rec != "" && !inst && /^\t\.name\t/ && drv == "" {
		drv = $0; sub(/^[^"]*"/, "", drv); sub(/".*/, "", drv); next
	}
	in_node && rec != "" && inst && /^\t\.driver\t.*DM_DRIVER_REF\(/ {
		drv = $0; sub(/.*DM_DRIVER_REF\(/, "", drv); sub(/\).*/, "", drv)
		next
	}
	in_node && rec != "" && /^};/ {
		if (drv == "") {
			print "write_info: no driver for " path > "/dev/stderr"
			bad = 1
		}
		if (dtd == "")
			dtd = "dtd_" drv
		nodes++
		nidx[nodes] = idx; npath[nodes] = path; nrec[nodes] = rec
		ndrv[nodes] = drv; ndtd[nodes] = dtd
		in_node = 0
		next
	}

	# dt-uclass.c: the uclass records, in order
	file == "dt-uclass.c" && /^DM_UCLASS_INST\(/ {
		u = $0; sub(/^DM_UCLASS_INST\(/, "", u); sub(/\).*/, "", u)
		ucl[++nucl] = u
	}

	END {
		if (bad || in_node)
			exit 1
		print "/* Written by tests/runtime-cases.sh from dtoc'\''s output */"
		print "#include <stddef.h>"
		print "#include <dm.h>"
		print "#include <dm/device-internal.h>"
		print "#include <dm/platdata.h>"
		print "#include <dm/uclass-internal.h>"
		print "#include <dt-structs.h>"
		print "#include \"case_check.h\"\n"
		print "#define CASE_PH(_s, _m, _n) { #_m, offsetof(struct _s, _m), \\"
		print "\tsizeof(((struct _s *)0)->_m[0]), \\"
		print "\tARRAY_SIZE(((struct _s *)0)->_m), _n, \\"
		print "\toffsetof(struct phandle_##_n##_arg, arg) }\n"
		for (i = 1; i <= nstructs; i++)
			printf "static const struct case_phandle case_ph_%s[] = {\n%s};\n\n", \
				structs[i], ph[structs[i]]
		for (i = 1; i <= nodes; i++) {
			if (!inst)
				printf "extern ll_entry_declare(struct driver_info, %s, driver_info);\n", nrec[i]
		}
		print "\nconst struct case_node case_nodes[] = {"
		for (i = 1; i <= nodes; i++) {
			entry = inst ? "DM_DEVICE_REF(" nrec[i] ")" : \
				"llsym(struct driver_info, " nrec[i] ", driver_info)"
			phs = (ndtd[i] in ph) ? "case_ph_" ndtd[i] ", " nph[ndtd[i]] : "NULL, 0"
			printf "\t{ %d, \"%s\", \"%s\", \"%s\", sizeof(struct %s),\n\t  %s, %s },\n", \
				nidx[i], nrec[i], npath[i], ndrv[i], ndtd[i], entry, phs
		}
		print "\t{ .name = NULL }\n};\n"
		printf "const unsigned int case_num_nodes = %d;\n", nodes
		printf "const bool case_inst = %s;\n\n", inst ? "true" : "false"
		print "struct uclass *const case_uclasses[] = {"
		for (i = 1; i <= nucl; i++)
			printf "\tDM_UCLASS_REF(%s),\n", ucl[i]
		print "\tNULL\n};"
		printf "const unsigned int case_num_uclasses = %d;\n", nucl
	}' "$gen/generated/dt-structs-gen.h" "${files[@]}"
}

# Compile $1 to $2 with the runtime's flags and $3...; on failure put the
# first error in $err
compile() {
	local src=$1 obj=$2
	shift 2
	# shellcheck disable=SC2086
	if ! $CC $RUNTIME_CFLAGS -Wall $CFLAGS "$@" -c "$src" \
		-o "$obj" > "$obj.log" 2>&1; then
		err=$(grep -m1 -E 'error|undefined' "$obj.log") ||
			err="compiling $src: $(head -n1 "$obj.log")"
		err=${err//$work\/gen\//}
		err=${err//$build\//}
		return 1
	fi
}

# A name for source tree $1 under $build
tree_id() {
	local t=${1//\//_}
	echo "${t//./_}"
}

# The object of driver $1 in mode $2 of tree $3, for the run whose
# generated files are in $4, compiled with $5...: in $obj. The first run
# to need it compiles it in its own directory (-MMD); when nothing it
# includes is generated, the object is shared by later runs (an atomic
# rename: runs in parallel may both compile it), else a marker says that
# every run compiles its own.
driver_object() {
	local f=$1 mode=$2 tree=$3 gen=$4 shared name
	shift 4
	name=drv-$(echo "$f" | sed 's|^.*/drivers/||; s|/|-|g; s|\.c$||')
	shared=$build/obj/$(tree_id "$tree")/$mode/$name
	if [ -f "$shared.o" ]; then
		obj=$shared.o
		return 0
	fi
	obj=$work/$name.o
	compile "$f" "$obj" "$@" -Werror -MMD -MF "$work/$name.d" || return 1
	[ -f "$shared.gen" ] && return 0
	mkdir -p "${shared%/*}"
	if grep -qF "$gen/" "$work/$name.d"; then
		: > "$shared.gen"
	else
		cp "$obj" "$shared.o.$BASHPID" && mv "$shared.o.$BASHPID" "$shared.o"
	fi
}

# One run: case $1, mode $2 (plain or inst), extra dtoc args $3...; the
# verdict goes to $work/result: "PASS|FAIL|SKIP<TAB>message"
run_one() {
	local name=$1 mode=$2
	shift 2
	local dir=testdata/cases/$name work=$build/$name-$mode
	local src=testdata/src args=("$@") dtb dtc_flags=() err='' extra=0 status
	local gen objs=() incs=() f line
	# the diagnostics' form does not change the files: keep them text,
	# which the verdicts below read
	local a kept=()
	for a in "${args[@]}"; do
		case $a in --diagnostics-format=*) ;; *) kept+=("$a") ;; esac
	done
	args=(${kept[@]+"${kept[@]}"})
	[ "$mode" = inst ] && ! printf '%s\n' "${args[@]}" | grep -qx -- -i &&
		{ args+=(-i); extra=1; }
	rm -rf "$work"
	mkdir -p "$work"
	gen=$work/gen
	[ -d "$dir/src" ] && src=$dir/src

	result() {
		printf '%s\t%s\n' "$1" "$2" > "$work/result"
	}

	dtb=$work/input.dtb
	[ -f "$dir/dtc-flags" ] && read -r -a dtc_flags < "$dir/dtc-flags"
	if ! dtc -q "${DTC_FLAGS[@]}" ${dtc_flags[@]+"${dtc_flags[@]}"} \
		-I dts -O dtb -o "$dtb" "$dir/input.dts" 2> "$work/dtc.log"; then
		result FAIL "dtc failed: $(head -n1 "$work/dtc.log")"
		return
	fi
	"$dtoc" -s "$src" -d "$dtb" -c "$gen" -C "$gen/generated" \
		"${args[@]}" --report "$work/report.json" all \
		> "$work/dtoc.log" 2>&1
	status=$?
	if [ $status != 0 ]; then
		# An extra -i run that dtoc refuses (an error, not a crash) is
		# skipped
		if [ $extra = 1 ] && [ $status = 1 ] &&
		   grep -q '^dtoc: error:' "$work/dtoc.log" &&
		   ! grep -qE 'runtime error|Sanitizer' "$work/dtoc.log"; then
			result SKIP "dtoc -i fails: $(grep -m1 'error' "$work/dtoc.log")"
		else
			result FAIL "dtoc failed ($status): $(grep -m1 'error' "$work/dtoc.log" ||
				head -n1 "$work/dtoc.log")"
		fi
		return
	fi

	# The driver sources
	pick_sources "$gen/generated/dt-decl.h" "$work/report.json" \
		"$build/decl/$(tree_id "$src")" > "$work/picked"
	sed -n 's/^src //p' "$work/picked" | LC_ALL=C sort > "$work/sources"
	sed -n 's/^missing //p' "$work/picked" | LC_ALL=C sort > "$work/missing"
	f=$(awk 'FILENAME == ARGV[1] { src[$0] = 1; next }
		 ($2 == "U_BOOT_DRIVER" && $3 == "root_driver" ||
		  $2 == "UCLASS_DRIVER" && $3 == "root") && ($1 in src) {
			print $1; exit
		 }' "$work/sources" "$build/decl/$(tree_id "$src")")
	if [ -n "$f" ]; then
		result FAIL "$f also declares the root driver or uclass: not linked with the runtime"
		return
	fi

	# What the checker needs to know
	if ! write_info "$gen" "$mode" > "$work/case_info.c" 2> "$work/info.log"; then
		result FAIL "cannot read the generated files: $(head -n1 "$work/info.log")"
		return
	fi

	# Compile and link
	incs=(-I"$gen" -I"$src/include" -I"$src/arch/sandbox/include")
	# Generated files: warnings allowed (the output is the reference's,
	# odd but valid C included), and reported
	for f in "$gen"/dt-*.c; do
		if ! compile "$f" "$work/$(basename "$f" .c).o" "${incs[@]}"; then
			line=$(grep -m1 -o 'cannot find header file for struct [A-Za-z0-9_]*' \
				"$work/dtoc.log")
			if [ -n "$line" ] &&
			   grep -q "struct ${line##* }" "$work/$(basename "$f" .c).o.log"; then
				result SKIP "known not to compile: dtoc warned \"$line\", and $err"
			else
				result FAIL "$err"
			fi
			return
		fi
		grep -m1 'warning:' "$work/$(basename "$f" .c).o.log" |
			sed "s|^$gen/||" >> "$work/warnings"
		objs+=("$work/$(basename "$f" .c).o")
	done
	while read -r f; do
		if ! driver_object "$f" "$mode" "$src" "$gen" "${incs[@]}"; then
			result FAIL "$err"
			return
		fi
		objs+=("$obj")
	done < "$work/sources"
	if ! compile "$work/case_info.c" "$work/case_info.o" "${incs[@]}" \
		-Wextra -Werror -Itests/runtime; then
		result FAIL "$err"
		return
	fi
	objs+=("$work/case_info.o" "$build/case_check.o")
	# shellcheck disable=SC2086
	if ! $CC $LDFLAGS "${objs[@]}" "$RUNTIME_LIB" $RUNTIME_LDFLAGS \
		$FDT_LIBS -o "$work/check" > "$work/link.log" 2>&1; then
		result FAIL "link: $(grep -m1 -E 'undefined|error' "$work/link.log" ||
			head -n1 "$work/link.log")"
		return
	fi

	# Run
	"$work/check" "$dtb" > "$work/tap" 2>&1
	status=$?
	if [ $status = 0 ]; then
		result PASS "$(grep -c '^ok ' "$work/tap") checks$(
			[ -s "$work/missing" ] && printf '; not linked: %s' \
				"$(tr '\n' ' ' < "$work/missing" | sed 's/ $//')")"
	elif grep -q '^not ok' "$work/tap"; then
		result FAIL "$(grep -c '^not ok' "$work/tap") of $(grep -c -E '^(not )?ok' "$work/tap") checks failed (see $work/tap)"
	else
		result FAIL "the check program exited with status $status after $(grep -c '^ok' "$work/tap") checks (see $work/tap)"
	fi
}

# The checker itself knows no case: compiled once
work=$build
# shellcheck disable=SC2086
if ! compile "$CHECKER" "$build/case_check.o" -Wextra -Werror $FDT_CFLAGS; then
	echo "runtime-cases: $err" >&2
	exit 1
fi

# Every run: "CASE MODE"
runs=()
for name in "${cases[@]}"; do
	dir=testdata/cases/$name
	if [ ! -d "$dir/expected" ]; then
		echo "runtime-cases: $name is not a good case" >&2
		exit 1
	fi
	args=()
	[ -f "$dir/args" ] && read -r -a args < "$dir/args"
	if printf '%s\n' ${args[@]+"${args[@]}"} | grep -qx -- -i; then
		runs+=("$name inst")
	else
		runs+=("$name plain" "$name inst")
	fi
done

# The declarations of each source tree, read once
mkdir -p "$build/decl"
for name in "${cases[@]}"; do
	src=testdata/src
	[ -d "testdata/cases/$name/src" ] && src=testdata/cases/$name/src
	[ -f "$build/decl/$(tree_id "$src")" ] ||
		declarations "$src" > "$build/decl/$(tree_id "$src")"
done

for r in "${runs[@]}"; do
	read -r name mode <<< "$r"
	args=()
	[ -f "testdata/cases/$name/args" ] &&
		read -r -a args < "testdata/cases/$name/args"
	# As tests/run-cases.sh: @CASE@ stands for the case's directory
	[ ${#args[@]} -gt 0 ] && args=("${args[@]//@CASE@/testdata/cases/$name}")
	while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do
		wait -n
	done
	run_one "$name" "$mode" ${args[@]+"${args[@]}"} &
done
wait

pass=0
fail=0
skip=0
refused=0
nocompile=0
warned=0
for r in "${runs[@]}"; do
	read -r name mode <<< "$r"
	work=$build/$name-$mode
	label="$name ($([ "$mode" = inst ] && echo -i || echo plain))"
	if [ -s "$work/warnings" ]; then
		warned=$((warned + 1))
		sed "s|^|warn $label: generated C compiles with a warning: |" \
			"$work/warnings"
	fi
	if [ -f "$work/result" ]; then
		IFS=$'\t' read -r verdict msg < "$work/result"
	else
		verdict=FAIL
		msg="no result"
	fi
	case $verdict in
	PASS)
		pass=$((pass + 1))
		if [ -n "${VERBOSE:-}" ]; then
			echo "ok   $label: $msg"
			grep -E '^(not )?ok' "$work/tap" | sed 's/^/       /'
		fi
		;;
	SKIP)
		skip=$((skip + 1))
		case $msg in
		"dtoc -i fails"*) refused=$((refused + 1)) ;;
		*) nocompile=$((nocompile + 1)) ;;
		esac
		echo "SKIP $label: $msg"
		;;
	*)
		fail=$((fail + 1))
		echo "FAIL $label: $msg"
		if [ -f "$work/tap" ] && grep -q '^not ok' "$work/tap"; then
			grep -E '^(not ok|#   )' "$work/tap" | head -n 40 |
				sed 's/^/       /'
		elif [ -f "$work/tap" ]; then
			tail -n 15 "$work/tap" | sed 's/^/       /'
		fi
		;;
	esac
done

why=
[ $skip -gt 0 ] &&
	why=" ($refused where dtoc refuses -i, $nocompile whose generated C is known not to compile)"
echo "runtime-cases: $pass passed, $fail failed, $skip skipped$why"
[ $warned -gt 0 ] &&
	echo "runtime-cases: $warned runs compiled generated C with warnings (warn lines)"
[ $fail -eq 0 ]
