// SPDX-License-Identifier: GPL-2.0+
/*
 * diff: what the comparison's parts share: reading a report's values,
 * and the texts and entries they all make.
 */
#include <stdlib.h>
#include <string.h>

#include "diff/common.h"

const char *jstr(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

long long jint(json_t *obj, const char *key, long long def)
{
	json_t *v = json_object_get(obj, key);

	return json_is_integer(v) ? json_integer_value(v) : def;
}

bool same_str(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* json_equal(), where two NULLs (both missing) are the same too */
bool same_json(json_t *a, json_t *b)
{
	return a == b || json_equal(a, b);
}

void add_blob_only(struct diff *d, const char *path, const char *what,
		   const char *why)
{
	json_array_append_new(d->blob_only,
			      json_pack("{s:s, s:s, s:s}", "path", path,
					"what", what ? what : "?",
					"why", why ? why : "(no reason given)"));
}

json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

const char *or_none(const char *s)
{
	return s ? s : "(none)";
}

const char *strings_text(struct diff *d, json_t *arr, size_t most,
			 const char *none)
{
	struct strbuf sb = { 0 };
	json_t *v;
	size_t i;
	char *s;

	json_array_foreach(arr, i, v) {
		if (i == most) {
			sb_printf(&sb, " and %zu more",
				  json_array_size(arr) - most);
			break;
		}
		sb_printf(&sb, "%s%s", i ? ", " : "",
			  json_string_value(v) ? json_string_value(v) : "?");
	}
	s = arena_strdup(&d->arena, sb.len ? sb.buf : none);
	sb_free(&sb);
	return s;
}
