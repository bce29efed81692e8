/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lower.c: the `lower` pass, from the checked AST to the IR.
 *
 * It starts at `main`: the package it instantiates says the architecture,
 * and each of the package's arguments is a parser or control instance (or a
 * package, for packages of packages) that is lowered with its constructor
 * arguments bound to values. Lowering an instance lowers what it declares:
 * its parameters and locals, its actions and tables (one copy per instance),
 * nested instances (separate IrParsers and IrControls, applied with
 * IS_APPLY_BLOCK) and its body. Functions are kept as functions, one per
 * list of type arguments they are called with, and called with IE_CALL; the
 * backend emits them as C functions that clang inlines.
 *
 * A program without `main` (a library, or a test of a few declarations) is
 * lowered as ARCH_NONE: every parser and control that has no type
 * parameters and needs no constructor arguments becomes one instance. */
#include <string.h>

#include "lower.h"

/* ---- environments ---- */

static unsigned hash_ptr(const void *p)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9e3779b1u;
	return (unsigned)(x ^ (x >> 13));
}

Env *lower_env_new(Lower *L, Env *parent, BodyKind kind)
{
	Env *e = arena_alloc(L->p->arena, sizeof(*e));
	e->parent = parent;
	e->kind = kind;
	e->cap = 16;
	e->keys = arena_alloc(L->p->arena, sizeof(Node *) * e->cap);
	e->vals = arena_alloc(L->p->arena, sizeof(Binding *) * e->cap);
	if (parent) {
		e->path = parent->path;
		e->vars = parent->vars;
		e->locals = parent->locals;
		e->ret = parent->ret;
		e->parser = parent->parser;
		e->control = parent->control;
	}
	return e;
}

static void env_put(Lower *L, Env *e, const Node *key, Binding *b)
{
	if ((e->count + 1) * 2 > e->cap) {
		const Node **ok = e->keys;
		Binding **ov = e->vals;
		unsigned ocap = e->cap;
		e->cap *= 2;
		e->keys = arena_alloc(L->p->arena, sizeof(Node *) * e->cap);
		e->vals = arena_alloc(L->p->arena, sizeof(Binding *) * e->cap);
		e->count = 0;
		for (unsigned i = 0; i < ocap; i++)
			if (ok[i])
				env_put(L, e, ok[i], ov[i]);
	}
	unsigned i = hash_ptr(key) & (e->cap - 1);
	while (e->keys[i] && e->keys[i] != key)
		i = (i + 1) & (e->cap - 1);
	if (!e->keys[i])
		e->count++;
	e->keys[i] = key;
	e->vals[i] = b;
}

void lower_bind(Lower *L, Env *env, const Node *decl, Binding *b)
{
	env_put(L, env, decl, b);
}

Binding *lower_lookup(Env *env, const Node *decl)
{
	for (Env *e = env; e; e = e->parent) {
		for (unsigned i = hash_ptr(decl) & (e->cap - 1); e->keys[i]; i = (i + 1) & (e->cap - 1))
			if (e->keys[i] == decl)
				return e->vals[i];
	}
	return NULL;
}

static Binding *new_binding(Lower *L, BindKind kind)
{
	Binding *b = arena_alloc(L->p->arena, sizeof(*b));
	b->kind = kind;
	return b;
}

Binding *lower_bind_var(Lower *L, Env *env, const Node *decl, IrVar *v)
{
	Binding *b = new_binding(L, BK_VAR);
	b->var = v;
	lower_bind(L, env, decl, b);
	return b;
}

Binding *lower_bind_value(Lower *L, Env *env, const Node *decl, const Value *v)
{
	Binding *b = new_binding(L, BK_VALUE);
	b->value = v;
	lower_bind(L, env, decl, b);
	return b;
}

IrVar *lower_new_var(Lower *L, Env *env, IrVarKind kind, const char *p4_name, IrType *type, Loc loc)
{
	const char *name = ir_names_unique(env->vars, p4_name);
	IrVar *v = ir_var_new(L->p, kind, name, p4_name, type, loc);
	if (env->locals && (kind == IV_LOCAL || kind == IV_TEMP))
		IR_PUSH(L->p->arena, *(IR_VEC(IrVar *) *)env->locals, v);
	return v;
}

