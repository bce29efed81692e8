/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema_types.c: type references (bit<W>, names, specialisations, stacks,
 * tuples, lists), type declarations (struct, header, header_union, enum,
 * typedef, type, error, match_kind, parser/control/package types), the
 * spec's type nesting rules and parameter lists. */
#include <limits.h>
#include <string.h>

#include "sema.h"

/* ---- the type nesting rules (P4-16 spec, "Type nesting rules") ---- */

typedef enum Container { IN_HEADER, IN_UNION, IN_STRUCT, IN_TUPLE, IN_LIST, IN_ARRAY, IN_STACK } Container;

static const char *const container_names[] = {
	"a header", "a header union", "a struct", "a tuple", "a list", "an array", "a header stack",
};

/* Footnote [2]: a struct inside a header holds only bit<W>, int<W>,
 * serializable enums, bool and such structs. */
static bool header_struct_ok(const Type *t)
{
	switch (t->kind) {
	case TY_BIT:
	case TY_SIGNED:
	case TY_BOOL:
	case TY_INVALID:
	case TY_VAR:
		return true;
	case TY_ENUM:
		return t->base != NULL;
	case TY_NEWTYPE:
		return header_struct_ok(t->base);
	case TY_STRUCT:
		for (int i = 0; i < t->nfields; i++)
			if (!header_struct_ok(t->fields[i].type))
				return false;
		return true;
	default:
		return false;
	}
}

static bool nesting_ok(Container c, const Type *t)
{
	bool struct_like = c == IN_STRUCT || c == IN_TUPLE;
	switch (t->kind) {
	case TY_INVALID:
	case TY_VAR:
	case TY_DONTCARE:
		return true;
	case TY_NEWTYPE:
		return nesting_ok(c, t->base);
	case TY_BIT:
	case TY_SIGNED:
	case TY_VARBIT:
	case TY_BOOL:
		return c != IN_UNION && c != IN_STACK;
	case TY_INT:
	case TY_STRING:
	case TY_MATCH_KIND:
		return c == IN_LIST;
	case TY_ERROR:
		return struct_like || c == IN_LIST;
	case TY_ENUM:
		if (c == IN_HEADER) /* footnote [1]: only serializable enums */
			return t->base != NULL;
		return c != IN_UNION && c != IN_STACK;
	case TY_HEADER:
		return c != IN_HEADER;
	case TY_HEADER_UNION:
		return struct_like || c == IN_LIST || c == IN_STACK || c == IN_ARRAY;
	case TY_STACK:
		if (t->is_stack)
			return struct_like || c == IN_LIST;
		return c == IN_HEADER || struct_like || c == IN_ARRAY;
	case TY_STRUCT:
		if (c == IN_HEADER)
			return header_struct_ok(t);
		return c != IN_UNION && c != IN_STACK;
	case TY_TUPLE:
		return struct_like || c == IN_LIST;
	case TY_LIST:
		return c == IN_LIST;
	case TY_EXTERN:
		return c == IN_ARRAY;
	default:
		return false;
	}
}

static bool check_nesting(Sema *s, Container c, const Type *t, Loc loc)
{
	if (nesting_ok(c, t))
		return true;
	bool fields = c == IN_HEADER || c == IN_UNION || c == IN_STRUCT;
	sema_error(s, loc, "%s of type %s is not allowed in %s", fields ? "a field" : "an element",
		   sema_tstr(s, t), container_names[c]);
	return false;
}

static Container container_of(TypeKind kind)
{
	switch (kind) {
	case TY_HEADER: return IN_HEADER;
	case TY_HEADER_UNION: return IN_UNION;
	default: return IN_STRUCT;
	}
}

/* ---- compile-time integers in types ---- */

long sema_const_nonneg(Sema *s, Node *e, const char *what, long max)
{
	return sema_const_range(s, e, what, 0, max);
}

