#!/bin/sh
# Install the Debian packages that building and testing dtoc need, when
# they are missing. Root installs with apt-get; others through sudo.
set -eu

packages="gcc make pkg-config libfdt-dev device-tree-compiler libyaml-dev \
libjansson-dev check valgrind clang gcc-aarch64-linux-gnu qemu-system-arm"
missing=
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
		grep -q "install ok installed" || missing="$missing $p"
done
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
