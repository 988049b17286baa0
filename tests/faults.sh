#!/bin/bash
# Faults: dtoc on a full disk, killed at random moments, stopped by
# SIGINT, SIGTERM and SIGHUP while its temporary files exist, racing other
# dtoc processes on one --cache, on a tree whose files vanish, cannot be
# read or loop, and on bad inputs (a directory, a FIFO, an empty file, a
# 100 MB source file). Each time: a one-line error and exit 1 where it
# fails, and every output (the C files, the depfile, the report, the
# cache) is either the old file or the new one, complete.
#
# The full disk is a 256 KiB tmpfs (mount needs root); without root, or
# where mount fails, a file size limit (ulimit -f, SIGXFSZ ignored: the
# write fails with EFBIG) stands in for it. Unreadable files need a user
# other than root (setpriv to nobody); without setpriv that part is
# skipped, and said so. FAULTS_NO_MOUNT=1 takes the size limit anyway.
# Usage: tests/faults.sh DTOC
set -u

dtoc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(dirname "$dtoc")/faults
mnt=$work/full
umount "$mnt" 2> /dev/null
rm -rf "$work"
mkdir -p "$work"
cd "$work" || exit 1
src=$top/testdata/src

pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# A devicetree with $1 uarts (big outputs take long enough to write that
# a kill often lands in the middle).
gen_dts() {
	echo '/dts-v1/; / { #address-cells = <1>; #size-cells = <1>;'
	for ((i = 1; i <= $1; i++)); do
		printf 'serial@%x { compatible = "acme,uart"; reg = <0x%x 0x100>; acme,fifo-depth = <%d>; };\n' \
			$((i * 4096)) $((i * 4096)) "$i"
	done
	echo '};'
}
gen_dts 3 | dtc -q -I dts -O dtb -o small.dtb - || exit 1
gen_dts 900 | dtc -q -I dts -O dtb -o big.dtb - || exit 1
dtc -q -I dts -O dtb -o basic.dtb "$top/testdata/cli/basic.dts" || exit 1
cp "$top/testdata/cli/basic.dts" basic.dts

# ref NAME DTB ARGS...: the outputs of a clean run, in ref-NAME/
ref() {
	local name=$1 dtb=$2
	shift 2
	mkdir -p "ref-$name"
	"$dtoc" -s "$src" -d "$dtb" -c "ref-$name" "$@" all \
		> /dev/null 2>&1 || bad "reference run $name failed"
}
# the trees the tests change, copied now: files changed in the last 2 s
# are not cached, and by the time they are used they are older
for t in ktree rtree ltree vtree ftree etree btree stree tree; do
	cp -r "$src" $t
done
copied=$(date +%s%N)
# settle: wait until the copies are 2 s old (the tests that need files
# from the cache; on a fast machine the full disk tests take less)
settle() {
	local left=$((copied + 2200000000 - $(date +%s%N)))
	[ $left -gt 0 ] &&
		sleep "$(printf '%d.%09d' $((left / 1000000000)) $((left % 1000000000)))"
	return 0
}
ref small small.dtb
ref big big.dtb
ref basic basic.dtb

# one_line_error FILE STATUS WANT-STATUS PATTERN WHAT
one_line_error() {
	if [ "$2" != "$3" ]; then
		bad "$5: exit $2, want $3: $(head -c 300 "$1")"
	elif [ "$(wc -l < "$1")" != 1 ] || ! grep -q -- "$4" "$1"; then
		bad "$5: want one line matching '$4', got: $(head -c 300 "$1")"
	else
		ok
	fi
}

# same DIR1 DIR2 WHAT: the same files
same() {
	if diff -r "$1" "$2" > diff.txt 2>&1; then
		ok
	else
		bad "$3: $(head -c 300 diff.txt)"
	fi
}

# no_temps DIR WHAT: no temporary file left behind
no_temps() {
	local left
	left=$(find "$1" -name '*.dtoc-tmp-*' -o -name '*.tmp[0-9]*' | head -3)
	if [ -z "$left" ]; then ok; else bad "$2: left $left"; fi
}

