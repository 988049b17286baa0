/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * dtb: the devicetree blob as a tree of nodes and properties (the
 * model's, model.h), their values as the reference guesses their types
 * (value.c), the C names (names.c), and which properties are members or
 * hold phandles (props.c). The first stage: it knows only base and the
 * model.
 */
#ifndef DTB_DTB_H
#define DTB_DTB_H

#include "base/diag.h"
#include "model.h"

/* ------------------------------------------------------- names.c */

/* The C identifier for a devicetree name (the reference's rules). */
char *conv_name_to_c(struct arena *a, const char *name);
bool is_c_identifier(const char *s);
/* Append tabs to reach tab stop @num_tabs (8 columns), or one space. */
void sb_tab_to(struct strbuf *sb, int num_tabs, const char *text);

/* ------------------------------------------------------- value.c */

void value_from_bytes(struct arena *a, struct value *v, const uint8_t *data,
		      int len);
void value_copy(struct arena *a, struct value *dst, const struct value *src);
/* Widen @self so that it can hold @other. Returns 0 or -1 where the
 * reference would fail (message in @why). */
int value_widen(struct arena *a, struct value *self, const struct value *other,
		const char **why);
/* Whether element @e can be written as C of @type: 0, or -1 with the
 * reason in @why (resolve checks every value before anything is emitted) */
int value_check_elem(enum ptype type, const struct elem *e,
		     const char **why);
/* Append the C expression of element @e, checked, as @type. */
void value_format_elem(struct strbuf *sb, enum ptype type,
		       const struct elem *e);
const char *ptype_c_name(enum ptype type);
/* @data read as elements of @type (a binding's type: byte, int16, int,
 * uint64, string or bool); -1 if @len does not split into them. */
int value_from_typed_bytes(struct arena *a, struct value *v,
			   const uint8_t *data, int len, enum ptype type,
			   bool is_list);

/* --------------------------------------------------------- dtb.c */

struct dt {
	const char *fname;
	void *blob;
	struct node *root;
	struct node **by_phandle; /* nodes with a phandle, sorted by it */
	int nphandles;
};

int dt_read(struct ctx *ctx, const char *fname);
/* The blob in @fname (malloc'ed, in *@bufp even on failure), checked
 * with libfdt; errors call it @what ("devicetree blob", ...). */
int dt_load_blob(struct ctx *ctx, const char *fname, const char *what,
		 void **bufp, size_t *lenp);
/* The nodes of @dt->blob (checked already), named after @dt->fname. */
int dt_build(struct ctx *ctx, struct dt *dt);
struct prop *node_prop(const struct node *node, const char *name);
struct node *dt_find_phandle(const struct dt *dt, uint32_t phandle);
struct node *dt_find_path(const struct dt *dt, const char *path);

/* ---------------------------------------------------------- props.c */

/* The phandles of a property: how many, and the args of each. */
struct phandle_info {
	int count;
	int max_args;
	int *args;
};

/* Whether @a and @b (either may be NULL: no) hold the same bytes */
bool prop_same_bytes(const struct prop *a, const struct prop *b);
/* Whether a property becomes a struct member. */
bool prop_is_member(const char *name);
/* The #...-cells property of a phandle property name, or NULL. */
const char *phandle_cells_prop(const char *name);
/* A property that must hold exactly one cell, e.g. #address-cells */
int prop_single_cell(struct ctx *ctx, const struct node *node,
		     const struct prop *prop, uint32_t *out);
/* Count the phandles of @val (a phandle property of @node). */
int phandle_info(struct ctx *ctx, const struct node *node, const char *pname,
		 const struct value *val, struct phandle_info *info);
/* The same for a property typed by binding @bt (NULL: by its name). */
int phandle_info_typed(struct ctx *ctx, const struct node *node,
		       const char *pname, const struct binding_type *bt,
		       const struct value *val, struct phandle_info *info);
/* Whether a property (of type @bt, NULL if guessed) holds phandles. */
bool holds_phandles(const char *name, const struct binding_type *bt);
/* The #...-cells property of a provider for phandle-array @name:
 * clocks -> #clock-cells, rockchip,foo-gpios -> #gpio-cells, ... */
const char *cells_prop_for(struct arena *a, const char *name);

#endif /* DTB_DTB_H */
