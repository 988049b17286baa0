// SPDX-License-Identifier: GPL-2.0+
/*
 * Property values: the type guessed from the bytes, widening when nodes
 * sharing a struct disagree, and the C expression of each element.
 *
 * The rules are the reference's, quirks included (see README): they
 * decide the bytes of every generated file.
 */
#include <inttypes.h>
#include <string.h>

#include "dtb/dtb.h"

static struct elem *elems_new(struct arena *a, int count)
{
	return arena_alloc(a, (count ? count : 1) * sizeof(struct elem));
}

static bool is_printable_string(const uint8_t *data, int len, int *count)
{
	int n = 0;
	int start = 0;

	if (!len || data[len - 1] != '\0')
		return false;
	for (int i = 0; i < len; i++) {
		if (data[i] == '\0') {
			if (i == start)
				return false; /* empty piece */
			n++;
			start = i + 1;
		} else if (data[i] < 32 || data[i] > 127) {
			return false;
		}
	}
	*count = n;
	return true;
}

void value_from_bytes(struct arena *a, struct value *v, const uint8_t *data,
		      int len)
{
	int nstr;

	memset(v, 0, sizeof(*v));
	if (!len) {
		v->type = PT_BOOL;
		v->count = 1;
		v->elems = elems_new(a, 1);
		v->elems[0].kind = EK_TRUE;
		return;
	}
	if (is_printable_string(data, len, &nstr)) {
		v->type = PT_STRING;
		v->is_list = nstr > 1;
		v->count = nstr;
		v->elems = elems_new(a, nstr);
		const char *p = (const char *)data;

		for (int i = 0; i < nstr; i++) {
			v->elems[i].kind = EK_STR;
			v->elems[i].str = p;
			p += strlen(p) + 1;
		}
		return;
	}
	if (len % 4) {
		v->type = PT_BYTE;
		v->is_list = len > 1;
		v->count = len;
		v->elems = elems_new(a, len);
		for (int i = 0; i < len; i++) {
			v->elems[i].kind = EK_BYTE;
			v->elems[i].cell = data[i];
		}
		return;
	}
	v->type = PT_INT;
	v->is_list = len > 4;
	v->count = len / 4;
	v->elems = elems_new(a, v->count);
	for (int i = 0; i < v->count; i++) {
		const uint8_t *c = data + i * 4;

		v->elems[i].kind = EK_CELL;
		v->elems[i].cell = (uint32_t)c[0] << 24 | c[1] << 16 |
				   c[2] << 8 | c[3];
	}
}

void value_copy(struct arena *a, struct value *dst, const struct value *src)
{
	*dst = *src;
	dst->elems = arena_dup(a, src->elems,
			       (src->count ? src->count : 1) *
				       sizeof(struct elem));
}

/* The value the reference pads a list with. */
static struct elem empty_elem(enum ptype type)
{
	struct elem e = { 0 };

	switch (type) {
	case PT_BYTE:
		e.kind = EK_BYTE;
		break;
	case PT_INT:
		e.kind = EK_CELL;
		break;
	case PT_STRING:
		e.kind = EK_STR;
		e.str = "";
		break;
	case PT_INT16:
		e.kind = EK_CELL;
		break;
	case PT_UINT64: /* from a binding: padded with 0, unlike reg */
		e.kind = EK_U64;
		break;
	default: /* bool, and 64-bit values too: hence reg padded with 0x1 */
		e.kind = EK_TRUE;
	}
	return e;
}

int value_widen(struct arena *a, struct value *self, const struct value *other,
		const char **why)
{
	/* types from bindings are the same in every node of a struct;
	 * the reference's order of types does not know them */
	if (self->type != other->type &&
	    (self->type >= PT_INT16 || other->type >= PT_INT16)) {
		*why = "has a type from a binding in one node and another type in another";
		return -1;
	}
	if (self->type > other->type) {
		if (self->type == PT_BOOL) {
			/* a bool holds no data: start from one zero cell */
			self->type = PT_INT;
			self->is_list = true;
			self->count = 1;
			self->elems = elems_new(a, 1);
			self->elems[0] = empty_elem(PT_INT);
		}
		if (self->type == PT_INT && other->type == PT_BYTE) {
			struct elem *bytes = elems_new(a, self->count * 4);

			for (int i = 0; i < self->count; i++) {
				if (self->elems[i].kind != EK_CELL) {
					*why = "cannot be turned into bytes";
					return -1;
				}
				for (int b = 0; b < 4; b++) {
					bytes[i * 4 + b].kind = EK_BYTE;
					bytes[i * 4 + b].cell =
						self->elems[i].cell >>
						(24 - 8 * b) & 0xff;
				}
			}
			self->elems = bytes;
			self->count *= 4;
			self->is_list = true;
		}
		self->type = other->type;
	}
	if (other->is_list) {
		self->is_list = true;
		if (other->count > self->count) {
			struct elem *grown = elems_new(a, other->count);

			memcpy(grown, self->elems,
			       self->count * sizeof(struct elem));
			for (int i = self->count; i < other->count; i++)
				grown[i] = empty_elem(self->type);
			self->elems = grown;
			self->count = other->count;
		}
	}
	return 0;
}

