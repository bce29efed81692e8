/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* types.c: making, comparing, printing and substituting types (types.h). */
#include <string.h>

#include "types.h"

static const char *const type_kind_names[] = {
#define TYPE_KIND_NAME(kind, name) name,
	TYPE_KINDS(TYPE_KIND_NAME)
#undef TYPE_KIND_NAME
};

const char *type_kind_name(TypeKind kind)
{
	return (unsigned)kind < TY_KIND_COUNT ? type_kind_names[kind] : "?";
}

/* ---- making types ---- */

Type *type_new(Arena *arena, TypeKind kind)
{
	Type *t = arena_alloc(arena, sizeof(*t));
	t->kind = kind;
	return t;
}

Type *type_bits(Arena *arena, TypeKind kind, int width)
{
	Type *t = type_new(arena, kind);
	t->width = width;
	return t;
}

Type *type_copy(Arena *arena, const Type *t)
{
	Type *c = arena_alloc(arena, sizeof(*c));
	*c = *t;
	return c;
}

Type *type_stack(Arena *arena, Type *elem, int size)
{
	Type *t = type_new(arena, TY_STACK);
	t->elem = elem;
	t->size = size;
	t->is_stack = type_is_header_like(elem);
	return t;
}

Type *type_set(Arena *arena, Type *elem)
{
	Type *t = type_new(arena, TY_SET);
	t->elem = elem;
	return t;
}

void type_builtins_init(TypeBuiltins *b, Arena *arena)
{
	b->invalid = type_new(arena, TY_INVALID);
	b->void_ = type_new(arena, TY_VOID);
	b->bool_ = type_new(arena, TY_BOOL);
	b->string = type_new(arena, TY_STRING);
	b->int_ = type_new(arena, TY_INT);
	b->int_->width = -1;
	b->error = type_new(arena, TY_ERROR);
	b->match_kind = type_new(arena, TY_MATCH_KIND);
	b->dontcare = type_new(arena, TY_DONTCARE);
	b->state = type_new(arena, TY_STATE);
	b->invalid_header = type_new(arena, TY_INVALID_HEADER);
	b->default_ = type_new(arena, TY_DEFAULT);
	b->bit1 = type_bits(arena, TY_BIT, 1);
	b->bit32 = type_bits(arena, TY_BIT, 32);
}

/* ---- asking about types ---- */

const Type *type_origin(const Type *t)
{
	return t->generic ? t->generic : t;
}

static bool types_equal(Type *const *a, Type *const *b, int n)
{
	for (int i = 0; i < n; i++)
		if (!type_equal(a[i], b[i]))
			return false;
	return true;
}

bool type_equal(const Type *a, const Type *b)
{
	if (a == b || a->kind == TY_INVALID || b->kind == TY_INVALID || a->kind == TY_DONTCARE ||
	    b->kind == TY_DONTCARE)
		return true;
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case TY_BIT:
	case TY_SIGNED:
	case TY_VARBIT:
		return a->width == b->width;
	case TY_STACK:
		return a->size == b->size && type_equal(a->elem, b->elem);
	case TY_TUPLE:
		return a->nelems == b->nelems && types_equal(a->elems, b->elems, a->nelems);
	case TY_LIST:
	case TY_SET:
		return type_equal(a->elem, b->elem);
	case TY_STRUCT:
		if (!a->decl && !b->decl) {
			if (a->nfields != b->nfields)
				return false;
			for (int i = 0; i < a->nfields; i++)
				if (strcmp(a->fields[i].name, b->fields[i].name) != 0 ||
				    !type_equal(a->fields[i].type, b->fields[i].type))
					return false;
			return true;
		}
		break;
	case TY_VOID:
	case TY_BOOL:
	case TY_STRING:
	case TY_INT:
	case TY_ERROR:
	case TY_MATCH_KIND:
	case TY_DONTCARE:
	case TY_INVALID_HEADER:
	case TY_DEFAULT:
		return true;
	case TY_STATE:
		return true;
	default:
		break;
	}
	/* Declared types: the same declaration, with the same type arguments. */
	const Type *ga = type_origin(a), *gb = type_origin(b);
	if (ga->decl != gb->decl || !ga->decl)
		return ga == gb;
	if (!a->generic && !b->generic)
		return true;
	if (!a->generic || !b->generic)
		return false;
	return types_equal(a->targs, b->targs, ga->ntparams);
}