long sema_const_range(Sema *s, Node *e, const char *what, long min, long max)
{
	Type *t = sema_expr(s, e);
	if (type_is_invalid(t))
		return -1;
	Loc at = sema_start(e);
	if (!type_is_numeric(t)) {
		sema_error(s, at, "%s must be an integer, not %s", what, sema_tstr(s, t));
		return -1;
	}
	long n;
	if (!e->value) {
		sema_error(s, at, "%s must be a local compile-time known value", what);
		return -1;
	}
	if (!sema_value_long(e->value, &n) || n > max) {
		sema_error(s, at, "%s is too large (the limit is %ld)", what, max);
		return -1;
	}
	if (n < min) {
		if (min == 1)
			sema_error(s, at, "%s must be positive", what);
		else
			sema_error(s, at, "%s must not be negative", what);
		return -1;
	}
	return n;
}

long sema_size_in_bits(const Type *t, bool max)
{
	long sum = 0, part;
	switch (t->kind) {
	case TY_BIT:
	case TY_SIGNED:
		return t->width;
	case TY_BOOL:
		return 1;
	case TY_VARBIT:
		return max ? t->width : 0;
	case TY_ENUM:
		return t->base ? t->base->width : -1;
	case TY_NEWTYPE:
		return sema_size_in_bits(t->base, max);
	case TY_STRUCT:
	case TY_HEADER:
		for (int i = 0; i < t->nfields; i++) {
			if ((part = sema_size_in_bits(t->fields[i].type, max)) < 0)
				return -1;
			sum += part;
		}
		return sum;
	case TY_TUPLE:
		for (int i = 0; i < t->nelems; i++) {
			if ((part = sema_size_in_bits(t->elems[i], max)) < 0)
				return -1;
			sum += part;
		}
		return sum;
	case TY_HEADER_UNION:
		for (int i = 0; i < t->nfields; i++) {
			if ((part = sema_size_in_bits(t->fields[i].type, max)) < 0)
				return -1;
			if (part > sum)
				sum = part;
		}
		return sum;
	case TY_STACK:
		if ((part = sema_size_in_bits(t->elem, max)) < 0)
			return -1;
		return part * t->size;
	default:
		return -1;
	}
}

/* ---- type references ---- */

static Type *bits_type(Sema *s, Node *tn)
{
	if (tn->kind == N_TYPE_INT && !tn->width)
		return s->t.int_;
	if (!tn->width) /* `bit` is bit<1> */
		return sema_bits(s, TY_BIT, 1);
	long w = sema_const_nonneg(s, tn->width, "the width of a type", VALUE_MAX_WIDTH);
	if (w < 0)
		return s->t.invalid;
	/* "int<W> - a W-bit signed integer where W >= 1" (Numeric types). */
	if (tn->kind == N_TYPE_INT && w == 0) {
		sema_error(s, tn->width->loc, "a signed integer type int<W> needs a width of at least 1");
		return s->t.invalid;
	}
	return sema_bits(s, tn->kind == N_TYPE_BIT ? TY_BIT : tn->kind == N_TYPE_INT ? TY_SIGNED : TY_VARBIT,
			 (int)w);
}

static Type *named_type(Sema *s, Node *tn, unsigned flags)
{
	const Scope *from = tn->is_global ? s->global : s->scope;
	ScopeEntry *e = scope_find(from, tn->name, sema_is_type_decl, NULL);
	if (!e) {
		ScopeEntry *v = scope_find(from, tn->name, NULL, NULL);
		if (v) {
			sema_error(s, tn->loc, "'%s' is not a type", tn->name);
			diag_note(s->diag, v->decl->loc, "'%s' is declared here as a %s", tn->name,
				  sema_decl_what(v->decl));
		} else {
			sema_error(s, tn->loc, "unknown type '%s'", tn->name);
		}
		return s->t.invalid;
	}
	tn->ref = e->decl;
	Type *t = e->decl->ty;
	if (!t)
		return s->t.invalid;
	if (t->ntparams && !(flags & RT_GENERIC)) {
		sema_error(s, tn->loc, "generic type '%s' needs type arguments", tn->name);
		return s->t.invalid;
	}
	return t;
}

