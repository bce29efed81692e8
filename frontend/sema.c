/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema.c: the driver of semantic analysis. It checks the program's
 * declarations in order (P4 requires a name's declaration to come before
 * its uses, parser states excepted), then locates `main`. Also the helpers
 * every sema file shares: errors, scopes, declaring names. */
#include <stdlib.h>
#include <string.h>

#include "sema.h"

static const char *const builtin_names[] = {
#define SEMA_BUILTIN_NAME(b, name) name,
	SEMA_BUILTINS(SEMA_BUILTIN_NAME)
#undef SEMA_BUILTIN_NAME
};

const char *sema_builtin_name(SemaBuiltin b)
{
	return (unsigned)b < BI_COUNT ? builtin_names[b] : "?";
}

void sema_error(Sema *s, Loc loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(s->diag, DIAG_ERROR, loc, fmt, ap);
	va_end(ap);
}

const char *sema_tstr(Sema *s, const Type *t)
{
	return type_str(s->arena, t);
}

const char *sema_decl_what(const Node *decl)
{
	switch (decl->kind) {
	case N_CONST_DECL: return "constant";
	case N_VAR_DECL: return "variable";
	case N_PARAM: return "parameter";
	case N_INSTANTIATION: return "instance";
	case N_TABLE_DECL: return "table";
	case N_ACTION_DECL: return "action";
	case N_FUNCTION_DECL: return "function";
	case N_EXTERN_FUNCTION: return "extern function";
	case N_PARSER_STATE: return "parser state";
	case N_VALUE_SET: return "value set";
	case N_IDENT: return decl->ty && decl->ty->kind == TY_ERROR ? "error" : "match_kind member";
	case N_STRUCT_DECL: return "struct";
	case N_HEADER_DECL: return "header";
	case N_HEADER_UNION_DECL: return "header union";
	case N_ENUM_DECL: return "enum";
	case N_ENUM_MEMBER: return "enum member";
	case N_TYPEDEF: return "typedef";
	case N_NEWTYPE: return "type";
	case N_EXTERN_OBJECT: return "extern";
	case N_PARSER_TYPE: return "parser type";
	case N_PARSER_DECL: return "parser";
	case N_CONTROL_TYPE: return "control type";
	case N_CONTROL_DECL: return "control";
	case N_PACKAGE_TYPE: return "package";
	case N_TYPE_PARAM: return "type parameter";
	case N_METHOD: return "method";
	case N_CONSTRUCTOR: return "constructor";
	case N_FIELD: return "field";
	default: return "declaration";
	}
}

bool sema_is_type_decl(const Node *d)
{
	switch (d->kind) {
	case N_STRUCT_DECL:
	case N_HEADER_DECL:
	case N_HEADER_UNION_DECL:
	case N_ENUM_DECL:
	case N_TYPEDEF:
	case N_NEWTYPE:
	case N_EXTERN_OBJECT:
	case N_PARSER_TYPE:
	case N_PARSER_DECL:
	case N_CONTROL_TYPE:
	case N_CONTROL_DECL:
	case N_PACKAGE_TYPE:
	case N_TYPE_PARAM:
		return true;
	default:
		return false;
	}
}

bool sema_is_value_decl(const Node *d)
{
	return !sema_is_type_decl(d);
}

Node *sema_annotation(const Node *decl, const char *name)
{
	for (Node *a = decl ? decl->annotations : NULL; a; a = a->next)
		if (a->name && strcmp(a->name, name) == 0)
			return a;
	return NULL;
}

/* ---- locations ---- */

Loc sema_name_loc(Sema *s, const Node *n)
{
	(void)s;
	return n->name_loc;
}

Loc sema_member_loc(Sema *s, const Node *member)
{
	return sema_name_loc(s, member);
}

/* Where a parameter starts: its annotations, its direction, or its type. */
Loc sema_param_loc(Sema *s, const Node *p)
{
	(void)s;
	return p->start_loc;
}

