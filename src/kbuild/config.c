// SPDX-License-Identifier: GPL-2.0+
/*
 * The build's .config, read as make reads include/config/auto.conf:
 * CONFIG_X=value lines (a string keeps its quotes), "# CONFIG_X is not
 * set" and other comments ignored.
 */
#include <string.h>

#include "kbuild/kbuild.h"

static bool is_name_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

int kb_config_parse(struct arena *a, struct kb_config *cfg, const char *buf,
		    size_t len, int *line, const char **why)
{
	const char *p = buf, *end = buf + len;
	int lineno = 0;

	while (p < end) {
		const char *eol = memchr(p, '\n', end - p);
		const char *q = p, *name, *val, *vend;

		if (!eol)
			eol = end;
		lineno++;
		vend = eol;
		if (vend > p && vend[-1] == '\r')
			vend--;
		while (q < vend && (*q == ' ' || *q == '\t'))
			q++;
		if (q == vend || *q == '#') {
			p = eol + 1;
			continue;
		}
		name = q;
		while (q < vend && is_name_char(*q))
			q++;
		if (q == name || q == vend || *q != '=' ||
		    strncmp(name, "CONFIG_", 7)) {
			*line = lineno;
			*why = "not a CONFIG_NAME=value line";
			return -1;
		}
		val = q + 1;
		sm_put(&cfg->values, arena_strndup(a, name, q - name),
		       arena_strndup(a, val, vend - val));
		p = eol + 1;
	}
	return 0;
}

void kb_config_free(struct kb_config *cfg)
{
	sm_free(&cfg->values);
}