/* After a specialisation: its fields follow the nesting rules too. */
static void check_specialized_fields(Sema *s, Type *t, Loc loc)
{
	if (!type_has_fields(t))
		return;
	for (int i = 0; i < t->nfields; i++)
		if (!check_nesting(s, container_of(t->kind), t->fields[i].type, loc))
			return;
}

static Type *specialized_type(Sema *s, Node *tn)
{
	Type *g = sema_type(s, tn->type, RT_GENERIC);
	int n = list_length(tn->type_args);
	Type **args = arena_alloc(s->arena, sizeof(Type *) * (size_t)(n ? n : 1));
	bool ok = !type_is_invalid(g);
	int i = 0;
	for (Node *a = tn->type_args; a; a = a->next, i++) {
		args[i] = sema_type(s, a, RT_DONTCARE);
		ok = ok && !type_is_invalid(args[i]);
	}
	if (type_is_invalid(g))
		return s->t.invalid;
	if (!g->ntparams) {
		sema_error(s, tn->loc, "'%s' is not generic: it takes no type arguments", sema_tstr(s, g));
		return s->t.invalid;
	}
	if (n != g->ntparams) {
		sema_error(s, tn->loc, "'%s' takes %d type argument%s, not %d", g->name, g->ntparams,
			   g->ntparams == 1 ? "" : "s", n);
		return s->t.invalid;
	}
	if (!ok)
		return s->t.invalid;
	Type *t = type_specialize(s->arena, g, args);
	check_specialized_fields(s, t, tn->loc);
	return t;
}

static Type *stack_type(Sema *s, Node *tn)
{
	Type *elem = sema_type(s, tn->type, 0);
	/* "n ... must be a local compile-time known value that is a positive
	 * integer" (Header stacks) */
	bool stack = type_is_header_like(elem);
	long n = sema_const_range(s, tn->size, stack ? "the size of a header stack" : "the size of an array",
				  stack ? 1 : 0, INT_MAX / 2);
	if (type_is_invalid(elem) || n < 0)
		return s->t.invalid;
	if (!stack && !check_nesting(s, IN_ARRAY, elem, tn->loc)) {
		return s->t.invalid;
	}
	return type_stack(s->arena, elem, (int)n);
}

static Type *tuple_type(Sema *s, Node *tn)
{
	Type *t = type_new(s->arena, TY_TUPLE);
	t->nelems = list_length(tn->type_args);
	t->elems = arena_alloc(s->arena, sizeof(Type *) * (size_t)(t->nelems ? t->nelems : 1));
	int i = 0;
	bool ok = true;
	for (Node *a = tn->type_args; a; a = a->next, i++) {
		t->elems[i] = sema_type(s, a, 0);
		ok = check_nesting(s, IN_TUPLE, t->elems[i], a->loc) && ok;
	}
	return ok ? t : s->t.invalid;
}

static Type *list_type(Sema *s, Node *tn)
{
	Type *t = type_new(s->arena, TY_LIST);
	t->elem = tn->type_args ? sema_type(s, tn->type_args, 0) : s->t.invalid;
	if (!check_nesting(s, IN_LIST, t->elem, tn->loc))
		return s->t.invalid;
	return t;
}

static Type *resolve(Sema *s, Node *tn, unsigned flags)
{
	switch (tn->kind) {
	case N_TYPE_BOOL: return s->t.bool_;
	case N_TYPE_ERROR: return s->t.error;
	case N_TYPE_MATCH_KIND: return s->t.match_kind;
	case N_TYPE_STRING: return s->t.string;
	case N_TYPE_VOID:
		if (!(flags & RT_VOID)) {
			sema_error(s, tn->loc, "'void' is not allowed here");
			return s->t.invalid;
		}
		return s->t.void_;
	case N_TYPE_DONTCARE:
		if (!(flags & RT_DONTCARE)) {
			sema_error(s, tn->loc, "'_' is not allowed as a type here");
			return s->t.invalid;
		}
		return s->t.dontcare;
	case N_TYPE_BIT:
	case N_TYPE_INT:
	case N_TYPE_VARBIT:
		return bits_type(s, tn);
	case N_TYPE_NAME: return named_type(s, tn, flags);
	case N_TYPE_SPECIALIZED: return specialized_type(s, tn);
	case N_TYPE_STACK: return stack_type(s, tn);
	case N_TYPE_TUPLE: return tuple_type(s, tn);
	case N_TYPE_LIST: return list_type(s, tn);
	default:
		sema_error(s, tn->loc, "a type was expected here");
		return s->t.invalid;
	}
}

