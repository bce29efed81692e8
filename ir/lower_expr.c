/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lower_expr.c: expressions and calls.
 *
 * Compile-time known expressions become IE_CONST (or IE_STRUCT of
 * constants, for structure-valued ones), whatever they were written as.
 * Names are resolved through the Env. Implicit casts are explicit already
 * (sema); a cast to the type the value already has disappears. A table
 * application inside an expression (`t.apply().hit`) becomes an IS_APPLY
 * statement before the statement that uses it, its result kept in a
 * temporary; when that happens on the right of `&&`, `||` or `?:`, the
 * expression becomes statements so that the table is applied only when P4
 * evaluates that operand. */
#include <string.h>

#include "lower.h"

/* ---- values ---- */

IrExpr *lower_value_expr(Lower *L, IrType *t, const Value *v, Loc loc)
{
	IrProgram *p = L->p;
	if (v->kind == VAL_LIST) {
		bool fields = t->kind == IT_STRUCT || t->kind == IT_HEADER || t->kind == IT_TUPLE ||
			      t->kind == IT_UNION;
		if (fields || t->kind == IT_STACK || t->kind == IT_LIST) {
			IrExpr *e = ir_expr_new(p, IE_STRUCT, t, loc);
			for (int i = 0; i < v->n_items; i++) {
				IrType *it = fields ? (i < t->fields.len ? t->fields.items[i]->type : L->t_void) : t->elem;
				IR_PUSH(p->arena, e->args, lower_value_expr(L, it, v->items[i], loc));
			}
			return e;
		}
	}
	return ir_const(p, t, v, loc);
}

IrExpr *lower_default_value(Lower *L, IrType *t, Loc loc)
{
	IrProgram *p = L->p;
	switch (t->kind) {
	case IT_BOOL: return ir_const(p, t, value_bool(p->pool, false), loc);
	case IT_BITS:
		return ir_const(p, t,
				value_from_u64(p->pool, t->is_signed ? value_type_int(t->width) : value_type_bit(t->width),
					       0, NULL),
				loc);
	case IT_INT: return ir_const(p, t, value_from_u64(p->pool, value_type_infint(), 0, NULL), loc);
	case IT_ERROR:
		return ir_const(p, t, value_member(p->pool, "error", p->errors.len ? p->errors.items[0] : "NoError", NULL, NULL),
				loc);
	case IT_HEADER:
	case IT_UNION: return ir_expr_new(p, IE_INVALID, t, loc);
	case IT_STRUCT:
	case IT_TUPLE: {
		IrExpr *e = ir_expr_new(p, IE_STRUCT, t, loc);
		for (int i = 0; i < t->fields.len; i++)
			IR_PUSH(p->arena, e->args, lower_default_value(L, t->fields.items[i]->type, loc));
		return e;
	}
	case IT_STACK: {
		IrExpr *e = ir_expr_new(p, IE_STRUCT, t, loc);
		for (int i = 0; i < t->size; i++)
			IR_PUSH(p->arena, e->args, lower_default_value(L, t->elem, loc));
		return e;
	}
	case IT_ENUM:
		/* a serializable enum's default is 0, a member or not; a plain
		 * enum's is its first member */
		if (t->elem) {
			IrExpr *c = ir_expr_new(p, IE_CAST, t, loc);
			c->a = lower_default_value(L, t->elem, loc);
			return c;
		}
		if (t->members.len)
			return ir_const(p, t, value_member(p->pool, t->p4_name, t->members.items[0].name, NULL, NULL), loc);
		break;
	default: break;
	}
	return ir_const(p, t, value_from_u64(p->pool, value_type_bit(1), 0, NULL), loc);
}

static ValueIntType int_type_of(const IrType *t)
{
	if (t->kind == IT_ENUM && t->elem)
		t = t->elem;
	if (t->kind == IT_BITS)
		return t->is_signed ? value_type_int(t->width) : value_type_bit(t->width);
	return value_type_infint();
}

/* ---- compile-time evaluation (constructor arguments and constants whose
 * value depends on the instance) ---- */

