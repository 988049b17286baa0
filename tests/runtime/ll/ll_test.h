/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Linker-list test entries, declared from several objects in scrambled
 * order. Each entry holds its own name, so the test can see the order.
 */
#ifndef __LL_TEST_H
#define __LL_TEST_H

#include <linker_lists.h>
#include <linux/types.h>

/* 40 bytes: more than 32, and not a multiple of 32 */
struct ll_big {
	char name[16];
	u64 value;
	u32 flags;
	u32 spare;
	const void *self;
};

/* 33 bytes with alignment 1: padding would show at once */
struct ll_odd {
	char name[33];
};

/* Declare entry @n of both lists */
#define LL_ENTRIES(n, v)						\
	ll_entry_declare(struct ll_big, n, ll_big) = {			\
		.name = #n, .value = (v), .flags = 0xa5a5a5a5,		\
		.self = &_u_boot_list_2_ll_big_2_##n,			\
	};								\
	ll_entry_declare(struct ll_odd, n, ll_odd) = { .name = #n }

#endif /* __LL_TEST_H */