# ------------------------------------------------------------ full disk

full_how=
if [ -z "${FAULTS_NO_MOUNT:-}" ] && [ "$(id -u)" = 0 ] && mkdir -p "$mnt" &&
   mount -t tmpfs -o size=256k,nr_inodes=64 tmpfs "$mnt" 2> /dev/null; then
	full_how=tmpfs
	trap 'umount "$mnt" 2> /dev/null' EXIT
else
	full_how=ulimit
	mkdir -p "$mnt"
fi
echo "  faults: a full disk by $full_how"

# fill: leave (almost) no room on the tmpfs
fill() {
	[ "$full_how" = tmpfs ] || return 0
	rm -f "$mnt/filler"
	dd if=/dev/zero of="$mnt/filler" bs=4k 2> /dev/null
	# the last partial block too
	head -c 4096 /dev/zero >> "$mnt/filler" 2> /dev/null
	sync -f "$mnt/filler" 2> /dev/null
	return 0
}
unfill() { rm -f "$mnt/filler"; }

# full_run ARGS...: dtoc on the full disk (or under the size limit)
full_run() {
	if [ "$full_how" = tmpfs ]; then
		"$dtoc" "$@"
	else
		# (stderr through a pipe: the limit holds for it too. A
		# build with gcc --coverage cannot write its counts either:
		# libgcov's "profiling:" complaints are not dtoc's)
		(trap '' XFSZ; ulimit -f 0; exec "$dtoc" "$@") 2>&1 \
			> /dev/null | { grep -v '^profiling:' >&2 || :; }
		return "${PIPESTATUS[0]}"
	fi
}

# Old outputs of the small board, then the big board on a full disk:
# the C files, then the depfile, the report and the cache alone on it.
mkdir -p "$mnt/out" roomy
"$dtoc" -s "$src" -d small.dtb -c "$mnt/out" --depfile "$mnt/out.d" \
	--report "$mnt/report.json" --cache "$mnt/scan.cache" all \
	2> /dev/null || bad "the first run on the small disk failed"
cp -r "$mnt" before
fill
full_run -s "$src" -d big.dtb -c "$mnt/out" all > /dev/null 2> err.txt
one_line_error err.txt $? 1 "dtoc: error: cannot write '$mnt/out/dt-.*': \(No space left on device\|File too large\)" "full disk, outputs"
unfill
same before/out "$mnt/out" "full disk: outputs changed"
no_temps "$mnt" "full disk, outputs"

for what in depfile report; do
	fill
	if [ $what = depfile ]; then
		opt=(--depfile "$mnt/out.d")
		want="cannot write '$mnt/out.d'"
	else
		opt=(--report "$mnt/report.json")
		want="cannot write report '$mnt/report.json'"
	fi
	# (a size limit holds for every file: the first written fails)
	[ "$full_how" = ulimit ] && want="cannot write"
	full_run -s "$src" -d big.dtb -c roomy "${opt[@]}" all \
		> /dev/null 2> err.txt
	one_line_error err.txt $? 1 "dtoc: error: $want" "full disk, $what"
	unfill
	same before "$mnt" "full disk, $what: a file on the disk changed"
	no_temps "$mnt" "full disk, $what"
done
# the outputs were not written either when the depfile could not be
# (all or nothing); the report is written after them (it reports them)
fill
rm -rf roomy && mkdir roomy
full_run -s "$src" -d big.dtb -c roomy --depfile "$mnt/out.d" all \
	> /dev/null 2>&1
[ -z "$(ls roomy)" ] && ok || bad "full disk, depfile: outputs written anyway"
unfill

# the cache: only a warning (it only saves time), the old cache kept;
# the files in the tree must have changed for a new cache to be written
"$dtoc" -s tree -d small.dtb -c roomy --cache "$mnt/tree.cache" all \
	2> /dev/null || bad "a run with the cache on the small disk failed"