Loc sema_start(const Node *e)
{
	switch (e->kind) {
	case N_MEMBER:
	case N_INDEX:
	case N_SLICE:
	case N_PART_SELECT:
	case N_CALL:
		return e->expr ? sema_start(e->expr) : e->loc;
	case N_BINARY:
	case N_MASK:
	case N_RANGE:
		return e->lhs ? sema_start(e->lhs) : e->loc;
	case N_TERNARY:
		return e->cond ? sema_start(e->cond) : e->loc;
	case N_CAST:
		return e->is_implicit && e->expr ? sema_start(e->expr) : e->loc;
	default:
		return e->loc;
	}
}


enum { BITS_CACHED = 1024 };

Type *sema_bits(Sema *s, TypeKind kind, int width)
{
	int k = kind == TY_BIT ? 0 : kind == TY_SIGNED ? 1 : 2;
	if (width < 0 || width >= BITS_CACHED)
		return type_bits(s->arena, kind, width);
	if (!s->bits_cache)
		s->bits_cache = arena_alloc(s->arena, sizeof(Type *) * 3 * BITS_CACHED);
	Type **slot = &s->bits_cache[k * BITS_CACHED + width];
	if (!*slot)
		*slot = type_bits(s->arena, kind, width);
	return *slot;
}

Scope *sema_push_scope(Sema *s, ScopeKind kind)
{
	Scope *saved = s->scope;
	s->scope = scope_new(s->arena, saved, kind);
	return saved;
}

void sema_pop_scope(Sema *s, Scope *saved)
{
	s->scope = saved;
}

/* Functions and extern functions are the declarations the spec lets share a
 * name ("Functions and methods are the only P4 constructs that support
 * overloading"), when the number or the names of their parameters tell the
 * calls apart. */
static bool is_overloadable(const Node *d)
{
	return d->kind == N_FUNCTION_DECL || d->kind == N_EXTERN_FUNCTION;
}

bool sema_same_param_names(const Node *a, const Node *b)
{
	const Node *p = a->params, *q = b->params;
	for (; p && q; p = p->next, q = q->next)
		if (strcmp(p->name, q->name) != 0)
			return false;
	return !p && !q;
}

void sema_declare(Sema *s, const char *name, Node *decl)
{
	if (!name)
		return;
	ScopeEntry *prev = scope_find_local(s->scope, name);
	for (ScopeEntry *e = prev; e; e = e->next) {
		if (is_overloadable(decl) && is_overloadable(e->decl) &&
		    !sema_same_param_names(decl, e->decl))
			continue;
		sema_error(s, decl->loc, "duplicate declaration of '%s'", name);
		diag_note(s->diag, e->decl->loc, "'%s' was declared here as %s %s", name,
			  strchr("aeiou", sema_decl_what(e->decl)[0]) ? "an" : "a",
			  sema_decl_what(e->decl));
		return;
	}
	scope_add(s->arena, s->scope, name, decl);
}

/* `main` must be a package instance (P4-16 spec, "Example architecture
 * program"); a file without one (an architecture description) is fine here
 * and is the backend's concern. */
static void find_main(Sema *s, Node *program)
{
	ScopeEntry *e = scope_find_local(s->global, "main");
	if (!e)
		return;
	Node *d = e->decl;
	if (d->kind != N_INSTANTIATION) {
		sema_error(s, d->loc, "'main' must be an instance of a package");
		return;
	}
	if (!d->ty || type_is_invalid(d->ty))
		return;
	if (d->ty->kind != TY_PACKAGE) {
		sema_error(s, d->loc, "'main' must be an instance of a package, not of %s",
			   sema_tstr(s, d->ty));
		return;
	}
	program->ref = d;
	program->ty = d->ty;
	s->main = d;
}

int sema_check(Arena *arena, Diag *diag, ConstPool *pool, Node *program)
{
	int errors = diag->errors;
	Sema s = {.arena = arena, .diag = diag, .pool = pool, .ctx = CTX_TOP};
	type_builtins_init(&s.t, arena);
	s.global = scope_new(arena, NULL, SCOPE_GLOBAL);
	s.errors = scope_new(arena, NULL, SCOPE_ERRORS);
	s.scope = s.global;
	for (Node *d = program->items; d && !diag_too_many(diag); d = d->next)
		sema_decl(&s, d);
	if (!diag_too_many(diag))
		find_main(&s, program);
	if (!diag_too_many(diag))
		sema_annotations(&s, program);
	return diag->errors - errors;
}
