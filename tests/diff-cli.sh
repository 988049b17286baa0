# dtoc diff's command line, sourced by tests/diff.sh (which defines
# dtoc, work, src, ok and bad, and has compiled the cases to
# $work/CASE/{old,new}.dtb): exit statuses, --fail-on, colour, mixed
# and bad inputs, DTOC_FLAGS, and the git driver in a real repository.

c=$work/cli
mkdir -p "$c"
cw=$work/member
nw=$work/new-warning

# expect NAME STATUS STDERR-PATTERN -- ARGS...: the status, and stderr
# (one line matching the pattern, or nothing if it is empty)
expect() {
	local name=$1 want=$2 pattern=$3
	shift 4
	"$dtoc" diff "$@" > "$c/out" 2> "$c/err"
	local got=$?
	if [ "$got" != "$want" ]; then
		bad "cli: $name" "exit status $got, not $want ($(head -1 "$c/err"))"
	elif [ -z "$pattern" ] && [ -s "$c/err" ]; then
		bad "cli: $name" "unexpected stderr: $(head -1 "$c/err")"
	elif [ -n "$pattern" ] &&
	     { [ "$(wc -l < "$c/err")" != 1 ] || ! grep -q -- "$pattern" "$c/err"; }; then
		bad "cli: $name" "stderr is not one line with '$pattern': $(cat "$c/err")"
	else
		ok
	fi
}

# --- exit statuses and output
expect "same input" 0 "" -- -s "$src" "$cw/old.dtb" "$cw/old.dtb"
[ -s "$c/out" ] && bad "cli: same input prints nothing" || ok
expect "differences" 1 "" -- -s "$src" "$cw/old.dtb" "$cw/new.dtb"
expect "same input, --json" 0 "" -- -s "$src" --json "$cw/old.dtb" "$cw/old.dtb"
[ -s "$c/out" ] && bad "cli: same input prints nothing with --json" || ok

# --- --fail-on=new-warnings: only new warnings fail; the diff is printed
expect "fail-on, no new warning" 0 "" -- -s "$src" --fail-on=new-warnings \
	"$cw/old.dtb" "$cw/new.dtb"
grep -q "gains 'bus-width'" "$c/out" && ok ||
	bad "cli: fail-on prints the differences"
expect "fail-on, a new warning" 1 "" -- -s "$src" --fail-on=new-warnings \
	"$nw/old.dtb" "$nw/new.dtb"
expect "fail-on, a warning gone" 0 "" -- -s "$src" --fail-on=new-warnings \
	"$nw/new.dtb" "$nw/old.dtb"
grep -q "warnings and errors gone:" "$c/out" && ok ||
	bad "cli: a warning gone is listed"
expect "fail-on, bad value" 2 "fail-on takes new-warnings" -- -s "$src" \
	--fail-on=errors "$cw/old.dtb" "$cw/new.dtb"

# --- colour: never unless asked or a terminal
expect "no colour in a pipe" 1 "" -- -s "$src" "$cw/old.dtb" "$cw/new.dtb"
grep -q $'\033' "$c/out" && bad "cli: colour in a pipe" || ok
expect "--color=always" 1 "" -- -s "$src" --color=always "$cw/old.dtb" "$cw/new.dtb"
grep -q $'\033\[' "$c/out" && ok || bad "cli: --color=always has no colour"
expect "--color=never" 1 "" -- -s "$src" --color=never "$cw/old.dtb" "$cw/new.dtb"
grep -q $'\033' "$c/out" && bad "cli: --color=never has colour" || ok
expect "--color=bad" 2 "--color takes auto, always or never" -- -s "$src" \
	--color=sometimes "$cw/old.dtb" "$cw/new.dtb"

# --- the command line
expect "one file" 2 "give two files" -- -s "$src" "$cw/old.dtb"
expect "three files" 2 "give two files" -- -s "$src" "$cw/old.dtb" "$cw/old.dtb" "$cw/old.dtb"
expect "an output option" 2 "dtoc diff writes no files" -- -s "$src" -c "$c/x" \
	"$cw/old.dtb" "$cw/new.dtb"
expect "-d" 2 "not -d" -- -s "$src" -d "$cw/old.dtb" "$cw/old.dtb" "$cw/new.dtb"
expect "--werror" 2 "--fail-on=new-warnings" -- -s "$src" --werror \
	"$cw/old.dtb" "$cw/new.dtb"
expect "an unknown option" 2 "unknown option '--frob'" -- -s "$src" --frob \
	"$cw/old.dtb" "$cw/new.dtb"
"$dtoc" diff --help | grep -q "Usage: dtoc diff" && ok || bad "cli: --help"

# DTOC_FLAGS reaches both sides, as it reaches a run
DTOC_FLAGS=-i "$dtoc" diff -s "$src" "$work/alias-inst/old.dtb" \
	"$work/alias-inst/new.dtb" > "$c/out" 2>&1
