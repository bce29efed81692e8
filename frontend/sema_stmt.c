/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_stmt.c: statements (P4-16 spec, "Statements"): assignments, calls,
 * blocks and their scopes, if, return and exit with their placement rules,
 * switch statements of both kinds, for loops, break and continue. */
#include <string.h>

#include "sema.h"

void sema_block(Sema *s, Node *block, bool same_scope)
{
	Scope *saved = same_scope ? NULL : sema_push_scope(s, SCOPE_BLOCK);
	for (Node *st = block->items; st && !diag_too_many(s->diag); st = st->next)
		sema_stmt(s, st);
	if (!same_scope)
		sema_pop_scope(s, saved);
}

/* A statement in a branch is a scope of its own even without braces. */
static void sub_stmt(Sema *s, Node *st)
{
	if (!st)
		return;
	Scope *saved = sema_push_scope(s, SCOPE_BLOCK);
	sema_stmt(s, st);
	sema_pop_scope(s, saved);
}

bool sema_always_returns(const Node *st)
{
	if (!st)
		return false;
	switch (st->kind) {
	case N_RETURN:
	case N_EXIT:
		return true;
	case N_BLOCK:
		for (const Node *i = st->items; i; i = i->next)
			if (sema_always_returns(i))
				return true;
		return false;
	case N_IF:
		return st->els && sema_always_returns(st->then) && sema_always_returns(st->els);
	case N_SWITCH: {
		bool has_default = false;
		for (const Node *c = st->items; c; c = c->next) {
			if (c->expr && c->expr->kind == N_DEFAULT)
				has_default = true;
			if ((c->body || !c->next) && !sema_always_returns(c->body))
				return false;
		}
		return has_default;
	}
	default:
		return false;
	}
}

/* ---- assignments ---- */

static void assign(Sema *s, Node *st)
{
	Type *lt = sema_expr(s, st->lhs);
	/* "Assignment is not defined for extern values." */
	if (!type_is_invalid(lt) && !type_is_value_type(lt)) {
		sema_error(s, sema_start(st->lhs), "cannot assign to a value of %stype %s",
			   lt->kind == TY_EXTERN ? "extern " : "", sema_tstr(s, lt));
		sema_expr(s, st->rhs);
		return;
	}
	if (!type_is_invalid(lt))
		sema_check_lvalue(s, st->lhs, "assign to %s");
	Type *rt = sema_expr(s, st->rhs);
	if (type_is_invalid(lt) || type_is_invalid(rt))
		return;
	if (st->op == OP_NONE) {
		sema_coerce(s, st->rhs, lt, "assignment");
		return;
	}
	/* `a op= b` is `a = a op b` with a evaluated once. The left operand is a
	 * copy, so that implicit casts do not rewrite the l-value itself. */
	Node *copy = arena_alloc(s->arena, sizeof(*copy));
	*copy = *st->lhs;
	copy->next = NULL;
	Node bin = {.kind = N_BINARY, .loc = st->loc, .op = st->op, .lhs = copy, .rhs = st->rhs};
	Type *t = sema_binary_op(s, &bin);
	if (!type_is_invalid(t) && !type_equal(t, lt))
		sema_error(s, st->loc, "the result of '%s' has type %s, which cannot be assigned to %s",
			   op_spelling(st->op), sema_tstr(s, t), sema_tstr(s, lt));
}

/* ---- return and exit (P4-16 spec, "Return statement", "Exit statement") ---- */

static void return_stmt(Sema *s, Node *st)
{
	switch (s->ctx) {
	case CTX_STATE:
	case CTX_PARSER_LOCALS:
		sema_error(s, st->loc, "return statements are not allowed in parsers");
		break;
	case CTX_FUNCTION:
	case CTX_METHOD: {
		Type *ret = s->ret_type;
		if (!ret || type_is_invalid(ret))
			break;
		if (ret->kind == TY_VOID) {
			if (st->expr) {
				sema_error(s, st->loc, "a function returning void cannot return a value");
				sema_expr(s, st->expr);
			}
		} else if (!st->expr) {
			sema_error(s, st->loc, "this function must return a value of type %s", sema_tstr(s, ret));
		} else {
			sema_expr_to(s, st->expr, ret, "return value");
		}
		return;
	}
	default:
		/* "return statements followed by an expression are only allowed
		 * within functions that return values" */
		if (st->expr) {
			sema_error(s, st->loc, "return with a value is only allowed in functions");
			sema_expr(s, st->expr);
		}
		return;
	}
	if (st->expr)
		sema_expr(s, st->expr);
}

