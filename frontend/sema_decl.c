/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_decl.c: declarations that are not types: constants, variables,
 * functions, actions, extern objects and functions, parsers, controls and
 * value sets. Each is checked, then its name declared, in program order. */
#include <limits.h>
#include <string.h>

#include "sema.h"

/* ---- compile-time known values (P4-16 spec, "Compile-time known and
 * local compile-time known values") ---- */

static bool is_ct(const Node *e, bool local)
{
	if (!e)
		return false;
	if (e->value)
		return true;
	switch (e->kind) {
	case N_INVALID_HEADER:
	case N_DOTS:
	case N_DONTCARE:
	case N_DEFAULT:
	case N_CONSTRUCT:
		return true;
	case N_PATH: {
		const Node *d = e->ref;
		if (!d)
			return true; /* an error was reported */
		switch (d->kind) {
		case N_CONST_DECL:
		case N_INSTANTIATION:
		case N_IDENT:
		case N_ACTION_DECL:
		case N_FUNCTION_DECL:
		case N_EXTERN_FUNCTION:
		case N_TABLE_DECL:
		case N_VALUE_SET:
			return true;
		case N_PARAM:
			/* Constructor parameters, and the directionless parameters of
			 * anything but an action, are compile-time known. */
			return !local && d->direction == DIR_NONE && !(d->ref && d->ref->kind == N_ACTION_DECL);
		default:
			return false;
		}
	}
	case N_LIST_EXPR:
	case N_STRUCT_EXPR:
		for (const Node *i = e->items; i; i = i->next)
			if (!is_ct(i, local))
				return false;
		return true;
	case N_NAMED_EXPR:
	case N_CAST:
	case N_MEMBER:
	case N_UNARY:
		return is_ct(e->expr, local);
	case N_INDEX:
		return is_ct(e->expr, local) && is_ct(e->index, local);
	case N_SLICE:
		return is_ct(e->expr, local) && is_ct(e->hi, local) && is_ct(e->lo, local);
	case N_BINARY:
	case N_MASK:
	case N_RANGE:
		return is_ct(e->lhs, local) && is_ct(e->rhs, local);
	case N_TERNARY:
		return is_ct(e->cond, local) && is_ct(e->then, local) && is_ct(e->els, local);
	default:
		return false;
	}
}

bool sema_is_compile_time(Sema *s, const Node *e)
{
	(void)s;
	return is_ct(e, false);
}

bool sema_is_local_compile_time(Sema *s, const Node *e)
{
	(void)s;
	return is_ct(e, true);
}

/* ---- constants and variables ---- */

void sema_const_decl(Sema *s, Node *d)
{
	Type *t = sema_type(s, d->type, 0);
	if (!type_is_invalid(t) && (!type_is_value_type(t) || t->kind == TY_VOID)) {
		sema_error(s, d->type->loc, "a constant cannot have type %s", sema_tstr(s, t));
		t = s->t.invalid;
	}
	d->ty = t;
	if (d->init) {
		int errors = s->diag->errors;
		Type *it = sema_expr(s, d->init);
		/* "The initializer expression must be a local compile-time known value." */
		if (!type_is_invalid(it) && !type_is_invalid(t) && sema_coerce(s, d->init, t, "constant initializer")) {
			if (s->diag->errors > errors)
				; /* the initializer's own errors say enough */
			else if (!sema_is_local_compile_time(s, d->init))
				sema_error(s, sema_start(d->init),
					   "the initializer of constant '%s' must be a compile-time known value", d->name);
			else
				d->value = d->init->value;
		}
	}
	sema_declare(s, d->name, d);
}

void sema_var_decl(Sema *s, Node *d)
{
	Type *t = sema_type(s, d->type, 0);
	if (!type_is_invalid(t)) {
		/* "it is impossible to declare variables with type int ... variables of
		 * type parser, control, package, or extern types must be declared
		 * using instantiations" (Variables); strings cannot be stored. */
		const char *why = NULL;
		if (t->kind == TY_INT || t->kind == TY_STRING || t->kind == TY_MATCH_KIND)
			why = "";
		else if (t->kind == TY_EXTERN || t->kind == TY_PARSER || t->kind == TY_CONTROL ||
			 t->kind == TY_PACKAGE)
			why = "; declare an instance instead";
		else if (!type_is_value_type(t))
			why = "";
		if (why) {
			sema_error(s, d->type->loc, "a variable cannot have type %s%s", sema_tstr(s, t), why);
			t = s->t.invalid;
		}
	}
	d->ty = t;
	if (d->init) {
		sema_expr(s, d->init);
		if (!type_is_invalid(t))
			sema_coerce(s, d->init, t, "initializer");
	}
	sema_declare(s, d->name, d);
}