grep -q "seq: 1 -> 5" "$c/out" && ok || bad "cli: DTOC_FLAGS=-i" "$(head -3 "$c/out")"

# --- bad inputs: one line, exit 2
head -c 100 "$cw/old.dtb" > "$c/truncated.dtb"
expect "truncated blob" 2 "dtoc: error: .*truncated.dtb" -- -s "$src" \
	"$c/truncated.dtb" "$cw/new.dtb"
expect "missing file" 2 "dtoc: error: $c/none.dtb: cannot read it" -- -s "$src" \
	"$c/none.dtb" "$cw/new.dtb"
echo 'not json' > "$c/garbage"
expect "not a report" 2 "neither\|nor a JSON report" -- -s "$src" "$c/garbage" "$cw/new.dtb"
: > "$c/empty"
expect "an empty file" 2 "an empty file" -- -s "$src" "$c/empty" "$cw/new.dtb"
"$dtoc" -s "$src" -d "$cw/old.dtb" --check --report "$c/old.json" all
python3 - "$c" <<'PY'
import json, sys
d = sys.argv[1]
r = json.load(open(d + "/old.json"))
v = dict(r); v["dtoc_report"] = 1; json.dump(v, open(d + "/layout1.json", "w"))
v = dict(r); v["dtoc_version"] = "0.0.1"; json.dump(v, open(d + "/oldver.json", "w"))
v = dict(r); del v["dtoc_report"]; json.dump(v, open(d + "/nolayout.json", "w"))
v = dict(r); v["ok"] = False
v["diagnostics"] = [{"severity": "error", "message": "it broke"}]
json.dump(v, open(d + "/failed.json", "w"))
v = dict(r); v["nodes"] = [{"idx": 0}]; json.dump(v, open(d + "/nopath.json", "w"))
PY
expect "report of another layout" 2 "a report of layout 1; this dtoc reads layout 2" -- \
	-s "$src" "$c/layout1.json" "$cw/new.dtb"
expect "report of another dtoc" 2 "a report from dtoc 0.0.1, not this dtoc" -- \
	-s "$src" "$c/oldver.json" "$cw/new.dtb"
expect "report of an older dtoc" 2 "a report from an older dtoc" -- \
	-s "$src" "$c/nolayout.json" "$cw/new.dtb"
expect "report of a failed run" 2 "a report of a run that failed: it broke" -- \
	-s "$src" "$c/failed.json" "$cw/new.dtb"
expect "report without paths" 2 "nodes\[0\] has no path" -- \
	-s "$src" "$c/nopath.json" "$cw/new.dtb"
"$dtoc" -s "$src" -p spl -d "$cw/new.dtb" --check --report "$c/spl.json" all
expect "report of another phase" 2 "is of phase (none) and .*spl.json of phase spl" -- \
	-s "$src" "$cw/old.dtb" "$c/spl.json"
"$dtoc" -s "$src" -i -d "$cw/new.dtb" --check --report "$c/inst.json" all
expect "report of another mode" 2 "compare runs of one mode" -- \
	-s "$src" "$c/old.json" "$c/inst.json"
expect "a failing blob" 2 "dtoc: error: .*truncated" -- -s "$src" "$cw/old.dtb" \
	"$c/truncated.dtb"

# a NEW whose run fails: trouble, or with --fail-on its error is new
{
	sed 's/clocks = <&clk 7>;/clocks = <\&nodev 7>;/' "testdata/diff/member/new.dts"
	echo '/ { nodev: nodev { #clock-cells = <1>; }; };'
} > "$c/fails.dts"
dtc -q -I dts -O dtb -o "$c/fails.dtb" "$c/fails.dts"
expect "a NEW that fails" 2 "dtoc: error: .*fails.dtb: node '/dwmmc@6000': property 'clocks' refers to node '/nodev', which is not a device" -- \
	-s "$src" "$cw/old.dtb" "$c/fails.dtb"
expect "a NEW that fails, --fail-on" 1 "" -- -s "$src" --fail-on=new-warnings \
	"$cw/old.dtb" "$c/fails.dtb"
grep -q "^dtoc diff: the run of NEW fails: .*not a device .*; 1 new error or warning" "$c/out" &&
	grep -q "error: node '/dwmmc@6000': property 'clocks' refers to node '/nodev'" "$c/out" && ok ||
	bad "cli: a NEW that fails, --fail-on" "$(cat "$c/out")"
"$dtoc" -s "$src" -d "$c/fails.dtb" --check --report "$c/fails.json" all 2> /dev/null
expect "a report of a NEW that fails, --fail-on" 1 "" -- -s "$src" \
	--fail-on=new-warnings "$c/old.json" "$c/fails.json"
expect "an OLD that fails, --fail-on" 2 "dtoc: error: .*fails.dtb: node" -- \
	-s "$src" --fail-on=new-warnings "$c/fails.dtb" "$cw/old.dtb"

