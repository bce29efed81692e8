/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* types.h: the types of P4-16 as semantic analysis sees them (P4-16 spec,
 * "P4 data types").
 *
 * A Type is made once per declaration (a struct, an extern, a parser...) and
 * once per use of a built-in or constructed type (bit<8>, H[4], tuple<...>).
 * Named types compare by their declaration, everything else by structure:
 * type_equal() is the one test. Typedefs are synonyms and leave no Type of
 * their own: `typedef bit<8> B;` makes B denote bit<8> itself.
 *
 * Generic declarations (struct S<T>, extern E<T>, parser P<H>(...), generic
 * functions and methods) list their type variables in `tparams`. A
 * specialisation (S<bit<8>>) is a Type of the same kind whose `generic` is
 * the declaration's Type, whose `targs` are the arguments, and whose fields,
 * parameters and return type have the arguments substituted. Extern methods
 * are substituted when they are looked up (type_extern_member_type()).
 *
 * All Types live in the compiler's arena. */
#ifndef P4EBPF_TYPES_H
#define P4EBPF_TYPES_H

#include "ast.h"
#include "util.h"

/* TYPE_KINDS(X): X(kind, "name"). ORDER: type_kind_name(). */
#define TYPE_KINDS(X)                                                                              \
	X(TY_INVALID, "<error>")          /* an erroneous expression's: accepted anywhere, silently */ \
	X(TY_VOID, "void")                                                                         \
	X(TY_BOOL, "bool")                                                                         \
	X(TY_STRING, "string")                                                                     \
	X(TY_INT, "int")                  /* arbitrary precision */                                \
	X(TY_BIT, "bit")                  /* width */                                              \
	X(TY_SIGNED, "int<W>")            /* width */                                              \
	X(TY_VARBIT, "varbit")            /* width: the maximum */                                 \
	X(TY_ERROR, "error")                                                                       \
	X(TY_MATCH_KIND, "match_kind")                                                             \
	X(TY_ENUM, "enum")                /* decl name fields: members (no type); base: serializable */ \
	X(TY_HEADER, "header")            /* decl name fields tparams | generic targs */           \
	X(TY_HEADER_UNION, "header_union") /* decl name fields tparams | generic targs */         \
	X(TY_STRUCT, "struct")            /* decl name fields; no decl: a structure-valued expression */ \
	X(TY_STACK, "array")              /* elem size: a header stack or an array */              \
	X(TY_TUPLE, "tuple")              /* elems */                                              \
	X(TY_LIST, "list")                /* elem */                                               \
	X(TY_NEWTYPE, "type")             /* decl name base: `type B N;` */                         \
	X(TY_VAR, "type variable")        /* decl (N_TYPE_PARAM) name */                           \
	X(TY_DONTCARE, "_")               /* `_` as a type argument: unifies with anything */      \
	X(TY_EXTERN, "extern")            /* decl name methods ctors tparams | generic targs */    \
	X(TY_PARSER, "parser")            /* decl name params ctor_params tparams | generic targs */ \
	X(TY_CONTROL, "control")          /* decl name params ctor_params tparams | generic targs */ \
	X(TY_PACKAGE, "package")          /* decl name ctor_params tparams | generic targs */      \
	X(TY_FUNCTION, "function")        /* decl name ret params tparams: functions, extern functions, methods, constructors */ \
	X(TY_ACTION, "action")            /* decl name params */                                   \
	X(TY_TABLE, "table")              /* decl name */                                          \
	X(TY_APPLY_RESULT, "apply result") /* decl (the table): t.apply(), with hit, miss, action_run */ \
	X(TY_ACTION_ENUM, "action_run")   /* decl (the table): t.apply().action_run */             \
	X(TY_STATE, "state")              /* decl: a parser state, or NULL for accept and reject */ \
	X(TY_SET, "set")                  /* elem: a keyset (select label, table entry) */          \
	X(TY_VALUE_SET, "value_set")      /* decl elem */                                          \
	X(TY_INVALID_HEADER, "{#}")       /* `{#}` until its header type is known */               \
	X(TY_DEFAULT, "...")              /* `...` until its type is known */

typedef enum TypeKind {
#define TYPE_KIND_ENUM(kind, name) kind,
	TYPE_KINDS(TYPE_KIND_ENUM)
#undef TYPE_KIND_ENUM
	TY_KIND_COUNT
} TypeKind;

typedef struct Type Type;

/* A member of a struct, header or header union; an enum member (type NULL). */
typedef struct Field {
	const char *name;
	Type *type;
	Node *decl; /* N_FIELD, N_ENUM_MEMBER */
} Field;

/* A parameter of something callable or constructible. */
typedef struct Param {
	const char *name;
	Direction dir;
	Type *type;
	Node *decl;    /* N_PARAM: its annotations, and its default value in `init` */
	bool optional; /* annotated @optional */
} Param;

