/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * What case_check.c knows about one case: tables that
 * tests/runtime-cases.sh writes to case_info.c from the files dtoc
 * generated, reading only dtoc's own comments and declarations:
 *
 *   "Node PATH index N" before each record of dt-plat.c / dt-device.c,
 *   the record's name (U_BOOT_DRVINFO(x) / DM_DEVICE_INST(x)), its driver
 *   (.name / DM_DRIVER_REF()), its struct dtd_...,
 *   the struct phandle_N_arg members of each struct in dt-structs-gen.h,
 *   and (dtoc -i) the DM_UCLASS_INST() records of dt-uclass.c, in order.
 *
 * case_info.c compiles against the generated headers, so every name in it
 * is checked by the compiler, and takes the address of every record.
 */
#ifndef __CASE_CHECK_H
#define __CASE_CHECK_H

#include <stdbool.h>
#include <stddef.h>

struct uclass;

/**
 * struct case_phandle - a phandle member of a struct dtd_...
 * @member: its C name (the property's name converted by dtoc)
 * @offset: offset of the member in the struct
 * @stride: size of one entry (struct phandle_N_arg)
 * @count: number of entries in the array
 * @nargs: N, the number of argument cells each entry holds
 * @args_offset: offset of the arguments in an entry (after uint idx)
 */
struct case_phandle {
	const char *member;
	size_t offset;
	size_t stride;
	unsigned int count;
	unsigned int nargs;
	size_t args_offset;
};

/**
 * struct case_node - one record dtoc wrote, in file order
 * @idx: the index dtoc gave it ("Node PATH index N")
 * @name: the record's name (the node's C name)
 * @path: the node's path in the devicetree
 * @driver: the driver name the record uses (.name / DM_DRIVER_REF)
 * @dtd_size: sizeof(struct dtd_...) of its values
 * @entry: the record itself: struct driver_info (plain) or struct udevice
 *	(dtoc -i)
 * @phandles: the phandle members of its struct, or NULL
 * @num_phandles: number of them
 */
struct case_node {
	int idx;
	const char *name;
	const char *path;
	const char *driver;
	size_t dtd_size;
	const void *entry;
	const struct case_phandle *phandles;
	unsigned int num_phandles;
};

/* The records, in the order of the generated file; NULL name at the end */
extern const struct case_node case_nodes[];
extern const unsigned int case_num_nodes;

/* True for dtoc -i output (dt-device.c, dt-uclass.c) */
extern const bool case_inst;

/* dtoc -i: the uclass records of dt-uclass.c in file order; NULL at end */
extern struct uclass *const case_uclasses[];
extern const unsigned int case_num_uclasses;

#endif /* __CASE_CHECK_H */
