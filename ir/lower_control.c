/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lower_control.c: actions and statements (of apply blocks, actions,
 * functions and parser states).
 *
 * Declarations inside blocks become IS_DECLARE statements of variables that
 * are unique in their block's name space, so the IR's blocks are only
 * groupings and never scopes. Constants become values. Switch cases that
 * fall through are merged into one IrCase with several labels. */
#include <string.h>

#include "lower.h"

/* action a(in/out/inout params, directionless params) { body } */
IrAction *lower_action(Lower *L, Env *env, Node *decl, const char *path)
{
	IrProgram *p = L->p;
	IrAction *a = arena_alloc(p->arena, sizeof(*a));
	a->p4_name = lower_p4_name(L, path, decl);
	a->name = ir_names_unique(p->names, a->p4_name);
	a->loc = decl->loc;
	Env *aenv = lower_env_new(L, env, BODY_ACTION);
	aenv->locals = &a->locals;
	for (Node *param = decl->params; param; param = param->next) {
		IrType *t = lower_type(L, aenv, param->ty);
		bool data = param->direction == DIR_NONE;
		IrVar *v = lower_new_var(L, aenv, data ? IV_ACTION_DATA : IV_PARAM, param->name, t, param->loc);
		v->direction = lower_dir(param->direction);
		IR_PUSH(p->arena, a->params, v);
		lower_bind_var(L, aenv, param, v);
	}
	a->body = decl->body ? lower_block(L, aenv, decl->body) : ir_block_new(p, decl->loc);
	IR_PUSH(p->arena, p->actions, a);
	return a;
}

/* t.apply(): the table of the instance being lowered. */
IrStmt *lower_table_apply(Lower *L, Env *env, Node *call, IrStmt *out)
{
	IrProgram *p = L->p;
	Node *m = call->kind == N_CALL ? call->expr : NULL;
	Node *base = m && m->kind == N_MEMBER ? m->expr : NULL;
	Binding *b = base && base->ref ? lower_lookup(env, base->ref) : NULL;
	if (!b || b->kind != BK_TABLE) {
		lower_unsupported(L, call->loc, "applying this table");
		return NULL;
	}
	IrStmt *s = ir_stmt_new(p, IS_APPLY, call->loc);
	s->table = b->table;
	ir_block_add(p, out, s);
	return s;
}

IrStmt *lower_block(Lower *L, Env *env, Node *block)
{
	IrStmt *out = ir_block_new(L->p, block->loc);
	if (block->kind == N_BLOCK) {
		for (Node *s = block->items; s; s = s->next)
			lower_stmt(L, env, s, out);
	} else {
		lower_stmt(L, env, block, out);
	}
	return out;
}

static IrAction *label_action(Lower *L, Env *env, Node *decl)
{
	Binding *b = decl ? lower_lookup(env, decl) : NULL;
	if (b && b->kind == BK_ACTION)
		return b->action;
	return decl ? lower_global_action(L, decl) : NULL;
}

/* switch (e) { l1: l2: { ... } default: { ... } } on values, and
 * switch (t.apply().action_run) { a1: { ... } ... } on actions. */
static void lower_switch(Lower *L, Env *env, Node *st, IrStmt *out)
{
	IrProgram *p = L->p;
	Node *e = st->expr;
	bool on_actions = e->kind == N_MEMBER && e->builtin == BI_ACTION_RUN;
	IrStmt *s;
	if (on_actions) {
		s = lower_table_apply(L, env, e->expr, out);
		if (!s)
			return;
	} else {
		s = ir_stmt_new(p, IS_SWITCH, st->loc);
		s->expr = lower_expr(L, env, e, out);
		ir_block_add(p, out, s);
	}
	IrCase *c = NULL;
	for (Node *sc = st->items; sc; sc = sc->next) {
		if (!c)
			c = arena_alloc(p->arena, sizeof(*c));
		Node *label = sc->expr;
		if (label->kind == N_DEFAULT) {
			c->is_default = true;
		} else if (on_actions) {
			IrAction *a = label_action(L, env, sc->ref ? sc->ref : label->ref);
			if (a)
				IR_PUSH(p->arena, c->actions, a);
		} else {
			const Value *v = lower_eval(L, env, label);
			if (v)
				IR_PUSH(p->arena, c->values, v);
		}
		if (sc->body || !sc->next) {
			c->body = sc->body ? lower_block(L, env, sc->body) : ir_block_new(p, sc->loc);
			IR_PUSH(p->arena, s->cases, c);
			c = NULL;
		}
	}
}

static IrStmt *new_stmt(Lower *L, IrStmtKind kind, Node *st, IrStmt *out)
{
	IrStmt *s = ir_stmt_new(L->p, kind, st->loc);
	ir_block_add(L->p, out, s);
	return s;
}

/* Callee.apply(args) of a declaration without constructor parameters: a
 * new instance for each application, named after the declaration. */