Type *sema_type(Sema *s, Node *tn, unsigned flags)
{
	if (!tn)
		return s->t.invalid;
	Type *t = resolve(s, tn, flags);
	tn->ty = t;
	return t;
}

/* ---- type parameters and parameters ---- */

Type **sema_type_params(Sema *s, Node *tparams, int *n)
{
	*n = list_length(tparams);
	if (!*n)
		return NULL;
	Type **vars = arena_alloc(s->arena, sizeof(Type *) * (size_t)*n);
	int i = 0;
	for (Node *p = tparams; p; p = p->next, i++) {
		Type *v = type_new(s->arena, TY_VAR);
		v->name = p->name;
		v->decl = p;
		p->ty = v;
		vars[i] = v;
		sema_declare(s, p->name, p);
	}
	return vars;
}

static bool is_block_type(const Type *t)
{
	return t->kind == TY_PARSER || t->kind == TY_CONTROL || t->kind == TY_PACKAGE;
}

/* The constructor-parameter table of the appendix "Restrictions on compile
 * time and run time calls": which types each kind of object may take. */
static bool ctor_param_ok(const Type *t, const Node *owner)
{
	NodeKind k = owner ? owner->kind : N_PACKAGE_TYPE;
	switch (t->kind) {
	case TY_PACKAGE: return k == N_PACKAGE_TYPE;
	case TY_PARSER: return k == N_PACKAGE_TYPE || k == N_PARSER_DECL;
	case TY_CONTROL: return k == N_PACKAGE_TYPE || k == N_CONTROL_DECL;
	default: return true;
	}
}

static const char *owner_what(const Node *owner)
{
	if (!owner)
		return "declaration";
	if (owner->kind == N_CONSTRUCTOR)
		return "extern";
	return sema_decl_what(owner);
}

static bool optional_allowed(ParamsOf of, const Node *owner)
{
	switch (of) {
	case PARAMS_EXTERN:
	case PARAMS_PACKAGE:
		return true;
	case PARAMS_CTOR:
		return owner && owner->kind == N_CONSTRUCTOR;
	case PARAMS_APPLY:
		return owner && (owner->kind == N_PARSER_TYPE || owner->kind == N_CONTROL_TYPE);
	default:
		return false;
	}
}

