/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * base: diagnostics. Every warning, note and error of a run is a record
 * (struct diag): a severity, a stable code, a message and where it
 * points. A stage records them in the context and returns a code; only
 * main.c prints them (as text, JSON or SARIF) and the --report lists
 * them.
 */
#ifndef BASE_DIAG_H
#define BASE_DIAG_H

#include "dtoc.h"

/*
 * The codes, stable names that CI jobs and editors may match on
 * (doc/build-and-ci.md lists them; tests/cli.sh checks that it does):
 * X(identifier, "name", "what it means").
 */
#define DIAG_CODES(X) \
	X(FILE_UNREADABLE, "file-unreadable", "an input file or directory cannot be read") \
	X(FILE_SKIPPED, "file-skipped", "a file or directory of a source tree is not read (not a regular file, not readable)") \
	X(FILE_NOT_UTF8, "file-not-utf8", "a source file is not valid UTF-8, so U-Boot's dtoc ignores what it declares") \
	X(OUTPUT_UNWRITABLE, "output-unwritable", "an output, the depfile or the report cannot be written") \
	X(CACHE_IGNORED, "cache-ignored", "the --cache file is not used (unreadable, corrupt, from another tree)") \
	X(CACHE_UNWRITABLE, "cache-unwritable", "the --cache file cannot be written") \
	X(BLOB_INVALID, "blob-invalid", "the devicetree blob or an overlay is not a valid blob") \
	X(PHANDLE_DUPLICATE, "phandle-duplicate", "two nodes have the same phandle") \
	X(OVERLAY_INVALID, "overlay-invalid", "a --variant overlay has no usable fragment") \
	X(OVERLAY_TARGET, "overlay-target", "an overlay fragment targets a node the base does not have") \
	X(OVERLAY_APPLY, "overlay-apply", "libfdt cannot apply an overlay to the base") \
	X(VARIANT_OPTION, "variant-option", "a --variant name is invalid, repeated, or there are too many") \
	X(VARIANT_CHANGE, "variant-change", "a variant changes what no variant may change (a compatible, #...-cells)") \
	X(OF_MATCH_TABLE_MISSING, "of-match-table-missing", "a driver's .of_match names no udevice_id table before it") \
	X(UCLASS_NO_ID, "uclass-no-id", "a UCLASS_DRIVER has no .id line") \
	X(NUL_BYTE, "nul-byte", "a name in the sources holds a NUL byte") \
	X(DRIVER_NO_ID, "driver-no-id", "a driver has no .id, so U-Boot's dtoc ignores it") \
	X(DRIVER_NO_OF_MATCH, "driver-no-of-match", "a driver has no .of_match, so U-Boot's dtoc ignores it") \
	X(OF_MATCH_SUFFIX, "of-match-suffix", "a driver's .of_match line has more than a table name") \
	X(OF_MATCH_OFFSET, "of-match-offset", "a driver's .of_match starts inside its table") \
	X(DRIVER_DUPLICATE, "driver-duplicate", "two drivers have one name and no phase tells them apart") \
	X(DRIVER_MISSING, "driver-missing", "no driver for a node's compatible strings") \
	X(DRIVER_NAME_MISMATCH, "driver-name-mismatch", "a driver lists the compatible but is named otherwise, and no DM_DRIVER_ALIAS links them") \
	X(ALIAS_CONTESTED, "alias-contested", "two DM_DRIVER_ALIAS lines give one compatible to two drivers") \
	X(UCLASS_MISSING, "uclass-missing", "no UCLASS_DRIVER for a used driver's .id") \
	X(PARENT_DRIVER_MISSING, "parent-driver-missing", "a node's parent has no driver (-i)") \
	X(PARENT_INVALID, "parent-invalid", "a node's parent is not a device where the node is") \
	X(ROOT_DRIVER_MISUSED, "root-driver-misused", "a node other than the root names root_driver (-i)") \
	X(STATUS_MISSING, "status-missing", "a node has no status, which --include-disabled cannot handle") \
	X(DISABLED_LEFT_OUT, "disabled-left-out", "a disabled node is left out despite --include-disabled") \
	X(COMPATIBLE_INVALID, "compatible-invalid", "a compatible property is not a string list") \
	X(NAME_INVALID, "name-invalid", "a C name made from the devicetree is not a C identifier") \
	X(NAME_CLASH, "name-clash", "two nodes or properties get the same C name") \
	X(REG_SIZE_UNKNOWN, "reg-size-unknown", "a reg whose cell sizes cannot be known") \
	X(REG_INVALID, "reg-invalid", "a reg property that does not split into addresses and sizes") \
	X(CELLS_INVALID, "cells-invalid", "a #...-cells property that is not one cell") \
	X(PHANDLE_INVALID, "phandle-invalid", "a phandle property that does not hold phandles") \
	X(PHANDLE_DANGLING, "phandle-dangling", "a phandle that no node has") \
	X(PHANDLE_CELLS_MISSING, "phandle-cells-missing", "a phandle's target has no #...-cells property") \
	X(PHANDLE_ARGS_SHORT, "phandle-args-short", "a phandle property ends before the args of an entry") \
	X(PHANDLE_NOT_DEVICE, "phandle-not-device", "a phandle refers to a node that is not a device") \
	X(VALUE_TYPE_CONFLICT, "value-type-conflict", "nodes of one struct give a member values U-Boot's dtoc cannot widen") \
	X(VALUE_OVERFLOW, "value-overflow", "a value larger than its struct member, which U-Boot's dtoc truncates") \
	X(VALUE_INVALID, "value-invalid", "a value that cannot be written as C of its member's type") \
	X(ALIAS_INVALID, "alias-invalid", "an alias in /aliases that cannot be decoded") \
	X(ALIAS_UCLASS_UNKNOWN, "alias-uclass-unknown", "an alias whose stem names no uclass") \
	X(ALIAS_PATH_MISSING, "alias-path-missing", "an alias to a path the devicetree does not have") \
	X(SEQ_EXHAUSTED, "seq-exhausted", "no free sequence number below 1000 in a uclass") \
	X(STRUCT_DEFINED_TWICE, "struct-defined-twice", "a struct is defined in two headers (-i)") \
	X(STRUCT_HEADER_MISSING, "struct-header-missing", "no header defines a struct a driver needs (-i)") \
	X(YAML_INVALID, "yaml-invalid", "a binding is not valid YAML") \
	X(BINDING_CONFLICT, "binding-conflict", "bindings disagree on a property's type") \
	X(BINDING_TYPE_MISMATCH, "binding-type-mismatch", "a property's value does not fit its binding's type") \
	X(BINDING_TYPE_IGNORED, "binding-type-ignored", "a phandle property keeps its guessed type, as its binding's cannot be held") \
	X(CONFIG_INVALID, "config-invalid", "a malformed line in the --config file") \
	X(NOT_BUILT_FOR_PHASE, "not-built-for-phase", "a used driver or uclass driver that the phase does not build (--config)") \
	X(WARNINGS_AS_ERRORS, "warnings-as-errors", "--werror and the run has warnings")