# a report and the blob it came from are the same
expect "report = its blob" 0 "" -- -s "$src" "$c/old.json" "$cw/old.dtb"

# --- the driver sources change: two reports from two trees
rm -rf "$c/tree"
cp -R "$src" "$c/tree"
sed -i 's/U_BOOT_DRIVER(acme_gpio)/U_BOOT_DRIVER(acme_gpio_bank)/; s/"acme_gpio"/"acme_gpio_bank"/' \
	"$c/tree/drivers/gpio/acme_gpio.c"
"$dtoc" -s "$c/tree" -d "$cw/old.dtb" --check --report "$c/tree.json" all 2> /dev/null
expect "driver renamed in the sources" 1 "" -- -s "$src" "$c/old.json" "$c/tree.json"
grep -q "driver: acme_gpio -> (none)" "$c/out" && ok ||
	bad "cli: a driver renamed in the sources" "$(cat "$c/out")"

# a changed priv_auto with -i: the node's records name another struct
"$dtoc" -s "$src" -i -d "$cw/old.dtb" --check --report "$c/inst-old.json" all 2> /dev/null
rm -rf "$c/tree2"
cp -R "$src" "$c/tree2"
sed -i 's/sizeof(struct acme_gpio_priv)/sizeof(struct acme_gpio_big_priv)/' \
	"$c/tree2/drivers/gpio/acme_gpio.c"
"$dtoc" -s "$c/tree2" -i -d "$cw/old.dtb" --check --report "$c/inst-new.json" all 2> /dev/null
expect "priv_auto changed in the sources" 1 "" -- -s "$src" "$c/inst-old.json" "$c/inst-new.json"
grep -q "records sized by the sources: .*priv struct acme_gpio_priv.* -> .*priv struct acme_gpio_big_priv" "$c/out" && ok ||
	bad "cli: a changed priv_auto" "$(cat "$c/out")"
# a report and its blob, with -i and a struct whose header is missing:
# the blob's run warns as the report's did
expect "-i report = its blob, with a header warning" 0 "" -- -s "$c/tree2" -i \
	"$c/inst-new.json" "$cw/old.dtb"

# a DM_DRIVER_ALIAS added in the sources gives a node its driver
rm -rf "$c/tree3"
cp -R "$src" "$c/tree3"
echo 'DM_DRIVER_ALIAS(acme_gpio, acme_gpio_bank)' >> "$c/tree3/drivers/gpio/acme_gpio.c"
"$dtoc" -s "$src" -d "$nw/new.dtb" --check --report "$c/alias-old.json" all 2> /dev/null
"$dtoc" -s "$c/tree3" -d "$nw/new.dtb" --check --report "$c/alias-new.json" all 2> /dev/null
expect "an alias added in the sources" 1 "" -- -s "$src" "$c/alias-old.json" "$c/alias-new.json"
grep -q "driver: (none) -> acme_gpio" "$c/out" &&
	grep -q "^warnings and errors gone:" "$c/out" && ok ||
	bad "cli: an alias added in the sources" "$(cat "$c/out")"

# --- git: the external diff driver in a real repository
if command -v git > /dev/null; then
	g=$c/git
	rm -rf "$g"
	mkdir -p "$g"
	(
		cd "$g" || exit 1
		git init -q .
		git config user.email t@example.com
		git config user.name test
		git config diff.dtoc.command "$dtoc diff --git -s $top/$src"
		echo '*.dtb diff=dtoc' > .gitattributes
		cp "$cw/old.dtb" board.dtb
		git add .gitattributes board.dtb
		git commit -qm old
		cp "$cw/new.dtb" board.dtb
		git diff > ../git-changed.out 2> ../git-changed.err
		echo $? > ../git-changed.status
		git commit -qam new
		git show --ext-diff HEAD > ../git-show.out 2>&1
		git rm -q board.dtb
		git diff --cached > ../git-deleted.out 2>&1
		echo $? > ../git-deleted.status
	)
	if [ "$(cat "$c/git-changed.status")" = 0 ] &&
	   grep -q "^dtoc diff a/board.dtb b/board.dtb" "$c/git-changed.out" &&
	   grep -q "gains 'bus-width'" "$c/git-changed.out" &&
	   [ ! -s "$c/git-changed.err" ]; then
		ok
	else
		bad "cli: git diff" "$(cat "$c/git-changed.out" "$c/git-changed.err")"
	fi
	grep -q "gains 'bus-width'" "$c/git-show.out" && ok ||
		bad "cli: git show" "$(head -5 "$c/git-show.out")"
	if [ "$(cat "$c/git-deleted.status")" = 0 ] &&
	   grep -q "^removed /dwmmc@6000" "$c/git-deleted.out"; then
		ok
	else
		bad "cli: git diff of a deleted blob" "$(head -5 "$c/git-deleted.out")"
	fi
	expect "--git with too few arguments" 2 "the 7 arguments git passes" -- \
		-s "$src" --git board.dtb "$cw/old.dtb"
fi