const char *lower_path(Lower *L, const char *path, const char *name)
{
	return path && *path ? arena_printf(L->p->arena, "%s.%s", path, name) : name;
}

/* The string of an annotation like @name("x"), whose token is the string
 * literal with its quotes; NULL when decl has no such annotation. */
const char *lower_annotation_string(Lower *L, const Node *decl, const char *name)
{
	Node *a = sema_annotation(decl, name);
	if (!a || !a->items || !a->items->text)
		return NULL;
	const char *t = a->items->text;
	size_t len = strlen(t);
	if (len >= 2 && t[0] == '"' && t[len - 1] == '"')
		return arena_strndup(L->p->arena, t + 1, len - 2);
	return t;
}

const char *lower_p4_name(Lower *L, const char *path, const Node *decl)
{
	const char *n = lower_annotation_string(L, decl, "name");
	if (!n)
		return lower_path(L, path, decl->name);
	if (n[0] == '.')
		return n + 1; /* an absolute name */
	return lower_path(L, path, n);
}

void lower_unsupported(Lower *L, Loc loc, const char *what)
{
	diag_error(L->p->diag, loc, "%s is not supported by the IR lowering yet", what);
}

/* ---- parser and control instances ---- */

/* Binds a block's type parameters to the instance's type arguments. */
static void bind_type_args(Env *env, Type *ty)
{
	const Type *g = type_origin(ty);
	if (!g->ntparams || !ty->generic)
		return;
	env->subst.vars = g->tparams;
	env->subst.vals = ty->targs;
	env->subst.n = g->ntparams;
}

/* A constructor argument for parameter `param` of an instance at `path`:
 * an instance (a parser, control or extern constructed in place or named)
 * or a compile-time value. */
static void bind_ctor_arg(Lower *L, Env *env, Env *caller, Node *param, Node *arg, const char *path)
{
	Type *pt = lower_subst(L, env, param->ty);
	if (!arg)
		arg = param->init;
	if (!arg)
		return; /* an omitted @optional parameter: nothing to bind */
	Node *target = arg;
	while (target->kind == N_CAST && target->is_implicit)
		target = target->expr;
	if (target->kind == N_PATH && target->ref) {
		Binding *b = lower_lookup(caller, target->ref);
		if (b && b->kind != BK_VAR) {
			lower_bind(L, env, param, b);
			return;
		}
	}
	const Type *g = type_origin(pt);
	if (target->kind == N_CONSTRUCT && target->ty) {
		Type *ct = lower_subst(L, caller, target->ty);
		const Type *cg = type_origin(ct);
		Node **args = target->bound;
		int nargs = target->nbound;
		const char *ipath = lower_path(L, path, param->name);
		Binding *b = NULL;
		if (cg->kind == TY_CONTROL) {
			b = new_binding(L, BK_CONTROL);
			b->control = lower_control_instance(L, caller, cg->decl, ct, args, nargs, ipath, target->loc);
		} else if (cg->kind == TY_PARSER) {
			b = new_binding(L, BK_PARSER);
			b->parser = lower_parser_instance(L, caller, cg->decl, ct, args, nargs, ipath, target->loc);
		} else if (cg->kind == TY_EXTERN) {
			b = new_binding(L, BK_EXTERN);
			Node fake = *target;
			fake.kind = N_INSTANTIATION;
			fake.name = param->name;
			fake.ty = ct;
			b->ext = lower_extern_decl(L, caller, &fake, path);
		}
		if (b) {
			lower_bind(L, env, param, b);
			return;
		}
	}
	if (g->kind == TY_PARSER || g->kind == TY_CONTROL || g->kind == TY_EXTERN || g->kind == TY_PACKAGE) {
		lower_unsupported(L, arg->loc, "this kind of constructor argument");
		return;
	}
	const Value *v = lower_eval(L, caller, arg);
	if (v)
		lower_bind_value(L, env, param, v);
}

static void bind_ctor_args(Lower *L, Env *env, Env *caller, Node *decl, Node **args, int nargs, const char *path)
{
	int i = 0;
	for (Node *param = decl->ctor_params; param; param = param->next, i++)
		bind_ctor_arg(L, env, caller, param, i < nargs ? args[i] : NULL, path);
}