const Value *lower_eval(Lower *L, Env *env, Node *e)
{
	IrProgram *p = L->p;
	if (!e)
		return NULL;
	if (e->value)
		return e->value;
	const Value *v = NULL, *a, *b;
	switch (e->kind) {
	case N_INT_LIT: v = value_from_literal(p->pool, &e->lit, NULL); break;
	case N_BOOL_LIT: v = value_bool(p->pool, e->bool_value); break;
	case N_PATH: {
		Binding *bd = e->ref ? lower_lookup(env, e->ref) : NULL;
		if (bd && bd->kind == BK_VALUE)
			v = bd->value;
		else if (e->ref && e->ref->value)
			v = e->ref->value;
		break;
	}
	case N_CAST: {
		a = lower_eval(L, env, e->expr);
		if (!a)
			break;
		IrType *to = lower_type(L, env, e->ty);
		if (to->kind == IT_BOOL)
			v = a->kind == VAL_BOOL ? a : value_cast_bool(p->pool, a);
		else if (to->kind == IT_BITS || to->kind == IT_INT)
			v = a->kind == VAL_BOOL ? value_from_u64(p->pool, int_type_of(to), a->boolean, NULL)
			    : e->is_implicit ? value_convert(p->pool, a, int_type_of(to), NULL)
					     : value_cast(p->pool, a, int_type_of(to), NULL);
		else
			v = a;
		break;
	}
	case N_UNARY:
		a = lower_eval(L, env, e->expr);
		v = a ? (e->op == OP_PLUS ? a : value_unary(p->pool, e->op, a)) : NULL;
		break;
	case N_BINARY:
		a = lower_eval(L, env, e->lhs);
		b = a ? lower_eval(L, env, e->rhs) : NULL;
		v = b ? value_binary(p->pool, e->op, a, b) : NULL;
		break;
	case N_TERNARY:
		a = lower_eval(L, env, e->cond);
		if (a && a->kind == VAL_BOOL)
			v = lower_eval(L, env, a->boolean ? e->then : e->els);
		break;
	case N_LIST_EXPR: {
		int n = list_length(e->items);
		const Value **items = arena_alloc(p->arena, sizeof(Value *) * (size_t)(n ? n : 1));
		int i = 0;
		for (Node *item = e->items; item; item = item->next, i++)
			if (!(items[i] = lower_eval(L, env, item)))
				return NULL;
		v = value_list(p->pool, items, n);
		break;
	}
	case N_STRUCT_EXPR: {
		Type *t = lower_subst(L, env, e->ty);
		if (!t || !type_has_fields(t))
			break;
		const Value **items = arena_alloc(p->arena, sizeof(Value *) * (size_t)(t->nfields ? t->nfields : 1));
		for (Node *item = e->items; item; item = item->next) {
			int i = type_field_index(t, item->name);
			if (i < 0 || !(items[i] = lower_eval(L, env, item->expr)))
				return NULL;
		}
		v = value_list(p->pool, items, t->nfields);
		break;
	}
	case N_MEMBER: {
		a = e->expr ? lower_eval(L, env, e->expr) : NULL;
		Type *bt = e->expr && e->expr->ty ? lower_subst(L, env, e->expr->ty) : NULL;
		if (a && a->kind == VAL_LIST && bt && type_has_fields(bt)) {
			int i = type_field_index(bt, e->name);
			if (i >= 0 && i < a->n_items)
				v = a->items[i];
		}
		break;
	}
	default: break;
	}
	if (!v)
		diag_error(p->diag, e->loc, "this expression must be a compile-time known value here");
	return v;
}

/* ---- expressions ---- */

static IrExpr *new_expr(Lower *L, IrExprKind kind, IrType *t, const Node *e)
{
	return ir_expr_new(L->p, kind, t, e->loc);
}

static bool is_value_kind(const Value *v)
{
	return v->kind == VAL_INT || v->kind == VAL_BOOL || v->kind == VAL_STRING || v->kind == VAL_MEMBER ||
	       v->kind == VAL_LIST;
}

static IrField *field_named(IrType *t, const char *name)
{
	for (int i = 0; i < t->fields.len; i++)
		if (strcmp(t->fields.items[i]->name, name) == 0)
			return t->fields.items[i];
	return NULL;
}

/* A temporary for a value computed by statements. */
static IrVar *temp(Lower *L, Env *env, const char *hint, IrType *t, Loc loc)
{
	return lower_new_var(L, env, IV_TEMP, hint, t, loc);
}

static void add_declare(Lower *L, IrStmt *out, IrVar *v, IrExpr *init, Loc loc)
{
	IrStmt *d = ir_stmt_new(L->p, IS_DECLARE, loc);
	d->var = v;
	d->rhs = init;
	ir_block_add(L->p, out, d);
}

static void add_assign(Lower *L, IrStmt *out, IrExpr *lhs, IrExpr *rhs, Loc loc)
{
	ir_block_add(L->p, out, ir_assign(L->p, lhs, rhs, loc));
}

/* a && b, a || b, c ? a : b where an operand needed statements:
 *   tmp = a; if (tmp) { pre_b; tmp = b; }       (&&; || tests !tmp)
 *   if (c) { pre_a; tmp = a; } else { pre_b; tmp = b; } */
