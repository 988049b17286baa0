#!/bin/sh
# Install the Debian packages that building and testing dtoc need, when
# they are missing. Root installs with apt-get; others through sudo.
# Usage: tests/deps.sh [PACKAGE...]   (default: what make check needs;
# make coverage adds lcov this way)
set -eu

packages="gcc make pkg-config libfdt-dev device-tree-compiler libyaml-dev \
libjansson-dev check valgrind clang gcc-aarch64-linux-gnu qemu-system-arm \
gcc-arm-none-eabi jq"
[ $# -gt 0 ] && packages=$*
# (one dpkg-query for all: those it does not list as installed are missing)
# shellcheck disable=SC2086
installed=" $(dpkg-query -W -f='${Status} ${Package}\n' $packages 2> /dev/null |
	sed -n 's/^install ok installed //p' | tr '\n' ' ')" || true
missing=
for p in $packages; do
	case $installed in
	*" $p "*) ;;
	*) missing="$missing $p" ;;
	esac
done
# libFuzzer (make fuzz, make check's smoke fuzzing) comes with clang's
# runtime libraries, packaged per clang version
fuzzer_rt() {
	v=$(clang --version 2> /dev/null |
		sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
	[ -n "$v" ] || return 0
	dpkg-query -W -f='${Status}' "libclang-rt-$v-dev" 2> /dev/null |
		grep -q "install ok installed" || echo "libclang-rt-$v-dev"
}
if [ $# = 0 ]; then
	rt=$(fuzzer_rt)
	[ -n "$rt" ] && missing="$missing $rt"
fi
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
if [ "$(id -u)" = 0 ]; then
	sudo=
elif command -v sudo > /dev/null; then
	sudo=sudo
else
	echo "dtoc: error: missing packages:$missing (run as root or install them)" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing > /dev/null
# clang was just installed: its runtime too
[ $# = 0 ] && rt=$(fuzzer_rt) || rt=
# shellcheck disable=SC2086
[ -z "$rt" ] || $sudo apt-get install -y -qq --no-install-recommends $rt > /dev/null
