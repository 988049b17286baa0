/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Linker-generated arrays ("linker lists").
 *
 * Objects in many source files are gathered into one array at link time:
 * entry NAME of list LIST is a variable in its own input section
 *
 *	__u_boot_list_2_<LIST>_2_<NAME>
 *
 * and the start and end of the list are zero-sized markers in sections
 * __u_boot_list_2_<LIST>_1 and __u_boot_list_2_<LIST>_3. The linker script
 * fragment u-boot-lists.ld sorts every __u_boot_list* input section by
 * name, which makes each list a contiguous array in order of NAME, between
 * its two markers. dtoc relies on that order: it numbers devices by
 * sorting their names the same way, and those numbers (idx) are array
 * positions at run time. Without the fragment the order is whatever the
 * linker chose, and lookups by idx silently go wrong.
 *
 * Alignment: every entry and the start marker get the natural alignment of
 * the entry type, given explicitly. That keeps entries exactly sizeof()
 * apart: without an explicit alignment GCC over-aligns large objects (to
 * 32 bytes on x86-64) and pads between them, breaking the array stride.
 * The end marker has alignment 1 so that no padding can come before it.
 */
#ifndef __LINKER_LISTS_H__
#define __LINKER_LISTS_H__

/* Name and attributes of the variable for entry @_name of list @_list */
#define __ll_entry_attrs(_type, _name, _list)				\
	__attribute__((aligned(__alignof__(_type)),			\
		       section("__u_boot_list_2_" #_list "_2_" #_name)))

/**
 * llsym() - the entry @_name of list @_list, as a pointer to @_type
 *
 * The entry must be declared (or defined) earlier in the file.
 */
#define llsym(_type, _name, _list) \
	((_type *)&_u_boot_list_2_##_list##_2_##_name)

/**
 * ll_entry_declare() - declare (or define) an entry of a linker list
 * @_type: type of the entry, without "static" (the entry must be global so
 *	   that other files can refer to it by name)
 * @_name: name of the entry: a C identifier; it sets the position
 * @_list: name of the list: a C identifier
 *
 * Follow it with "= { ... };" to define the entry, or put "extern" in front
 * to declare one defined elsewhere; repeating such a declaration is
 * harmless.
 */
#define ll_entry_declare(_type, _name, _list)				\
	_type _u_boot_list_2_##_list##_2_##_name			\
		__ll_entry_attrs(_type, _name, _list)

/**
 * ll_entry_declare_list() - declare an array of entries under one name
 * @_type: type of each element
 * @_name: name of the group (sets the group's position in the list)
 * @_list: name of the list
 */
#define ll_entry_declare_list(_type, _name, _list)			\
	_type _u_boot_list_2_##_list##_2_##_name[]			\
		__ll_entry_attrs(_type, _name, _list)

/*
 * The empty asm hides where the marker pointer came from. Without it the
 * compiler may assume that a pointer to a zero-sized object cannot be used
 * to reach other objects, and "optimise" the loops over the list.
 */
#define __ll_opaque(_ptr)	({ __typeof__(_ptr) _p = (_ptr);	\
				   __asm__("" : "+r"(_p)); _p; })

/**
 * ll_entry_start() - pointer to the first entry of a list
 * @_type: type of the entries
 * @_list: name of the list
 */
#define ll_entry_start(_type, _list)					\
({									\
	static char __ll_start[0]					\
		__attribute__((aligned(__alignof__(_type)),		\
			section("__u_boot_list_2_" #_list "_1")));	\
	__ll_opaque((_type *)&__ll_start);				\
})

/**
 * ll_entry_end() - pointer just past the last entry of a list
 * @_type: type of the entries
 * @_list: name of the list
 */
#define ll_entry_end(_type, _list)					\
({									\
	static char __ll_end[0]						\
		__attribute__((aligned(1),				\
			section("__u_boot_list_2_" #_list "_3")));	\
	__ll_opaque((_type *)&__ll_end);				\
})

/**
 * ll_entry_count() - number of entries in a list
 * @_type: type of the entries
 * @_list: name of the list
 */
#define ll_entry_count(_type, _list)					\
({									\
	_type *__ll_s = ll_entry_start(_type, _list);			\
	_type *__ll_e = ll_entry_end(_type, _list);			\
	(unsigned int)(__ll_e - __ll_s);				\
})

/*
 * ll_entry_get() declares the entry inside a block, on purpose, and that
 * may repeat a declaration in scope: keep -Wredundant-decls and GCC's
 * -Wnested-externs (which clang does not have) quiet about it.
 */
#if defined(__GNUC__) && !defined(__clang__)
#define __ll_allow_nested_extern					\
	_Pragma("GCC diagnostic ignored \"-Wnested-externs\"")
#else
#define __ll_allow_nested_extern
#endif

/**
 * ll_entry_get() - pointer to entry @_name of list @_list
 *
 * Unlike llsym(), this needs no earlier declaration of the entry.
 */
#define ll_entry_get(_type, _name, _list)				\
({									\
	_Pragma("GCC diagnostic push")					\
	_Pragma("GCC diagnostic ignored \"-Wredundant-decls\"")	\
	__ll_allow_nested_extern					\
	/* A block-scope declaration may not name a section */		\
	extern _type _u_boot_list_2_##_list##_2_##_name			\
		__attribute__((aligned(__alignof__(_type))));		\
	_Pragma("GCC diagnostic pop")					\
	&_u_boot_list_2_##_list##_2_##_name;				\
})

/**
 * ll_entry_ref() - reference to entry @_name of list @_list
 *
 * Usable in static initialisers; the entry must have been declared
 * earlier (for example with "extern U_BOOT_DRIVER(name);").
 */
#define ll_entry_ref(_type, _name, _list)				\
	((_type *)&_u_boot_list_2_##_list##_2_##_name)

#endif /* __LINKER_LISTS_H__ */