static IrExpr *lower_short_circuit(Lower *L, Env *env, Node *e, IrStmt *pre)
{
	IrProgram *p = L->p;
	IrType *t = lower_type(L, env, e->ty);
	if (e->kind == N_BINARY) {
		IrExpr *a = lower_expr(L, env, e->lhs, pre);
		/* true && b is b; false && b is false (|| likewise) */
		if (ir_expr_is_const(a) && a->value->kind == VAL_BOOL)
			return (e->op == OP_AND) == a->value->boolean ? lower_expr(L, env, e->rhs, pre) : a;
		IrVar *tmp = temp(L, env, "tmp", t, e->loc);
		add_declare(L, pre, tmp, a, e->loc);
		IrStmt *then = ir_block_new(p, e->rhs->loc);
		IrExpr *b = lower_expr(L, env, e->rhs, then);
		add_assign(L, then, ir_var_ref(p, tmp, e->loc), b, e->loc);
		IrStmt *iff = ir_stmt_new(p, IS_IF, e->loc);
		IrExpr *cond = ir_var_ref(p, tmp, e->loc);
		if (e->op == OP_OR) {
			IrExpr *n = ir_expr_new(p, IE_UNARY, t, e->loc);
			n->op = OP_NOT;
			n->a = cond;
			cond = n;
		}
		iff->expr = cond;
		iff->then = then;
		ir_block_add(p, pre, iff);
		return ir_var_ref(p, tmp, e->loc);
	}
	IrExpr *c = lower_expr(L, env, e->cond, pre);
	if (ir_expr_is_const(c) && c->value->kind == VAL_BOOL)
		return lower_expr(L, env, c->value->boolean ? e->then : e->els, pre);
	IrVar *tmp = temp(L, env, "tmp", t, e->loc);
	add_declare(L, pre, tmp, NULL, e->loc);
	IrStmt *then = ir_block_new(p, e->then->loc), *els = ir_block_new(p, e->els->loc);
	add_assign(L, then, ir_var_ref(p, tmp, e->loc), lower_expr(L, env, e->then, then), e->loc);
	add_assign(L, els, ir_var_ref(p, tmp, e->loc), lower_expr(L, env, e->els, els), e->loc);
	IrStmt *iff = ir_stmt_new(p, IS_IF, e->loc);
	iff->expr = c;
	iff->then = then;
	iff->els = els;
	ir_block_add(p, pre, iff);
	return ir_var_ref(p, tmp, e->loc);
}

/* Whether a call writes some of its arguments (out or inout parameters). */
static bool call_writes_args(const Node *call)
{
	const Node *callee = call->ref;
	if (!callee || (callee->kind != N_FUNCTION_DECL && callee->kind != N_METHOD &&
			callee->kind != N_EXTERN_FUNCTION))
		return false;
	for (const Node *p = callee->params; p; p = p->next)
		if (p->direction == DIR_OUT || p->direction == DIR_INOUT)
			return true;
	return false;
}

/* Whether lowering e would need statements: it applies a table, or calls
 * something that writes its arguments (hoisted, see lower_call). */
static bool needs_stmts(const Node *e)
{
	if (!e)
		return false;
	if ((e->kind == N_MEMBER && (e->builtin == BI_HIT || e->builtin == BI_MISS)))
		return true;
	if (e->kind == N_CALL && call_writes_args(e))
		return true;
	if (e->kind == N_NAMED_EXPR || e->kind == N_ARG)
		return needs_stmts(e->expr);
	if (needs_stmts(e->expr) || needs_stmts(e->lhs) || needs_stmts(e->rhs) || needs_stmts(e->cond) ||
	    needs_stmts(e->then) || needs_stmts(e->els) || needs_stmts(e->index))
		return true;
	for (const Node *a = e->args; a; a = a->next)
		if (needs_stmts(a))
			return true;
	for (const Node *i = e->items; i; i = i->next)
		if (needs_stmts(i))
			return true;
	return false;
}

/* {a, b} and {f = a, g = b} (with `...`) of struct, header, tuple or stack type t. */
static IrExpr *lower_aggregate(Lower *L, Env *env, Node *e, IrType *t, IrStmt *pre)
{
	IrProgram *p = L->p;
	IrExpr *r = new_expr(L, IE_STRUCT, t, e);
	bool fields = t->kind != IT_STACK && t->kind != IT_LIST;
	int n = fields ? t->fields.len : t->kind == IT_LIST ? list_length(e->items) : t->size;
	IrExpr **slots = arena_alloc(p->arena, sizeof(IrExpr *) * (size_t)(n ? n : 1));
	if (e->kind == N_LIST_EXPR) {
		int i = 0;
		for (Node *item = e->items; item && i < n; item = item->next) {
			if (item->kind == N_DOTS)
				break;
			IrType *it = fields ? t->fields.items[i]->type : t->elem;
			slots[i++] = lower_expr(L, env, item, pre);
			if (slots[i - 1]->type->kind == IT_VOID)
				slots[i - 1]->type = it;
		}
	} else {
		for (Node *item = e->items; item; item = item->next) {
			IrField *f = field_named(t, item->name);
			if (f)
				slots[f->index] = lower_expr(L, env, item->expr, pre);
		}
	}
	for (int i = 0; i < n; i++)
		IR_PUSH(p->arena, r->args,
			slots[i] ? slots[i] : lower_default_value(L, fields ? t->fields.items[i]->type : t->elem, e->loc));
	return r;
}

/* The instance a call's receiver names. */
static Binding *receiver_binding(Env *env, Node *base)
{
	while (base->kind == N_CAST && base->is_implicit)
		base = base->expr;
	if (base->kind == N_PATH && base->ref)
		return lower_lookup(env, base->ref);
	return NULL;
}

IrExtern *lower_extern_instance(Lower *L, Env *env, Node *e)
{
	(void)L;
	Binding *b = receiver_binding(env, e);
	return b && b->kind == BK_EXTERN ? b->ext : NULL;
}