bool type_is_invalid(const Type *t)
{
	return !t || t->kind == TY_INVALID;
}

bool type_is_fixed_int(const Type *t)
{
	return t->kind == TY_BIT || t->kind == TY_SIGNED;
}

bool type_is_integer(const Type *t)
{
	return t->kind == TY_BIT || t->kind == TY_SIGNED || t->kind == TY_INT;
}

bool type_is_ser_enum(const Type *t)
{
	return t->kind == TY_ENUM && t->base;
}

const Type *type_numeric(const Type *t)
{
	return type_is_ser_enum(t) ? t->base : t;
}

bool type_is_numeric(const Type *t)
{
	return type_is_integer(type_numeric(t));
}

bool type_is_header_like(const Type *t)
{
	return t->kind == TY_HEADER || t->kind == TY_HEADER_UNION;
}

bool type_has_fields(const Type *t)
{
	return t->kind == TY_STRUCT || t->kind == TY_HEADER || t->kind == TY_HEADER_UNION;
}

bool type_supports_equality(const Type *t)
{
	switch (t->kind) {
	case TY_INVALID:
	case TY_BIT:
	case TY_SIGNED:
	case TY_VARBIT:
	case TY_INT:
	case TY_BOOL:
	case TY_ERROR:
	case TY_MATCH_KIND:
	case TY_ENUM:
	case TY_INVALID_HEADER:
		return true;
	case TY_NEWTYPE:
		return type_supports_equality(t->base);
	case TY_STRUCT:
	case TY_HEADER:
	case TY_HEADER_UNION:
		for (int i = 0; i < t->nfields; i++)
			if (!type_supports_equality(t->fields[i].type))
				return false;
		return true;
	case TY_STACK:
		return type_supports_equality(t->elem);
	case TY_TUPLE:
		for (int i = 0; i < t->nelems; i++)
			if (!type_supports_equality(t->elems[i]))
				return false;
		return true;
	default:
		return false;
	}
}

bool type_is_value_type(const Type *t)
{
	switch (t->kind) {
	case TY_VOID:
	case TY_EXTERN:
	case TY_PARSER:
	case TY_CONTROL:
	case TY_PACKAGE:
	case TY_FUNCTION:
	case TY_ACTION:
	case TY_TABLE:
	case TY_APPLY_RESULT:
	case TY_ACTION_ENUM:
	case TY_STATE:
	case TY_SET:
	case TY_VALUE_SET:
		return false;
	default:
		return true;
	}
}

static bool params_have_vars(const Param *p, int n)
{
	for (int i = 0; i < n; i++)
		if (p[i].type && type_has_vars(p[i].type))
			return true;
	return false;
}

bool type_has_vars(const Type *t)
{
	if (!t)
		return false;
	switch (t->kind) {
	case TY_VAR:
	case TY_DONTCARE:
		return true;
	case TY_STACK:
	case TY_LIST:
	case TY_SET:
	case TY_VALUE_SET:
		return type_has_vars(t->elem);
	case TY_TUPLE:
		for (int i = 0; i < t->nelems; i++)
			if (type_has_vars(t->elems[i]))
				return true;
		return false;
	default:
		break;
	}
	if (t->generic) {
		for (int i = 0; i < t->generic->ntparams; i++)
			if (type_has_vars(t->targs[i]))
				return true;
		return false;
	}
	if (t->kind == TY_STRUCT && !t->decl)
		for (int i = 0; i < t->nfields; i++)
			if (type_has_vars(t->fields[i].type))
				return true;
	if (t->kind == TY_FUNCTION || t->kind == TY_ACTION)
		return type_has_vars(t->ret) || params_have_vars(t->params, t->nparams);
	if ((t->kind == TY_PARSER || t->kind == TY_CONTROL) && !t->decl)
		return params_have_vars(t->params, t->nparams);
	return false;
}

