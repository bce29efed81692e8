/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ast.c: node constructors, lists and the names of kinds and operators. */
#include "ast.h"

static const char *const node_kind_names[] = {
#define NODE_KIND_NAME(kind, name) name,
	NODE_KINDS(NODE_KIND_NAME)
#undef NODE_KIND_NAME
};

static const char *const op_spellings[] = {
#define OPERATOR_SPELLING(op, spelling) spelling,
	OPERATORS(OPERATOR_SPELLING)
#undef OPERATOR_SPELLING
};

const char *node_kind_name(NodeKind kind)
{
	return (unsigned)kind < N_KIND_COUNT ? node_kind_names[kind] : "?";
}

const char *op_spelling(Operator op)
{
	return (unsigned)op < sizeof(op_spellings) / sizeof(op_spellings[0]) ? op_spellings[op] : "?";
}

const char *direction_spelling(Direction dir)
{
	static const char *const names[] = {"", "in", "out", "inout"};
	return names[dir];
}

Node *node_new(Arena *arena, NodeKind kind, Loc loc)
{
	Node *node = arena_alloc(arena, sizeof(*node));
	node->kind = kind;
	node->loc = loc;
	return node;
}

void nodelist_add(NodeList *list, Node *item)
{
	if (!item)
		return;
	if (list->tail)
		list->tail->next = item;
	else
		list->head = item;
	list->tail = item;
}

int list_length(const Node *list)
{
	int n = 0;
	for (; list; list = list->next)
		n++;
	return n;
}
