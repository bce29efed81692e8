/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lower_parser.c: parser state machines.
 *
 *   state s { statements transition t; }           next = t
 *   state s { statements transition select(e1, e2) { ks: t; ... } }
 *
 * States keep their P4 names (unique within a parser, and never `accept` or
 * `reject`, which are not states but outcomes). The start state comes first.
 * A state without a transition rejects, as the spec says. Keysets are
 * values: IKS_VALUE, IKS_MASK, IKS_RANGE, IKS_DONTCARE (`_` and `default`),
 * or IKS_VALUE_SET naming a parser value set. */
#include <string.h>

#include "lower.h"

/* One element of a keyset: `v`, `v &&& m`, `lo .. hi`, `_`, `default`, or a
 * value set's name. `v` is the element's value when the caller has it. */
IrKeyset *lower_keyset(Lower *L, Env *env, Node *ks, const Value *v)
{
	IrProgram *p = L->p;
	IrKeyset *k = arena_alloc(p->arena, sizeof(*k));
	Node *bare = ks;
	while (bare && bare->kind == N_CAST && bare->is_implicit)
		bare = bare->expr;
	if (bare && (bare->kind == N_DEFAULT || bare->kind == N_DONTCARE)) {
		k->kind = IKS_DONTCARE;
		return k;
	}
	if (bare && bare->kind == N_PATH && bare->ref && bare->ref->kind == N_VALUE_SET) {
		Binding *b = lower_lookup(env, bare->ref);
		k->kind = IKS_VALUE_SET;
		k->value_set = b && b->kind == BK_VALUE_SET ? b->value_set : NULL;
		if (!k->value_set)
			lower_unsupported(L, ks->loc, "this value set");
		return k;
	}
	if (!v && ks)
		v = ks->value ? ks->value : lower_eval(L, env, ks);
	if (!v) {
		k->kind = IKS_DONTCARE;
		return k;
	}
	switch (v->kind) {
	case VAL_DONTCARE: k->kind = IKS_DONTCARE; break;
	case VAL_MASK:
		k->kind = IKS_MASK;
		k->value = v->items[0];
		k->mask = v->items[1];
		break;
	case VAL_RANGE:
		k->kind = IKS_RANGE;
		k->value = v->items[0];
		k->mask = v->items[1];
		break;
	default:
		k->kind = IKS_VALUE;
		k->value = v;
		break;
	}
	return k;
}

/* The keyset of a select case or table entry for `n` keys: a tuple of
 * elements, one element when n is 1, or `default`/`_` for all of them. */
static void lower_keysets(Lower *L, Env *env, Node *ks, int n, void *vec)
{
	IrProgram *p = L->p;
	IR_VEC(IrKeyset *) *out = vec;
	if (ks->kind == N_TUPLE_KEYSET) {
		const Value *tv = ks->value && ks->value->kind == VAL_LIST ? ks->value : NULL;
		int i = 0;
		for (Node *item = ks->items; item; item = item->next, i++)
			IR_PUSH(p->arena, *out,
				lower_keyset(L, env, item, tv && i < tv->n_items ? tv->items[i] : NULL));
		return;
	}
	if (n == 1) {
		IR_PUSH(p->arena, *out, lower_keyset(L, env, ks, NULL));
		return;
	}
	for (int i = 0; i < n; i++)
		IR_PUSH(p->arena, *out, lower_keyset(L, env, ks, NULL));
}

static void set_target(Env *env, Node *target_ref, const char *name, IrState **next, const char **next_name)
{
	Binding *b = target_ref ? lower_lookup(env, target_ref) : NULL;
	*next = b && b->kind == BK_STATE ? b->state : NULL;
	*next_name = *next ? (*next)->name : name;
}

/* transition e; and transition select (...) { ... } */
static void lower_transition(Lower *L, Env *env, IrState *s, Node *tr)
{
	IrProgram *p = L->p;
	Node *e = tr ? tr->expr : NULL;
	if (!e) {
		s->next_name = "reject";
		return;
	}
	if (e->kind == N_PATH) {
		set_target(env, e->ref, e->name, &s->next, &s->next_name);
		return;
	}
	if (e->kind != N_SELECT) {
		lower_unsupported(L, e->loc, "this transition");
		s->next_name = "reject";
		return;
	}
	int n = 0;
	s->has_select = true;
	for (Node *a = e->args; a; a = a->next, n++)
		IR_PUSH(p->arena, s->select, lower_expr(L, env, a, s->body));
	for (Node *c = e->items; c; c = c->next) {
		IrSelectCase *sc = arena_alloc(p->arena, sizeof(*sc));
		sc->loc = c->loc;
		lower_keysets(L, env, c->expr, n, &sc->keysets);
		set_target(env, c->ref, c->name, &sc->next, &sc->next_name);
		IR_PUSH(p->arena, s->cases, sc);
	}
}

void lower_parser_body(Lower *L, Env *env, IrParser *ip, Node *decl)
{
	IrProgram *p = L->p;
	Node *start = NULL;
	for (Node *st = decl->items; st; st = st->next)
		if (st->kind == N_PARSER_STATE && strcmp(st->name, "start") == 0)
			start = st;
	/* The start state first, then the others in declaration order. */
	for (int pass = 0; pass < 2; pass++)
		for (Node *st = decl->items; st; st = st->next) {
			if (st->kind != N_PARSER_STATE || (pass == 0) != (st == start))
				continue;
			IrState *s = arena_alloc(p->arena, sizeof(*s));
			s->name = st->name;
			s->loc = st->loc;
			s->body = ir_block_new(p, st->loc);
			IR_PUSH(p->arena, ip->states, s);
			Binding *b = arena_alloc(p->arena, sizeof(*b));
			b->kind = BK_STATE;
			b->state = s;
			lower_bind(L, env, st, b);
		}
	for (Node *st = decl->items; st; st = st->next) {
		if (st->kind != N_PARSER_STATE)
			continue;
		IrState *s = lower_lookup(env, st)->state;
		for (Node *stmt = st->items; stmt; stmt = stmt->next)
			lower_stmt(L, env, stmt, s->body);
		lower_transition(L, env, s, st->transition);
	}
}