static void exit_stmt(Sema *s, Node *st)
{
	/* "exit statements are not allowed within parsers or functions" */
	if (s->ctx == CTX_STATE || s->ctx == CTX_PARSER_LOCALS)
		sema_error(s, st->loc, "exit statements are not allowed in parsers");
	else if (s->ctx == CTX_FUNCTION || s->ctx == CTX_METHOD)
		sema_error(s, st->loc, "exit statements are not allowed in functions");
}

/* ---- switch (P4-16 spec, "Switch statement") ---- */

static const char *label_name(const Node *label)
{
	return label->kind == N_PATH ? label->name : "?";
}

static void action_run_labels(Sema *s, Node *st, Type *t)
{
	for (Node *c = st->items; c; c = c->next) {
		Node *label = c->expr;
		if (!label || label->kind == N_DEFAULT)
			continue;
		if (label->kind != N_PATH) {
			sema_error(s, sema_start(label), "this label is not an action of table %s: the labels of a "
							 "switch on action_run are action names",
				   t->name);
			continue;
		}
		/* "All switch labels must be names of actions of the table t, or default." */
		Node *a = sema_table_action(s, t, label->name);
		if (!a) {
			sema_error(s, label->loc, "'%s' is not an action of table %s", label->name, t->name);
			continue;
		}
		label->ref = a;
		label->ty = t;
		c->ref = a;
		for (Node *p = st->items; p != c; p = p->next)
			if (p->ref == a) {
				sema_error(s, label->loc, "duplicate switch label '%s'", label->name);
				diag_note(s->diag, p->expr->loc, "the other label '%s' is here", label_name(p->expr));
				break;
			}
	}
}

static void value_labels(Sema *s, Node *st, Type *t)
{
	/* "the expression must evaluate to a result with one of these types:
	 * bit<W>, int<W>, enum, error" */
	bool ok = t->kind == TY_BIT || t->kind == TY_SIGNED || t->kind == TY_ENUM || t->kind == TY_ERROR;
	if (!ok && !type_is_invalid(t))
		sema_error(s, st->expr->loc, "cannot switch on a value of type %s", sema_tstr(s, t));
	for (Node *c = st->items; c; c = c->next) {
		Node *label = c->expr;
		if (!label || label->kind == N_DEFAULT)
			continue;
		sema_expr(s, label);
		if (!ok || type_is_invalid(label->ty))
			continue;
		/* "All switch labels must be expressions with compile-time known
		 * values, and must have a type that can be implicitly cast to the
		 * type of the switch expression" */
		if (!sema_coerce(s, label, t, "switch label"))
			continue;
		if (!label->value) {
			sema_error(s, sema_start(label), "a switch label must be a compile-time known value");
			continue;
		}
		for (Node *p = st->items; p != c; p = p->next)
			if (p->expr && p->expr->value && value_equal(p->expr->value, label->value)) {
				sema_error(s, sema_start(label), "duplicate switch label");
				diag_note(s->diag, p->expr->loc, "the other label with the same value is here");
				break;
			}
	}
}

static void switch_stmt(Sema *s, Node *st)
{
	/* "The switch statement can only be used within control blocks,
	 * action bodies, or function bodies." */
	if (s->ctx == CTX_STATE || s->ctx == CTX_PARSER_LOCALS)
		sema_error(s, st->loc, "switch statements are not allowed in parsers");
	Node *saved = s->switch_expr;
	s->switch_expr = st->expr;
	Type *t = sema_expr(s, st->expr);
	s->switch_expr = saved;
	if (t->kind == TY_ACTION_ENUM) {
		/* "This type of switch statement can only be used within control
		 * apply blocks." */
		if (s->ctx != CTX_APPLY)
			sema_error(s, st->loc, "a switch on action_run is only allowed in a control's apply block");
		action_run_labels(s, st, t);
	} else {
		value_labels(s, st, t);
	}
	/* "if one is present, it must be the last one in the switch statement" */
	Node *dflt = NULL;
	for (Node *c = st->items; c; c = c->next) {
		if (!c->expr || c->expr->kind != N_DEFAULT)
			continue;
		if (dflt) {
			sema_error(s, c->expr->loc, "duplicate default label");
			diag_note(s->diag, dflt->loc, "the other default label is here");
		} else if (c->next) {
			sema_error(s, c->expr->loc, "the default label must be the last one in a switch statement");
		}
		dflt = c->expr;
	}
	for (Node *c = st->items; c; c = c->next)
		if (c->body)
			sema_block(s, c->body, false);
}