void lower_args(Lower *L, Env *env, Node *call, const Param *params, int nparams, IrStmt *pre, void *args_vec)
{
	IrProgram *p = L->p;
	IR_VEC(IrExpr *) *out = args_vec;
	for (int i = 0; i < nparams; i++) {
		Node *a = i < call->nbound ? call->bound[i] : NULL;
		IrType *pt = lower_type(L, env, params[i].type);
		IrExpr *x = NULL;
		if (!a) {
			Node *init = params[i].decl ? params[i].decl->init : NULL;
			if (init) {
				const Value *v = lower_eval(L, env, init);
				x = v ? lower_value_expr(L, pt, v, call->loc) : NULL;
			}
		} else if (a->kind == N_DONTCARE) {
			/* `_` for an out parameter: a temporary nobody reads */
			IrVar *v = temp(L, env, "unused", pt, a->loc);
			add_declare(L, pre, v, NULL, a->loc);
			x = ir_var_ref(p, v, a->loc);
		} else {
			x = lower_expr(L, env, a, pre);
		}
		IR_PUSH(p->arena, *out, x);
	}
}

static bool is_packet_extern(const Type *t, const char *name)
{
	const Type *g = t ? type_origin(t) : NULL;
	return g && g->kind == TY_EXTERN && g->name && strcmp(g->name, name) == 0;
}

/* f<T>(args), e.m<T>(args), ext_fn(args): an IE_CALL with every argument
 * (defaults filled in, `_` for an out parameter a temporary) and each
 * parameter's direction; a P4 function specialised for its type arguments. */
static IrExpr *lower_call(Lower *L, Env *env, Node *call, IrStmt *pre)
{
	IrProgram *p = L->p;
	Node *callee = call->ref;
	IrType *rt = lower_type(L, env, call->ty);
	IrCall *c = arena_alloc(p->arena, sizeof(*c));
	Type *ft = NULL;
	if (callee->kind == N_FUNCTION_DECL) {
		c->kind = IC_FUNCTION;
		int n = call->ntargs;
		IrType **targs = arena_alloc(p->arena, sizeof(IrType *) * (size_t)(n ? n : 1));
		Type **stargs = arena_alloc(p->arena, sizeof(Type *) * (size_t)(n ? n : 1));
		for (int i = 0; i < n; i++) {
			stargs[i] = lower_subst(L, env, call->targs[i]);
			targs[i] = lower_type(L, env, stargs[i]);
		}
		c->function = lower_function(L, callee, targs, stargs, n);
		c->name = c->function->name;
		ft = callee->ty;
		if (ft && ft->ntparams && n == ft->ntparams) {
			TypeSubst s = {ft->tparams, stargs, n};
			ft = type_subst(p->arena, ft, &s);
		}
	} else if (callee->kind == N_EXTERN_FUNCTION) {
		c->kind = IC_EXTERN_FUNCTION;
		c->name = callee->name;
		ft = callee->ty;
	} else if (callee->kind == N_METHOD) {
		c->kind = IC_METHOD;
		c->name = callee->name;
		Node *m = call->expr;
		Type *rtype = m->expr && m->expr->ty ? lower_subst(L, env, m->expr->ty) : NULL;
		c->extern_type = rtype ? type_origin(rtype)->name : NULL;
		c->instance = m->expr ? lower_extern_instance(L, env, m->expr) : NULL;
		if (!c->instance && m->expr)
			c->receiver = lower_expr(L, env, m->expr, pre);
		ft = rtype ? type_extern_member_type(p->arena, rtype, callee->ty) : callee->ty;
	} else {
		lower_unsupported(L, call->loc, "this call");
		return ir_const(p, rt, value_bool(p->pool, false), call->loc);
	}
	if (callee->kind != N_FUNCTION_DECL) {
		for (int i = 0; i < call->ntargs; i++)
			IR_PUSH(p->arena, c->type_args, lower_type(L, env, call->targs[i]));
		if (ft && ft->ntparams && call->ntargs == ft->ntparams) {
			TypeSubst s = {ft->tparams, call->targs, call->ntargs};
			ft = type_subst(p->arena, ft, &s);
		}
	}
	if (ft) {
		lower_args(L, env, call, ft->params, ft->nparams, pre, &c->args);
		for (int i = 0; i < ft->nparams; i++)
			IR_PUSH(p->arena, c->dirs, lower_dir(ft->params[i].dir));
	}
	IrExpr *r = ir_expr_new(p, IE_CALL, rt, call->loc);
	r->call = c;
	/* P4 evaluates left to right and C does not promise to: a call that
	 * writes its arguments inside a larger expression runs first, into a
	 * temporary, so that the rest of the expression sees what it wrote. */
	if (call != L->whole && call_writes_args(call) && rt->kind != IT_VOID) {
		IrVar *v = temp(L, env, "tmp", rt, call->loc);
		add_declare(L, pre, v, r, call->loc);
		return ir_var_ref(p, v, call->loc);
	}
	return r;
}

