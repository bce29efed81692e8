/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sema.h: semantic analysis of P4-16: name resolution, types, type checking
 * and compile-time evaluation, as the P4-16 specification (v1.2.5 and the
 * unreleased changes after it) defines them.
 *
 *   sema.c          the driver (the program, `main`); declaring names and
 *                   duplicates; source locations the AST does not keep
 *   scope.c         scopes: hash tables of names, innermost first
 *   types.c         types.h: making, comparing, printing, substituting types
 *   sema_types.c    type declarations, type references, nesting rules,
 *                   parameter lists
 *   sema_decl.c     constants, variables, functions, actions, externs, parsers,
 *                   controls, value sets; compile-time known values
 *   sema_parser.c   parser states, transitions and select expressions
 *   sema_table.c    tables: keys, actions, default action, entries, size
 *   sema_stmt.c     statements
 *   sema_expr.c     expressions, implicit casts, l-values, keysets
 *   sema_call.c     calls, overloads, arguments, constructor invocations,
 *                   instantiations and abstract method implementations
 *   sema_generic.c  unification and type inference for generics
 *   sema_const.c    compile-time values (through consteval.h)
 *   sema_annot.c    structured annotations
 *
 * ==== THE CONTRACT: what the IR lowering can rely on ====
 *
 * When sema_check() returns 0 (no errors), the tree has these fields set
 * (ast.h, "Filled in by semantic analysis"). Nothing else is changed, except
 * the implicit casts below.
 *
 * Types (`ty`, a types.h Type):
 *   - Every expression node has the type it has where it is used, after the
 *     spec's implicit casts. Implicit casts are explicit in the tree: sema
 *     rewrites the converted node in place into an N_CAST with `type` NULL,
 *     `is_implicit` set and (a copy of) the original node as `expr`: int to
 *     bit<W>/int<W>, and a serializable enum to its underlying type. So in
 *     `x + 1` with x a bit<8>, the right operand is N_CAST(bit<8>) of the
 *     N_INT_LIT. Other conversions change only `ty`: tuple and
 *     structure-valued expressions (N_LIST_EXPR, N_STRUCT_EXPR) get the
 *     type they initialise (struct, header, tuple, stack, list), and so do
 *     `{#}` and `...`; a trailing `...` element (N_DOTS) of a list has the
 *     whole aggregate's type (the remaining fields take default values);
 *     N_NAMED_EXPR items have their field's type and `ref` the N_FIELD. A
 *     parser or control instance passed for a parameter of a parser or
 *     control type keeps its own type.
 *   - Declarations have the type of what they declare: N_CONST_DECL,
 *     N_VAR_DECL, N_PARAM, N_FIELD: the value's type; N_INSTANTIATION: the
 *     instance's type (a specialised extern, the parser or control, the
 *     package with its type arguments); N_TABLE_DECL: TY_TABLE;
 *     N_ACTION_DECL: TY_ACTION; N_FUNCTION_DECL, N_EXTERN_FUNCTION, N_METHOD,
 *     N_CONSTRUCTOR: TY_FUNCTION; type declarations: the type they declare
 *     (N_TYPEDEF: the type it names); N_PARSER_STATE: TY_STATE; N_VALUE_SET:
 *     TY_VALUE_SET; N_ENUM_MEMBER: its enum; N_IDENT: error or match_kind;
 *     N_TYPE_PARAM: its TY_VAR. Every type syntax node (N_TYPE_*) has the
 *     type it denotes.
 *   - Keysets: N_MASK, N_RANGE, N_DEFAULT, N_DONTCARE and N_TUPLE_KEYSET have
 *     set<key type>; a plain expression keyset has the key's type.
 *     `t.apply().action_run` is TY_ACTION_ENUM, `t.apply()` TY_APPLY_RESULT.
 *   - Compound assignment `a op= b`: `rhs` is typed as the right operand of
 *     `a op b` (after its implicit casts), whose result has a's type.
 *
 * References (`ref`, a declaration node):
 *   - N_PATH: the declaration the name resolves to (N_CONST_DECL, N_VAR_DECL,
 *     N_PARAM, N_INSTANTIATION, N_TABLE_DECL, N_ACTION_DECL, N_FUNCTION_DECL,
 *     N_EXTERN_FUNCTION, N_VALUE_SET, N_PARSER_STATE, N_IDENT of a
 *     match_kind); N_TYPE_NAME: the type declaration (N_TYPEDEF included).
 *     Transitions: N_TRANSITION's N_PATH and each N_SELECT_CASE refer to the
 *     N_PARSER_STATE, or are NULL for `accept` and `reject` (then `name` says
 *     which).
 *   - N_MEMBER: the member: N_FIELD of a struct/header/union, N_ENUM_MEMBER,
 *     N_IDENT of an error, N_METHOD of an extern (the overload called), or
 *     NULL with `builtin` set (isValid, next, size, apply, hit, ...).
 *   - N_CALL: the callee: N_FUNCTION_DECL, N_EXTERN_FUNCTION, N_ACTION_DECL,
 *     N_METHOD (extern method, abstract ones included), N_TABLE_DECL,
 *     N_PARSER_DECL or N_CONTROL_DECL (or their N_PARSER_TYPE/N_CONTROL_TYPE
 *     when the instance is a constructor parameter) for apply, or NULL for a
 *     built-in method (`builtin` set, as on its N_MEMBER callee).
 *   - N_CONSTRUCT and N_INSTANTIATION: for an extern, the N_CONSTRUCTOR
 *     chosen (its `ty->ret` is the extern); for parsers, controls and
 *     packages, the N_PARSER_DECL, N_CONTROL_DECL or N_PACKAGE_TYPE.
 *     N_DIRECT_APPLY: the parser or control applied. N_ARG: its N_PARAM.
 *     N_PARAM: the declaration it is a parameter of.
 *   - An abstract method's implementation (an N_FUNCTION_DECL in an
 *     instantiation's initializer): the abstract N_METHOD.
 *   - N_KEY_ELEMENT: the match_kind member (N_IDENT); N_ACTION_REF: the
 *     N_ACTION_DECL; N_SWITCH_CASE of an action_run switch (and its label):
 *     the action.
 *   - N_PROGRAM: the `main` N_INSTANTIATION (NULL when there is none); its
 *     `ty` is the package type, specialised with its type arguments.
 *
 * Arguments (`bound`, `nbound`): calls, constructions, instantiations,
 * direct applications and action references have one slot per parameter of
 * the callee, in parameter order, holding the argument's expression (not the
 * N_ARG); NULL where the argument was omitted (the default value is the
 * N_PARAM's `init`; or an @optional parameter). An `_` argument is an
 * N_DONTCARE typed with the parameter's type. In a table's actions list the
 * slots of directionless (control-plane) parameters are NULL. push_front
 * and pop_front have their count in bound[0].
 *
 * Generics (`targs`, `ntargs`): every call of a generic function or method,
 * and every construction or instantiation of a generic type, records its
 * type arguments, given or inferred, in the order of the declaration's type
 * parameters (TY_DONTCARE for one that only an omitted @optional parameter
 * mentions). The types in `ty` are already specialised.
 *
 * Values (`value`, a consteval.h Value from the caller's ConstPool): every
 * expression that is a local compile-time known value has its value, in the
 * type `ty` says (after implicit casts). Structs and tuples are VAL_LIST in
 * field order. Members are VAL_MEMBER whose `decl` is the N_ENUM_DECL of an
 * enum member and NULL for error and match_kind members (consteval compares
 * members by decl, type_name and name; the member's own declaration is the
 * `ref` of the N_MEMBER or N_PATH); a serializable enum member's `repr` is
 * its value in the underlying type. Also: N_CONST_DECL and N_ENUM_MEMBER
 * (their values), header stack `size` (bit<32>), minSizeInBits and friends
 * (int), a successful static_assert (true), select and entry keysets when
 * constant (VAL_MASK, VAL_RANGE, VAL_DONTCARE, VAL_LIST for tuples), table
 * `size` (in SemaTable) and entry priorities (each N_ENTRY's value, an int
 * computed as the spec's "Entry priorities" says, given or not).
 *
 * Tables: the TY_TABLE of each table has `table` (a SemaTable below) with
 * its properties checked and resolved.
 *
 * When sema_check() reports errors the tree is only partly annotated and
 * must not be lowered. */
#ifndef P4EBPF_SEMA_H
#define P4EBPF_SEMA_H

#include "ast.h"
#include "consteval.h"
#include "types.h"
#include "util.h"

/* SEMA_BUILTINS(X): X(builtin, "member name"). ORDER: sema_builtin_name(). */
#define SEMA_BUILTINS(X)                                                                            \
	X(BI_NONE, "")                                                                              \
	X(BI_IS_VALID, "isValid")              /* header, header union */                         \
	X(BI_SET_VALID, "setValid")            /* header */                                       \
	X(BI_SET_INVALID, "setInvalid")        /* header */                                       \
	X(BI_PUSH_FRONT, "push_front")         /* header stack */                                 \
	X(BI_POP_FRONT, "pop_front")           /* header stack */                                 \
	X(BI_SIZE, "size")                     /* header stack or array: bit<32> */               \
	X(BI_NEXT, "next")                     /* header stack, parsers only */                   \
	X(BI_LAST, "last")                     /* header stack, parsers only */                   \
	X(BI_LAST_INDEX, "lastIndex")          /* header stack, parsers only: bit<32> */          \
	X(BI_APPLY, "apply")                   /* table, parser or control instance */            \
	X(BI_HIT, "hit")                       /* table apply result */                           \
	X(BI_MISS, "miss")                     /* table apply result */                           \
	X(BI_ACTION_RUN, "action_run")         /* table apply result */                           \
	X(BI_MIN_SIZE_IN_BITS, "minSizeInBits")                                                     \
	X(BI_MIN_SIZE_IN_BYTES, "minSizeInBytes")                                                   \
	X(BI_MAX_SIZE_IN_BITS, "maxSizeInBits")                                                     \
	X(BI_MAX_SIZE_IN_BYTES, "maxSizeInBytes")

typedef enum SemaBuiltin {
#define SEMA_BUILTIN_ENUM(b, name) b,
	SEMA_BUILTINS(SEMA_BUILTIN_ENUM)
#undef SEMA_BUILTIN_ENUM
	BI_COUNT
} SemaBuiltin;

const char *sema_builtin_name(SemaBuiltin b);

/* A table's properties, resolved (P4-16 spec, "Tables"). */
typedef struct SemaTable {
	Node *decl;            /* N_TABLE_DECL */
	Node **keys;           /* N_KEY_ELEMENT: `expr` typed, `ref` its match_kind member */
	int nkeys;
	Node **actions;        /* N_ACTION_REF of the actions list */
	int nactions;
	/* default_action: the property's expression (N_PATH or N_CALL, ref the
	 * action, bound its arguments), or NULL when the table has none: then
	 * the default action is NoAction (default_decl), not const. */
	Node *default_action;
	Node *default_decl;    /* the default action's N_ACTION_DECL (NULL: no NoAction declared) */
	bool default_is_const;
	Node **entries;        /* N_ENTRY, value: its priority */
	int nentries;
	bool entries_const;    /* `const entries` */
	bool has_priorities;   /* priorities matter (given, or a key needs them) */
	const Value *size;     /* the `size` property, or NULL */
	Node *implementation;  /* the `implementation` property's expression, or NULL */
	Node **props;          /* every other property (N_TABLE_PROPERTY), checked as expressions */
	int nprops;
} SemaTable;

/* Checks `program` and annotates it as the contract above says. Values come
 * from `pool`, which must outlive the tree. Returns the number of errors. */
int sema_check(Arena *arena, Diag *diag, ConstPool *pool, Node *program);

/* ==== Private to scope.c and sema*.c ==== */

/* ---- scope.c ---- */
typedef enum ScopeKind {
	SCOPE_GLOBAL,
	SCOPE_TYPE_PARAMS, /* a generic declaration's type variables */
	SCOPE_PARSER,      /* parameters, constructor parameters, locals and states */
	SCOPE_CONTROL,     /* parameters, constructor parameters and locals */
	SCOPE_CALLABLE,    /* a function's, action's or method's parameters and body */
	SCOPE_BLOCK,
	SCOPE_INITIALIZER, /* an instantiation's initializer block */
	SCOPE_ERRORS,      /* the `error` namespace */
} ScopeKind;

typedef struct ScopeEntry ScopeEntry;
struct ScopeEntry {
	const char *name;
	unsigned hash;
	Node *decl;
	ScopeEntry *next; /* another declaration of the name in the same scope (overloads) */
};

typedef struct Scope Scope;
struct Scope {
	Scope *parent;
	ScopeKind kind;
	ScopeEntry **slots; /* open addressing; the first declaration of each name */
	unsigned cap, count;
};

Scope *scope_new(Arena *arena, Scope *parent, ScopeKind kind);
/* Adds a declaration; returns the declarations the scope had for the name. */
ScopeEntry *scope_add(Arena *arena, Scope *scope, const char *name, Node *decl);
ScopeEntry *scope_find_local(const Scope *scope, const char *name);
/* The innermost declaration of `name` that `accept` takes (any when NULL);
 * *where (may be NULL) is its scope. Later overloads follow in `next`. */
ScopeEntry *scope_find(const Scope *scope, const char *name, bool (*accept)(const Node *decl),
		       const Scope **where);

/* ---- sema.c: the state of the analysis ---- */

/* Where the code being checked is, for the spec's restrictions on calls,
 * instantiations and statements (appendix "Restrictions on compile time and
 * run time calls"). */
typedef enum SemaContext {
	CTX_TOP,            /* top level */
	CTX_PARSER_LOCALS,  /* a parser's local declarations */
	CTX_STATE,          /* a parser state */
	CTX_CONTROL_LOCALS, /* a control's local declarations */
	CTX_APPLY,          /* a control's apply block */
	CTX_ACTION,         /* an action's body */
	CTX_FUNCTION,       /* a function's body */
	CTX_METHOD,         /* an abstract method's implementation */
	CTX_TABLE,          /* a table's properties */
} SemaContext;


typedef struct Sema {
	Arena *arena;
	Diag *diag;
	ConstPool *pool;
	TypeBuiltins t;
	Scope *global;
	Scope *scope;       /* the innermost scope */
	Scope *errors;      /* the members of `error` */
	SemaContext ctx;
	Node *callable;     /* the function, action or method being checked */
	Type *ret_type;     /* ... its return type (functions and methods) */
	Node *block;        /* the parser or control being checked */
	Scope *direct;      /* ... the types it applies directly (sema_direct_apply) */
	Type *this_type;    /* in an instantiation's initializer: the instance's type */
	int loops;          /* enclosing loops, for break and continue */
	bool in_action_args; /* arguments of an action in a table: no table applies */
	bool allow_construct; /* constructor invocations are allowed (arguments of
			       * instantiations, table properties, default values) */
	Node *switch_expr;  /* the expression of the switch being checked (action_run) */
	Node *no_action;    /* NoAction, once declared */
	Node *main;
	Type **bits_cache;   /* bit<W>, int<W>, varbit<W> for small W, shared (sema_bits) */
} Sema;

/* Locations the AST does not keep, found in the source text: the first
 * `word` at or after (before) `from`, or `from` itself. */
Loc sema_member_loc(Sema *s, const Node *member); /* the name after the dot */
Loc sema_name_loc(Sema *s, const Node *n);        /* a select case's state, a key's match kind */
Loc sema_param_loc(Sema *s, const Node *param);   /* annotation, direction or type */
/* The leftmost token of an expression. */
Loc sema_start(const Node *e);
/* bit<W>, int<W> (TY_SIGNED) or varbit<W>; small widths are shared. */
Type *sema_bits(Sema *s, TypeKind kind, int width);
/* Reports an error at `loc`. */
void sema_error(Sema *s, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A type as the user wrote it in P4, for messages. */
const char *sema_tstr(Sema *s, const Type *t);
/* A declaration's kind as the user would say it: "constant", "action"... */
const char *sema_decl_what(const Node *decl);
/* Adds a declaration to the innermost scope, reporting a duplicate (with a
 * note at the previous one) unless the spec allows overloading it. */
void sema_declare(Sema *s, const char *name, Node *decl);
Scope *sema_push_scope(Sema *s, ScopeKind kind);
/* Whether two declarations have parameters of the same names, in order
 * (what tells overloads apart). */
bool sema_same_param_names(const Node *a, const Node *b);
void sema_pop_scope(Sema *s, Scope *saved);
/* Kinds of declarations, for lookups. */
bool sema_is_type_decl(const Node *decl);
bool sema_is_value_decl(const Node *decl);
/* An annotation by name, or NULL. */
Node *sema_annotation(const Node *decl, const char *name);

/* ---- sema_types.c ---- */
enum {
	RT_VOID = 1,      /* `void` is allowed (return types, type arguments) */
	RT_GENERIC = 2,   /* a generic type may stay unspecialised (to infer) */
	RT_DONTCARE = 4,  /* `_` is allowed (type arguments) */
};
/* The type a type syntax node denotes (also stored in its `ty`). */
Type *sema_type(Sema *s, Node *tn, unsigned flags);
/* Declares a type declaration's name and makes its type. */
void sema_type_decl(Sema *s, Node *decl);
/* Declares type parameters in the current scope; returns their TY_VARs. */
Type **sema_type_params(Sema *s, Node *tparams, int *n);
/* Checks a parameter list and makes its Params (each N_PARAM's ref is set to
 * `owner`); `of` says which rules apply to them. */
typedef enum ParamsOf {
	PARAMS_FUNCTION,   /* functions: every parameter has a direction */
	PARAMS_ACTION,     /* actions: directionless ones last, no externs */
	PARAMS_APPLY,      /* parsers and controls, their types */
	PARAMS_EXTERN,     /* extern functions and methods */
	PARAMS_CTOR,       /* constructors: directionless */
	PARAMS_PACKAGE,    /* packages: directionless */
} ParamsOf;
Param *sema_params(Sema *s, Node *params, int *n, ParamsOf of, Node *owner);
/* Declares the parameters in the current scope. */
void sema_declare_params(Sema *s, Node *params);
/* A width or size: a local compile-time known integer in [0, max]. Returns
 * -1 after reporting an error. */
long sema_const_nonneg(Sema *s, Node *e, const char *what, long max);
/* The same, within [min, max]. */
long sema_const_range(Sema *s, Node *e, const char *what, long min, long max);
/* minSizeInBits and friends of a type: -1 when they are not defined. */
long sema_size_in_bits(const Type *t, bool max);

/* ---- sema_decl.c ---- */
/* Checks one declaration and declares its name, in the current context. */
void sema_decl(Sema *s, Node *decl);
/* A constant declaration, also local ones. */
void sema_const_decl(Sema *s, Node *decl);
/* A variable declaration, also in blocks and for loops. */
void sema_var_decl(Sema *s, Node *decl);
/* Compile-time known values, and local ones (without constructor parameters). */
bool sema_is_compile_time(Sema *s, const Node *e);
bool sema_is_local_compile_time(Sema *s, const Node *e);
/* A function's (or abstract method implementation's) signature, in the
 * current scope (which must be a fresh scope for its type parameters). */
Type *sema_function_type(Sema *s, Node *d, ParamsOf of);
/* Its body, in context `ctx`. */
void sema_function_body(Sema *s, Node *d, SemaContext ctx);

/* ---- sema_parser.c ---- */
void sema_parser_states(Sema *s, Node *parser);
void sema_transition(Sema *s, Node *transition);

/* ---- sema_table.c ---- */
void sema_table(Sema *s, Node *table);
/* The table of a switch on t.apply().action_run: the action for a label. */
Node *sema_table_action(Sema *s, const Type *table, const char *name);

/* ---- sema_stmt.c ---- */
void sema_stmt(Sema *s, Node *stmt);
/* A block's statements, in a new scope unless `same_scope`. */
void sema_block(Sema *s, Node *block, bool same_scope);
/* Whether execution cannot fall off the end of the statement. */
bool sema_always_returns(const Node *stmt);

/* ---- sema_expr.c ---- */
/* Types an expression bottom-up; `int` literals, tuple and structure-valued
 * expressions, `{#}` and `...` keep their own types until sema_coerce(). */
Type *sema_expr(Sema *s, Node *e);
/* An expression that must be a boolean. */
void sema_cond(Sema *s, Node *e, const char *what);
/* Converts e (already typed) to `to` where the spec allows it implicitly,
 * rewriting e into an implicit N_CAST when its type changes. `what` names
 * the context for the message. Returns false after an error. */
bool sema_coerce(Sema *s, Node *e, Type *to, const char *what);
/* Whether e may be implicitly converted to `to` (no message, no change). */
bool sema_can_coerce(Sema *s, const Node *e, const Type *from, const Type *to);
/* Types e and converts it to `to`. */
bool sema_expr_to(Sema *s, Node *e, Type *to, const char *what);
/* The type of a binary operator node whose operands are already typed. */
Type *sema_binary_op(Sema *s, Node *e);
/* Whether e is an l-value; otherwise reports why (`what`: "assign to"...). */
bool sema_check_lvalue(Sema *s, Node *e, const char *what);
/* The node that an implicit conversion wrapped, or e itself. */
Node *sema_unwrap(Node *e);
/* A keyset expression (select label, table entry) for keys of types `keys`. */
void sema_keyset(Sema *s, Node *ks, Type **keys, int nkeys, const char *what);
/* Two expressions written the same way (default_action against actions). */
bool sema_same_expr(const Node *a, const Node *b);

/* ---- sema_call.c ---- */
Type *sema_call(Sema *s, Node *call);
Type *sema_construct(Sema *s, Node *e);
void sema_instantiation(Sema *s, Node *inst);
void sema_direct_apply(Sema *s, Node *stmt);
/* Binds `args` (N_ARG list) to params; fills call->bound. Reports errors
 * at `loc` about `callee` and returns false when they do not fit. */
bool sema_bind_args(Sema *s, Node *call, const Param *params, int nparams, Node *args,
		    const char *callee, Loc loc);
/* Types call->bound's arguments and checks them against the parameters:
 * implicit casts for in and directionless ones, exact types and l-values for
 * out and inout ones, compile-time known values for directionless ones
 * unless the callee is an action (`action`), or unless it is an extern and
 * the argument an action's data parameter. */
void sema_check_args(Sema *s, Node *call, const Param *params, int nparams, bool action);

/* ---- sema_generic.c ---- */
/* Unifies a parameter type (with variables of `subst` to bind) with an
 * argument type. Returns false when they cannot be made equal. */
bool sema_unify(Sema *s, Type *param, Type *arg, TypeSubst *subst);
TypeSubst sema_subst_new(Sema *s, Type **vars, int n);

/* ---- sema_annot.c ---- */
/* Checks every annotation of the program (last, in the top-level scope). */
void sema_annotations(Sema *s, Node *program);

/* ---- sema_const.c ---- */
/* Reports a consteval failure at loc. */
void sema_const_error(Sema *s, Loc loc);
/* The int type of a numeric type, for consteval. */
ValueIntType sema_value_type(const Type *t);
/* Converts e's value (if any) for an implicit cast to `to`, warning when
 * the value changes. */
const Value *sema_convert_value(Sema *s, const Value *v, const Type *to, Loc loc);
/* An explicit cast's value to an integer type (int included). */
const Value *sema_cast_value(Sema *s, const Value *v, const Type *to, Loc loc);
/* An integer value as a long, or false when it does not fit. */
bool sema_value_long(const Value *v, long *out);

#endif
