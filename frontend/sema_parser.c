/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_parser.c: parser state machines (P4-16 spec, "Packet parsing"):
 * states share the parser's namespace and may be used before they are
 * declared; `start` must exist; `accept` and `reject` are built in;
 * transitions and select cases name states; select keys and keysets; and a
 * warning for states that no transition from `start` reaches. */
#include <stdlib.h>
#include <string.h>

#include "sema.h"

static bool is_final(const char *name)
{
	return strcmp(name, "accept") == 0 || strcmp(name, "reject") == 0;
}

/* Resolves a state name of a transition into node->ref (NULL for accept
 * and reject). */
static void resolve_state(Sema *s, Node *node, const char *name, Loc loc)
{
	node->ty = s->t.state;
	if (is_final(name))
		return;
	ScopeEntry *e = scope_find(s->scope, name, NULL, NULL);
	if (!e) {
		sema_error(s, loc, "undeclared parser state '%s'", name);
		return;
	}
	if (e->decl->kind != N_PARSER_STATE) {
		sema_error(s, loc, "'%s' is not a parser state", name);
		diag_note(s->diag, e->decl->loc, "'%s' is declared here as a %s", name, sema_decl_what(e->decl));
		return;
	}
	node->ref = e->decl;
}

/* "Each expression in the expressionList must have a type of bit<W>,
 * int<W>, bool, enum, serializable enum, or a tuple type with fields of one
 * of the above types." (Select expressions) */
static bool select_key_ok(const Type *t)
{
	switch (t->kind) {
	case TY_INVALID:
	case TY_BIT:
	case TY_SIGNED:
	case TY_BOOL:
	case TY_ENUM:
		return true;
	case TY_TUPLE:
		for (int i = 0; i < t->nelems; i++)
			if (t->elems[i]->kind == TY_TUPLE || !select_key_ok(t->elems[i]))
				return false;
		return true;
	default:
		return false;
	}
}

static bool is_universal(const Node *ks)
{
	if (ks->kind == N_DEFAULT || ks->kind == N_DONTCARE)
		return true;
	if (ks->kind != N_TUPLE_KEYSET)
		return false;
	for (const Node *i = ks->items; i; i = i->next)
		if (i->kind != N_DEFAULT && i->kind != N_DONTCARE)
			return false;
	return true;
}

static void select_expr(Sema *s, Node *sel)
{
	int n = list_length(sel->args);
	Type **keys = arena_alloc(s->arena, sizeof(Type *) * (size_t)(n ? n : 1));
	int i = 0;
	for (Node *a = sel->args; a; a = a->next, i++) {
		keys[i] = sema_expr(s, a);
		if (!select_key_ok(keys[i])) {
			sema_error(s, a->loc, "a select expression cannot have a key of type %s", sema_tstr(s, keys[i]));
			keys[i] = s->t.invalid;
		} else if (type_is_ser_enum(keys[i])) {
			/* keep the enum: its members are the natural labels */
		}
	}
	sel->ty = s->t.state;
	Node *universal = NULL;
	for (Node *c = sel->items; c; c = c->next) {
		if (n)
			sema_keyset(s, c->expr, keys, n, "a select label");
		else if (!is_universal(c->expr))
			sema_error(s, c->expr->loc, "a select without keys can only have default or _ labels");
		else
			c->expr->ty = type_set(s->arena, s->t.invalid);
		resolve_state(s, c, c->name, sema_name_loc(s, c));
		/* "all cases after a default or _ label are unreachable; the
		 * compiler should emit a warning" */
		if (universal && universal != sel) {
			diag_warning(s->diag, c->loc, "this select case is unreachable: an earlier case matches every value");
			universal = sel; /* warn once */
		} else if (!universal && is_universal(c->expr)) {
			universal = c;
		}
	}
}

void sema_transition(Sema *s, Node *tr)
{
	Node *e = tr->expr;
	if (!e)
		return;
	if (e->kind == N_PATH)
		resolve_state(s, e, e->name, e->loc);
	else if (e->kind == N_SELECT)
		select_expr(s, e);
	tr->ty = s->t.state;
}

/* Marks a state reached, once, and pushes it for its own transitions. */
static void reach(Sema *s, Scope *seen, Node **stack, int *top, Node *st)
{
	if (!st || scope_find_local(seen, st->name))
		return;
	scope_add(s->arena, seen, st->name, st);
	stack[(*top)++] = st;
}

static void warn_unreachable(Sema *s, Node *parser, Node *start)
{
	int nstates = list_length(parser->items);
	Node **stack = xmalloc(sizeof(Node *) * (size_t)(nstates + 1));
	Scope *seen = scope_new(s->arena, NULL, SCOPE_BLOCK);
	int top = 0;
	reach(s, seen, stack, &top, start);
	while (top) {
		Node *tr = stack[--top]->transition;
		if (!tr || !tr->expr)
			continue;
		if (tr->expr->kind == N_PATH)
			reach(s, seen, stack, &top, tr->expr->ref);
		else
			for (Node *c = tr->expr->items; c; c = c->next)
				reach(s, seen, stack, &top, c->ref);
	}
	free(stack);
	for (Node *st = parser->items; st; st = st->next)
		if (!is_final(st->name) && !scope_find_local(seen, st->name))
			diag_warning(s->diag, st->loc, "parser state '%s' is unreachable", st->name);
}

void sema_parser_states(Sema *s, Node *parser)
{
	for (Node *st = parser->items; st; st = st->next) {
		st->ty = s->t.state;
		/* "It is also illegal for a parser to give explicit definitions for
		 * the accept and reject states" */
		if (is_final(st->name)) {
			sema_error(s, st->loc, "state '%s' is built in and cannot be defined", st->name);
			continue;
		}
		sema_declare(s, st->name, st);
	}
	ScopeEntry *start = scope_find_local(s->scope, "start");
	if (!start || start->decl->kind != N_PARSER_STATE)
		sema_error(s, parser->loc, "parser '%s' has no 'start' state", parser->name);
	SemaContext saved = s->ctx;
	s->ctx = CTX_STATE;
	for (Node *st = parser->items; st && !diag_too_many(s->diag); st = st->next) {
		Scope *outer = sema_push_scope(s, SCOPE_BLOCK);
		for (Node *stmt = st->items; stmt; stmt = stmt->next)
			sema_stmt(s, stmt);
		if (st->transition)
			sema_transition(s, st->transition);
		sema_pop_scope(s, outer);
	}
	s->ctx = saved;
	if (start && start->decl->kind == N_PARSER_STATE)
		warn_unreachable(s, parser, start->decl);
}
