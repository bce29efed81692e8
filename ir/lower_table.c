/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lower_table.c: tables and extern instances.
 *
 *   table t {
 *       key = { e : match_kind; ... }       keys: expression, match kind, width, name
 *       actions = { a; b(dir_args); }       actions, directional arguments bound
 *       default_action = a(data_args);      action and argument values, const flag
 *       entries = { ks : a(args); ... }     keysets, actions, argument values, priorities
 *       size = N;
 *       implementation = hash_table(N);     ebpf_model: hash_table, array_table
 *   }
 *
 *   E<T>(ctor_args) e;                      extern instance: type, type arguments, values
 *
 * Sema resolved the properties (SemaTable); this makes them values. */
#include <string.h>

#include "lower.h"

static IrAction *action_of(Lower *L, Env *env, Node *decl)
{
	if (!decl)
		return NULL;
	Binding *b = lower_lookup(env, decl);
	if (b && b->kind == BK_ACTION)
		return b->action;
	return lower_global_action(L, decl);
}

/* The values of an action's data (directionless) arguments in a default
 * action or an entry. */
static void data_args(Lower *L, Env *env, Node *ref, Node *action, void *vec)
{
	IrProgram *p = L->p;
	IR_VEC(const Value *) *out = vec;
	int i = 0;
	for (Node *param = action->params; param; param = param->next, i++) {
		if (param->direction != DIR_NONE)
			continue;
		Node *a = ref && i < ref->nbound ? ref->bound[i] : NULL;
		const Value *v = a ? lower_eval(L, env, a) : NULL;
		IR_PUSH(p->arena, *out, v);
	}
}

static IrMatchKind match_kind(const char *name)
{
	if (!name)
		return IMK_OTHER;
	if (strcmp(name, "exact") == 0)
		return IMK_EXACT;
	if (strcmp(name, "lpm") == 0)
		return IMK_LPM;
	if (strcmp(name, "ternary") == 0)
		return IMK_TERNARY;
	if (strcmp(name, "range") == 0)
		return IMK_RANGE;
	if (strcmp(name, "optional") == 0)
		return IMK_OPTIONAL;
	return IMK_OTHER;
}

/* key = { e : kind; } */
static void lower_keys(Lower *L, Env *env, IrTable *t, SemaTable *info)
{
	IrProgram *p = L->p;
	for (int i = 0; i < info->nkeys; i++) {
		Node *ke = info->keys[i];
		IrKey *k = arena_alloc(p->arena, sizeof(*k));
		k->loc = ke->loc;
		IrStmt *pre = ir_block_new(p, ke->loc);
		k->expr = lower_expr(L, env, ke->expr, pre);
		if (pre->body.len)
			lower_unsupported(L, ke->loc, "a key that needs statements to compute");
		k->match_name = ke->ref ? ke->ref->name : ke->name;
		k->match = match_kind(k->match_name);
		k->width = ir_scalar_width(k->expr->type);
		if (k->width < 0)
			lower_unsupported(L, ke->loc, "a key of this type");
		const char *n = lower_annotation_string(L, ke, "name");
		if (!n) {
			StrBuf sb = {0};
			ir_expr_text(&sb, k->expr, true);
			n = arena_strdup(p->arena, sb.data ? sb.data : "");
			strbuf_free(&sb);
		}
		k->p4_name = n;
		IR_PUSH(p->arena, t->keys, k);
	}
}

/* actions = { a; b(x); }: directional arguments as expressions. */
static void lower_action_list(Lower *L, Env *env, IrTable *t, SemaTable *info)
{
	IrProgram *p = L->p;
	for (int i = 0; i < info->nactions; i++) {
		Node *ref = info->actions[i];
		IrActionRef *ar = arena_alloc(p->arena, sizeof(*ar));
		ar->action = action_of(L, env, ref->ref);
		if (!ar->action)
			continue;
		ar->default_only = sema_annotation(ref, "defaultonly") || sema_annotation(ref->ref, "defaultonly");
		ar->table_only = sema_annotation(ref, "tableonly") || sema_annotation(ref->ref, "tableonly");
		int j = 0;
		for (Node *param = ref->ref->params; param; param = param->next, j++) {
			Node *a = param->direction != DIR_NONE && j < ref->nbound ? ref->bound[j] : NULL;
			IrStmt *pre = ir_block_new(p, ref->loc);
			IR_PUSH(p->arena, ar->args, a ? lower_expr(L, env, a, pre) : NULL);
			if (pre->body.len)
				lower_unsupported(L, ref->loc, "an action argument that needs statements to compute");
		}
		IR_PUSH(p->arena, t->actions, ar);
	}
}