static void check_param(Sema *s, Node *p, Param *param, ParamsOf of, Node *owner, Node **directionless)
{
	Type *t = param->type;
	bool invalid = type_is_invalid(t);
	Loc at = sema_param_loc(s, p);
	Loc tloc = p->type ? p->type->loc : p->loc;
	switch (of) {
	case PARAMS_FUNCTION:
		if (p->direction == DIR_NONE)
			sema_error(s, at, "parameter '%s' of a function must have a direction (in, out or inout)",
				   p->name);
		if (!invalid && (is_block_type(t) || t->kind == TY_EXTERN))
			sema_error(s, tloc, "a parameter of type %s is not allowed for a function", sema_tstr(s, t));
		break;
	case PARAMS_ACTION:
		/* "All such parameters must appear at the end of the parameter list." */
		if (p->direction == DIR_NONE) {
			if (!*directionless)
				*directionless = p;
		} else if (*directionless) {
			sema_error(s, at,
				   "parameter '%s' has a direction but follows directionless parameter '%s': "
				   "an action's directionless parameters must come last",
				   p->name, (*directionless)->name);
		}
		if (!invalid && (is_block_type(t) || t->kind == TY_EXTERN))
			sema_error(s, at, "a parameter of %s type %s is not allowed for an action",
				   t->kind == TY_EXTERN ? "extern" : "block", sema_tstr(s, t));
		else if (t->kind == TY_INT)
			sema_error(s, at, "a parameter of type int is not allowed for an action");
		break;
	case PARAMS_APPLY:
	case PARAMS_EXTERN:
		if (!invalid && is_block_type(t))
			sema_error(s, at, "a parameter of type %s is not allowed for a %s", sema_tstr(s, t),
				   owner_what(owner));
		else if (t->kind == TY_EXTERN && p->direction != DIR_NONE)
			sema_error(s, at, "parameter '%s' of extern type %s must be directionless", p->name,
				   sema_tstr(s, t));
		break;
	case PARAMS_CTOR:
	case PARAMS_PACKAGE:
		if (p->direction != DIR_NONE)
			sema_error(s, at, "%s parameter '%s' must be directionless",
				   of == PARAMS_PACKAGE ? "package" : "constructor", p->name);
		if (!invalid && !ctor_param_ok(t, owner))
			sema_error(s, tloc, "a constructor parameter of type %s is not allowed for %s %s",
				   sema_tstr(s, t), strchr("aeiou", owner_what(owner)[0]) ? "an" : "a", owner_what(owner));
		break;
	}
	if ((t->kind == TY_INT || t->kind == TY_STRING) && p->direction != DIR_NONE && of != PARAMS_ACTION)
		sema_error(s, at, "parameter '%s' of type %s must be directionless", p->name, sema_tstr(s, t));
	if (param->optional && !optional_allowed(of, owner))
		sema_error(s, sema_annotation(p, "optional")->loc,
			   "@optional is only allowed on parameters of packages, parser and control "
			   "types, extern functions, methods and constructors");
	if (!p->init)
		return;
	/* "Default expressions are only allowed for 'in' or direction-less
	 * parameters ... compile-time known values." */
	if (p->direction == DIR_OUT || p->direction == DIR_INOUT) {
		sema_error(s, p->init->loc, "%s parameter '%s' cannot have a default value",
			   direction_spelling(p->direction), p->name);
		return;
	}
	if (param->optional) {
		sema_error(s, p->init->loc, "optional parameter '%s' cannot have a default value", p->name);
		return;
	}
	bool saved = s->allow_construct;
	s->allow_construct = true;
	Type *dt = sema_expr(s, p->init);
	s->allow_construct = saved;
	if (type_is_invalid(dt) || invalid)
		return;
	if (!type_has_vars(t) && !sema_coerce(s, p->init, t, "default value"))
		return;
	if (!sema_is_compile_time(s, p->init))
		sema_error(s, p->init->loc, "the default value of '%s' must be a compile-time known value", p->name);
}

Param *sema_params(Sema *s, Node *params, int *n, ParamsOf of, Node *owner)
{
	*n = list_length(params);
	Param *ps = arena_alloc(s->arena, sizeof(Param) * (size_t)(*n ? *n : 1));
	Scope *names = scope_new(s->arena, NULL, SCOPE_BLOCK);
	Node *directionless = NULL;
	int i = 0;
	for (Node *p = params; p; p = p->next, i++) {
		Type *t = sema_type(s, p->type, 0);
		p->ty = t;
		p->ref = owner;
		ps[i] = (Param){p->name, p->direction, t, p, sema_annotation(p, "optional") != NULL};
		ScopeEntry *prev = scope_add(s->arena, names, p->name, p);
		if (prev) {
			sema_error(s, p->loc, "duplicate parameter '%s'", p->name);
			diag_note(s->diag, prev->decl->loc, "the other parameter '%s' is here", p->name);
		}
		check_param(s, p, &ps[i], of, owner, &directionless);
	}
	return ps;
}

void sema_declare_params(Sema *s, Node *params)
{
	for (Node *p = params; p; p = p->next)
		if (!scope_find_local(s->scope, p->name)) /* duplicates were reported */
			scope_add(s->arena, s->scope, p->name, p);
}

/* ---- type declarations ---- */

