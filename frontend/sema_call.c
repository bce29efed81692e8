/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_call.c: calls of functions, extern functions, actions and methods,
 * applies of tables, parsers and controls, the built-in methods of headers
 * and stacks, constructor invocations and instantiations (P4-16 spec,
 * "Method invocations and function calls", "Constructor invocations",
 * "Instantiations", and the appendix "Restrictions on compile time and run
 * time calls"). Arguments bind by position or by name; overloads are told
 * apart by the number and names of arguments, never by their types. */
#include <string.h>

#include "sema.h"

/* ---- binding arguments to parameters ---- */

static bool omittable(const Param *p)
{
	return p->optional || (p->decl && p->decl->init);
}

bool sema_bind_args(Sema *s, Node *call, const Param *params, int n, Node *args, const char *callee, Loc loc)
{
	Node **bound = arena_alloc(s->arena, sizeof(Node *) * (size_t)(n ? n : 1));
	call->bound = bound;
	call->nbound = n;
	int nargs = 0, named = 0;
	for (Node *a = args; a; a = a->next) {
		nargs++;
		named += a->name != NULL;
	}
	/* "It is illegal to use names only for some arguments: either all or no
	 * arguments must specify the parameter name." */
	if (named && named != nargs) {
		for (Node *a = args->next; a; a = a->next)
			if (!a->name != !args->name) {
				sema_error(s, a->loc, "in a call to '%s', either all arguments or none must be named", callee);
				break;
			}
		return false;
	}
	/* "If a procedure-like construct has both optional parameters and
	 * default values then it can only be called using named arguments." */
	bool optional = false, defaults = false;
	for (int i = 0; i < n; i++) {
		optional = optional || params[i].optional;
		defaults = defaults || (params[i].decl && params[i].decl->init);
	}
	if (optional && defaults && nargs && !named) {
		sema_error(s, loc, "'%s' has optional parameters and default values: it must be called with named "
				   "arguments",
			   callee);
		return false;
	}
	bool ok = true;
	if (named) {
		for (Node *a = args; a; a = a->next) {
			int i = 0;
			while (i < n && strcmp(params[i].name, a->name) != 0)
				i++;
			if (i == n) {
				sema_error(s, a->loc, "'%s' has no parameter named '%s'", callee, a->name);
				ok = false;
			} else if (bound[i]) {
				sema_error(s, a->loc, "duplicate argument for parameter '%s'", a->name);
				ok = false;
			} else {
				bound[i] = a->expr;
				a->ref = params[i].decl;
			}
		}
	} else {
		int i = 0;
		for (Node *a = args; a; a = a->next, i++) {
			if (i >= n) {
				sema_error(s, loc, "too many arguments in a call to '%s': it takes %d", callee, n);
				ok = false;
				break;
			}
			bound[i] = a->expr;
			a->ref = params[i].decl;
		}
	}
	for (int i = 0; i < n && ok; i++)
		if (!bound[i] && !omittable(&params[i])) {
			sema_error(s, loc, "missing argument for parameter '%s' of '%s'", params[i].name, callee);
			ok = false;
		}
	return ok;
}

/* Whether args could bind to params (for choosing among overloads). */
static bool args_fit(const Param *params, int n, const Node *args)
{
	int nargs = 0, named = 0;
	for (const Node *a = args; a; a = a->next) {
		nargs++;
		named += a->name != NULL;
	}
	if (named && named != nargs)
		return false;
	if (!named) {
		if (nargs > n)
			return false;
		for (int i = nargs; i < n; i++)
			if (!omittable(&params[i]))
				return false;
		return true;
	}
	for (const Node *a = args; a; a = a->next) {
		int i = 0;
		while (i < n && strcmp(params[i].name, a->name) != 0)
			i++;
		if (i == n)
			return false;
	}
	for (int i = 0; i < n; i++) {
		const Node *a = args;
		while (a && strcmp(a->name, params[i].name) != 0)
			a = a->next;
		if (!a && !omittable(&params[i]))
			return false;
	}
	return true;
}

/* Picks the overload whose parameters fit the arguments: the only one, or
 * the one with exactly as many parameters as there are arguments. */
static Type *pick_overload(Sema *s, Type **cands, int n, const Node *args, const char *name, Loc loc)
{
	if (n == 1)
		return cands[0];
	Type *fit = NULL, *exact = NULL;
	int nfit = 0, nexact = 0, nargs = list_length(args);
	for (int i = 0; i < n; i++) {
		if (!args_fit(cands[i]->params, cands[i]->nparams, args))
			continue;
		fit = cands[i];
		nfit++;
		if (cands[i]->nparams == nargs) {
			exact = cands[i];
			nexact++;
		}
	}
	if (nfit == 1)
		return fit;
	if (nexact == 1)
		return exact;
	if (nfit == 0)
		sema_error(s, loc, "no overload of '%s' takes %d argument%s%s", name, nargs, nargs == 1 ? "" : "s",
			   args && args->name ? " with these names" : "");
	else
		sema_error(s, loc, "the call to '%s' is ambiguous: %d overloads fit its arguments", name, nfit);
	for (int i = 0; i < n; i++)
		diag_note(s->diag, cands[i]->decl->loc, "'%s' is declared here", name);
	return NULL;
}

/* ---- checking bound arguments ---- */

/* An action's data (directionless) parameter passed on to a directionless
 * parameter of an extern function or method. The spec counts only
 * constructor parameters as compile-time known, but action data is fixed
 * for the action's execution, and architectures rely on it (PNA's
 * send_to_port(PortId_t dest_port) is called with it); p4c accepts it. */
static bool action_data_to_extern(const Node *call, const Node *a)
{
	const Node *callee = call->ref;
	if (!callee || (callee->kind != N_EXTERN_FUNCTION && callee->kind != N_METHOD))
		return false;
	const Node *d = a->kind == N_PATH ? a->ref : NULL;
	return d && d->kind == N_PARAM && d->direction == DIR_NONE && d->ref && d->ref->kind == N_ACTION_DECL;
}

void sema_check_args(Sema *s, Node *call, const Param *params, int n, bool action)
{
	for (int i = 0; i < n && i < call->nbound; i++) {
		Node *a = call->bound[i];
		if (!a)
			continue;
		const Param *p = &params[i];
		Type *pt = p->type;
		if (a->kind == N_DONTCARE) {
			/* "The don't care identifier (_) can only be used for an out
			 * function/method argument" */
			if (p->dir != DIR_OUT)
				sema_error(s, a->loc, "the don't care argument '_' can only be passed to an out parameter, "
						      "and '%s' is not one",
					   p->name);
			a->ty = pt;
			continue;
		}
		Type *at = a->ty ? a->ty : sema_expr(s, a);
		if (type_is_invalid(at) || type_is_invalid(pt))
			continue;
		const char *what = arena_printf(s->arena, "argument for parameter '%s'", p->name);
		if (p->dir == DIR_OUT || p->dir == DIR_INOUT) {
			/* "The types for all other arguments must match the parameter
			 * types exactly." */
			if (!type_equal(at, pt) || a->kind == N_LIST_EXPR || a->kind == N_STRUCT_EXPR)
				sema_error(s, sema_start(a), "incompatible types in the %s: an %s argument must have "
							     "type %s exactly, not %s",
					   what, direction_spelling(p->dir), sema_tstr(s, pt), sema_tstr(s, at));
			else
				sema_check_lvalue(s, a, arena_printf(s->arena, "pass %%s to %s parameter '%s'",
								    direction_spelling(p->dir), p->name));
			continue;
		}
		if (!sema_coerce(s, a, pt, what))
			continue;
		if (p->dir == DIR_NONE && !action && !sema_is_compile_time(s, a) && !action_data_to_extern(call, a))
			sema_error(s, sema_start(a), "the argument for directionless parameter '%s' must be a "
						     "compile-time known value",
				   p->name);
	}
}

/* ---- invoking something with a signature ---- */

typedef struct Signature {
	const char *name;
	const Param *params;
	int nparams;
	Type **tparams; /* to infer, or to bind from explicit type arguments */
	int ntparams;
	Type *ret;
	bool action;    /* directionless parameters behave like `in` */
	Type **given;   /* type arguments already known (NULL or `_` entries: to infer) */
} Signature;

static void type_all_args(Sema *s, Node *args)
{
	for (Node *a = args; a; a = a->next)
		if (a->expr && !a->expr->ty && a->expr->kind != N_DONTCARE)
			sema_expr(s, a->expr);
}

/* When an argument binds type variables: 1 when its type is final; 2 for
 * int literals and tuple expressions, which adapt to a type found first but
 * bind what is still free; 0 for structure-valued expressions, `{#}` and
 * `...`, which only adapt. */
static int binding_pass(const Node *a)
{
	if (a->kind == N_DONTCARE || type_is_invalid(a->ty) || a->kind == N_STRUCT_EXPR ||
	    a->ty->kind == TY_DEFAULT || a->ty->kind == TY_INVALID_HEADER)
		return 0;
	return a->kind == N_LIST_EXPR || a->ty->kind == TY_INT ? 2 : 1;
}

static bool has_int(const Type *t)
{
	if (t->kind == TY_INT)
		return true;
	for (int i = 0; t->kind == TY_TUPLE && i < t->nelems; i++)
		if (has_int(t->elems[i]))
			return true;
	return false;
}

/* Whether type variable v occurs in the type of a parameter that has an
 * argument (or in the result), when `given`; else of one that has none. */
static bool mentioned(Sema *s, const Signature *sig, const Node *call, Type *v, bool given)
{
	Type *dc = s->t.dontcare;
	TypeSubst one = {&v, &dc, 1};
	if (given && sig->ret && type_subst(s->arena, sig->ret, &one) != sig->ret)
		return true;
	for (int i = 0; i < sig->nparams; i++)
		if (!call->bound[i] == !given && type_subst(s->arena, sig->params[i].type, &one) != sig->params[i].type)
			return true;
	return false;
}

/* Binds, infers type arguments, checks; returns the (substituted) result
 * type, and the substitution in *sub_out when the signature is generic. */
static Type *invoke(Sema *s, Node *call, Loc loc, Node *args, const Signature *sig, Node *type_args,
		    TypeSubst *sub_out)
{
	if (!sema_bind_args(s, call, sig->params, sig->nparams, args, sig->name, loc)) {
		type_all_args(s, args);
		return sig->ret;
	}
	TypeSubst sub = {0};
	if (sig->ntparams) {
		sub = sema_subst_new(s, sig->tparams, sig->ntparams);
		for (int i = 0; sig->given && i < sig->ntparams; i++)
			if (sig->given[i] && sig->given[i]->kind != TY_DONTCARE)
				sub.vals[i] = sig->given[i];
		if (type_args) {
			int k = list_length(type_args);
			if (k != sig->ntparams) {
				sema_error(s, loc, "'%s' takes %d type argument%s, not %d", sig->name, sig->ntparams,
					   sig->ntparams == 1 ? "" : "s", k);
			} else {
				int i = 0;
				for (Node *ta = type_args; ta; ta = ta->next, i++) {
					Type *t = sema_type(s, ta, RT_DONTCARE | RT_VOID);
					sub.vals[i] = t->kind == TY_DONTCARE ? NULL : t;
				}
			}
		}
	} else if (type_args) {
		sema_error(s, loc, "'%s' is not generic: it takes no type arguments", sig->name);
	}
	for (int i = 0; i < sig->nparams; i++)
		if (call->bound[i] && call->bound[i]->kind != N_DONTCARE && !call->bound[i]->ty)
			sema_expr(s, call->bound[i]);
	const Param *params = sig->params;
	Type *ret = sig->ret;
	if (sub.n) {
		for (int pass = 1; pass <= 2; pass++)
			for (int i = 0; i < sig->nparams; i++) {
				Node *a = call->bound[i];
				if (!a || binding_pass(a) != pass)
					continue;
				Type *want = type_subst(s->arena, params[i].type, &sub);
				if (!type_has_vars(want))
					continue;
				if (!sema_unify(s, want, a->ty, &sub))
					sema_error(s, sema_start(a), "cannot infer type arguments: the argument for parameter "
								     "'%s' has type %s, which is incompatible with %s",
						   params[i].name, sema_tstr(s, a->ty), sema_tstr(s, want));
			}
		/* An omitted argument with a default value binds through the
		 * default's type; variables only omitted parameters mention (an
		 * @optional one left out) stay free: `_`. */
		for (int i = 0; i < sig->nparams; i++) {
			Node *dflt = params[i].decl ? params[i].decl->init : NULL;
			if (call->bound[i] || !dflt || !dflt->ty)
				continue;
			Type *want = type_subst(s->arena, params[i].type, &sub);
			if (type_has_vars(want))
				sema_unify(s, want, dflt->ty, &sub);
		}
		for (int v = 0; v < sub.n; v++) {
			if (sub.vals[v] || mentioned(s, sig, call, sub.vars[v], true) ||
			    !mentioned(s, sig, call, sub.vars[v], false))
				continue;
			sub.vals[v] = s->t.dontcare;
		}
		for (int v = 0; v < sub.n; v++)
			if (!sub.vals[v]) {
				sema_error(s, loc, "cannot infer the type argument '%s' of '%s'; give it explicitly",
					   sub.vars[v]->name, sig->name);
				sub.vals[v] = s->t.invalid;
			}
		Param *ps = arena_alloc(s->arena, sizeof(Param) * (size_t)(sig->nparams ? sig->nparams : 1));
		for (int i = 0; i < sig->nparams; i++) {
			ps[i] = sig->params[i];
			ps[i].type = type_subst(s->arena, ps[i].type, &sub);
			/* A type variable bound to int by an int literal would make a
			 * run-time parameter of type int, which only compile-time
			 * (directionless) parameters may have. */
			Node *a = call->bound[i];
			if (a && ps[i].dir != DIR_NONE && ps[i].type != sig->params[i].type && has_int(ps[i].type))
				sema_error(s, sema_start(a), "cannot infer a type for the argument of parameter '%s': %s has no "
							     "width; give the value a width (such as 8w1)",
					   ps[i].name, sema_tstr(s, ps[i].type));
		}
		params = ps;
		ret = type_subst(s->arena, ret, &sub);
		call->targs = sub.vals;
		call->ntargs = sub.n;
	}
	sema_check_args(s, call, params, sig->nparams, sig->action);
	if (sub_out)
		*sub_out = sub;
	return ret;
}

static Signature fn_signature(const Type *f)
{
	return (Signature){f->name, f->params, f->nparams, f->tparams, f->ntparams, f->ret, f->kind == TY_ACTION, NULL};
}

/* ---- where calls may appear (appendix "Restrictions on compile time and
 * run time calls", the table of run time calls) ---- */

static const char *ctx_where(SemaContext ctx)
{
	switch (ctx) {
	case CTX_TOP: return "at the top level";
	case CTX_PARSER_LOCALS: return "among a parser's local declarations";
	case CTX_STATE: return "in a parser state";
	case CTX_CONTROL_LOCALS: return "among a control's local declarations";
	case CTX_APPLY: return "in a control's apply block";
	case CTX_ACTION: return "in an action";
	case CTX_FUNCTION: return "in a function";
	case CTX_METHOD: return "in an abstract method";
	case CTX_TABLE: return "in a table";
	}
	return "here";
}

static bool check_call_place(Sema *s, Loc loc, const char *what, bool ok)
{
	if (ok)
		return true;
	if (s->ctx == CTX_TOP)
		sema_error(s, loc, "calling %s is not allowed at the top level, where values must be compile-time "
				   "known",
			   what);
	else
		sema_error(s, loc, "calling %s is not allowed %s", what, ctx_where(s->ctx));
	return false;
}

static void check_recursion(Sema *s, Node *callee, Loc loc)
{
	/* "the language does not permit recursive functions"; "There may not
	 * be any recursion in calls". */
	if (callee && callee == s->callable)
		sema_error(s, loc, "recursive call to '%s': recursion is not allowed", callee->name);
}

/* ---- calls by name: functions, extern functions, actions ---- */

static Type *static_assert_call(Sema *s, Node *call)
{
	Node *check = call->nbound > 0 ? call->bound[0] : NULL;
	if (!check || !check->value || check->value->kind != VAL_BOOL)
		return s->t.bool_;
	if (!check->value->boolean) {
		Node *msg = call->nbound > 1 ? call->bound[1] : NULL;
		if (msg && msg->value && msg->value->kind == VAL_STRING)
			sema_error(s, call->loc, "static assertion failed: %s", msg->value->str);
		else
			sema_error(s, call->loc, "static assertion failed");
	}
	call->value = value_bool(s->pool, true);
	return s->t.bool_;
}

static Type *call_by_name(Sema *s, Node *call, Node *p)
{
	const Scope *from = p->is_global ? s->global : s->scope;
	ScopeEntry *en = scope_find(from, p->name, sema_is_value_decl, NULL);
	if (!en) {
		if (scope_find(from, p->name, NULL, NULL))
			sema_error(s, p->loc, "'%s' is a type, not something that can be called", p->name);
		else
			sema_error(s, p->loc, "use of undeclared name '%s'", p->name);
		type_all_args(s, call->args);
		return NULL;
	}
	Node *d = en->decl;
	if (d->kind == N_FUNCTION_DECL || d->kind == N_EXTERN_FUNCTION) {
		Type *cands[64];
		int n = 0;
		for (ScopeEntry *e = en; e && n < 64; e = e->next)
			if ((e->decl->kind == N_FUNCTION_DECL || e->decl->kind == N_EXTERN_FUNCTION) && e->decl->ty)
				cands[n++] = e->decl->ty;
		if (!n) {
			type_all_args(s, call->args);
			return NULL;
		}
		Type *f = pick_overload(s, cands, n, call->args, p->name, p->loc);
		if (!f) {
			type_all_args(s, call->args);
			return NULL;
		}
		d = f->decl;
		p->ref = d;
		p->ty = f;
		call->ref = d;
		bool is_static_assert = d->kind == N_EXTERN_FUNCTION && strcmp(d->name, "static_assert") == 0;
		if (d->kind == N_EXTERN_FUNCTION && strcmp(d->name, "verify") == 0) {
			/* "verify can only be invoked within a parser" */
			if (s->ctx != CTX_STATE)
				sema_error(s, p->loc, "calling verify is not allowed outside a parser state");
		} else if (!is_static_assert) {
			check_call_place(s, p->loc, d->kind == N_FUNCTION_DECL ? "a function" : "an extern function",
					 s->ctx != CTX_TOP);
		}
		check_recursion(s, d, p->loc);
		Signature sig = fn_signature(f);
		Type *r = invoke(s, call, p->loc, call->args, &sig, call->type_args, NULL);
		if (is_static_assert)
			return static_assert_call(s, call);
		return r;
	}
	if (d->kind == N_ACTION_DECL) {
		p->ref = d;
		p->ty = d->ty;
		call->ref = d;
		/* "Actions may be called directly from a control apply block",
		 * and from other actions. */
		check_call_place(s, p->loc, "an action", s->ctx == CTX_APPLY || s->ctx == CTX_ACTION);
		check_recursion(s, d, p->loc);
		if (!d->ty) {
			type_all_args(s, call->args);
			return NULL;
		}
		if (call->type_args)
			sema_error(s, call->loc, "action '%s' is not generic: it takes no type arguments", d->name);
		Signature sig = fn_signature(d->ty);
		invoke(s, call, p->loc, call->args, &sig, NULL, NULL);
		return s->t.void_;
	}
	p->ref = d;
	sema_error(s, p->loc, "'%s' is a %s, which cannot be called", p->name, sema_decl_what(d));
	diag_note(s->diag, d->loc, "'%s' is declared here", p->name);
	type_all_args(s, call->args);
	return NULL;
}

/* ---- methods ---- */

static bool no_args(Sema *s, Node *call, const char *name)
{
	if (!call->args && !call->type_args)
		return true;
	sema_error(s, sema_start(call), "'%s' takes no arguments", name);
	type_all_args(s, call->args);
	return false;
}

static Type *size_method(Sema *s, Node *call, Node *m, SemaBuiltin b, const Type *t)
{
	m->builtin = call->builtin = b;
	no_args(s, call, m->name);
	bool max = b == BI_MAX_SIZE_IN_BITS || b == BI_MAX_SIZE_IN_BYTES;
	long bits = sema_size_in_bits(t, max);
	if (bits < 0) {
		/* "cases involving type variables produce a compile-time error" */
		if (!type_is_invalid(t))
			sema_error(s, sema_member_loc(s, m), "'%s' is not defined for type %s", m->name, sema_tstr(s, t));
		return s->t.int_;
	}
	if (b == BI_MIN_SIZE_IN_BYTES || b == BI_MAX_SIZE_IN_BYTES)
		bits = (bits + 7) / 8;
	call->value = value_from_i64(s->pool, value_type_infint(), bits, NULL);
	return s->t.int_;
}

/* The core library's packet_in or packet_out (declared at the top level). */
static bool is_core_extern(Sema *s, const Type *g, const char *name)
{
	if (!g->decl || strcmp(g->name, name) != 0)
		return false;
	ScopeEntry *e = scope_find_local(s->global, name);
	return e && e->decl == g->decl;
}

/* "The emit method supports appending the data contained in a header,
 * array, header stack, struct, or header union", recursively; "It is
 * illegal to invoke emit on an expression whose type is a base type, enum,
 * or error." (Data insertion into packets) */
static bool emittable(const Type *t)
{
	switch (t->kind) {
	case TY_INVALID:
	case TY_VAR:
	case TY_DONTCARE:
	case TY_HEADER:
	case TY_HEADER_UNION:
		return true;
	case TY_STACK:
		return emittable(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->nfields; i++)
			if (!emittable(t->fields[i].type))
				return false;
		return true;
	default:
		return false;
	}
}

static int varbit_fields(const Type *t)
{
	int n = 0;
	for (int i = 0; t && type_has_fields(t) && i < t->nfields; i++) {
		const Type *f = t->fields[i].type;
		n += f->kind == TY_VARBIT ? 1 : varbit_fields(f);
	}
	return n;
}

/* What extract and lookahead need of their type argument (P4-16 spec,
 * "Fixed-width extraction", "Variable-width extraction", "Lookahead"). */
static void check_packet_in(Sema *s, Node *call, Node *m, const Type *f)
{
	Type *t = call->ntargs ? call->targs[0] : NULL;
	if (!t || type_is_invalid(t) || t->kind == TY_DONTCARE)
		return;
	Node *arg = call->nbound ? call->bound[0] : NULL;
	Loc at = call->type_args ? call->type_args->loc : arg && arg->kind != N_DONTCARE ? sema_start(arg)
											  : sema_start(m);
	if (strcmp(m->name, "extract") == 0) {
		/* "must evaluate to an l-value ... of type header" */
		if (t->kind != TY_HEADER) {
			sema_error(s, at, "extract needs a header, not %s", sema_tstr(s, t));
			return;
		}
		int n = varbit_fields(t);
		if (f->nparams == 1 && n)
			sema_error(s, at, "extract with one argument needs a fixed-size header, but %s has a varbit field",
				   sema_tstr(s, t));
		else if (f->nparams == 2 && n != 1)
			sema_error(s, at, "extract with a size needs a header with exactly one varbit field, but %s has %d",
				   sema_tstr(s, t), n);
	} else if (strcmp(m->name, "lookahead") == 0) {
		/* "where T must be a type with fixed width" */
		if (varbit_fields(t) || t->kind == TY_VARBIT || t->kind == TY_HEADER_UNION ||
		    sema_size_in_bits(t, false) < 0)
			sema_error(s, at, "lookahead needs a type with a fixed width, not %s", sema_tstr(s, t));
	}
}

static Type *extern_method(Sema *s, Node *call, Node *m, Type *ext)
{
	const Type *g = type_origin(ext);
	Type *cands[64];
	int n = 0;
	for (int i = 0; i < g->nmethods && n < 64; i++)
		if (strcmp(g->methods[i]->name, m->name) == 0)
			cands[n++] = type_extern_member_type(s->arena, ext, g->methods[i]);
	if (!n) {
		sema_error(s, sema_member_loc(s, m), "extern %s has no member '%s'", sema_tstr(s, ext), m->name);
		type_all_args(s, call->args);
		return NULL;
	}
	Type *f = pick_overload(s, cands, n, call->args, m->name, sema_start(m));
	if (!f) {
		type_all_args(s, call->args);
		return NULL;
	}
	m->ref = f->decl;
	m->ty = f;
	call->ref = f->decl;
	bool packet_in = is_core_extern(s, g, "packet_in");
	if (packet_in && strcmp(m->name, "length") != 0) {
		/* "these methods can only be executed within parsers" (Data extraction) */
		if (s->ctx != CTX_STATE && s->ctx != CTX_PARSER_LOCALS)
			sema_error(s, sema_start(m), "calling packet_in.%s is not allowed outside a parser", m->name);
	} else {
		check_call_place(s, sema_start(m), "an extern method", s->ctx != CTX_TOP);
	}
	Signature sig = fn_signature(f);
	Type *r = invoke(s, call, sema_start(m), call->args, &sig, call->type_args, NULL);
	if (packet_in)
		check_packet_in(s, call, m, f);
	if (is_core_extern(s, g, "packet_out") && strcmp(m->name, "emit") == 0 && call->ntargs &&
	    !emittable(call->targs[0]))
		sema_error(s, call->nbound && call->bound[0] ? sema_start(call->bound[0]) : sema_start(m),
			   "emit cannot be applied to a value of type %s: only headers, header unions, stacks and "
			   "structs of them can be emitted",
			   sema_tstr(s, call->targs[0]));
	return r;
}

static Type *block_apply(Sema *s, Node *call, Node *m, Type *bt)
{
	m->builtin = call->builtin = BI_APPLY;
	call->ref = bt->decl;
	if (bt->kind == TY_PARSER)
		/* "parser: can be called at run time from a parser state" only */
		check_call_place(s, sema_start(m), "a parser", s->ctx == CTX_STATE);
	else
		check_call_place(s, sema_start(m), "a control", s->ctx == CTX_APPLY);
	Signature sig = {"apply", bt->params, bt->nparams, NULL, 0, s->t.void_, false, NULL};
	invoke(s, call, sema_start(m), call->args, &sig, call->type_args, NULL);
	return s->t.void_;
}

static Type *table_apply(Sema *s, Node *call, Node *m, Type *tt)
{
	m->builtin = call->builtin = BI_APPLY;
	call->ref = tt->decl;
	/* "Applying tables ... are forbidden in the expressions supplied as
	 * action arguments." */
	if (s->in_action_args)
		sema_error(s, sema_start(m), "applying a table is not allowed in the arguments of an action");
	else /* key expressions may apply tables too (Exit statement) */
		check_call_place(s, sema_start(m), "a table", s->ctx == CTX_APPLY || s->ctx == CTX_TABLE);
	no_args(s, call, "apply");
	Type *r = type_new(s->arena, TY_APPLY_RESULT);
	r->name = tt->name;
	r->decl = tt->decl;
	r->table = tt->table;
	return r;
}

static Type *header_method(Sema *s, Node *call, Node *m, Type *bt, SemaBuiltin b)
{
	m->builtin = call->builtin = b;
	no_args(s, call, m->name);
	if (b == BI_IS_VALID)
		return s->t.bool_;
	/* "setValid() and setInvalid() methods are not defined for header unions" */
	if (bt->kind == TY_HEADER_UNION) {
		sema_error(s, sema_member_loc(s, m), "header union %s has no member '%s'", sema_tstr(s, bt), m->name);
		return s->t.void_;
	}
	/* "It can only be applied to an l-value." */
	sema_check_lvalue(s, m->expr, arena_printf(s->arena, "call %s on %%s", m->name));
	return s->t.void_;
}

static Type *stack_method(Sema *s, Node *call, Node *m, SemaBuiltin b)
{
	m->builtin = call->builtin = b;
	int n = list_length(call->args);
	if (n != 1 || call->args->name) {
		sema_error(s, sema_start(call), "'%s' takes one argument, the count", m->name);
		type_all_args(s, call->args);
		return s->t.void_;
	}
	/* "The count argument must be a compile-time known value that is a
	 * positive integer." */
	Node *count = call->args->expr;
	sema_const_range(s, count, arena_printf(s->arena, "the count of %s", m->name), 1, 1L << 30);
	call->bound = arena_alloc(s->arena, sizeof(Node *));
	call->bound[0] = count;
	call->nbound = 1;
	sema_check_lvalue(s, m->expr, arena_printf(s->arena, "call %s on %%s", m->name));
	return s->t.void_;
}

static SemaBuiltin builtin_named(const char *name)
{
	for (int b = BI_NONE + 1; b < BI_COUNT; b++)
		if (strcmp(sema_builtin_name((SemaBuiltin)b), name) == 0)
			return (SemaBuiltin)b;
	return BI_NONE;
}

static bool is_size_builtin(SemaBuiltin b)
{
	return b == BI_MIN_SIZE_IN_BITS || b == BI_MIN_SIZE_IN_BYTES || b == BI_MAX_SIZE_IN_BITS ||
	       b == BI_MAX_SIZE_IN_BYTES;
}

static Type *call_member(Sema *s, Node *call, Node *m)
{
	Node *base = m->expr;
	SemaBuiltin b = builtin_named(m->name);
	if (base->kind == N_TYPE_NAME || base->kind == N_TYPE_SPECIALIZED || base->kind == N_TYPE_ERROR) {
		if (is_size_builtin(b)) {
			/* "The methods can also be applied to type name expressions" */
			Type *t = sema_type(s, base, 0);
			m->ty = s->t.void_;
			return size_method(s, call, m, b, t);
		}
		Type *t = sema_expr(s, m);
		if (!type_is_invalid(t))
			sema_error(s, sema_start(call), "a value of type %s cannot be called", sema_tstr(s, t));
		type_all_args(s, call->args);
		return NULL;
	}
	Type *bt = sema_expr(s, base);
	if (type_is_invalid(bt)) {
		type_all_args(s, call->args);
		return NULL;
	}
	m->ty = s->t.void_; /* a method, not a value */
	switch (bt->kind) {
	case TY_EXTERN:
		return extern_method(s, call, m, bt);
	case TY_PARSER:
	case TY_CONTROL:
		if (b == BI_APPLY)
			return block_apply(s, call, m, bt);
		break;
	case TY_TABLE:
		if (b == BI_APPLY)
			return table_apply(s, call, m, bt);
		break;
	case TY_HEADER:
	case TY_HEADER_UNION:
		if (b == BI_IS_VALID || b == BI_SET_VALID || b == BI_SET_INVALID)
			return header_method(s, call, m, bt, b);
		break;
	case TY_STACK:
		if ((b == BI_PUSH_FRONT || b == BI_POP_FRONT) && bt->is_stack)
			return stack_method(s, call, m, b);
		break;
	default:
		break;
	}
	if (is_size_builtin(b))
		return size_method(s, call, m, b, bt);
	if (type_has_fields(bt) && type_field(bt, m->name))
		sema_error(s, sema_start(call), "field '%s' of %s cannot be called", m->name, sema_tstr(s, bt));
	else
		sema_error(s, sema_member_loc(s, m), "%s has no member '%s'", sema_tstr(s, bt), m->name);
	type_all_args(s, call->args);
	return NULL;
}

Type *sema_call(Sema *s, Node *call)
{
	Node *callee = call->expr;
	Type *t;
	if (callee->kind == N_PATH) {
		t = call_by_name(s, call, callee);
	} else if (callee->kind == N_MEMBER) {
		t = call_member(s, call, callee);
	} else {
		Type *ct = sema_expr(s, callee);
		if (!type_is_invalid(ct))
			sema_error(s, sema_start(call), "a value of type %s cannot be called", sema_tstr(s, ct));
		type_all_args(s, call->args);
		t = NULL;
	}
	if (callee->kind == N_PATH && !callee->ty)
		callee->ty = s->t.invalid;
	return t;
}

/* ---- constructor invocations and instantiations ---- */

/* The Type an instance of `t` has, and `node`'s bindings; NULL after an error. */
static Type *construct(Sema *s, Node *node, Node *type_node, Node *args)
{
	bool saved = s->allow_construct;
	s->allow_construct = true;
	Type *t = sema_type(s, type_node, RT_GENERIC);
	Type *result = NULL;
	if (type_is_invalid(t)) {
		type_all_args(s, args);
		goto out;
	}
	Type *g = (Type *)type_origin(t);
	node->ref = g->decl;
	/* "_" as a type argument: that one is inferred ("Don't care types"). */
	bool partial = false;
	for (int i = 0; t->generic && i < g->ntparams; i++)
		partial = partial || t->targs[i]->kind == TY_DONTCARE;
	Type *base = partial ? g : t;
	Signature sig = {g->name, NULL, 0, NULL, 0, t, false, partial ? t->targs : NULL};
	Type *f = NULL;
	switch (g->kind) {
	case TY_EXTERN:
		if (!g->nctors) {
			sema_error(s, type_node->loc, "extern %s has no constructor: it cannot be instantiated", g->name);
			type_all_args(s, args);
			goto out;
		}
		f = pick_overload(s, g->ctors, g->nctors, args, g->name, type_node->loc);
		if (!f) {
			type_all_args(s, args);
			goto out;
		}
		f = type_extern_member_type(s->arena, base, f);
		sig.params = f->params;
		sig.nparams = f->nparams;
		node->ref = f->decl; /* the constructor; its extern is f->ret */
		break;
	case TY_PARSER:
	case TY_CONTROL:
		if (!g->has_ctor) {
			sema_error(s, type_node->loc, "%s is a %s type without a body: it cannot be instantiated",
				   g->name, g->kind == TY_PARSER ? "parser" : "control");
			type_all_args(s, args);
			goto out;
		}
		sig.params = g->ctor_params;
		sig.nparams = g->nctor_params;
		break;
	case TY_PACKAGE:
		sig.params = base->ctor_params;
		sig.nparams = base->nctor_params;
		break;
	default:
		sema_error(s, type_node->loc, "%s is not an extern, parser, control or package: it cannot be instantiated",
			   sema_tstr(s, t));
		type_all_args(s, args);
		goto out;
	}
	/* A generic type named without type arguments has them inferred. */
	if ((t == g || partial) && g->ntparams) {
		sig.tparams = g->tparams;
		sig.ntparams = g->ntparams;
	}
	TypeSubst sub = {0};
	invoke(s, node, type_node->loc, args, &sig, NULL, &sub);
	result = sub.n ? type_specialize(s->arena, g, sub.vals) : t;
	if (t->generic && !partial) {
		node->targs = t->targs;
		node->ntargs = g->ntparams;
	}
	/* "Constructor arguments must be compile-time known values": the
	 * parameters are directionless, so sema_check_args saw to it. */
out:
	s->allow_construct = saved;
	return result;
}

Type *sema_construct(Sema *s, Node *e)
{
	if (!s->allow_construct)
		sema_error(s, e->loc, "a constructor can only be invoked in an instantiation's arguments, a table "
				      "property or a default value; declare an instance instead");
	return construct(s, e, e->type, e->args);
}

/* The instantiation table of the appendix: what may be instantiated where. */
static void check_instance_place(Sema *s, Node *d, const Type *t)
{
	const char *what = NULL;
	switch (t->kind) {
	case TY_PARSER:
		/* "it is illegal to instantiate a control block within a parser"
		 * and vice versa; "A P4 program may not instantiate controls and
		 * parsers in the top-level package." */
		if (s->ctx != CTX_PARSER_LOCALS)
			what = "a parser";
		break;
	case TY_CONTROL:
		if (s->ctx != CTX_CONTROL_LOCALS)
			what = "a control";
		break;
	case TY_PACKAGE:
		if (s->ctx != CTX_TOP)
			what = "a package";
		break;
	default:
		break;
	}
	if (what)
		sema_error(s, d->loc, "instantiating %s is not allowed %s", what, ctx_where(s->ctx));
}

static Type *find_abstract(const Type *ext, const char *name)
{
	const Type *g = type_origin(ext);
	for (int i = 0; i < g->nmethods; i++)
		if (g->methods[i]->decl->is_abstract && strcmp(g->methods[i]->name, name) == 0)
			return g->methods[i];
	return NULL;
}

static bool same_signature(const Type *a, const Type *b)
{
	if (a->nparams != b->nparams || !type_equal(a->ret, b->ret))
		return false;
	for (int i = 0; i < a->nparams; i++)
		if (a->params[i].dir != b->params[i].dir || !type_equal(a->params[i].type, b->params[i].type))
			return false;
	return true;
}

/* "When instantiating an extern type that has abstract methods users have
 * to supply implementations for all such methods." The implementations see
 * their parameters, the initializer and the top level, and `this`. */
static void initializer(Sema *s, Node *d, Type *ext)
{
	bool is_extern = ext && ext->kind == TY_EXTERN;
	Scope *init = scope_new(s->arena, s->global, SCOPE_INITIALIZER);
	if (d->locals) {
		if (!is_extern) {
			if (ext && !type_is_invalid(ext))
				sema_error(s, d->locals->loc, "only extern instances can have an initializer");
			return;
		}
		Scope *saved = s->scope;
		Type *saved_this = s->this_type;
		s->scope = init;
		s->this_type = ext;
		for (Node *item = d->locals->items; item; item = item->next) {
			if (item->kind == N_INSTANTIATION) {
				sema_instantiation(s, item);
				continue;
			}
			if (item->kind != N_FUNCTION_DECL)
				continue;
			Type *abs = find_abstract(ext, item->name);
			Scope *outer = sema_push_scope(s, SCOPE_TYPE_PARAMS);
			Type *f = sema_function_type(s, item, PARAMS_EXTERN);
			if (!abs) {
				sema_error(s, item->loc, "'%s' is not an abstract method of extern %s", item->name,
					   sema_tstr(s, ext));
			} else {
				item->ref = abs->decl;
				Type *want = type_extern_member_type(s->arena, ext, abs);
				/* "Abstract method implementations must use the same number of
				 * parameters, and the same parameter directions" */
				if (!same_signature(f, want)) {
					sema_error(s, item->loc, "the implementation of abstract method '%s' does not match "
								 "its declaration",
						   item->name);
					diag_note(s->diag, abs->decl->loc, "'%s' is declared here", item->name);
				}
			}
			Scope *inner = s->scope;
			s->scope = init;
			sema_declare(s, item->name, item);
			s->scope = inner;
			sema_function_body(s, item, CTX_METHOD);
			sema_pop_scope(s, outer);
		}
		s->scope = saved;
		s->this_type = saved_this;
	}
	if (!is_extern)
		return;
	const Type *g = type_origin(ext);
	for (int i = 0; i < g->nmethods; i++) {
		Node *m = g->methods[i]->decl;
		if (!m->is_abstract || scope_find_local(init, m->name))
			continue;
		sema_error(s, d->loc, "instance '%s' does not implement abstract method '%s' of extern %s", d->name,
			   m->name, g->name);
		diag_note(s->diag, m->loc, "'%s' is declared here", m->name);
	}
}

void sema_instantiation(Sema *s, Node *d)
{
	Type *t = construct(s, d, d->type, d->args);
	d->ty = t ? t : s->t.invalid;
	if (t)
		check_instance_place(s, d, type_origin(t));
	initializer(s, d, t);
	sema_declare(s, d->name, d);
}

/* Whether a parser or control declares "controllable entities": tables,
 * actions, value sets, instances (P4-16 spec, "Control plane names"). */
static bool has_controllable(const Node *decl)
{
	for (const Node *l = decl ? decl->locals : NULL; l; l = l->next)
		if (l->kind == N_TABLE_DECL || l->kind == N_ACTION_DECL || l->kind == N_VALUE_SET ||
		    l->kind == N_INSTANTIATION)
			return true;
	return false;
}

/* "control and parser declarations with no constructor parameters may be
 * applied directly, as if they were an instance" (Direct type invocation) */
void sema_direct_apply(Sema *s, Node *st)
{
	Type *t = sema_type(s, st->type, 0);
	if (type_is_invalid(t)) {
		type_all_args(s, st->args);
		return;
	}
	if ((t->kind != TY_PARSER && t->kind != TY_CONTROL) || !t->has_ctor) {
		sema_error(s, st->loc, "only parser and control declarations can be applied directly, not %s",
			   sema_tstr(s, t));
		type_all_args(s, st->args);
		return;
	}
	st->ref = t->decl;
	if (t->nctor_params) {
		sema_error(s, st->loc, "%s has constructor parameters: it cannot be applied directly, only its "
				       "instances",
			   t->name);
		type_all_args(s, st->args);
		return;
	}
	if (t->kind == TY_PARSER)
		check_call_place(s, st->loc, "a parser", s->ctx == CTX_STATE);
	else
		check_call_place(s, st->loc, "a control", s->ctx == CTX_APPLY);
	/* "If the type contains controllable entities, then invoking it directly
	 * more than once in the same scope is illegal" (Direct type invocation) */
	if (!s->direct)
		s->direct = scope_new(s->arena, NULL, SCOPE_BLOCK);
	ScopeEntry *prev = scope_add(s->arena, s->direct, t->name, st);
	if (prev && has_controllable(t->decl)) {
		sema_error(s, st->loc, "%s is applied directly twice here, and its tables, actions or instances "
				       "would have the same control-plane names",
			   t->name);
		diag_note(s->diag, prev->decl->loc, "the first direct application is here");
	}
	Signature sig = {t->name, t->params, t->nparams, NULL, 0, s->t.void_, false, NULL};
	invoke(s, st, st->loc, st->args, &sig, NULL, NULL);
}