/* minSizeInBits() and friends, when sema left no value. */
static IrExpr *size_builtin(Lower *L, Env *env, Node *call)
{
	Node *m = call->expr;
	Type *t = lower_subst(L, env, m->expr->ty ? m->expr->ty : NULL);
	bool max = call->builtin == BI_MAX_SIZE_IN_BITS || call->builtin == BI_MAX_SIZE_IN_BYTES;
	bool bytes = call->builtin == BI_MIN_SIZE_IN_BYTES || call->builtin == BI_MAX_SIZE_IN_BYTES;
	long bits = t ? sema_size_in_bits(t, max) : -1;
	if (bits < 0) {
		lower_unsupported(L, call->loc, "this size");
		bits = 0;
	}
	return ir_const(L->p, L->t_int,
			value_from_i64(L->p->pool, value_type_infint(), bytes ? (bits + 7) / 8 : bits, NULL), call->loc);
}

/* A call that produces a value: isValid(), lookahead, length, functions
 * and externs. */
static IrExpr *lower_call_expr(Lower *L, Env *env, Node *e, IrStmt *pre)
{
	IrProgram *p = L->p;
	IrType *t = lower_type(L, env, e->ty);
	Node *m = e->expr;
	switch (e->builtin) {
	case BI_IS_VALID: {
		IrExpr *r = new_expr(L, IE_IS_VALID, L->t_bool, e);
		r->a = lower_expr(L, env, m->expr, pre);
		return r;
	}
	case BI_MIN_SIZE_IN_BITS:
	case BI_MIN_SIZE_IN_BYTES:
	case BI_MAX_SIZE_IN_BITS:
	case BI_MAX_SIZE_IN_BYTES:
		return size_builtin(L, env, e);
	case BI_NONE: break;
	default:
		lower_unsupported(L, e->loc, arena_printf(p->arena, "'%s' in an expression",
							  sema_builtin_name((SemaBuiltin)e->builtin)));
		return lower_default_value(L, t, e->loc);
	}
	if (!e->ref) {
		lower_unsupported(L, e->loc, "this call");
		return lower_default_value(L, t, e->loc);
	}
	if (e->ref->kind == N_METHOD && m->kind == N_MEMBER && is_packet_extern(m->expr->ty, "packet_in")) {
		if (strcmp(e->ref->name, "lookahead") == 0)
			return new_expr(L, IE_LOOKAHEAD, t, e);
		if (strcmp(e->ref->name, "length") == 0)
			return new_expr(L, IE_PACKET_LENGTH, L->t_bit32, e);
	}
	return lower_call(L, env, e, pre);
}

/* e.name: a field, a stack's next/last/lastIndex/size, a table
 * application's hit or miss. */
static IrExpr *lower_member(Lower *L, Env *env, Node *e, IrStmt *pre)
{
	IrProgram *p = L->p;
	IrType *t = lower_type(L, env, e->ty);
	switch (e->builtin) {
	case BI_NEXT:
	case BI_LAST:
	case BI_LAST_INDEX: {
		IrExprKind k = e->builtin == BI_NEXT ? IE_STACK_NEXT : e->builtin == BI_LAST ? IE_STACK_LAST
											  : IE_STACK_LAST_INDEX;
		IrExpr *r = new_expr(L, k, t, e);
		r->a = lower_expr(L, env, e->expr, pre);
		if (k != IE_STACK_LAST_INDEX && r->a->type->kind == IT_STACK)
			r->type = r->a->type->elem;
		return r;
	}
	case BI_SIZE: {
		IrExpr *base = lower_expr(L, env, e->expr, pre);
		int n = base->type->kind == IT_STACK ? base->type->size : 0;
		return ir_const(p, L->t_bit32, value_from_u64(p->pool, value_type_bit(32), (uint64_t)n, NULL), e->loc);
	}
	case BI_HIT:
	case BI_MISS: {
		IrStmt *apply = lower_table_apply(L, env, e->expr, pre);
		if (!apply)
			return ir_const(p, L->t_bool, value_bool(p->pool, false), e->loc);
		if (!apply->hit_var) {
			const char *tn = apply->table ? apply->table->p4_name : "table";
			const char *dot = strrchr(tn, '.');
			apply->hit_var = temp(L, env, arena_printf(p->arena, "%s_hit", dot ? dot + 1 : tn), L->t_bool,
					      e->loc);
		}
		IrExpr *r = ir_var_ref(p, apply->hit_var, e->loc);
		if (e->builtin == BI_MISS) {
			IrExpr *n = new_expr(L, IE_UNARY, L->t_bool, e);
			n->op = OP_NOT;
			n->a = r;
			r = n;
		}
		return r;
	}
	case BI_NONE: break;
	default:
		lower_unsupported(L, e->loc, arena_printf(p->arena, "'%s' here", sema_builtin_name((SemaBuiltin)e->builtin)));
		return lower_default_value(L, t, e->loc);
	}
	IrExpr *base = lower_expr(L, env, e->expr, pre);
	IrField *f = field_named(base->type, e->name);
	if (!f) {
		lower_unsupported(L, e->loc, "this member");
		return lower_default_value(L, t, e->loc);
	}
	return ir_field_ref(p, base, f, e->loc);
}