static unsigned hash_name(const char *s)
{
	unsigned h = 2166136261u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

void type_index_fields(Arena *arena, Type *t)
{
	if (t->nfields <= 8 || t->field_slots)
		return;
	unsigned cap = 16;
	while (cap < (unsigned)t->nfields * 2)
		cap *= 2;
	int *slots = arena_alloc(arena, sizeof(int) * cap);
	for (int i = 0; i < t->nfields; i++) {
		unsigned j = hash_name(t->fields[i].name) & (cap - 1);
		while (slots[j])
			j = (j + 1) & (cap - 1);
		slots[j] = i + 1;
	}
	t->field_slots = slots;
	t->field_cap = cap;
}

int type_field_index(const Type *t, const char *name)
{
	if (t->field_slots) {
		unsigned mask = t->field_cap - 1;
		for (unsigned j = hash_name(name) & mask; t->field_slots[j]; j = (j + 1) & mask) {
			int i = t->field_slots[j] - 1;
			if (strcmp(t->fields[i].name, name) == 0)
				return i;
		}
		return -1;
	}
	for (int i = 0; i < t->nfields; i++)
		if (strcmp(t->fields[i].name, name) == 0)
			return i;
	return -1;
}

const Field *type_field(const Type *t, const char *name)
{
	int i = type_field_index(t, name);
	return i < 0 ? NULL : &t->fields[i];
}

/* ---- printing ---- */

static void print_list(StrBuf *out, Type *const *types, int n)
{
	for (int i = 0; i < n; i++) {
		if (i)
			strbuf_puts(out, ", ");
		type_print(out, types[i]);
	}
}

void type_print(StrBuf *out, const Type *t)
{
	if (!t) {
		strbuf_puts(out, "<none>");
		return;
	}
	switch (t->kind) {
	case TY_BIT:
		strbuf_printf(out, "bit<%d>", t->width);
		return;
	case TY_SIGNED:
		strbuf_printf(out, "int<%d>", t->width);
		return;
	case TY_VARBIT:
		strbuf_printf(out, "varbit<%d>", t->width);
		return;
	case TY_STACK:
		type_print(out, t->elem);
		strbuf_printf(out, "[%d]", t->size);
		return;
	case TY_TUPLE:
		strbuf_puts(out, "tuple<");
		print_list(out, t->elems, t->nelems);
		strbuf_puts(out, ">");
		return;
	case TY_LIST:
	case TY_SET:
		strbuf_puts(out, t->kind == TY_LIST ? "list<" : "set<");
		type_print(out, t->elem);
		strbuf_puts(out, ">");
		return;
	case TY_VALUE_SET:
		strbuf_puts(out, "value_set<");
		type_print(out, t->elem);
		strbuf_puts(out, ">");
		return;
	case TY_STRUCT:
		if (!t->decl) {
			strbuf_puts(out, "{ ");
			for (int i = 0; i < t->nfields; i++) {
				if (i)
					strbuf_puts(out, ", ");
				strbuf_printf(out, "%s = ", t->fields[i].name);
				type_print(out, t->fields[i].type);
			}
			strbuf_puts(out, t->nfields ? " }" : "}");
			return;
		}
		break;
	case TY_APPLY_RESULT:
		strbuf_printf(out, "apply result of table %s", t->name ? t->name : "?");
		return;
	case TY_ACTION_ENUM:
		strbuf_printf(out, "action_run of table %s", t->name ? t->name : "?");
		return;
	case TY_TABLE:
		strbuf_printf(out, "table %s", t->name ? t->name : "?");
		return;
	case TY_ACTION:
		strbuf_printf(out, "action %s", t->name ? t->name : "?");
		return;
	case TY_STATE:
		strbuf_puts(out, "state");
		return;
	default:
		break;
	}
	if (!t->name) {
		strbuf_puts(out, type_kind_name(t->kind));
		return;
	}
	strbuf_puts(out, t->name);
	if (t->generic) {
		strbuf_puts(out, "<");
		print_list(out, t->targs, t->generic->ntparams);
		strbuf_puts(out, ">");
	}
}

const char *type_str(Arena *arena, const Type *t)
{
	StrBuf sb = {0};
	type_print(&sb, t);
	const char *s = arena_strdup(arena, sb.data ? sb.data : "");
	strbuf_free(&sb);
	return s;
}

/* ---- substitution ---- */

static Param *subst_params(Arena *arena, Param *params, int n, const TypeSubst *s, bool *changed)
{
	Param *out = NULL;
	for (int i = 0; i < n; i++) {
		Type *t = params[i].type ? type_subst(arena, params[i].type, s) : NULL;
		if (t == params[i].type)
			continue;
		if (!out) {
			out = arena_alloc(arena, sizeof(Param) * (size_t)n);
			memcpy(out, params, sizeof(Param) * (size_t)n);
		}
		out[i].type = t;
	}
	if (out)
		*changed = true;
	return out ? out : params;
}

static Field *subst_fields(Arena *arena, Field *fields, int n, const TypeSubst *s, bool *changed)
{
	Field *out = NULL;
	for (int i = 0; i < n; i++) {
		Type *t = fields[i].type ? type_subst(arena, fields[i].type, s) : NULL;
		if (t == fields[i].type)
			continue;
		if (!out) {
			out = arena_alloc(arena, sizeof(Field) * (size_t)n);
			memcpy(out, fields, sizeof(Field) * (size_t)n);
		}
		out[i].type = t;
	}
	if (out)
		*changed = true;
	return out ? out : fields;
}

static Type **subst_list(Arena *arena, Type **types, int n, const TypeSubst *s, bool *changed)
{
	Type **out = NULL;
	for (int i = 0; i < n; i++) {
		Type *t = type_subst(arena, types[i], s);
		if (t == types[i])
			continue;
		if (!out) {
			out = arena_alloc(arena, sizeof(Type *) * (size_t)n);
			memcpy(out, types, sizeof(Type *) * (size_t)n);
		}
		out[i] = t;
	}
	if (out)
		*changed = true;
	return out ? out : types;
}

Type *type_subst(Arena *arena, Type *t, const TypeSubst *s)
{
	if (!t || !s || s->n == 0)
		return t;
	bool changed = false;
	switch (t->kind) {
	case TY_VAR:
		for (int i = 0; i < s->n; i++)
			if (s->vars[i] == t)
				return s->vals[i] ? s->vals[i] : t;
		return t;
	case TY_STACK:
	case TY_LIST:
	case TY_SET:
	case TY_VALUE_SET: {
		Type *e = type_subst(arena, t->elem, s);
		if (e == t->elem)
			return t;
		if (t->kind == TY_STACK)
			return type_stack(arena, e, t->size);
		Type *c = type_copy(arena, t);
		c->elem = e;
		return c;
	}
	case TY_TUPLE: {
		Type **elems = subst_list(arena, t->elems, t->nelems, s, &changed);
		if (!changed)
			return t;
		Type *c = type_copy(arena, t);
		c->elems = elems;
		return c;
	}
	default:
		break;
	}
	if (t->generic) {
		Type **targs = subst_list(arena, t->targs, t->generic->ntparams, s, &changed);
		return changed ? type_specialize(arena, t->generic, targs) : t;
	}
	if (t->ntparams && t->kind != TY_FUNCTION)
		return t; /* a generic declaration is specialised, not substituted */
	if (t->kind == TY_STRUCT && !t->decl) {
		Field *fields = subst_fields(arena, t->fields, t->nfields, s, &changed);
		if (!changed)
			return t;
		Type *c = type_copy(arena, t);
		c->fields = fields;
		return c;
	}
	if (t->kind == TY_FUNCTION || t->kind == TY_ACTION ||
	    ((t->kind == TY_PARSER || t->kind == TY_CONTROL) && !t->decl)) {
		Type *ret = type_subst(arena, t->ret, s);
		Param *params = subst_params(arena, t->params, t->nparams, s, &changed);
		if (!changed && ret == t->ret)
			return t;
		Type *c = type_copy(arena, t);
		c->ret = ret;
		c->params = params;
		return c;
	}
	return t;
}

Type *type_specialize(Arena *arena, Type *g, Type **args)
{
	Type *t = type_copy(arena, g);
	t->generic = g;
	t->targs = args;
	t->tparams = NULL;
	t->ntparams = 0;
	TypeSubst s = {g->tparams, args, g->ntparams};
	bool changed = false;
	t->fields = subst_fields(arena, g->fields, g->nfields, &s, &changed);
	t->params = subst_params(arena, g->params, g->nparams, &s, &changed);
	t->ctor_params = subst_params(arena, g->ctor_params, g->nctor_params, &s, &changed);
	t->ret = type_subst(arena, g->ret, &s);
	return t;
}

Type *type_extern_member_type(Arena *arena, const Type *ext, Type *member)
{
	if (!ext->generic)
		return member;
	TypeSubst s = {ext->generic->tparams, ext->targs, ext->generic->ntparams};
	return type_subst(arena, member, &s);
}