static void format_string(struct strbuf *sb, const char *s)
{
	sb_puts(sb, "\"");
	for (; *s; s++) {
		if (*s == '\\')
			sb_puts(sb, "\\\\");
		else
			sb_add(sb, s, 1);
	}
	sb_puts(sb, "\"");
}

int value_check_elem(enum ptype type, const struct elem *e,
		     const char **why)
{
	bool ok = false;

	switch (type) {
	case PT_INT:
	case PT_INT16:
		ok = e->kind == EK_CELL;
		break;
	case PT_BYTE:
		/* a cell gives its first byte; a string widened to bytes
		 * keeps its first char */
		ok = e->kind == EK_BYTE || e->kind == EK_CELL ||
		     (e->kind == EK_STR && *e->str);
		break;
	case PT_STRING:
		if (e->kind == EK_STR && strchr(e->str, '"')) {
			*why = "holds a '\"', which would end the C string";
			return -1;
		}
		ok = e->kind == EK_STR;
		break;
	case PT_BOOL:
		ok = true;
		break;
	case PT_UINT64:
		ok = e->kind == EK_U64;
		break;
	case PT_INT64:
		ok = e->kind == EK_U64 || e->kind == EK_TRUE;
		break;
	}
	if (!ok)
		*why = "has values of different types in nodes sharing its struct";
	return ok ? 0 : -1;
}

void value_format_elem(struct strbuf *sb, enum ptype type,
		       const struct elem *e)
{
	switch (type) {
	case PT_INT:
	case PT_INT16:
		sb_printf(sb, "0x%" PRIx32, e->cell);
		break;
	case PT_BYTE:
		if (e->kind == EK_BYTE)
			sb_printf(sb, "0x%" PRIx32, e->cell);
		else if (e->kind == EK_CELL)
			sb_printf(sb, "0x%" PRIx32, e->cell >> 24);
		else
			sb_printf(sb, "0x%x", (unsigned char)*e->str);
		break;
	case PT_STRING:
		format_string(sb, e->str);
		break;
	case PT_BOOL:
		sb_puts(sb, "true");
		break;
	case PT_UINT64:
		sb_printf(sb, "0x%" PRIx64, e->u64);
		break;
	case PT_INT64:
		if (e->kind == EK_U64)
			sb_printf(sb, "0x%" PRIx64, e->u64);
		else
			sb_puts(sb, "0x1");
		break;
	}
}

const char *ptype_c_name(enum ptype type)
{
	static const char *const names[] = {
		[PT_BYTE] = "unsigned char",
		[PT_INT] = "fdt32_t",
		[PT_STRING] = "const char *",
		[PT_BOOL] = "bool",
		[PT_INT64] = "fdt64_t",
		[PT_INT16] = "fdt16_t",
		[PT_UINT64] = "fdt64_t",
	};

	return names[type];
}

/* Big-endian unsigned integer of @size bytes */
static uint64_t be_uint(const uint8_t *p, int size)
{
	uint64_t v = 0;

	for (int i = 0; i < size; i++)
		v = v << 8 | p[i];
	return v;
}

int value_from_typed_bytes(struct arena *a, struct value *v,
			   const uint8_t *data, int len, enum ptype type,
			   bool is_list)
{
	static const int sizes[] = {
		[PT_BYTE] = 1, [PT_INT] = 4, [PT_INT16] = 2, [PT_UINT64] = 8,
	};
	int size;

	memset(v, 0, sizeof(*v));
	v->type = type;
	v->is_list = is_list;
	if (type == PT_BOOL) {
		if (len)
			return -1;
		v->count = 1;
		v->elems = elems_new(a, 1);
		v->elems[0].kind = EK_TRUE;
		return 0;
	}
	if (type == PT_STRING) {
		/* NUL-terminated pieces; unlike a guess, empty ones count */
		if (!len || data[len - 1] != '\0')
			return -1;
		for (int i = 0; i < len; i++)
			v->count += data[i] == '\0';
		v->elems = elems_new(a, v->count);
		const char *p = (const char *)data;

		for (int i = 0; i < v->count; i++) {
			v->elems[i].kind = EK_STR;
			v->elems[i].str = p;
			p += strlen(p) + 1;
		}
		return 0;
	}
	if (type >= (int)(sizeof(sizes) / sizeof(*sizes)) || !sizes[type])
		return -1;
	size = sizes[type];
	if (!len || len % size)
		return -1;
	v->count = len / size;
	v->elems = elems_new(a, v->count);
	for (int i = 0; i < v->count; i++) {
		uint64_t n = be_uint(data + i * size, size);

		if (type == PT_UINT64) {
			v->elems[i].kind = EK_U64;
			v->elems[i].u64 = n;
		} else {
			v->elems[i].kind = type == PT_BYTE ? EK_BYTE : EK_CELL;
			v->elems[i].cell = (uint32_t)n;
		}
	}
	return 0;
}