/* An expression:
 *   anything compile-time known               IE_CONST (IE_STRUCT of them for aggregates)
 *   a variable or parameter                   IE_VAR
 *   e.f  e[i]  e[hi:lo]  e[i +: w]            IE_FIELD (tuples too), IE_INDEX, IE_SLICE, IE_PART_SELECT
 *   s.next  s.last  s.lastIndex  s.size       IE_STACK_*, IE_CONST
 *   op e  e op e  c ? a : b  (T) e            IE_UNARY, IE_BINARY, IE_MUX, IE_CAST
 *   f(args)  x.m(args)  h.isValid()           IE_CALL, IE_IS_VALID, IE_LOOKAHEAD, IE_PACKET_LENGTH
 *   t.apply().hit  t.apply().miss             IS_APPLY into pre, then its hit variable
 *   {a, b}  {f = a, ...}  {#}                 IE_STRUCT (missing members default), IE_INVALID */
IrExpr *lower_expr(Lower *L, Env *env, Node *e, IrStmt *pre)
{
	IrProgram *p = L->p;
	IrType *t = lower_type(L, env, e->ty);
	if (e->value && is_value_kind(e->value) && e->kind != N_DONTCARE)
		return lower_value_expr(L, t, e->value, e->loc);
	switch (e->kind) {
	case N_INT_LIT: return ir_const(p, t, value_from_literal(p->pool, &e->lit, NULL), e->loc);
	case N_BOOL_LIT: return ir_const(p, L->t_bool, value_bool(p->pool, e->bool_value), e->loc);
	case N_STRING_LIT: {
		size_t len = strlen(e->text);
		return ir_const(p, t, value_string(p->pool, e->text + 1, len >= 2 ? len - 2 : 0), e->loc);
	}
	case N_PATH: {
		Binding *b = e->ref ? lower_lookup(env, e->ref) : NULL;
		if (b && b->kind == BK_VAR)
			return ir_var_ref(p, b->var, e->loc);
		if (b && b->kind == BK_VALUE)
			return lower_value_expr(L, t, b->value, e->loc);
		if (e->ref && e->ref->value)
			return lower_value_expr(L, t, e->ref->value, e->loc);
		lower_unsupported(L, e->loc, arena_printf(p->arena, "a reference to '%s' here", e->name));
		return lower_default_value(L, t, e->loc);
	}
	case N_MEMBER: return lower_member(L, env, e, pre);
	case N_INDEX: {
		IrExpr *base = lower_expr(L, env, e->expr, pre);
		if (base->type->kind == IT_TUPLE) {
			const Value *iv = lower_eval(L, env, e->index);
			long i = iv && value_fits_i64(iv) ? (long)value_get_i64(iv) : -1;
			if (i < 0 || i >= base->type->fields.len)
				return lower_default_value(L, t, e->loc);
			return ir_field_ref(p, base, base->type->fields.items[i], e->loc);
		}
		IrExpr *r = new_expr(L, IE_INDEX, t, e);
		r->a = base;
		r->b = lower_expr(L, env, e->index, pre);
		return r;
	}
	case N_SLICE: {
		IrExpr *r = new_expr(L, IE_SLICE, t, e);
		r->a = lower_expr(L, env, e->expr, pre);
		const Value *hi = lower_eval(L, env, e->hi), *lo = lower_eval(L, env, e->lo);
		r->hi = hi && value_fits_i64(hi) ? (int)value_get_i64(hi) : 0;
		r->lo = lo && value_fits_i64(lo) ? (int)value_get_i64(lo) : 0;
		return r;
	}
	case N_PART_SELECT: {
		IrExpr *base = lower_expr(L, env, e->expr, pre);
		const Value *w = lower_eval(L, env, e->width);
		int width = w && value_fits_i64(w) ? (int)value_get_i64(w) : 0;
		IrExpr *r;
		if (e->index->value && value_fits_i64(e->index->value)) {
			r = new_expr(L, IE_SLICE, t, e);
			r->lo = (int)value_get_i64(e->index->value);
			r->hi = r->lo + width - 1;
		} else {
			r = new_expr(L, IE_PART_SELECT, t, e);
			r->b = lower_expr(L, env, e->index, pre);
			r->hi = width;
		}
		r->a = base;
		return r;
	}
	case N_UNARY: {
		IrExpr *a = lower_expr(L, env, e->expr, pre);
		if (e->op == OP_PLUS)
			return a;
		IrExpr *r = new_expr(L, IE_UNARY, t, e);
		r->op = e->op;
		r->a = a;
		return r;
	}
	case N_BINARY: {
		if ((e->op == OP_AND || e->op == OP_OR) && needs_stmts(e->rhs))
			return lower_short_circuit(L, env, e, pre);
		IrExpr *r = new_expr(L, IE_BINARY, t, e);
		r->op = e->op;
		r->a = lower_expr(L, env, e->lhs, pre);
		r->b = lower_expr(L, env, e->rhs, pre);
		return r;
	}
	case N_TERNARY: {
		if (needs_stmts(e->then) || needs_stmts(e->els))
			return lower_short_circuit(L, env, e, pre);
		IrExpr *r = new_expr(L, IE_MUX, t, e);
		r->a = lower_expr(L, env, e->cond, pre);
		r->b = lower_expr(L, env, e->then, pre);
		r->c = lower_expr(L, env, e->els, pre);
		return r;
	}
	case N_CAST: {
		Node *inner = e->expr;
		if (inner->kind == N_LIST_EXPR || inner->kind == N_STRUCT_EXPR || inner->kind == N_INVALID_HEADER ||
		    inner->kind == N_DOTS) {
			IrExpr *r = lower_expr(L, env, inner, pre);
			r->type = t;
			return r;
		}
		IrExpr *a = lower_expr(L, env, inner, pre);
		if (ir_type_equal(a->type, t))
			return a;
		IrExpr *r = new_expr(L, IE_CAST, t, e);
		r->a = a;
		return r;
	}
	case N_CALL: return lower_call_expr(L, env, e, pre);
	case N_LIST_EXPR:
	case N_STRUCT_EXPR:
		if (t->kind == IT_STRUCT || t->kind == IT_HEADER || t->kind == IT_TUPLE || t->kind == IT_STACK ||
		    t->kind == IT_UNION || t->kind == IT_LIST)
			return lower_aggregate(L, env, e, t, pre);
		lower_unsupported(L, e->loc, "a list expression of this type");
		return lower_default_value(L, t, e->loc);
	case N_INVALID_HEADER: return new_expr(L, IE_INVALID, t, e);
	case N_DOTS: return lower_default_value(L, t, e->loc);
	default:
		lower_unsupported(L, e->loc, arena_printf(p->arena, "expression kind %s", node_kind_name(e->kind)));
		return lower_default_value(L, t, e->loc);
	}
}