/* ---- functions and actions ---- */

static void check_body(Sema *s, Node *d, SemaContext ctx, Type *ret)
{
	SemaContext saved_ctx = s->ctx;
	Node *saved_callable = s->callable;
	Type *saved_ret = s->ret_type;
	int saved_loops = s->loops;
	s->ctx = ctx;
	s->callable = d;
	s->ret_type = ret;
	s->loops = 0;
	if (d->body)
		sema_block(s, d->body, true);
	s->ctx = saved_ctx;
	s->callable = saved_callable;
	s->ret_type = saved_ret;
	s->loops = saved_loops;
}

/* The part of a function declaration that the implementation of an abstract
 * method shares: its signature. */
Type *sema_function_type(Sema *s, Node *d, ParamsOf of)
{
	Type *t = type_new(s->arena, TY_FUNCTION);
	t->name = d->name;
	t->decl = d;
	t->tparams = sema_type_params(s, d->type_params, &t->ntparams);
	t->ret = sema_type(s, d->type, RT_VOID);
	t->params = sema_params(s, d->params, &t->nparams, of, d);
	d->ty = t;
	return t;
}

/* "A function with a non-void return type must return a value of the
 * suitable type on all possible execution paths." (Function declarations) */
void sema_function_body(Sema *s, Node *d, SemaContext ctx)
{
	Type *t = d->ty;
	Scope *saved = sema_push_scope(s, SCOPE_CALLABLE);
	sema_declare_params(s, d->params);
	check_body(s, d, ctx, t->ret);
	sema_pop_scope(s, saved);
	if (d->body && !type_is_invalid(t->ret) && t->ret->kind != TY_VOID && !sema_always_returns(d->body))
		sema_error(s, d->loc, "function '%s' does not return a value on every path", d->name);
}

static void function_decl(Sema *s, Node *d)
{
	Scope *outer = sema_push_scope(s, SCOPE_TYPE_PARAMS);
	sema_function_type(s, d, PARAMS_FUNCTION);
	/* Declared before its body, so that a call to itself is found and
	 * reported as the recursion the spec forbids. */
	Scope *inner = s->scope;
	s->scope = outer;
	sema_declare(s, d->name, d);
	s->scope = inner;
	sema_function_body(s, d, CTX_FUNCTION);
	sema_pop_scope(s, outer);
}

static void action_decl(Sema *s, Node *d)
{
	Type *t = type_new(s->arena, TY_ACTION);
	t->name = d->name;
	t->decl = d;
	t->params = sema_params(s, d->params, &t->nparams, PARAMS_ACTION, d);
	d->ty = t;
	sema_declare(s, d->name, d);
	if (s->scope == s->global && strcmp(d->name, "NoAction") == 0)
		s->no_action = d;
	Scope *saved = sema_push_scope(s, SCOPE_CALLABLE);
	sema_declare_params(s, d->params);
	check_body(s, d, CTX_ACTION, NULL);
	sema_pop_scope(s, saved);
}

/* ---- externs ---- */

static bool returns_value_or_void(Sema *s, Node *d, Type *ret)
{
	/* "Extern method and extern function calls may only return a value that
	 * is a value type, or no value at all." */
	if (type_is_invalid(ret) || ret->kind == TY_VOID || type_is_value_type(ret))
		return true;
	sema_error(s, d->type->loc, "'%s' cannot return a value of type %s", d->name, sema_tstr(s, ret));
	return false;
}