static void fields_decl(Sema *s, Node *d, TypeKind kind)
{
	Type *t = type_new(s->arena, kind);
	t->name = d->name;
	t->decl = d;
	Scope *saved = sema_push_scope(s, SCOPE_TYPE_PARAMS);
	t->tparams = sema_type_params(s, d->type_params, &t->ntparams);
	int n = list_length(d->items);
	t->fields = arena_alloc(s->arena, sizeof(Field) * (size_t)(n ? n : 1));
	Scope *names = scope_new(s->arena, NULL, SCOPE_BLOCK);
	for (Node *f = d->items; f; f = f->next) {
		Type *ft = sema_type(s, f->type, 0);
		f->ty = ft;
		ScopeEntry *prev = scope_add(s->arena, names, f->name, f);
		if (prev) {
			sema_error(s, f->loc, "duplicate field '%s' in %s %s", f->name, sema_decl_what(d), d->name);
			diag_note(s->diag, prev->decl->loc, "the other field '%s' is here", f->name);
			continue;
		}
		if (kind == TY_HEADER_UNION && !type_is_invalid(ft) && ft->kind != TY_HEADER &&
		    ft->kind != TY_VAR) {
			sema_error(s, f->type->loc, "a field of type %s is not allowed in a header union: its fields "
						    "must be headers",
				   sema_tstr(s, ft));
			continue;
		}
		check_nesting(s, container_of(kind), ft, f->type->loc);
		t->fields[t->nfields++] = (Field){f->name, ft, f};
	}
	sema_pop_scope(s, saved);
	type_index_fields(s->arena, t);
	d->ty = t;
	/* Declared after its fields: a type cannot contain itself. */
	sema_declare(s, d->name, d);
}

static void enum_decl(Sema *s, Node *d)
{
	Type *t = type_new(s->arena, TY_ENUM);
	t->name = d->name;
	t->decl = d;
	bool ser_ok = true;
	if (d->type) {
		Type *base = sema_type(s, d->type, 0);
		if (!type_is_invalid(base) && !type_is_fixed_int(base)) {
			sema_error(s, d->type->loc, "the underlying type of enum '%s' must be bit<W> or int<W>, not %s",
				   d->name, sema_tstr(s, base));
			ser_ok = false;
		} else if (type_is_invalid(base)) {
			ser_ok = false;
		} else {
			t->base = base;
		}
	}
	int n = list_length(d->items);
	t->fields = arena_alloc(s->arena, sizeof(Field) * (size_t)(n ? n : 1));
	Scope *names = scope_new(s->arena, NULL, SCOPE_BLOCK);
	for (Node *m = d->items; m; m = m->next) {
		m->ty = t;
		ScopeEntry *prev = scope_add(s->arena, names, m->name, m);
		if (prev) {
			sema_error(s, m->loc, "duplicate member '%s' in enum %s", m->name, d->name);
			diag_note(s->diag, prev->decl->loc, "the other '%s' is here", m->name);
			continue;
		}
		const Value *repr = NULL;
		if (m->init) {
			int errors = s->diag->errors;
			Type *it = sema_expr(s, m->init);
			if (!ser_ok || !t->base || type_is_invalid(it) || s->diag->errors > errors) {
				/* nothing more to check */
			} else if (!m->init->value) {
				sema_error(s, sema_start(m->init),
					   "the value of enum member '%s' must be a compile-time known value", m->name);
			} else if (it->kind == TY_INT) {
				/* "raise an error if the ... representation for an
				 * enumeration entry falls outside the representation
				 * range of the underlying type" (Enumeration types) */
				ValueWrap wrap = VALUE_WRAP_NONE;
				const Value *v = value_convert(s->pool, m->init->value, sema_value_type(t->base), &wrap);
				if (!v || wrap != VALUE_WRAP_NONE) {
					StrBuf sb = {0};
					value_format(&sb, m->init->value);
					sema_error(s, m->init->loc, "the value %s of enum member '%s' does not fit in %s",
						   sb.data, m->name, sema_tstr(s, t->base));
					strbuf_free(&sb);
				} else if (sema_coerce(s, m->init, t->base, "enum member value")) {
					repr = m->init->value;
				}
			} else if (sema_coerce(s, m->init, t->base, "enum member value")) {
				repr = m->init->value;
			}
		}
		m->value = value_member(s->pool, d->name, m->name, d, repr);
		t->fields[t->nfields++] = (Field){m->name, NULL, m};
	}
	type_index_fields(s->arena, t);
	d->ty = t;
	sema_declare(s, d->name, d);
}