struct Type {
	TypeKind kind;
	int width;        /* TY_BIT, TY_SIGNED, TY_VARBIT */
	int size;         /* TY_STACK: the number of elements */
	const char *name; /* named types, type variables, callables */
	Node *decl;       /* the declaration, or NULL for built-in and synthesized types */
	Type *elem;       /* TY_STACK, TY_LIST, TY_SET, TY_VALUE_SET */
	Type *base;       /* TY_ENUM: the underlying type of a serializable enum; TY_NEWTYPE */
	Type *ret;        /* TY_FUNCTION: the return type */
	Field *fields;    /* TY_STRUCT, TY_HEADER, TY_HEADER_UNION, TY_ENUM */
	int nfields;
	Type **elems;     /* TY_TUPLE */
	int nelems;
	Param *params;    /* TY_FUNCTION, TY_ACTION; TY_PARSER, TY_CONTROL: apply */
	int nparams;
	Param *ctor_params; /* TY_PARSER, TY_CONTROL declarations; TY_PACKAGE: its parameters */
	int nctor_params;
	Type **methods;   /* TY_EXTERN: TY_FUNCTION per method, overloads side by side */
	int nmethods;
	Type **ctors;     /* TY_EXTERN: TY_FUNCTION per constructor (ret: the extern) */
	int nctors;
	Type **tparams;   /* a generic declaration's type variables (TY_VAR) */
	int ntparams;
	Type *generic;    /* a specialisation: the generic declaration's Type ... */
	Type **targs;     /* ... and its arguments, generic->ntparams of them */
	struct SemaTable *table; /* TY_TABLE, TY_APPLY_RESULT, TY_ACTION_ENUM: the table (sema.h) */
	int *field_slots; /* a hash of field names to index + 1, for many fields (type_index_fields) */
	unsigned field_cap;
	bool has_ctor;    /* TY_PARSER, TY_CONTROL: declared with a body (instantiable) */
	bool is_stack;    /* TY_STACK: the elements are headers or header unions */
};

const char *type_kind_name(TypeKind kind);

/* ---- making types (types.c) ---- */
Type *type_new(Arena *arena, TypeKind kind);
Type *type_bits(Arena *arena, TypeKind kind, int width); /* TY_BIT, TY_SIGNED, TY_VARBIT */
Type *type_copy(Arena *arena, const Type *t);
Type *type_stack(Arena *arena, Type *elem, int size);
Type *type_set(Arena *arena, Type *elem);

/* The built-in types that have no parameter, shared. */
typedef struct TypeBuiltins {
	Type *invalid, *void_, *bool_, *string, *int_, *error, *match_kind, *dontcare;
	Type *state, *invalid_header, *default_;
	Type *bit1, *bit32;
} TypeBuiltins;
void type_builtins_init(TypeBuiltins *b, Arena *arena);

/* ---- asking about types ---- */
/* The same type: named types by declaration (and type arguments), others by
 * structure. TY_INVALID equals everything. */
bool type_equal(const Type *a, const Type *b);
bool type_is_invalid(const Type *t);
bool type_is_fixed_int(const Type *t);   /* bit<W>, int<W> */
bool type_is_integer(const Type *t);     /* bit<W>, int<W>, int */
bool type_is_ser_enum(const Type *t);    /* an enum with an underlying type */
/* The type a numeric value has: a serializable enum's underlying type, or t. */
const Type *type_numeric(const Type *t);
bool type_is_numeric(const Type *t);     /* int, bit<W>, int<W>, serializable enum */
bool type_is_header_like(const Type *t); /* header, header union */
bool type_has_fields(const Type *t);     /* struct, header, header union */
/* Whether `==` and `!=` are defined on the type (recursively). */
bool type_supports_equality(const Type *t);
/* Whether it names a declaration a value can have: no functions, tables... */
bool type_is_value_type(const Type *t);
/* Contains a type variable (that unification may bind) or `_`. */
bool type_has_vars(const Type *t);
/* A member of a struct, header, header union or enum, or NULL. */
const Field *type_field(const Type *t, const char *name);
int type_field_index(const Type *t, const char *name);
/* Makes member lookups O(1) for a type with many fields (its copies and
 * specialisations share the index: they have the same names in order). */
void type_index_fields(Arena *arena, Type *t);

/* ---- printing, in P4's spelling: bit<8>, int<16>, H, S<bit<8>>, H[4] ---- */
void type_print(StrBuf *out, const Type *t);
const char *type_str(Arena *arena, const Type *t);

/* ---- substitution of type variables (types.c; unification is sema_generic.c) ---- */
typedef struct TypeSubst {
	Type **vars; /* TY_VAR */
	Type **vals; /* NULL: not bound yet */
	int n;
} TypeSubst;

/* t with every bound variable of s replaced; t itself when nothing changes. */
Type *type_subst(Arena *arena, Type *t, const TypeSubst *s);
/* The specialisation of generic declaration type g with `args`. */
Type *type_specialize(Arena *arena, Type *g, Type **args);
/* The type of an extern's method or constructor, with the extern's type
 * arguments substituted when `ext` is a specialisation. */
Type *type_extern_member_type(Arena *arena, const Type *ext, Type *member);
/* The generic declaration behind a type, or the type itself. */
const Type *type_origin(const Type *t);

#endif