enum diag_code {
#define DIAG_CODE_ENUM(id, name, summary) DC_##id,
	DIAG_CODES(DIAG_CODE_ENUM)
#undef DIAG_CODE_ENUM
	DC_COUNT
};

/* A note is about something this output does not use: in the report,
 * on stderr only with --verbose, never counted by --werror. */
enum severity { SEV_WARNING, SEV_ERROR, SEV_NOTE };

/*
 * Where a diagnostic points: a line of a file (a source, a Makefile,
 * the .config, a binding; line 0: the file as a whole), a devicetree
 * node, or both. Every part is recorded; a part whose quiet_ flag is set
 * is left out of the printed prefix, because the message names it
 * already (a Makefile line in a --config warning, the path of a file
 * that cannot be read).
 */
struct loc {
	const char *file;
	int line;
	const char *node;
	bool quiet_file;
	bool quiet_node;
};

#define NO_LOC ((struct loc){ 0 })
#define NODE_LOC(n) ((struct loc){ .node = (n)->path })
#define FILE_LOC(f, l) ((struct loc){ .file = (f), .line = (l) })
/* A node the message does not name (it names the struct of the node) */
#define QUIET_NODE_LOC(n) \
	((struct loc){ .node = (n)->path, .quiet_node = true })
/* A file the message names itself */
#define NAMED_FILE_LOC(f) ((struct loc){ .file = (f), .quiet_file = true })

/* A diagnostic: its struct loc, with strings of its own (malloc'ed) */
struct diag {
	enum severity severity;
	enum diag_code code;
	char *file; /* NULL if none */
	int line;   /* 0 if none */
	char *node; /* NULL if none */
	bool quiet_file, quiet_node;
	char *text; /* the message, without its location */
};

/* Record the run's error; returns DTOC_ERR_INPUT for the caller to pass on */
int error_at(struct ctx *ctx, enum diag_code code, struct loc loc,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void warn_at(struct ctx *ctx, enum diag_code code, struct loc loc,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void note_at(struct ctx *ctx, enum diag_code code, struct loc loc,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* How many diagnostics of @sev the run has */
int diag_count(const struct ctx *ctx, enum severity sev);
/* "error", "warning" or "note" */
const char *severity_name(enum severity sev);
/* "driver-missing", ...; and what the code means */
const char *diag_code_name(enum diag_code code);
const char *diag_code_summary(enum diag_code code);
/* The line printed for a diagnostic in text form (malloc'ed) */
char *diag_format(const struct diag *d);
void diag_free(struct diag *d);

#endif /* BASE_DIAG_H */
