/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * emit (internal): the fixed text of the generated files, built from
 * templates/ by templates/embed.sh.
 */
#ifndef EMIT_TEMPLATES_H
#define EMIT_TEMPLATES_H

/* Fixed text of the generated files, built from templates/. */
extern const char tmpl_header_comment[];
extern const char tmpl_dt_structs_gen_h[];
extern const char tmpl_dt_decl_h[];
extern const char tmpl_dt_plat_c[];
extern const char tmpl_dt_device_c[];
extern const char tmpl_dt_uclass_c[];

#endif /* EMIT_TEMPLATES_H */