/* ---- calls as statements ---- */

/* packet.emit(x): one IS_EMIT per header, in order: the fields of a
 * struct, the elements of a stack, the members of a union. */
static void emit_expanded(Lower *L, IrExpr *x, IrStmt *out, Loc loc)
{
	IrProgram *p = L->p;
	IrType *t = x->type;
	switch (t->kind) {
	case IT_HEADER: {
		IrStmt *s = ir_stmt_new(p, IS_EMIT, loc);
		s->lhs = x;
		ir_block_add(p, out, s);
		return;
	}
	case IT_STRUCT:
	case IT_UNION:
		for (int i = 0; i < t->fields.len; i++)
			emit_expanded(L, ir_field_ref(p, ir_expr_copy(p, x), t->fields.items[i], loc), out, loc);
		return;
	case IT_STACK:
		for (int i = 0; i < t->size; i++) {
			IrExpr *ix = ir_expr_new(p, IE_INDEX, t->elem, loc);
			ix->a = ir_expr_copy(p, x);
			ix->b = ir_const(p, L->t_bit32, value_from_u64(p->pool, value_type_bit(32), (uint64_t)i, NULL), loc);
			emit_expanded(L, ix, out, loc);
		}
		return;
	default:
		lower_unsupported(L, loc, "emitting a value that is not a header, struct, union or stack");
	}
}

/* packet.extract(h), packet.extract(h, bits), packet.advance(bits),
 * packet.emit(x) and the other packet methods as statements. */
static bool packet_stmt(Lower *L, Env *env, Node *call, IrStmt *out)
{
	IrProgram *p = L->p;
	Node *m = call->expr;
	if (!call->ref || call->ref->kind != N_METHOD || m->kind != N_MEMBER || !m->expr)
		return false;
	const char *name = call->ref->name;
	Node *arg0 = call->nbound > 0 ? call->bound[0] : NULL;
	if (is_packet_extern(m->expr->ty, "packet_in")) {
		if (strcmp(name, "extract") == 0 && arg0) {
			IrStmt *s = ir_stmt_new(p, IS_EXTRACT, call->loc);
			if (arg0->kind == N_DONTCARE) {
				/* extract(_): into a header nobody reads */
				IrVar *v = temp(L, env, "unused", lower_type(L, env, arg0->ty), arg0->loc);
				add_declare(L, out, v, NULL, arg0->loc);
				s->lhs = ir_var_ref(p, v, arg0->loc);
			} else {
				s->lhs = lower_expr(L, env, arg0, out);
			}
			if (call->nbound > 1 && call->bound[1])
				s->expr = lower_expr(L, env, call->bound[1], out);
			ir_block_add(p, out, s);
			return true;
		}
		if (strcmp(name, "advance") == 0 && arg0) {
			IrStmt *s = ir_stmt_new(p, IS_ADVANCE, call->loc);
			s->expr = lower_expr(L, env, arg0, out);
			ir_block_add(p, out, s);
			return true;
		}
		if (strcmp(name, "lookahead") == 0 || strcmp(name, "length") == 0)
			return true; /* a value nobody uses */
	}
	if (is_packet_extern(m->expr->ty, "packet_out") && strcmp(name, "emit") == 0 && arg0) {
		emit_expanded(L, lower_expr(L, env, arg0, out), out, call->loc);
		return true;
	}
	return false;
}

