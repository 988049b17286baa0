/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * scan (internal): what one file declares. parse_file() returns a
 * file_result and knows nothing of caching or merging.
 */
#ifndef SCAN_PARSE_H
#define SCAN_PARSE_H

#include "scan/scan.h"

/* parse.c: what one file declares */

struct alias_decl {
	const char *name; /* the alias (a compatible's C name) */
	struct driver_alias *alias;
};

struct file_result {
	const char *path;	 /* for messages */
	const char *rel;	 /* within its tree */
	struct ptrvec drivers;	 /* struct driver *, in the file's order */
	struct ptrvec aliases;	 /* struct alias_decl * */
	struct ptrvec uclasses;	 /* struct uclass * */
	struct ptrvec structs;	 /* char *, struct names defined */
	struct ptrvec notes;	 /* struct driver_note * */
	/* not valid UTF-8, so skipped as the reference does: what it would
	 * declare, as "driver NAME", "alias NAME", "uclass UCLASS_X" and
	 * "struct NAME" (nothing if it declares nothing) */
	bool skipped;
	/* why the walk did not read it (a FIFO, a device): a warning at
	 * the file; never cached */
	const char *warning;
	struct ptrvec skipped_names; /* char * */
	/* stops the scan when merged: the message, at @error_line of the
	 * file (0: the file as a whole, which an unreadable file's message
	 * names itself) */
	const char *error;
	int error_line;
	enum diag_code error_code;
};

/* What makes a .c or .h file (by its name) worth parsing: MARK_ bits,
 * 0 if it cannot declare anything; for a .c file with MARK_PLAIN if the
 * text is plain (a header's is found out while parsing). */
unsigned int file_markers(const char *rel, const char *buf, size_t len);
/* Parse a file with @marks from file_markers() into @res, allocating in
 * @a. @buf[@len] must be NUL; @buf is changed meanwhile, then restored.
 * @fast false takes the general line reader for every line (tests). */
void parse_file(struct arena *a, struct file_result *res, char *buf,
		size_t len, unsigned int marks, bool fast);
bool result_is_empty(const struct file_result *res);

#endif /* SCAN_PARSE_H */
