/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_generic.c: unification, the inference of type arguments for calls of
 * generic functions and methods and for instantiations of generic externs
 * and packages (P4-16 spec, "Example architecture program": "The type
 * substitution can be expressed directly, using type specialization, or
 * can be inferred by a compiler, using a unification algorithm like
 * Hindley-Milner"). Type variables are bound left to right; `_` unifies
 * with anything ("Don't care types"). */
#include "sema.h"

TypeSubst sema_subst_new(Sema *s, Type **vars, int n)
{
	TypeSubst sub = {vars, arena_alloc(s->arena, sizeof(Type *) * (size_t)(n ? n : 1)), n};
	return sub;
}

static int var_index(const TypeSubst *sub, const Type *v)
{
	for (int i = 0; i < sub->n; i++)
		if (sub->vars[i] == v)
			return i;
	return -1;
}

static bool unify_params(Sema *s, const Param *p, int np, const Param *a, int na, TypeSubst *sub)
{
	if (np != na)
		return false;
	for (int i = 0; i < np; i++)
		if (p[i].dir != a[i].dir || !sema_unify(s, p[i].type, a[i].type, sub))
			return false;
	return true;
}

static bool unify_args(Sema *s, const Type *p, const Type *a, TypeSubst *sub)
{
	const Type *g = type_origin(p);
	if (g != type_origin(a))
		return false;
	if (!p->generic || !a->generic)
		return type_equal(p, a);
	for (int i = 0; i < g->ntparams; i++)
		if (!sema_unify(s, p->targs[i], a->targs[i], sub))
			return false;
	return true;
}

bool sema_unify(Sema *s, Type *p, Type *a, TypeSubst *sub)
{
	if (!p || !a || p == a)
		return true;
	if (p->kind == TY_INVALID || a->kind == TY_INVALID || p->kind == TY_DONTCARE || a->kind == TY_DONTCARE)
		return true;
	if (p->kind == TY_VAR) {
		int i = var_index(sub, p);
		if (i < 0)
			return type_equal(p, a);
		if (sub->vals[i])
			return sema_unify(s, sub->vals[i], a, sub);
		sub->vals[i] = a;
		return true;
	}
	if (a->kind == TY_VAR) {
		int i = var_index(sub, a);
		if (i >= 0 && !sub->vals[i]) {
			sub->vals[i] = p;
			return true;
		}
		return i >= 0 ? sema_unify(s, p, sub->vals[i], sub) : false;
	}
	if (p->kind != a->kind)
		return false;
	switch (p->kind) {
	case TY_STACK:
		return p->size == a->size && sema_unify(s, p->elem, a->elem, sub);
	case TY_LIST:
	case TY_SET:
		return sema_unify(s, p->elem, a->elem, sub);
	case TY_TUPLE:
		if (p->nelems != a->nelems)
			return false;
		for (int i = 0; i < p->nelems; i++)
			if (!sema_unify(s, p->elems[i], a->elems[i], sub))
				return false;
		return true;
	case TY_PARSER:
	case TY_CONTROL:
		/* Blocks match by their apply signature: a parser declaration
		 * fits the parser type an architecture declares. */
		if (type_origin(p) == type_origin(a) && !p->generic && !a->generic)
			return true;
		return unify_params(s, p->params, p->nparams, a->params, a->nparams, sub);
	case TY_PACKAGE:
	case TY_EXTERN:
	case TY_STRUCT:
	case TY_HEADER:
	case TY_HEADER_UNION:
		if (p->kind == TY_STRUCT && !p->decl)
			return type_equal(p, a);
		return unify_args(s, p, a, sub);
	case TY_FUNCTION:
		return sema_unify(s, p->ret, a->ret, sub) &&
		       unify_params(s, p->params, p->nparams, a->params, a->nparams, sub);
	default:
		return type_equal(p, a);
	}
}