/* c.apply(args), p.apply(args): the instance's IrControl or IrParser. */
static void block_apply_stmt(Lower *L, Env *env, Node *call, IrStmt *out)
{
	IrProgram *p = L->p;
	Node *m = call->expr;
	Binding *b = receiver_binding(env, m->expr);
	if (!b || (b->kind != BK_CONTROL && b->kind != BK_PARSER)) {
		lower_unsupported(L, call->loc, "applying this instance");
		return;
	}
	Type *bt = lower_subst(L, env, m->expr->ty);
	IrStmt *s = ir_stmt_new(p, IS_APPLY_BLOCK, call->loc);
	s->control = b->control;
	s->parser = b->parser;
	lower_args(L, env, call, bt->params, bt->nparams, out, &s->args);
	ir_block_add(p, out, s);
}

/* a(args) called from an action or a control's apply block. */
static void action_call_stmt(Lower *L, Env *env, Node *call, IrStmt *out)
{
	IrProgram *p = L->p;
	Binding *b = lower_lookup(env, call->ref);
	IrAction *a = b && b->kind == BK_ACTION ? b->action : NULL;
	if (!b)
		a = lower_global_action(L, call->ref); /* declared at the top level */
	if (!a) {
		lower_unsupported(L, call->loc, "calling this action");
		return;
	}
	IrStmt *s = ir_stmt_new(p, IS_CALL_ACTION, call->loc);
	s->action = a;
	Type *at = call->ref->ty;
	if (at)
		lower_args(L, env, call, at->params, at->nparams, out, &s->args);
	ir_block_add(p, out, s);
}

/* A call as a statement:
 *   h.setValid()  h.setInvalid()              IS_SET_VALID, IS_SET_INVALID
 *   s.push_front(n)  s.pop_front(n)           IS_PUSH_FRONT, IS_POP_FRONT
 *   t.apply()                                 IS_APPLY
 *   c.apply(args)  p.apply(args)              IS_APPLY_BLOCK
 *   a(args)                                   IS_CALL_ACTION
 *   verify(cond, err)                         IS_VERIFY
 *   pkt.extract/advance/emit(...)             IS_EXTRACT, IS_ADVANCE, IS_EMIT (per header)
 *   f(args)  x.m(args)                        IS_CALL of an IE_CALL */
void lower_call_stmt(Lower *L, Env *env, Node *call, IrStmt *out)
{
	IrProgram *p = L->p;
	Node *m = call->expr;
	switch (call->builtin) {
	case BI_SET_VALID:
	case BI_SET_INVALID: {
		IrStmt *s = ir_stmt_new(p, call->builtin == BI_SET_VALID ? IS_SET_VALID : IS_SET_INVALID, call->loc);
		s->lhs = lower_expr(L, env, m->expr, out);
		ir_block_add(p, out, s);
		return;
	}
	case BI_PUSH_FRONT:
	case BI_POP_FRONT: {
		IrStmt *s = ir_stmt_new(p, call->builtin == BI_PUSH_FRONT ? IS_PUSH_FRONT : IS_POP_FRONT, call->loc);
		s->lhs = lower_expr(L, env, m->expr, out);
		const Value *n = call->nbound ? lower_eval(L, env, call->bound[0]) : NULL;
		s->count = n && value_fits_i64(n) ? (int)value_get_i64(n) : 1;
		ir_block_add(p, out, s);
		return;
	}
	case BI_APPLY: {
		Type *bt = m->expr && m->expr->ty ? m->expr->ty : NULL;
		if (bt && bt->kind == TY_TABLE)
			lower_table_apply(L, env, call, out);
		else
			block_apply_stmt(L, env, call, out);
		return;
	}
	case BI_NONE: break;
	default: {
		/* isValid() and the size methods have no effect: evaluate nothing */
		return;
	}
	}
	if (!call->ref) {
		lower_unsupported(L, call->loc, "this call");
		return;
	}
	switch (call->ref->kind) {
	case N_ACTION_DECL: action_call_stmt(L, env, call, out); return;
	case N_EXTERN_FUNCTION:
		if (strcmp(call->ref->name, "verify") == 0 && call->nbound == 2) {
			IrStmt *s = ir_stmt_new(p, IS_VERIFY, call->loc);
			s->expr = lower_expr(L, env, call->bound[0], out);
			s->rhs = lower_expr(L, env, call->bound[1], out);
			ir_block_add(p, out, s);
			return;
		}
		if (strcmp(call->ref->name, "static_assert") == 0)
			return; /* checked by sema */
		break;
	case N_METHOD:
		if (packet_stmt(L, env, call, out))
			return;
		break;
	default: break;
	}
	IrStmt *s = ir_stmt_new(p, IS_CALL, call->loc);
	L->whole = call;
	s->expr = lower_call_expr(L, env, call, out);
	ir_block_add(p, out, s);
}