static void lower_params(Lower *L, Env *env, Node *params, void *vec)
{
	for (Node *param = params; param; param = param->next) {
		IrType *t = lower_type(L, env, param->ty);
		IrVar *v = lower_new_var(L, env, IV_PARAM, param->name, t, param->loc);
		v->direction = lower_dir(param->direction);
		IR_PUSH(L->p->arena, *(IR_VEC(IrVar *) *)vec, v);
		lower_bind_var(L, env, param, v);
	}
}

/* A local declaration of a parser or control, in order:
 *   const T n = e;        a value
 *   T v [= e];            a variable, initialised in `init`
 *   E(args) e;            an extern instance; P(args) p; C(args) c: a nested instance
 *   action, table, value_set */
static void lower_local_decl(Lower *L, Env *env, Node *d, IrStmt *init)
{
	switch (d->kind) {
	case N_CONST_DECL: {
		const Value *v = d->value ? d->value : lower_eval(L, env, d->init);
		if (v)
			lower_bind_value(L, env, d, v);
		return;
	}
	case N_VAR_DECL:
		lower_stmt(L, env, d, init);
		return;
	case N_INSTANTIATION: {
		if (!d->ty)
			return;
		Type *ty = lower_subst(L, env, d->ty);
		const Type *g = type_origin(ty);
		const char *path = lower_path(L, env->path, d->name);
		Binding *b;
		if (g->kind == TY_EXTERN) {
			b = new_binding(L, BK_EXTERN);
			b->ext = lower_extern_decl(L, env, d, env->path);
		} else if (g->kind == TY_CONTROL) {
			b = new_binding(L, BK_CONTROL);
			b->control = lower_control_instance(L, env, g->decl, ty, d->bound, d->nbound, path, d->loc);
		} else if (g->kind == TY_PARSER) {
			b = new_binding(L, BK_PARSER);
			b->parser = lower_parser_instance(L, env, g->decl, ty, d->bound, d->nbound, path, d->loc);
		} else {
			lower_unsupported(L, d->loc, "this instantiation");
			return;
		}
		lower_bind(L, env, d, b);
		return;
	}
	case N_ACTION_DECL: {
		IrAction *a = lower_action(L, env, d, env->path);
		if (env->control)
			IR_PUSH(L->p->arena, env->control->actions, a);
		Binding *b = new_binding(L, BK_ACTION);
		b->action = a;
		lower_bind(L, env, d, b);
		return;
	}
	case N_TABLE_DECL: {
		IrTable *t = lower_table(L, env, d, env->path);
		if (!t)
			return;
		if (env->control)
			IR_PUSH(L->p->arena, env->control->tables, t);
		Binding *b = new_binding(L, BK_TABLE);
		b->table = t;
		lower_bind(L, env, d, b);
		return;
	}
	case N_VALUE_SET: {
		IrValueSet *vs = arena_alloc(L->p->arena, sizeof(*vs));
		vs->p4_name = lower_p4_name(L, env->path, d);
		vs->name = ir_names_unique(L->p->names, vs->p4_name);
		Type *t = d->ty ? lower_subst(L, env, d->ty) : NULL;
		vs->type = lower_type(L, env, t && t->elem ? t->elem : NULL);
		const Value *size = d->size ? (d->size->value ? d->size->value : lower_eval(L, env, d->size)) : NULL;
		vs->size = size && value_fits_i64(size) ? (int)value_get_i64(size) : 0;
		vs->loc = d->loc;
		if (env->parser)
			IR_PUSH(L->p->arena, env->parser->value_sets, vs);
		IR_PUSH(L->p->arena, L->p->value_sets, vs);
		Binding *b = new_binding(L, BK_VALUE_SET);
		b->value_set = vs;
		lower_bind(L, env, d, b);
		return;
	}
	default:
		lower_unsupported(L, d->loc, "this local declaration");
		return;
	}
}

/* The environment of a parser or control instance's body at `path`: its
 * own names, its type and constructor arguments bound, new locals going to
 * `locals`. */
