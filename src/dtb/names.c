// SPDX-License-Identifier: GPL-2.0+
/*
 * Names: devicetree names as C identifiers, and tab alignment.
 */
#include <ctype.h>
#include <string.h>

#include "dtb/dtb.h"

/*
 * '@' becomes "_at_"; '-', ',' and '.' become '_'; the root "/" is "root".
 * Anything else is kept, so the result is not always a valid identifier.
 */
char *conv_name_to_c(struct arena *a, const char *name)
{
	if (!strcmp(name, "/"))
		return arena_strdup(a, "root");

	size_t len = 0;

	for (const char *p = name; *p; p++)
		len += *p == '@' ? 4 : 1;
	char *out = arena_alloc(a, len + 1);
	char *q = out;

	for (const char *p = name; *p; p++) {
		switch (*p) {
		case '@':
			memcpy(q, "_at_", 4);
			q += 4;
			break;
		case '-':
		case ',':
		case '.':
			*q++ = '_';
			break;
		default:
			*q++ = *p;
		}
	}
	*q = '\0';
	return out;
}

bool is_c_identifier(const char *s)
{
	if (!*s || isdigit((unsigned char)*s))
		return false;
	for (; *s; s++) {
		if (!isalnum((unsigned char)*s) && *s != '_')
			return false;
	}
	return true;
}

void sb_tab_to(struct strbuf *sb, int num_tabs, const char *text)
{
	size_t len = strlen(text);

	sb_puts(sb, text);
	if (len >= (size_t)num_tabs * 8) {
		sb_puts(sb, " ");
		return;
	}
	for (size_t i = len / 8; i < (size_t)num_tabs; i++)
		sb_puts(sb, "\t");
}