cp "$mnt/tree.cache" tree.cache.before
touch -d '-1 hour' tree/drivers/serial/serial_acme.c
fill
full_run -s tree -d small.dtb -c roomy --cache "$mnt/tree.cache" all \
	> /dev/null 2> err.txt
one_line_error err.txt $? 0 "dtoc: warning: cannot write the scan cache '$mnt/tree.cache': \(No space left on device\|File too large\)" "full disk, cache"
unfill
cmp -s tree.cache.before "$mnt/tree.cache" && ok ||
	bad "full disk: the old cache changed"
no_temps "$mnt" "full disk, cache"
same ref-small roomy "full disk, cache: outputs"
"$dtoc" -s tree -d small.dtb -c roomy --cache "$mnt/tree.cache" all \
	> /dev/null 2> err.txt
[ -s err.txt ] && bad "after a full disk the cache is not good: $(cat err.txt)" || ok
[ "$full_how" = tmpfs ] && umount "$mnt" && trap - EXIT

# ------------------------------------------------------------- SIGKILL

settle

# Kill dtoc at random moments, the big and the basic board in turn, with
# the depfile, the report and a cache; after every kill each output is
# one of the two complete versions, and a run to the end is right.
mkdir -p kout
kargs=(-s ktree --cache kscan.cache -c kout --depfile kout.d)
"$dtoc" "${kargs[@]}" -d big.dtb all 2> /dev/null
cp kout.d ref-big.d
"$dtoc" "${kargs[@]}" -d basic.dtb all 2> /dev/null
cp kout.d ref-basic.d
ref_files=$(cd ref-big && ls; cd ../ref-basic && ls)
# the kill lands within a run: how long one takes here (warm cache, the
# slower board), so that a fast machine is not missed
run_us=0
for ((i = 0; i < 3; i++)); do
	t0=$(date +%s%N)
	"$dtoc" "${kargs[@]}" -d big.dtb all 2> /dev/null
	t=$((($(date +%s%N) - t0) / 1000))
	[ $t -gt $run_us ] && run_us=$t
done
# The same delays every run (a fixed seed); the rounds go on until 30 runs
# were killed (a run that ended first shortens the delays), so that the
# number of kills does not depend on the machine's load.
RANDOM=21
kills=0
for ((round = 0; kills < 30 && round < 300; round++)); do
	dtb=big.dtb
	[ $((round % 2)) = 1 ] && dtb=basic.dtb
	# a changed file now and then, so that the cache is rewritten
	[ $((round % 5)) = 0 ] && touch -d "-$round minutes" \
		ktree/drivers/gpio/acme_gpio.c
	"$dtoc" "${kargs[@]}" -d $dtb all 2> /dev/null &
	pid=$!
	delay=$(((RANDOM * 32768 + RANDOM) % run_us))
	sleep "$(printf '%d.%06d' $((delay / 1000000)) $((delay % 1000000)))"
	kill -KILL $pid 2> /dev/null
	wait $pid 2> /dev/null
	if [ $? = 137 ]; then
		kills=$((kills + 1))
	elif [ $run_us -gt 2000 ]; then
		run_us=$((run_us * 4 / 5))
	fi
	for f in $ref_files; do
		[ -f "kout/$f" ] || continue
		if ! cmp -s "kout/$f" "ref-big/$f" &&
		   ! cmp -s "kout/$f" "ref-basic/$f"; then
			bad "SIGKILL round $round: kout/$f is neither version"
			cp "kout/$f" "torn-$f-$round"
		fi
	done
	cmp -s kout.d ref-big.d || cmp -s kout.d ref-basic.d ||
		bad "SIGKILL round $round: kout.d is neither version"
done
[ "$kills" = 30 ] && ok || bad "SIGKILL: only $kills of $round runs were killed"
# the next run with the same cache is right, and trusts the cache
"$dtoc" "${kargs[@]}" -d big.dtb all 2> err.txt
[ $? = 0 ] && ! grep -q "ignoring the scan cache" err.txt && ok ||
	bad "after the kills: $(head -c 300 err.txt)"