static Env *instance_env(Lower *L, Env *caller, Node *decl, Type *ty, Node **args, int nargs, const char *path,
			 BodyKind kind, void *locals)
{
	Env *env = lower_env_new(L, L->global, kind);
	env->path = path;
	env->vars = ir_names_new(L->p->arena);
	env->locals = locals;
	env->parser = NULL;
	env->control = NULL;
	bind_type_args(env, ty);
	bind_ctor_args(L, env, caller, decl, args, nargs, path);
	return env;
}

/* control C<T>(params)(ctor_params) { locals apply { body } } as an
 * instance at `path`: one IrControl. */
IrControl *lower_control_instance(Lower *L, Env *caller, Node *decl, Type *ty, Node **args, int nargs,
				  const char *path, Loc loc)
{
	IrProgram *p = L->p;
	IrControl *c = arena_alloc(p->arena, sizeof(*c));
	c->p4_name = path;
	c->name = ir_names_unique(p->names, path);
	c->type_name = decl->name;
	c->loc = loc.file ? loc : decl->loc;
	IR_PUSH(p->arena, p->controls, c);
	Env *env = instance_env(L, caller, decl, ty, args, nargs, path, BODY_CONTROL, &c->locals);
	env->control = c;
	lower_params(L, env, decl->params, &c->params);
	c->body = ir_block_new(p, decl->loc);
	for (Node *d = decl->locals; d; d = d->next)
		lower_local_decl(L, env, d, c->body);
	if (decl->body) {
		IrStmt *apply = lower_block(L, env, decl->body);
		for (int i = 0; i < apply->body.len; i++)
			ir_block_add(p, c->body, apply->body.items[i]);
	}
	return c;
}

/* parser P<T>(params)(ctor_params) { locals states } as an instance. */
IrParser *lower_parser_instance(Lower *L, Env *caller, Node *decl, Type *ty, Node **args, int nargs,
				const char *path, Loc loc)
{
	IrProgram *p = L->p;
	IrParser *ps = arena_alloc(p->arena, sizeof(*ps));
	ps->p4_name = path;
	ps->name = ir_names_unique(p->names, path);
	ps->type_name = decl->name;
	ps->loc = loc.file ? loc : decl->loc;
	IR_PUSH(p->arena, p->parsers, ps);
	Env *env = instance_env(L, caller, decl, ty, args, nargs, path, BODY_PARSER, &ps->locals);
	env->parser = ps;
	lower_params(L, env, decl->params, &ps->params);
	ps->init = ir_block_new(p, decl->loc);
	for (Node *d = decl->locals; d; d = d->next)
		lower_local_decl(L, env, d, ps->init);
	lower_parser_body(L, env, ps, decl);
	return ps;
}

/* ---- functions and top-level actions ---- */

struct LowerFuncMemo {
	Node *decl;
	IrType **targs;
	int ntargs;
	IrFunction *fn;
	LowerFuncMemo *next;
};

/* T f<T>(params) { body } for one list of type arguments. */
IrFunction *lower_function(Lower *L, Node *decl, IrType **targs, Type **sema_targs, int ntargs)
{
	for (LowerFuncMemo *m = L->funcs; m; m = m->next) {
		if (m->decl != decl || m->ntargs != ntargs)
			continue;
		bool same = true;
		for (int i = 0; i < ntargs && same; i++)
			same = ir_type_equal(m->targs[i], targs[i]);
		if (same)
			return m->fn;
	}
	IrProgram *p = L->p;
	IrFunction *fn = arena_alloc(p->arena, sizeof(*fn));
	fn->p4_name = decl->name;
	fn->name = ir_names_unique(p->names, decl->name);
	fn->loc = decl->loc;
	LowerFuncMemo *m = arena_alloc(p->arena, sizeof(*m));
	*m = (LowerFuncMemo){decl, targs, ntargs, fn, L->funcs};
	L->funcs = m;
	Env *env = lower_env_new(L, L->global, BODY_FUNCTION);
	env->vars = ir_names_new(p->arena);
	env->locals = &fn->locals;
	env->parser = NULL;
	env->control = NULL;
	Type *ft = decl->ty;
	if (ft && ft->ntparams && ntargs == ft->ntparams) {
		env->subst.vars = ft->tparams;
		env->subst.vals = sema_targs;
		env->subst.n = ntargs;
	}
	fn->ret = lower_type(L, env, ft ? ft->ret : NULL);
	env->ret = fn->ret;
	lower_params(L, env, decl->params, &fn->params);
	fn->body = decl->body ? lower_block(L, env, decl->body) : ir_block_new(p, decl->loc);
	IR_PUSH(p->arena, p->functions, fn);
	return fn;
}