/* ---- loops (P4-16 spec, "For statement") ---- */

static void for_stmt(Sema *s, Node *st)
{
	Scope *saved = sema_push_scope(s, SCOPE_BLOCK);
	for (Node *i = st->locals; i; i = i->next)
		sema_stmt(s, i);
	if (st->cond)
		sema_cond(s, st->cond, "the condition of a for loop");
	for (Node *u = st->items; u; u = u->next)
		sema_stmt(s, u);
	s->loops++;
	sub_stmt(s, st->body);
	s->loops--;
	sema_pop_scope(s, saved);
}

static void for_in_stmt(Sema *s, Node *st)
{
	Scope *saved = sema_push_scope(s, SCOPE_BLOCK);
	Node *var = st->init;
	Type *vt = sema_type(s, var->type, 0);
	Node *coll = st->expr;
	if (coll->kind == N_RANGE) {
		sema_expr(s, coll->lhs);
		sema_expr(s, coll->rhs);
		if (!type_is_invalid(vt) && !type_is_numeric(vt)) {
			sema_error(s, var->type->loc, "the variable of a loop over a range must be an integer, not %s",
				   sema_tstr(s, vt));
		} else if (!type_is_invalid(vt)) {
			sema_coerce(s, coll->lhs, vt, "range bound");
			sema_coerce(s, coll->rhs, vt, "range bound");
		}
		coll->ty = type_set(s->arena, vt);
	} else {
		Type *ct = sema_expr(s, coll);
		if (!type_is_invalid(ct) && !type_is_invalid(vt)) {
			if (coll->kind == N_LIST_EXPR) {
				for (Node *item = coll->items; item; item = item->next)
					sema_coerce(s, item, vt, "element");
				Type *lt = type_new(s->arena, TY_LIST);
				lt->elem = vt;
				coll->ty = lt;
			} else if (ct->kind == TY_STACK || ct->kind == TY_LIST) {
				if (!type_equal(ct->elem, vt))
					sema_error(s, var->type->loc, "the loop variable has type %s, but the elements have type %s",
						   sema_tstr(s, vt), sema_tstr(s, ct->elem));
			} else {
				sema_error(s, coll->loc, "cannot iterate over a value of type %s", sema_tstr(s, ct));
			}
		}
	}
	var->ty = vt;
	sema_declare(s, var->name, var);
	s->loops++;
	sub_stmt(s, st->body);
	s->loops--;
	sema_pop_scope(s, saved);
}

void sema_stmt(Sema *s, Node *st)
{
	switch (st->kind) {
	case N_ASSIGN: assign(s, st); break;
	case N_CALL_STMT: sema_expr(s, st->expr); break;
	case N_DIRECT_APPLY: sema_direct_apply(s, st); break;
	case N_EMPTY: break;
	case N_BLOCK: sema_block(s, st, false); break;
	case N_IF:
		sema_cond(s, st->cond, "the condition of an if statement");
		sub_stmt(s, st->then);
		sub_stmt(s, st->els);
		break;
	case N_RETURN: return_stmt(s, st); break;
	case N_EXIT: exit_stmt(s, st); break;
	case N_BREAK:
	case N_CONTINUE:
		if (!s->loops)
			sema_error(s, st->loc, "%s statement outside a loop", st->kind == N_BREAK ? "break" : "continue");
		break;
	case N_SWITCH: switch_stmt(s, st); break;
	case N_FOR: for_stmt(s, st); break;
	case N_FOR_IN: for_in_stmt(s, st); break;
	case N_VAR_DECL: sema_var_decl(s, st); break;
	case N_CONST_DECL: sema_const_decl(s, st); break;
	default: sema_error(s, st->loc, "a statement was expected here"); break;
	}
}