/* The table of typedef and type declarations (P4-16 spec, "Type nesting
 * rules", second table). */
static void typedef_decl(Sema *s, Node *d)
{
	Type *t;
	switch (d->type->kind) {
	case N_STRUCT_DECL:
	case N_HEADER_DECL:
	case N_HEADER_UNION_DECL:
	case N_ENUM_DECL:
		sema_type_decl(s, d->type);
		t = d->type->ty ? d->type->ty : s->t.invalid;
		break;
	default:
		t = sema_type(s, d->type, RT_VOID);
		break;
	}
	if (t->kind == TY_VOID || t->kind == TY_STRING || t->kind == TY_MATCH_KIND) {
		sema_error(s, d->type->loc, "a typedef of type %s is not allowed", sema_tstr(s, t));
		t = s->t.invalid;
	}
	d->ty = t;
	sema_declare(s, d->name, d);
}

static void newtype_decl(Sema *s, Node *d)
{
	Type *base = sema_type(s, d->type, 0);
	Type *t = type_new(s->arena, TY_NEWTYPE);
	t->name = d->name;
	t->decl = d;
	t->base = base;
	if (!type_is_invalid(base) && base->kind != TY_BIT && base->kind != TY_SIGNED && base->kind != TY_BOOL &&
	    base->kind != TY_NEWTYPE) {
		sema_error(s, d->type->loc,
			   "a 'type' based on %s is not allowed: only bit<W>, int<W>, bool and other 'type' types",
			   sema_tstr(s, base));
		t->base = s->t.invalid;
	}
	d->ty = t;
	sema_declare(s, d->name, d);
}

/* error and match_kind members: "It is an error to declare the same
 * identifier multiple times." */
static void members_decl(Sema *s, Node *d, Type *t, Scope *scope)
{
	Scope *saved = s->scope;
	s->scope = scope;
	for (Node *id = d->items; id; id = id->next) {
		id->ty = t;
		id->value = value_member(s->pool, t->kind == TY_ERROR ? "error" : NULL, id->name, NULL, NULL);
		sema_declare(s, id->name, id);
	}
	s->scope = saved;
}

static void block_type_decl(Sema *s, Node *d, TypeKind kind)
{
	Type *t = type_new(s->arena, kind);
	t->name = d->name;
	t->decl = d;
	Scope *saved = sema_push_scope(s, SCOPE_TYPE_PARAMS);
	t->tparams = sema_type_params(s, d->type_params, &t->ntparams);
	if (kind == TY_PACKAGE)
		t->ctor_params = sema_params(s, d->params, &t->nctor_params, PARAMS_PACKAGE, d);
	else
		t->params = sema_params(s, d->params, &t->nparams, PARAMS_APPLY, d);
	sema_pop_scope(s, saved);
	d->ty = t;
	sema_declare(s, d->name, d);
}

void sema_type_decl(Sema *s, Node *d)
{
	switch (d->kind) {
	case N_STRUCT_DECL: fields_decl(s, d, TY_STRUCT); break;
	case N_HEADER_DECL: fields_decl(s, d, TY_HEADER); break;
	case N_HEADER_UNION_DECL: fields_decl(s, d, TY_HEADER_UNION); break;
	case N_ENUM_DECL: enum_decl(s, d); break;
	case N_TYPEDEF: typedef_decl(s, d); break;
	case N_NEWTYPE: newtype_decl(s, d); break;
	case N_ERROR_DECL: members_decl(s, d, s->t.error, s->errors); break;
	case N_MATCH_KIND_DECL: members_decl(s, d, s->t.match_kind, s->scope); break;
	case N_PARSER_TYPE: block_type_decl(s, d, TY_PARSER); break;
	case N_CONTROL_TYPE: block_type_decl(s, d, TY_CONTROL); break;
	case N_PACKAGE_TYPE: block_type_decl(s, d, TY_PACKAGE); break;
	default: BUG("sema_type_decl: %s", node_kind_name(d->kind));
	}
}