IrAction *lower_global_action(Lower *L, Node *decl)
{
	Binding *b = lower_lookup(L->global, decl);
	if (b && b->kind == BK_ACTION)
		return b->action;
	Env *env = lower_env_new(L, L->global, BODY_GLOBAL);
	env->vars = ir_names_new(L->p->arena);
	IrAction *a = lower_action(L, env, decl, NULL);
	a->is_top_level = true;
	b = new_binding(L, BK_ACTION);
	b->action = a;
	lower_bind(L, L->global, decl, b);
	return a;
}

/* ---- the package ---- */

static bool file_is(const Loc loc, const char *base)
{
	if (!loc.file)
		return false;
	const char *slash = strrchr(loc.file, '/');
	return strcmp(slash ? slash + 1 : loc.file, base) == 0;
}

static IrArch arch_of(const Type *pkg)
{
	const Type *g = type_origin(pkg);
	Loc loc = g->decl ? g->decl->loc : (Loc){0};
	if (strcmp(g->name, "ebpfFilter") == 0 && file_is(loc, "ebpf_model.p4"))
		return ARCH_EBPF_FILTER;
	if (strcmp(g->name, "xdp") == 0 && file_is(loc, "xdp_model.p4"))
		return ARCH_XDP;
	if (file_is(loc, "nf.p4"))
		return ARCH_NF;
	return ARCH_UNKNOWN;
}

static void bind_package(Lower *L, Type *pkg, Node **args, int nargs, const char *prefix);

/* One argument of the package: `Ctl(args)`, the name of a top-level
 * instance, a nested package, or a value. */
static void bind_package_arg(Lower *L, const Param *param, Node *arg, const char *prefix)
{
	IrProgram *p = L->p;
	IrBinding *b = arena_alloc(p->arena, sizeof(*b));
	b->param = lower_path(L, prefix, param->name);
	if (!arg)
		arg = param->decl ? param->decl->init : NULL;
	if (!arg)
		return; /* an omitted @optional parameter */
	Node *target = arg;
	while (target->kind == N_CAST && target->is_implicit)
		target = target->expr;
	Node *inst = target;
	const char *path = NULL;
	Node **args = NULL;
	int nargs = 0;
	if (target->kind == N_PATH && target->ref && target->ref->kind == N_INSTANTIATION) {
		inst = target->ref;
		Binding *prev = lower_lookup(L->global, inst);
		if (prev && (prev->kind == BK_PARSER || prev->kind == BK_CONTROL || prev->kind == BK_EXTERN)) {
			b->parser = prev->parser;
			b->control = prev->control;
			b->instance = prev->ext;
			IR_PUSH(p->arena, p->bindings, b);
			return;
		}
		path = inst->name;
		args = inst->bound;
		nargs = inst->nbound;
	} else if (target->kind == N_CONSTRUCT) {
		args = target->bound;
		nargs = target->nbound;
	}
	Type *ty = inst->ty;
	const Type *g = ty ? type_origin(ty) : NULL;
	if ((inst->kind == N_CONSTRUCT || inst->kind == N_INSTANTIATION) && g) {
		if (!path)
			path = g->name;
		Binding *keep = arena_alloc(p->arena, sizeof(*keep));
		switch (g->kind) {
		case TY_PARSER:
			b->parser = lower_parser_instance(L, L->global, g->decl, ty, args, nargs, path, inst->loc);
			keep->kind = BK_PARSER;
			keep->parser = b->parser;
			break;
		case TY_CONTROL:
			b->control = lower_control_instance(L, L->global, g->decl, ty, args, nargs, path, inst->loc);
			keep->kind = BK_CONTROL;
			keep->control = b->control;
			break;
		case TY_PACKAGE:
			bind_package(L, ty, args, nargs, b->param);
			return;
		case TY_EXTERN: {
			Binding *prev = inst->kind == N_INSTANTIATION ? lower_lookup(L->global, inst) : NULL;
			if (prev && prev->kind == BK_EXTERN) {
				b->instance = prev->ext;
			} else {
				Node fake = *inst;
				fake.kind = N_INSTANTIATION;
				fake.name = param->name;
				b->instance = lower_extern_decl(L, L->global, &fake, prefix);
			}
			keep->kind = BK_EXTERN;
			keep->ext = b->instance;
			break;
		}
		default:
			lower_unsupported(L, arg->loc, "this package argument");
			return;
		}
		if (inst->kind == N_INSTANTIATION)
			lower_bind(L, L->global, inst, keep);
		IR_PUSH(p->arena, p->bindings, b);
		return;
	}
	b->value = lower_eval(L, L->global, arg);
	IR_PUSH(p->arena, p->bindings, b);
}