for f in $(cd ref-big && ls); do
	cmp -s "kout/$f" "ref-big/$f" || bad "after the kills: kout/$f is wrong"
done
"$dtoc" "${kargs[@]}" -d big.dtb --report kr.json all 2> /dev/null
grep -q '"files_from_cache": [1-9]' kr.json && ok ||
	bad "after the kills the cache is not used: $(grep files_from kr.json)"
echo "  faults: $kills of $round runs killed at random moments"
# (a killed run leaves its temporary files: *.dtoc-tmp-PID, *.tmpPID)

# ------------------------------------------- SIGINT, SIGTERM, SIGHUP

# A run stopped by one of these removes its temporary files, leaves every
# output as it was, and dies of the signal (exit status 128 + N). So that
# the signal lands while temporary files exist, one of them is made a
# FIFO beforehand (its name holds dtoc's pid: a shell makes it, then
# execs dtoc), on which dtoc blocks: the last C file (the two before it
# are then written in full), the report (the C files are then in place),
# or the cache (written by the scan). env --default-signal: a background
# job of a script would otherwise ignore SIGINT.
# stopped_at PID: wait until dtoc blocks opening the FIFO
stopped_at() {
	local i
	for ((i = 0; i < 200; i++)); do
		[ "$(cat /proc/$1/wchan 2> /dev/null)" = wait_for_partner ] &&
			return 0
		kill -0 "$1" 2> /dev/null || return 1
		sleep 0.05
	done
	return 1
}
signum() { kill -l "$1"; }
sigs=0
for sig in INT TERM HUP; do
	for at in outputs report cache; do
		what="SIG$sig while writing the $at"
		rm -rf sout sref
		mkdir -p sout
		cp ref-basic/* sout/
		"$dtoc" -s stree -d basic.dtb --cache s.cache -c sout \
			--depfile s.d --report s.json all 2> /dev/null
		cp -r sout sref
		cp s.d s.d.ref
		cp s.json s.json.ref
		cp s.cache s.cache.ref
		case $at in
		outputs) fifo='sout/dt-structs-gen.h.dtoc-tmp-$$' ;;
		report) fifo='s.json.dtoc-tmp-$$' ;;
		cache) fifo='s.cache.tmp$$'
		       touch -d "-$sigs minutes" stree/drivers/gpio/acme_gpio.c ;;
		esac
		bash -c "mkfifo $fifo && exec env --default-signal=INT,TERM,HUP \"\$0\" \"\$@\"" \
			"$dtoc" -s stree -d big.dtb --cache s.cache -c sout \
			--depfile s.d --report s.json all 2> s.err &
		pid=$!
		if ! stopped_at $pid; then
			bad "$what: dtoc did not block on the FIFO"
			kill -KILL $pid 2> /dev/null
			wait $pid
			continue
		fi
		if [ $at = outputs ] && ! ls sout/*.dtoc-tmp-$pid | grep -q dt-plat; then
			bad "$what: no temporary file before the FIFO"
		fi
		kill -$sig $pid
		wait $pid 2> /dev/null
		status=$?
		sigs=$((sigs + 1))
		[ $status = $((128 + $(signum $sig))) ] && ok ||
			bad "$what: exit status $status, want $((128 + $(signum $sig)))"
		# (the SIGKILL runs above left theirs in .)
		left=$(ls -a sout . | grep -e "\.dtoc-tmp-$pid\$" -e "\.tmp$pid\$")
		[ -z "$left" ] && ok || bad "$what: left $left"
		cmp -s s.json s.json.ref || bad "$what: the report changed"
		if [ $at = report ]; then
			# the C files and the depfile were done before it
			same ref-big sout "$what"
		else
			same sref sout "$what"
			cmp -s s.d s.d.ref || bad "$what: the depfile changed"
		fi
		[ $at != cache ] || cmp -s s.cache s.cache.ref ||
			bad "$what: the cache changed"
	done
done
echo "  faults: $sigs runs stopped by SIGINT, SIGTERM or SIGHUP with temporary files open"

# ---------------------------------------------- racing on one --cache

# Six dtoc at once, three rounds, each on its own board and outputs, all
# sharing one cache, while a file of the tree changes.
for ((round = 0; round < 3; round++)); do
	pids=()
	for ((j = 0; j < 6; j++)); do
		dtb=(small.dtb big.dtb basic.dtb)
		mkdir -p "race-$j"
		"$dtoc" -s rtree -d "${dtb[j % 3]}" --cache race.cache \
			-c "race-$j" all 2> "race-$j.err" &
		pids+=($!)
	done
	touch -d "-$((round + 1)) hours" rtree/drivers/mmc/acme_mmc.c
	for ((j = 0; j < 6; j++)); do
		wait "${pids[j]}" || bad "race round $round: dtoc $j failed: $(head -c 200 race-$j.err)"
		name=(small big basic)
		same "ref-${name[j % 3]}" "race-$j" "race round $round, dtoc $j"
		grep -v "cannot write the scan cache" "race-$j.err" |
			grep -q . && bad "race: $(cat race-$j.err)"
	done
done
"$dtoc" -s rtree -d big.dtb --cache race.cache -c race-0 --report rr.json \
	all 2> err.txt
[ $? = 0 ] && ! grep -q "ignoring" err.txt &&
	grep -q '"files_from_cache": [1-9]' rr.json && ok ||
	bad "race: the shared cache is not good: $(head -c 300 err.txt)"
for ((j = 0; j < 6; j++)); do no_temps "race-$j" "race"; done
ls race.cache.tmp* > /dev/null 2>&1 && bad "race: a temporary cache left" || ok

# ------------------------------------- files that vanish, loop, or hide

# A symbolic link loop to a directory (not followed) and one named as a
# source (it cannot be read: an error, as the reference's open() fails).
ln -s .. ltree/drivers/up
ln -s loop-b.c ltree/drivers/loop-a.c
ln -s loop-a.c ltree/drivers/loop-b.c
rm -rf lout && mkdir lout
"$dtoc" -s ltree -d basic.dtb -c lout all > /dev/null 2> err.txt
one_line_error err.txt $? 1 "dtoc: error: cannot read 'ltree/drivers/loop-a.c': Too many levels of symbolic links" "a symlink loop named .c"
rm ltree/drivers/loop-a.c ltree/drivers/loop-b.c
"$dtoc" -s ltree -d basic.dtb -c lout all > /dev/null 2> err.txt
[ $? = 0 ] && [ ! -s err.txt ] && ok || bad "a loop to a directory: $(cat err.txt)"
same ref-basic lout "a loop to a directory"

# Files and directories appearing and vanishing during the walk: every
# run ends in success with the right output (what vanishes declares
# nothing here) or in a one-line "cannot read" error.
(
	for ((i = 0; i < 400; i++)); do
		mkdir -p vtree/drivers/tmp$((i % 7))
		echo "int x$i;" > vtree/drivers/tmp$((i % 7))/f$i.c
		rm -rf vtree/drivers/tmp$(((i + 3) % 7))
	done
) &
churn=$!
errors=0
runs=0
# (however many runs there are, this part counts as one check passed)
pass_before=$pass
while kill -0 $churn 2> /dev/null; do
	rm -rf vout && mkdir vout
	"$dtoc" -s vtree -d basic.dtb -c vout all > /dev/null 2> err.txt
	status=$?
	runs=$((runs + 1))
	if [ $status = 0 ]; then
		grep -v "skipping directory" err.txt | grep -q . &&
			bad "vanishing files: $(cat err.txt)"
		diff -r ref-basic vout > /dev/null || bad "vanishing files: wrong output"
	else
		errors=$((errors + 1))
		one_line_error err.txt $status 1 "dtoc: error: cannot read '" "vanishing files"
	fi
done
wait $churn
echo "  faults: $runs runs while files came and went ($errors failed cleanly)"
pass=$pass_before
[ $runs -gt 0 ] && ok || bad "vanishing files: no run"

# Unreadable files and directories: as root everything is readable, so
# as nobody.
if command -v setpriv > /dev/null && [ "$(id -u)" = 0 ] &&
   setpriv --reuid=nobody --regid=nogroup --clear-groups true 2> /dev/null; then
	# (a build with gcc --coverage writes its counts where nobody
	# may: they are not kept)
	mkdir -p gcov-nobody && chmod 777 gcov-nobody
	as_nobody=(env GCOV_PREFIX="$work/gcov-nobody" setpriv --reuid=nobody
		--regid=nogroup --clear-groups)
	mkdir -p utop
	cp -r "$src" utop/tree
	cp basic.dtb utop/
	chmod -R a+rX utop
	chmod 777 utop
	chmod 000 utop/tree/drivers/gpio/acme_gpio.c
	(cd utop && "${as_nobody[@]}" "$dtoc" -s tree -d basic.dtb -o out.c \
		all > /dev/null 2> ../err.txt)
	one_line_error err.txt $? 1 "dtoc: error: cannot read 'tree/drivers/gpio/acme_gpio.c': Permission denied" "an unreadable source"
	chmod 644 utop/tree/drivers/gpio/acme_gpio.c
	chmod 000 utop/tree/drivers/misc
	(cd utop && "${as_nobody[@]}" "$dtoc" -s tree -d basic.dtb -o out.c \
		all > /dev/null 2> ../err.txt)
	status=$?
	[ $status = 0 ] && grep -q "^tree/drivers/misc: warning: skipping directory: Permission denied" err.txt &&
		ok || bad "an unreadable directory: exit $status: $(head -c 300 err.txt)"
	chmod 755 utop/tree/drivers/misc
	# an unreadable header matters only with -i
	chmod 000 utop/tree/include/acme/uart.h
	(cd utop && "${as_nobody[@]}" "$dtoc" -s tree -d basic.dtb -o out.c \
		all > /dev/null 2> ../err.txt)
	[ $? = 0 ] && [ ! -s err.txt ] && ok || bad "an unreadable header without -i: $(cat err.txt)"
	rm -rf gcov-nobody
else
	echo "  faults: skipped unreadable files (needs root and setpriv)"
fi

# ----------------------------------------------------------- bad inputs

mkdir -p adir bout
: > empty.dtb
mkfifo afifo
expect_error() { # WHAT PATTERN ARGS...
	local what=$1 pattern=$2
	shift 2
	timeout 20 "$dtoc" "$@" > /dev/null 2> err.txt
	one_line_error err.txt $? 1 "$pattern" "$what"
}
expect_error "a directory as -d" "dtoc: error: 'adir' is not a regular file" \
	-s "$src" -d adir -c bout all
expect_error "a FIFO as -d" "dtoc: error: 'afifo' is not a regular file" \
	-s "$src" -d afifo -c bout all
expect_error "an empty -d" "dtoc: error: empty.dtb: not a devicetree blob (the file is empty)" \
	-s "$src" -d empty.dtb -c bout all
expect_error "a .dts as -d" "dtoc: error: basic.dts: not a devicetree blob but devicetree source: compile it first" \
	-s "$src" -d basic.dts -c bout all
expect_error "a directory as -o" "dtoc: error: cannot write 'adir': Is a directory" \
	-s "$src" -d basic.dtb -o adir all
expect_error "a directory as --depfile" "dtoc: error: cannot write 'adir': Is a directory" \
	-s "$src" -d basic.dtb -c bout --depfile adir all
# (the report is written last, after the outputs: it reports them)
expect_error "a directory as --report" "dtoc: error: cannot write report 'adir': Is a directory" \
	-s "$src" -d basic.dtb -o rout.c --report adir all
expect_error "a file as -s" "dtoc: error: cannot read source tree 'basic.dtb': Not a directory" \
	-s basic.dtb -d basic.dtb -c bout all
expect_error "a file as --bindings" "dtoc: error: basic.dtb: cannot read bindings directory: Not a directory" \
	-s "$src" -d basic.dtb -c bout --bindings basic.dtb all
[ -z "$(ls bout)" ] && ok || bad "a failing run wrote to bout: $(ls bout)"

# the cache: a directory, a FIFO, an empty file are warned about and
# ignored, the run goes on
: > empty.cache
for c in adir afifo empty.cache; do
	case $c in
	adir) why="Is a directory" ;;
	afifo) why="not a regular file" ;;
	*) why="the file is empty" ;;
	esac
	rm -rf cout && mkdir cout
	timeout 20 "$dtoc" -s "$src" -d basic.dtb -c cout --cache $c all \
		> /dev/null 2> err.txt
	status=$?
	if [ $status = 0 ] &&
	   grep -q "^dtoc: warning: ignoring the scan cache '$c': $why$" err.txt; then
		ok
	else
		bad "--cache $c: exit $status: $(head -c 300 err.txt)"
	fi
	same ref-basic cout "--cache $c: outputs"
	rm -rf afifo.tmp* && [ -p afifo ] || { rm -f afifo; mkfifo afifo; }
done

# a FIFO and a device among the sources: skipped with a warning (the
# reference would wait on them for ever)
mkfifo ftree/drivers/fifo.c
ln -s /dev/zero ftree/drivers/zero.c
rm -rf fout && mkdir fout
timeout 20 "$dtoc" -s ftree -d basic.dtb -c fout all > /dev/null 2> err.txt
status=$?
[ $status = 0 ] && grep -q "^ftree/drivers/fifo.c: warning: skipping file: not a regular file$" err.txt &&
	grep -q "^ftree/drivers/zero.c: warning: skipping file: not a regular file$" err.txt &&
	ok || bad "a FIFO and a device in the tree: exit $status: $(head -c 300 err.txt)"
same ref-basic fout "a FIFO in the tree: outputs"

# an empty source file and an empty binding declare nothing
: > etree/drivers/empty.c
: > etree/include/empty.h
mkdir -p ebind && : > ebind/empty.yaml
rm -rf eout && mkdir eout
"$dtoc" -s etree -d basic.dtb -c eout --bindings ebind all > /dev/null 2> err.txt
[ $? = 0 ] && [ ! -s err.txt ] && ok || bad "empty files: $(cat err.txt)"
same ref-basic eout "empty files: outputs"

# a 100 MB source file: read whole, as the reference does, in a few
# seconds, and what it declares (at its end) found
{
	yes '/* a line of a big generated file, with nothing to declare */' |
		head -c 104857600
	printf '\nstatic const struct udevice_id big_ids[] = {\n\t{ .compatible = "acme,big" },\n\t{ }\n};\n\nU_BOOT_DRIVER(acme_big) = {\n\t.name = "acme_big",\n\t.id = UCLASS_MISC,\n\t.of_match = big_ids,\n};\n'
} > btree/drivers/misc/big.c
printf '/dts-v1/; / { big { compatible = "acme,big"; }; };' |
	dtc -q -I dts -O dtb -o bigsrc.dtb -
start=$(date +%s%N)
"$dtoc" -s btree -d bigsrc.dtb -o big.c all > /dev/null 2> err.txt
status=$?
ms=$((($(date +%s%N) - start) / 1000000))
[ $status = 0 ] && [ ! -s err.txt ] && grep -q '^U_BOOT_DRVINFO(big)' big.c &&
	ok || bad "a 100 MB source: exit $status: $(head -c 300 err.txt)"
[ $ms -lt 20000 ] && ok || bad "a 100 MB source took $ms ms"
echo "  faults: a 100 MB source file scanned in $ms ms"
rm -rf btree

echo "faults: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
