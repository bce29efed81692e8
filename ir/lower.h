/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lower.h: what the lower*.c files share; private to them.
 *
 * Lowering walks the typed AST from `main` down. What a declaration stands
 * for in the IR depends on the instance being lowered (a control's table is
 * one IrTable per instance of the control; a constructor parameter is a
 * different value in each instance), so names are resolved through an Env: a
 * map from declaration nodes to what they are bound to, chained to the
 * enclosing environments, with the type substitution of the generic
 * declarations being specialised. */
#ifndef P4EBPF_LOWER_H
#define P4EBPF_LOWER_H

#include "../frontend/sema.h"
#include "ir.h"

typedef enum BindKind {
	BK_VAR,        /* a variable or parameter */
	BK_VALUE,      /* a compile-time value: constant, constructor parameter */
	BK_EXTERN,     /* an extern instance */
	BK_PARSER,     /* a parser instance */
	BK_CONTROL,    /* a control instance */
	BK_TABLE,
	BK_ACTION,
	BK_VALUE_SET,
	BK_STATE,
} BindKind;

typedef struct Binding {
	BindKind kind;
	IrVar *var;
	const Value *value;
	IrExtern *ext;
	IrParser *parser;
	IrControl *control;
	IrTable *table;
	IrAction *action;
	IrValueSet *value_set;
	IrState *state;
} Binding;

/* What the code being lowered belongs to. */
typedef enum BodyKind { BODY_GLOBAL, BODY_PARSER, BODY_CONTROL, BODY_ACTION, BODY_FUNCTION } BodyKind;

typedef struct Env Env;
struct Env {
	Env *parent;
	BodyKind kind;
	/* declaration node -> Binding, open addressing */
	const Node **keys;
	Binding **vals;
	unsigned cap, count;
	TypeSubst subst;       /* this level's type variables */
	const char *path;      /* P4 path of the instance: names of what it declares start with it */
	IrNames *vars;         /* the variable name space (shared by a control and its actions) */
	void *locals;          /* IR_VEC(IrVar *) * where new locals go */
	IrType *ret;           /* BODY_FUNCTION: the return type */
	IrParser *parser;      /* BODY_PARSER */
	IrControl *control;    /* BODY_CONTROL, BODY_ACTION inside a control */
};

typedef struct LowerTypeMemo LowerTypeMemo;
typedef struct LowerFuncMemo LowerFuncMemo;

typedef struct Lower {
	IrProgram *p;
	Env *global;
	Node *program;
	Node *no_action;       /* NoAction's declaration, if any */
	LowerTypeMemo *types;
	LowerFuncMemo *funcs;
	IrType *t_bool, *t_bit32, *t_int, *t_void, *t_error;
	Node *whole;           /* a call that is a whole statement or right-hand side: not hoisted */
} Lower;

/* ---- lower.c ---- */
Env *lower_env_new(Lower *L, Env *parent, BodyKind kind);
const char *lower_annotation_string(Lower *L, const Node *decl, const char *name);
void lower_bind(Lower *L, Env *env, const Node *decl, Binding *b);
Binding *lower_lookup(Env *env, const Node *decl);
Binding *lower_bind_var(Lower *L, Env *env, const Node *decl, IrVar *v);
Binding *lower_bind_value(Lower *L, Env *env, const Node *decl, const Value *v);
/* A new variable of the body: named uniquely in env's name space and added
 * to its locals. */
IrVar *lower_new_var(Lower *L, Env *env, IrVarKind kind, const char *p4_name, IrType *type, Loc loc);
/* `path.name`, or just name at the top level. */
const char *lower_path(Lower *L, const char *path, const char *name);
/* The control-plane name of a declaration: its @name annotation, else its name. */
const char *lower_p4_name(Lower *L, const char *path, const Node *decl);
/* Instantiates a parser or control for a constructor call (an N_CONSTRUCT,
 * N_INSTANTIATION or direct application) as `path`. The arguments are
 * evaluated in `caller`. */
IrParser *lower_parser_instance(Lower *L, Env *caller, Node *decl, Type *ty, Node **args, int nargs,
				const char *path, Loc loc);
IrControl *lower_control_instance(Lower *L, Env *caller, Node *decl, Type *ty, Node **args, int nargs,
				  const char *path, Loc loc);
/* The specialisation of a function for the type arguments of a call. */
IrFunction *lower_function(Lower *L, Node *decl, IrType **targs, Type **sema_targs, int ntargs);
/* The top-level action (NoAction...) as one IrAction for the whole program. */
IrAction *lower_global_action(Lower *L, Node *decl);
/* An error at a construct that lowering does not handle yet. */
void lower_unsupported(Lower *L, Loc loc, const char *what);

/* ---- lower_types.c ---- */
IrType *lower_type(Lower *L, Env *env, Type *t);
/* t with every type variable of env's chain substituted. */
Type *lower_subst(Lower *L, Env *env, Type *t);
IrDirection lower_dir(Direction d);

/* ---- lower_expr.c ---- */
/* Lowers an expression; statements it needs first (table applications in
 * conditions) go to `pre`. */
IrExpr *lower_expr(Lower *L, Env *env, Node *e, IrStmt *pre);
/* A compile-time value of e in env (constructor arguments and the like), or
 * NULL after reporting an error. */
const Value *lower_eval(Lower *L, Env *env, Node *e);
/* The IR expression for a value of type t. */
IrExpr *lower_value_expr(Lower *L, IrType *t, const Value *v, Loc loc);
/* The default value of a type (`...` in initialisers): zero, false, invalid. */
IrExpr *lower_default_value(Lower *L, IrType *t, Loc loc);
/* A call used as a statement: extern methods and functions, actions,
 * parser and control applications, header and stack operations. */
void lower_call_stmt(Lower *L, Env *env, Node *call, IrStmt *out);
/* The arguments of a call, one per parameter, into `args`. */
void lower_args(Lower *L, Env *env, Node *call, const Param *params, int nparams, IrStmt *pre,
		void *args_vec);
/* The receiver of an extern method call: an instance or a parameter. */
IrExtern *lower_extern_instance(Lower *L, Env *env, Node *e);

/* ---- lower_control.c ---- */
void lower_stmt(Lower *L, Env *env, Node *s, IrStmt *out);
IrStmt *lower_block(Lower *L, Env *env, Node *block);
IrAction *lower_action(Lower *L, Env *env, Node *decl, const char *path);
/* The table application `call` (t.apply()) as an IS_APPLY into out. */
IrStmt *lower_table_apply(Lower *L, Env *env, Node *call, IrStmt *out);

/* ---- lower_parser.c ---- */
void lower_parser_body(Lower *L, Env *env, IrParser *ip, Node *decl);
IrKeyset *lower_keyset(Lower *L, Env *env, Node *ks, const Value *v);

/* ---- lower_table.c ---- */
IrTable *lower_table(Lower *L, Env *env, Node *decl, const char *path);
IrExtern *lower_extern_decl(Lower *L, Env *env, Node *inst, const char *path);

#endif