static void lower_direct_apply(Lower *L, Env *env, Node *st, IrStmt *out)
{
	IrProgram *p = L->p;
	Node *decl = st->ref;
	if (!decl || !decl->ty) {
		lower_unsupported(L, st->loc, "this direct application");
		return;
	}
	Type *ty = lower_subst(L, env, decl->ty);
	const char *path = lower_path(L, env->path, decl->name);
	IrStmt *s = ir_stmt_new(p, IS_APPLY_BLOCK, st->loc);
	if (decl->kind == N_CONTROL_DECL)
		s->control = lower_control_instance(L, env, decl, ty, NULL, 0, path, st->loc);
	else
		s->parser = lower_parser_instance(L, env, decl, ty, NULL, 0, path, st->loc);
	lower_args(L, env, st, ty->params, ty->nparams, out, &s->args);
	ir_block_add(p, out, s);
}

/* for (init; cond; updates) body and for (T v in collection) body */
static void lower_for(Lower *L, Env *env, Node *st, IrStmt *out)
{
	IrProgram *p = L->p;
	if (st->kind == N_FOR) {
		IrStmt *s = ir_stmt_new(p, IS_FOR, st->loc);
		s->init = ir_block_new(p, st->loc);
		for (Node *i = st->locals; i; i = i->next)
			lower_stmt(L, env, i, s->init);
		IrStmt *cond_pre = ir_block_new(p, st->loc);
		s->expr = st->cond ? lower_expr(L, env, st->cond, cond_pre) : NULL;
		if (cond_pre->body.len)
			lower_unsupported(L, st->cond->loc, "applying a table in a loop condition");
		s->update = ir_block_new(p, st->loc);
		for (Node *u = st->items; u; u = u->next)
			lower_stmt(L, env, u, s->update);
		s->then = lower_block(L, env, st->body);
		ir_block_add(p, out, s);
		return;
	}
	IrStmt *s = ir_stmt_new(p, IS_FOR_IN, st->loc);
	Node *var = st->init;
	s->var = lower_new_var(L, env, IV_LOCAL, var->name, lower_type(L, env, var->ty), var->loc);
	lower_bind_var(L, env, var, s->var);
	Node *coll = st->expr;
	if (coll->kind == N_RANGE) {
		s->lhs = lower_expr(L, env, coll->lhs, out);
		s->rhs = lower_expr(L, env, coll->rhs, out);
	} else {
		s->expr = lower_expr(L, env, coll, out);
	}
	s->then = lower_block(L, env, st->body);
	ir_block_add(p, out, s);
}

void lower_stmt(Lower *L, Env *env, Node *st, IrStmt *out)
{
	IrProgram *p = L->p;
	switch (st->kind) {
	case N_EMPTY: return;
	case N_VAR_DECL: {
		IrType *t = lower_type(L, env, st->ty);
		IrVar *v = lower_new_var(L, env, IV_LOCAL, st->name, t, st->loc);
		L->whole = st->init ? sema_unwrap(st->init) : NULL;
		IrExpr *init = st->init ? lower_expr(L, env, st->init, out) : NULL;
		lower_bind_var(L, env, st, v);
		IrStmt *s = new_stmt(L, IS_DECLARE, st, out);
		s->var = v;
		s->rhs = init;
		return;
	}
	case N_CONST_DECL: {
		const Value *v = st->value ? st->value : lower_eval(L, env, st->init);
		if (v)
			lower_bind_value(L, env, st, v);
		return;
	}
	case N_ASSIGN: {
		IrExpr *lhs = lower_expr(L, env, st->lhs, out);
		L->whole = st->op == OP_NONE ? sema_unwrap(st->rhs) : NULL;
		IrExpr *rhs = lower_expr(L, env, st->rhs, out);
		if (st->op != OP_NONE) {
			IrExpr *b = ir_expr_new(p, IE_BINARY, lhs->type, st->loc);
			b->op = st->op;
			b->a = ir_expr_copy(p, lhs);
			b->b = rhs;
			rhs = b;
		}
		IrStmt *s = new_stmt(L, IS_ASSIGN, st, out);
		s->lhs = lhs;
		s->rhs = rhs;
		return;
	}
	case N_CALL_STMT: lower_call_stmt(L, env, st->expr, out); return;
	case N_DIRECT_APPLY: lower_direct_apply(L, env, st, out); return;
	case N_BLOCK: ir_block_add(p, out, lower_block(L, env, st)); return;
	case N_IF: {
		IrExpr *cond = lower_expr(L, env, st->cond, out);
		IrStmt *s = new_stmt(L, IS_IF, st, out);
		s->expr = cond;
		s->then = lower_block(L, env, st->then);
		s->els = st->els ? lower_block(L, env, st->els) : NULL;
		return;
	}
	case N_SWITCH: lower_switch(L, env, st, out); return;
	case N_RETURN: {
		IrExpr *e = st->expr ? lower_expr(L, env, st->expr, out) : NULL;
		new_stmt(L, IS_RETURN, st, out)->expr = e;
		return;
	}
	case N_EXIT: new_stmt(L, IS_EXIT, st, out); return;
	case N_BREAK: new_stmt(L, IS_BREAK, st, out); return;
	case N_CONTINUE: new_stmt(L, IS_CONTINUE, st, out); return;
	case N_FOR:
	case N_FOR_IN: lower_for(L, env, st, out); return;
	default:
		lower_unsupported(L, st->loc, arena_printf(p->arena, "statement kind %s", node_kind_name(st->kind)));
		return;
	}
}