/* entries = { ks : a(args); ... } */
static void lower_entries(Lower *L, Env *env, IrTable *t, SemaTable *info)
{
	IrProgram *p = L->p;
	for (int i = 0; i < info->nentries; i++) {
		Node *en = info->entries[i];
		IrEntry *e = arena_alloc(p->arena, sizeof(*e));
		e->loc = en->loc;
		e->is_const = info->entries_const || en->is_const;
		e->priority = -1;
		if (info->has_priorities && en->value && value_fits_i64(en->value))
			e->priority = (long)value_get_i64(en->value);
		Node *ks = en->expr;
		if (ks->kind == N_TUPLE_KEYSET) {
			const Value *tv = ks->value && ks->value->kind == VAL_LIST ? ks->value : NULL;
			int j = 0;
			for (Node *item = ks->items; item; item = item->next, j++)
				IR_PUSH(p->arena, e->keys,
					lower_keyset(L, env, item, tv && j < tv->n_items ? tv->items[j] : NULL));
		} else if (info->nkeys == 1) {
			IR_PUSH(p->arena, e->keys, lower_keyset(L, env, ks, NULL));
		} else {
			for (int j = 0; j < info->nkeys; j++)
				IR_PUSH(p->arena, e->keys, lower_keyset(L, env, ks, NULL));
		}
		Node *ref = en->action;
		e->action = ref ? action_of(L, env, ref->ref) : NULL;
		if (e->action)
			data_args(L, env, ref, ref->ref, &e->args);
		IR_PUSH(p->arena, t->entries, e);
	}
}

/* implementation = hash_table(N) | array_table(N) | an instance's name */
static void lower_implementation(Lower *L, Env *env, IrTable *t, Node *impl)
{
	while (impl->kind == N_CAST && impl->is_implicit)
		impl = impl->expr;
	const char *type = NULL;
	const Value *size = NULL;
	if (impl->kind == N_CONSTRUCT && impl->ty) {
		type = type_origin(impl->ty)->name;
		size = impl->nbound > 0 && impl->bound[0] ? lower_eval(L, env, impl->bound[0]) : NULL;
	} else if (impl->kind == N_PATH && impl->ref) {
		Binding *b = lower_lookup(env, impl->ref);
		if (b && b->kind == BK_EXTERN) {
			type = b->ext->extern_type;
			size = b->ext->ctor_args.len ? b->ext->ctor_args.items[0] : NULL;
		}
	}
	if (!type) {
		lower_unsupported(L, impl->loc, "this table implementation");
		return;
	}
	t->impl_name = type;
	if (strcmp(type, "hash_table") == 0)
		t->implementation = ITI_HASH;
	else if (strcmp(type, "array_table") == 0)
		t->implementation = ITI_ARRAY;
	else
		t->implementation = ITI_OTHER;
	if (size && value_fits_u64(size))
		t->impl_size = value_get_u64(size);
}

IrTable *lower_table(Lower *L, Env *env, Node *decl, const char *path)
{
	IrProgram *p = L->p;
	SemaTable *info = decl->ty ? decl->ty->table : NULL;
	if (!info) {
		lower_unsupported(L, decl->loc, "this table");
		return NULL;
	}
	IrTable *t = arena_alloc(p->arena, sizeof(*t));
	t->p4_name = lower_p4_name(L, path, decl);
	t->name = ir_names_unique(p->names, t->p4_name);
	t->loc = decl->loc;
	lower_keys(L, env, t, info);
	lower_action_list(L, env, t, info);
	Node *def = info->default_action;
	if (def) {
		t->default_action = action_of(L, env, def->ref);
		if (t->default_action)
			data_args(L, env, def, def->ref, &t->default_args);
	} else {
		t->default_action = action_of(L, env, info->default_decl);
	}
	t->default_is_const = info->default_is_const;
	lower_entries(L, env, t, info);
	t->entries_are_const = info->entries_const;
	t->has_priorities = info->has_priorities;
	if (info->size && value_fits_u64(info->size)) {
		t->size = value_get_u64(info->size);
		t->has_size = true;
	}
	if (info->implementation)
		lower_implementation(L, env, t, info->implementation);
	if (!t->has_size && (t->implementation == ITI_HASH || t->implementation == ITI_ARRAY))
		t->size = t->impl_size;
	IR_PUSH(p->arena, p->tables, t);
	return t;
}

/* E<T>(args) name; also an extern constructed as an argument. */
IrExtern *lower_extern_decl(Lower *L, Env *env, Node *inst, const char *path)
{
	IrProgram *p = L->p;
	IrExtern *x = arena_alloc(p->arena, sizeof(*x));
	x->p4_name = lower_p4_name(L, path, inst);
	x->name = ir_names_unique(p->names, x->p4_name);
	x->loc = inst->loc;
	Type *ty = lower_subst(L, env, inst->ty);
	const Type *g = type_origin(ty);
	x->extern_type = g->name;
	for (int i = 0; ty->generic && i < g->ntparams; i++)
		IR_PUSH(p->arena, x->type_args, lower_type(L, env, ty->targs[i]));
	/* sema points at the constructor called; should it point at the
	 * extern instead, the constructor is the one with as many parameters
	 * as there are bound arguments. */
	Node *ctor = inst->ref && inst->ref->kind == N_CONSTRUCTOR ? inst->ref : NULL;
	for (int k = 0; !ctor && k < g->nctors; k++)
		if (g->ctors[k]->nparams == inst->nbound && g->ctors[k]->decl)
			ctor = g->ctors[k]->decl;
	int i = 0;
	for (Node *param = ctor ? ctor->params : NULL; param; param = param->next, i++) {
		Node *a = i < inst->nbound ? inst->bound[i] : NULL;
		if (!a)
			a = param->init;
		IR_PUSH(p->arena, x->ctor_args, a ? lower_eval(L, env, a) : NULL);
		IR_PUSH(p->arena, x->ctor_param_names, param->name);
	}
	x->has_initializer = inst->kind == N_INSTANTIATION && inst->locals != NULL;
	IR_PUSH(p->arena, p->externs, x);
	return x;
}