static void bind_package(Lower *L, Type *pkg, Node **args, int nargs, const char *prefix)
{
	for (int i = 0; i < pkg->nctor_params; i++)
		bind_package_arg(L, &pkg->ctor_params[i], i < nargs ? args[i] : NULL, prefix);
}

/* Whether a block can be instantiated without arguments. */
static bool needs_no_args(const Node *d)
{
	if (d->type_params)
		return false;
	for (const Node *p = d->ctor_params; p; p = p->next)
		if (!p->init && !sema_annotation(p, "optional"))
			return false;
	return true;
}

static void lower_without_main(Lower *L)
{
	for (Node *d = L->program->items; d; d = d->next) {
		if (!needs_no_args(d) || !d->ty)
			continue;
		if (d->kind == N_PARSER_DECL)
			lower_parser_instance(L, L->global, d, d->ty, NULL, 0, d->name, d->loc);
		else if (d->kind == N_CONTROL_DECL)
			lower_control_instance(L, L->global, d, d->ty, NULL, 0, d->name, d->loc);
	}
}

/* error { A, B }: every declaration adds its members, in order. */
static void lower_errors(Lower *L)
{
	for (Node *d = L->program->items; d; d = d->next)
		if (d->kind == N_ERROR_DECL)
			for (Node *m = d->items; m; m = m->next) {
				bool seen = false;
				for (int i = 0; i < L->p->errors.len && !seen; i++)
					seen = strcmp(L->p->errors.items[i], m->name) == 0;
				if (!seen)
					IR_PUSH(L->p->arena, L->p->errors, m->name);
			}
}

int lower_program(IrProgram *p)
{
	int errors = p->diag->errors;
	Lower L = {.p = p, .program = p->ast};
	L.global = lower_env_new(&L, NULL, BODY_GLOBAL);
	L.global->vars = ir_names_new(p->arena);
	L.t_void = ir_type_basic(p, IT_VOID);
	L.t_bool = ir_type_basic(p, IT_BOOL);
	L.t_int = ir_type_basic(p, IT_INT);
	L.t_error = ir_type_basic(p, IT_ERROR);
	L.t_bit32 = ir_type_bits(p, 32, false);
	lower_errors(&L);
	for (Node *d = p->ast->items; d; d = d->next) {
		if (d->kind == N_ACTION_DECL && strcmp(d->name, "NoAction") == 0 && !L.no_action) {
			L.no_action = d;
			lower_global_action(&L, d);
		} else if (d->kind == N_CONST_DECL && d->value) {
			lower_bind_value(&L, L.global, d, d->value);
		} else if (d->kind == N_INSTANTIATION && d->ty && type_origin(d->ty)->kind == TY_EXTERN) {
			Binding *b = new_binding(&L, BK_EXTERN);
			b->ext = lower_extern_decl(&L, L.global, d, NULL);
			lower_bind(&L, L.global, d, b);
		}
	}
	Node *main = p->ast->ref;
	if (main && main->ty && main->ty->kind == TY_PACKAGE) {
		Type *pkg = main->ty;
		p->arch = arch_of(pkg);
		p->package = type_str(p->arena, pkg);
		bind_package(&L, pkg, main->bound, main->nbound, NULL);
	} else {
		p->arch = ARCH_NONE;
		lower_without_main(&L);
	}
	p->ast = NULL;
	return p->diag->errors - errors;
}
