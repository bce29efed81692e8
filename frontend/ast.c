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

Precedence op_precedence(Operator op)
{
	switch (op) {
	case OP_OR: return PREC_OR;
	case OP_AND: return PREC_AND;
	case OP_EQ: case OP_NE: return PREC_EQ;
	case OP_LT: case OP_GT: case OP_LE: case OP_GE: return PREC_REL;
	case OP_BOR: return PREC_BOR;
	case OP_BXOR: return PREC_BXOR;
	case OP_BAND: return PREC_BAND;
	case OP_SHL: case OP_SHR: return PREC_SHIFT;
	case OP_ADD: case OP_SUB: case OP_ADD_SAT: case OP_SUB_SAT: case OP_CONCAT: return PREC_ADD;
	case OP_MUL: case OP_DIV: case OP_MOD: return PREC_MUL;
	default: return PREC_PREFIX;
	}
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
	node->name_loc = loc;
	node->start_loc = loc;
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