static void extern_object_decl(Sema *s, Node *d)
{
	Type *t = type_new(s->arena, TY_EXTERN);
	t->name = d->name;
	t->decl = d;
	d->ty = t;
	/* Declared first: its constructors and methods may name it. */
	sema_declare(s, d->name, d);
	Scope *saved = sema_push_scope(s, SCOPE_TYPE_PARAMS);
	t->tparams = sema_type_params(s, d->type_params, &t->ntparams);
	int n = list_length(d->items);
	t->methods = arena_alloc(s->arena, sizeof(Type *) * (size_t)(n ? n : 1));
	t->ctors = arena_alloc(s->arena, sizeof(Type *) * (size_t)(n ? n : 1));
	for (Node *m = d->items; m; m = m->next) {
		if (m->kind == N_CONSTRUCTOR) {
			Type *c = type_new(s->arena, TY_FUNCTION);
			c->name = m->name;
			c->decl = m;
			c->ret = t;
			c->params = sema_params(s, m->params, &c->nparams, PARAMS_CTOR, m);
			m->ty = c;
			if (strcmp(m->name, d->name) != 0) {
				sema_error(s, m->loc, "a constructor of extern '%s' must be named '%s'", d->name, d->name);
				continue;
			}
			bool dup = false;
			for (int i = 0; i < t->nctors && !dup; i++)
				if (sema_same_param_names(t->ctors[i]->decl, m)) {
					sema_error(s, m->loc, "duplicate constructor of extern '%s'", d->name);
					diag_note(s->diag, t->ctors[i]->decl->loc, "the other constructor is here");
					dup = true;
				}
			if (!dup)
				t->ctors[t->nctors++] = c;
			continue;
		}
		if (m->kind != N_METHOD)
			continue;
		Scope *outer = sema_push_scope(s, SCOPE_TYPE_PARAMS);
		Type *f = type_new(s->arena, TY_FUNCTION);
		f->name = m->name;
		f->decl = m;
		f->tparams = sema_type_params(s, m->type_params, &f->ntparams);
		f->ret = sema_type(s, m->type, RT_VOID);
		f->params = sema_params(s, m->params, &f->nparams, PARAMS_EXTERN, m);
		sema_pop_scope(s, outer);
		m->ty = f;
		returns_value_or_void(s, m, f->ret);
		bool dup = false;
		for (int i = 0; i < t->nmethods && !dup; i++) {
			Node *o = t->methods[i]->decl;
			if (strcmp(o->name, m->name) != 0)
				continue;
			/* "overloading of abstract methods ... is not allowed" */
			if (o->is_abstract || m->is_abstract)
				sema_error(s, m->loc, "abstract method '%s' cannot be overloaded", m->name);
			else if (sema_same_param_names(o, m))
				sema_error(s, m->loc, "duplicate method '%s'", m->name);
			else
				continue;
			diag_note(s->diag, o->loc, "the other method '%s' is here", m->name);
			dup = true;
		}
		if (!dup)
			t->methods[t->nmethods++] = f;
	}
	sema_pop_scope(s, saved);
}

static void extern_function_decl(Sema *s, Node *d)
{
	Scope *saved = sema_push_scope(s, SCOPE_TYPE_PARAMS);
	Type *f = sema_function_type(s, d, PARAMS_EXTERN);
	sema_pop_scope(s, saved);
	returns_value_or_void(s, d, f->ret);
	sema_declare(s, d->name, d);
}

/* ---- parsers and controls ---- */

/* Apply and constructor parameters share the block's scope. */
static void declare_block_params(Sema *s, Node *d)
{
	sema_declare_params(s, d->params);
	for (Node *p = d->ctor_params; p; p = p->next) {
		ScopeEntry *e = scope_find_local(s->scope, p->name);
		if (!e) {
			scope_add(s->arena, s->scope, p->name, p);
			continue;
		}
		for (Node *q = d->params; q; q = q->next)
			if (q == e->decl) {
				sema_error(s, p->loc, "duplicate parameter '%s'", p->name);
				diag_note(s->diag, q->loc, "the other parameter '%s' is here", p->name);
				break;
			}
	}
}

static Type *block_decl_type(Sema *s, Node *d, TypeKind kind)
{
	Type *t = type_new(s->arena, kind);
	t->name = d->name;
	t->decl = d;
	t->has_ctor = true;
	/* "Unlike parser type declarations, parser declarations may not be
	 * generic" (and the same for controls). */
	if (d->type_params) {
		sema_error(s, d->type_params->loc, "a %s declaration cannot be generic", sema_decl_what(d));
		int n;
		sema_type_params(s, d->type_params, &n);
	}
	t->params = sema_params(s, d->params, &t->nparams, PARAMS_APPLY, d);
	t->ctor_params = sema_params(s, d->ctor_params, &t->nctor_params, PARAMS_CTOR, d);
	d->ty = t;
	declare_block_params(s, d);
	return t;
}

