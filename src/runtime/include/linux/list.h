/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * Circular doubly linked lists, as used by driver model.
 *
 * A list is a struct list_head "head" embedded somewhere, plus one
 * struct list_head "node" embedded in each element. An empty list is a head
 * pointing at itself. dtoc writes these rings out as static initialisers in
 * dt-device.c / dt-uclass.c, so the layout (prev, next) and the meaning
 * (head->next is the first element, head->prev the last) are fixed.
 */
#ifndef __DTOC_RT_LINUX_LIST_H
#define __DTOC_RT_LINUX_LIST_H

#include <stdbool.h>
#include <linux/kernel.h>

/**
 * struct list_head - a link in a circular doubly linked list
 * @next: next node (or the head, after the last element)
 * @prev: previous node (or the head, before the first element)
 */
struct list_head {
	struct list_head *next, *prev;
};

/* Initialiser for a head that starts out empty: LIST_HEAD_INIT(name) */
#define LIST_HEAD_INIT(name)	{ &(name), &(name) }

/* Define and initialise an empty list head */
#define LIST_HEAD(name) \
	struct list_head name = LIST_HEAD_INIT(name)

/* Make @list an empty list (or an unlinked node) */
static inline void INIT_LIST_HEAD(struct list_head *list)
{
	list->next = list;
	list->prev = list;
}

/* Link @node between two adjacent nodes @prev and @next */
static inline void __list_link(struct list_head *node, struct list_head *prev,
			       struct list_head *next)
{
	next->prev = node;
	node->next = next;
	node->prev = prev;
	prev->next = node;
}

/* Insert @node at the front of the list @head */
static inline void list_add(struct list_head *node, struct list_head *head)
{
	__list_link(node, head, head->next);
}

/* Insert @node at the back of the list @head */
static inline void list_add_tail(struct list_head *node,
				 struct list_head *head)
{
	__list_link(node, head->prev, head);
}

/*
 * Unlink @node from its list. The node is left pointing at itself, so that
 * a second list_del() or a list_empty() on it is harmless.
 */
static inline void list_del(struct list_head *node)
{
	node->next->prev = node->prev;
	node->prev->next = node->next;
	INIT_LIST_HEAD(node);
}

/* Unlink @node and re-initialise it (same as list_del() here) */
static inline void list_del_init(struct list_head *node)
{
	list_del(node);
}

/* True if the list @head has no elements */
static inline bool list_empty(const struct list_head *head)
{
	return head->next == head;
}

/* True if @node is the last element of the list @head */
static inline bool list_is_last(const struct list_head *node,
				const struct list_head *head)
{
	return node->next == head;
}

/* The element containing the node @ptr; @type is the element type */
#define list_entry(ptr, type, member)	container_of(ptr, type, member)

/* The first element of a list that must not be empty */
#define list_first_entry(head, type, member) \
	list_entry((head)->next, type, member)

/* The last element of a list that must not be empty */
#define list_last_entry(head, type, member) \
	list_entry((head)->prev, type, member)

/* The first element, or NULL if the list is empty */
#define list_first_entry_or_null(head, type, member) \
	(list_empty(head) ? NULL : list_first_entry(head, type, member))

/* Walk the nodes of a list */
#define list_for_each(pos, head) \
	for (pos = (head)->next; pos != (head); pos = pos->next)

/* Walk the elements of a list; @pos is a pointer to the element type */
#define list_for_each_entry(pos, head, member)				\
	for (pos = list_entry((head)->next, __typeof__(*pos), member);	\
	     &pos->member != (head);					\
	     pos = list_entry(pos->member.next, __typeof__(*pos), member))

/* As list_for_each_entry(), but @pos may be unlinked inside the loop */
#define list_for_each_entry_safe(pos, n, head, member)			\
	for (pos = list_entry((head)->next, __typeof__(*pos), member),	\
	     n = list_entry(pos->member.next, __typeof__(*pos), member); \
	     &pos->member != (head);					\
	     pos = n, n = list_entry(n->member.next, __typeof__(*n), member))

/* Walk the elements of a list from last to first */
#define list_for_each_entry_reverse(pos, head, member)			\
	for (pos = list_entry((head)->prev, __typeof__(*pos), member);	\
	     &pos->member != (head);					\
	     pos = list_entry(pos->member.prev, __typeof__(*pos), member))

#endif /* __DTOC_RT_LINUX_LIST_H */
