/* SPDX-License-Identifier: GPL-2.0+ */
/* Small helpers that U-Boot code takes from <linux/kernel.h>. */
#ifndef __DTOC_RT_LINUX_KERNEL_H
#define __DTOC_RT_LINUX_KERNEL_H

/*
 * As in <linux/types.h>: keep the host's header of this name visible
 * (hosted builds only)
 */
#if __STDC_HOSTED__ && defined(__has_include_next)
#if __has_include_next(<linux/kernel.h>)
#include_next <linux/kernel.h>
#endif
#endif

#include <stddef.h>
#include <linux/types.h>

/* Number of elements in an array (not a pointer) */
#ifndef ARRAY_SIZE
#define ARRAY_SIZE(x)		(sizeof(x) / sizeof((x)[0]))
#endif

/**
 * container_of() - get the structure that contains a member
 * @ptr: pointer to the member
 * @type: type of the containing structure
 * @member: name of the member within @type
 */
#ifndef container_of
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#endif

#endif /* __DTOC_RT_LINUX_KERNEL_H */
