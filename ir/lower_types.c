/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lower_types.c: sema's Types into IrTypes. Type variables are replaced by
 * the arguments of the instance or call being lowered first, so every IrType
 * is concrete. Named types (headers, structs, unions, enums and their
 * specialisations) are made once: two uses of `Pair<bit<8>, bool>` get the
 * same IrType. Typedefs left no Type of their own; `type` declarations
 * (TY_NEWTYPE) are their underlying type. */
#include <string.h>

#include "lower.h"

struct LowerTypeMemo {
	Type **from;
	IrType **to;
	int len, cap;
};

static IrType *memo_find(Lower *L, Type *t)
{
	LowerTypeMemo *m = L->types;
	for (int i = 0; m && i < m->len; i++)
		if (m->from[i]->kind == t->kind && type_equal(m->from[i], t))
			return m->to[i];
	return NULL;
}

static void memo_add(Lower *L, Type *t, IrType *it)
{
	if (!L->types)
		L->types = arena_alloc(L->p->arena, sizeof(LowerTypeMemo));
	LowerTypeMemo *m = L->types;
	if (m->len == m->cap) {
		int cap = m->cap;
		m->from = ir_vec_grow(L->p->arena, m->from, m->len, &cap, sizeof(Type *));
		m->to = ir_vec_grow(L->p->arena, m->to, m->len, &m->cap, sizeof(IrType *));
	}
	m->from[m->len] = t;
	m->to[m->len++] = it;
}

IrDirection lower_dir(Direction d)
{
	switch (d) {
	case DIR_IN: return IRD_IN;
	case DIR_OUT: return IRD_OUT;
	case DIR_INOUT: return IRD_INOUT;
	default: return IRD_NONE;
	}
}

Type *lower_subst(Lower *L, Env *env, Type *t)
{
	for (Env *e = env; e && t; e = e->parent)
		if (e->subst.n)
			t = type_subst(L->p->arena, t, &e->subst);
	return t;
}

static IrField *new_field(Lower *L, const char *name, IrType *type, int index, Loc loc)
{
	IrField *f = arena_alloc(L->p->arena, sizeof(*f));
	f->name = name;
	f->type = type;
	f->index = index;
	f->bit_offset = -1;
	f->loc = loc;
	return f;
}

/* header H { ... }, header_union U { ... }, struct S { ... }, and their
 * specialisations: fields in declaration order. */
static IrType *lower_fields_type(Lower *L, Env *env, Type *t, IrTypeKind kind)
{
	IrType *it = ir_type_new(L->p, kind);
	if (t->decl || t->name) {
		it->p4_name = t->generic ? type_str(L->p->arena, t) : t->name;
	} else {
		it->p4_name = "struct";
	}
	it->name = ir_names_unique(L->p->names, it->p4_name);
	it->loc = t->decl ? t->decl->loc : (Loc){0};
	memo_add(L, t, it);
	for (int i = 0; i < t->nfields; i++) {
		const Field *f = &t->fields[i];
		IrType *ft = lower_type(L, env, f->type);
		IR_PUSH(L->p->arena, it->fields, new_field(L, f->name, ft, i, f->decl ? f->decl->loc : it->loc));
	}
	return it;
}

/* enum E { A, B } and enum bit<8> E { A = 1, B = 2 }: members in order,
 * with their values when serializable. */
static IrType *lower_enum(Lower *L, Env *env, Type *t)
{
	IrType *it = ir_type_new(L->p, IT_ENUM);
	it->p4_name = t->name;
	it->name = ir_names_unique(L->p->names, t->name);
	it->loc = t->decl ? t->decl->loc : (Loc){0};
	memo_add(L, t, it);
	if (t->base)
		it->elem = lower_type(L, env, t->base);
	for (int i = 0; i < t->nfields; i++) {
		IrEnumMember m = {t->fields[i].name, NULL};
		const Value *v = t->base && t->fields[i].decl ? t->fields[i].decl->value : NULL;
		if (v && v->kind == VAL_MEMBER)
			v = v->repr;
		m.value = v;
		IR_PUSH(L->p->arena, it->members, m);
	}
	return it;
}

/* tuple<A, B>: fields f0, f1. */
static IrType *lower_tuple(Lower *L, Env *env, Type *t)
{
	IrType *it = ir_type_new(L->p, IT_TUPLE);
	it->p4_name = type_str(L->p->arena, t);
	it->name = ir_names_unique(L->p->names, "tuple");
	memo_add(L, t, it);
	for (int i = 0; i < t->nelems; i++) {
		IrType *et = lower_type(L, env, t->elems[i]);
		IR_PUSH(L->p->arena, it->fields,
			new_field(L, arena_printf(L->p->arena, "f%d", i), et, i, (Loc){0}));
	}
	return it;
}

IrType *lower_type(Lower *L, Env *env, Type *t)
{
	IrProgram *p = L->p;
	if (!t)
		return L->t_void;
	t = lower_subst(L, env, t);
	switch (t->kind) {
	case TY_VOID: return L->t_void;
	case TY_BOOL: return L->t_bool;
	case TY_INT: return L->t_int;
	case TY_STRING: return ir_type_basic(p, IT_STRING);
	case TY_ERROR: return L->t_error;
	case TY_MATCH_KIND: return ir_type_basic(p, IT_MATCH_KIND);
	case TY_BIT: return ir_type_bits(p, t->width, false);
	case TY_SIGNED: return ir_type_bits(p, t->width, true);
	case TY_NEWTYPE: return lower_type(L, env, t->base);
	default: break;
	}
	IrType *it = memo_find(L, t);
	if (it)
		return it;
	switch (t->kind) {
	case TY_VARBIT:
		it = ir_type_new(p, IT_VARBIT);
		it->width = t->width;
		memo_add(L, t, it);
		return it;
	case TY_ENUM: return lower_enum(L, env, t);
	case TY_HEADER: return lower_fields_type(L, env, t, IT_HEADER);
	case TY_HEADER_UNION: return lower_fields_type(L, env, t, IT_UNION);
	case TY_STRUCT: return lower_fields_type(L, env, t, IT_STRUCT);
	case TY_TUPLE: return lower_tuple(L, env, t);
	case TY_STACK: {
		IrType *elem = lower_type(L, env, t->elem);
		it = ir_type_new(p, IT_STACK);
		it->elem = elem;
		it->size = t->size;
		it->is_stack = t->is_stack;
		memo_add(L, t, it);
		return it;
	}
	case TY_LIST: {
		IrType *elem = lower_type(L, env, t->elem);
		it = ir_type_new(p, IT_LIST);
		it->elem = elem;
		memo_add(L, t, it);
		return it;
	}
	case TY_EXTERN:
		it = ir_type_new(p, IT_EXTERN);
		it->p4_name = t->generic ? type_str(p->arena, t) : t->name;
		it->name = it->p4_name;
		memo_add(L, t, it);
		return it;
	default:
		/* Types that values do not have (tables, states, type variables
		 * left unspecialised): the constructs using them are reported
		 * where they are lowered. */
		return L->t_void;
	}
}