/* What a parser or control declaration changes while its body is checked. */
typedef struct BlockSave {
	Scope *scope;
	SemaContext ctx;
	Node *block;
	Scope *direct;
} BlockSave;

/* Opens the scope of parser or control d, types it and checks its locals. */
static BlockSave enter_block(Sema *s, Node *d, ScopeKind scope, TypeKind kind, SemaContext locals_ctx)
{
	BlockSave b = {sema_push_scope(s, scope), s->ctx, s->block, s->direct};
	block_decl_type(s, d, kind);
	s->ctx = locals_ctx;
	s->block = d;
	s->direct = NULL;
	for (Node *l = d->locals; l && !diag_too_many(s->diag); l = l->next)
		sema_decl(s, l);
	return b;
}

/* Closes the block and declares it: after its body, so "it is impossible
 * to create recursive parsers" (and controls). */
static void leave_block(Sema *s, Node *d, const BlockSave *b)
{
	s->ctx = b->ctx;
	s->block = b->block;
	s->direct = b->direct;
	sema_pop_scope(s, b->scope);
	sema_declare(s, d->name, d);
}

static void parser_decl(Sema *s, Node *d)
{
	BlockSave b = enter_block(s, d, SCOPE_PARSER, TY_PARSER, CTX_PARSER_LOCALS);
	sema_parser_states(s, d);
	leave_block(s, d, &b);
}

static void control_decl(Sema *s, Node *d)
{
	BlockSave b = enter_block(s, d, SCOPE_CONTROL, TY_CONTROL, CTX_CONTROL_LOCALS);
	s->ctx = CTX_APPLY;
	if (d->body)
		sema_block(s, d->body, false);
	leave_block(s, d, &b);
}

/* "The type of the values in the set must be either bit<>, int<>, tuple,
 * struct, or serializable enum." (Select expressions) */
static void value_set_decl(Sema *s, Node *d)
{
	Type *et = sema_type(s, d->type, 0);
	if (!type_is_invalid(et) && !type_is_fixed_int(et) && et->kind != TY_TUPLE && et->kind != TY_STRUCT &&
	    !type_is_ser_enum(et)) {
		sema_error(s, d->type->loc, "values of type %s are not allowed in a value set", sema_tstr(s, et));
		et = s->t.invalid;
	}
	sema_const_nonneg(s, d->size, "the size of a value set", INT_MAX);
	Type *t = type_new(s->arena, TY_VALUE_SET);
	t->name = d->name;
	t->decl = d;
	t->elem = et;
	d->ty = t;
	sema_declare(s, d->name, d);
}

void sema_decl(Sema *s, Node *d)
{
	switch (d->kind) {
	case N_CONST_DECL: sema_const_decl(s, d); break;
	case N_VAR_DECL: sema_var_decl(s, d); break;
	case N_STRUCT_DECL:
	case N_HEADER_DECL:
	case N_HEADER_UNION_DECL:
	case N_ENUM_DECL:
	case N_TYPEDEF:
	case N_NEWTYPE:
	case N_ERROR_DECL:
	case N_MATCH_KIND_DECL:
	case N_PARSER_TYPE:
	case N_CONTROL_TYPE:
	case N_PACKAGE_TYPE:
		sema_type_decl(s, d);
		break;
	case N_EXTERN_OBJECT: extern_object_decl(s, d); break;
	case N_EXTERN_FUNCTION: extern_function_decl(s, d); break;
	case N_FUNCTION_DECL: function_decl(s, d); break;
	case N_ACTION_DECL: action_decl(s, d); break;
	case N_PARSER_DECL: parser_decl(s, d); break;
	case N_CONTROL_DECL: control_decl(s, d); break;
	case N_INSTANTIATION: sema_instantiation(s, d); break;
	case N_TABLE_DECL: sema_table(s, d); break;
	case N_VALUE_SET: value_set_decl(s, d); break;
	default: sema_error(s, d->loc, "a declaration was expected here"); break;
	}
}
