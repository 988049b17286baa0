#!/bin/sh
# Turn each template into a C string constant: templates/<file>.txt
# becomes tmpl_<file with non-identifier characters as '_'>.
# Usage: embed.sh OUTPUT.c TEMPLATE...
set -eu
out=$1
shift
{
	echo '/* Generated from templates/ by templates/embed.sh: do not edit. */'
	echo '#include "emit/templates.h"'
	for f in "$@"; do
		name=$(basename "$f" .txt | sed 's/[^A-Za-z0-9]/_/g')
		printf 'const char tmpl_%s[] =\n' "$name"
		sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/\t"/' -e 's/$/\\n"/' "$f"
		printf '\t"";\n'
	done
} > "$out.tmp"
mv "$out.tmp" "$out"
