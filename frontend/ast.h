/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ast.h: the abstract syntax tree that the parser builds.
 *
 * One node struct for every kind of node. Lists are chained through `next`.
 * Every node keeps the location of its first token so that any later stage
 * can point the user at it. Nodes live in the compiler's arena (util.h) and
 * are never freed one by one. */
#ifndef P4EBPF_AST_H
#define P4EBPF_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "util.h"

/* NODE_KINDS(X): X(kind, "name used in dumps"). ORDER: node_kind_name(). */
#define NODE_KINDS(X)                                                                              \
	/* ---- program and declarations ---- */                                                     \
	X(N_PROGRAM, "Program")                 /* items: declarations */                          \
	X(N_CONST_DECL, "ConstDecl")            /* type name init */                               \
	X(N_VAR_DECL, "VarDecl")                /* type name init? */                              \
	X(N_EXTERN_OBJECT, "ExternObject")      /* name type_params items: methods */              \
	X(N_EXTERN_FUNCTION, "ExternFunction")  /* type name type_params params */                 \
	X(N_METHOD, "Method")                   /* type name type_params params is_abstract */     \
	X(N_CONSTRUCTOR, "Constructor")         /* name params */                                  \
	X(N_FUNCTION_DECL, "FunctionDecl")      /* type name type_params params body */            \
	X(N_ACTION_DECL, "ActionDecl")          /* name params body */                             \
	X(N_PARSER_TYPE, "ParserType")          /* name type_params params */                      \
	X(N_PARSER_DECL, "ParserDecl")          /* name type_params params ctor_params locals items: states */ \
	X(N_PARSER_STATE, "ParserState")        /* name items: statements, transition? */          \
	X(N_CONTROL_TYPE, "ControlType")        /* name type_params params */                      \
	X(N_CONTROL_DECL, "ControlDecl")        /* name type_params params ctor_params locals body */ \
	X(N_PACKAGE_TYPE, "PackageType")        /* name type_params params */                      \
	X(N_INSTANTIATION, "Instantiation")     /* type args name locals: initializer? */          \
	X(N_ERROR_DECL, "ErrorDecl")            /* items: N_IDENT */                               \
	X(N_MATCH_KIND_DECL, "MatchKindDecl")   /* items: N_IDENT */                               \
	X(N_HEADER_DECL, "HeaderDecl")          /* name type_params items: fields */               \
	X(N_HEADER_UNION_DECL, "HeaderUnionDecl") /* name type_params items: fields */             \
	X(N_STRUCT_DECL, "StructDecl")          /* name type_params items: fields */               \
	X(N_FIELD, "Field")                     /* type name */                                    \
	X(N_ENUM_DECL, "EnumDecl")              /* name type? (serializable) items: N_ENUM_MEMBER */ \
	X(N_ENUM_MEMBER, "EnumMember")          /* name init? */                                   \
	X(N_TYPEDEF, "Typedef")                 /* type (a type or a derived declaration) name */  \
	X(N_NEWTYPE, "NewType")                 /* type name: `type T N;` */                       \
	X(N_VALUE_SET, "ValueSet")              /* type size name */                               \
	X(N_TABLE_DECL, "TableDecl")            /* name items: properties */                       \
	X(N_PARAM, "Param")                     /* direction type name init? */                    \
	X(N_TYPE_PARAM, "TypeParam")            /* name */                                         \
	X(N_IDENT, "Ident")                     /* name: an error or match_kind member */          \
	X(N_ANNOTATION, "Annotation")           /* name annotation_kind items */                   \
	X(N_ANNOTATION_TOKEN, "Token")          /* text: one token of an unstructured body */      \
	/* ---- table properties ---- */                                                         \
	X(N_KEY_PROPERTY, "KeyProperty")        /* items: N_KEY_ELEMENT */                         \
	X(N_KEY_ELEMENT, "KeyElement")          /* expr name: match kind */                        \
	X(N_ACTIONS_PROPERTY, "ActionsProperty") /* items: N_ACTION_REF */                         \
	X(N_ACTION_REF, "ActionRef")            /* expr: the action's path, args, has_args */      \
	X(N_ENTRIES_PROPERTY, "EntriesProperty") /* is_const items: N_ENTRY */                     \
	X(N_ENTRY, "Entry")                     /* is_const priority? keyset action */             \
	X(N_TABLE_PROPERTY, "TableProperty")    /* is_const name init */                           \
	/* ---- types ---- */                                                                    \
	X(N_TYPE_BOOL, "bool")                                                                     \
	X(N_TYPE_ERROR, "error")                                                                   \
	X(N_TYPE_MATCH_KIND, "match_kind")                                                         \
	X(N_TYPE_STRING, "string")                                                                 \
	X(N_TYPE_VOID, "void")                                                                     \
	X(N_TYPE_DONTCARE, "_")                                                                    \
	X(N_TYPE_BIT, "bit")                    /* width? */                                       \
	X(N_TYPE_INT, "int")                    /* width? (none: arbitrary precision) */           \
	X(N_TYPE_VARBIT, "varbit")              /* width */                                        \
	X(N_TYPE_NAME, "TypeName")              /* name is_global */                               \
	X(N_TYPE_SPECIALIZED, "Specialized")    /* type: the generic N_TYPE_NAME, type_args */     \
	X(N_TYPE_STACK, "Stack")                /* type: element, size */                          \
	X(N_TYPE_TUPLE, "tuple")                /* type_args */                                    \
	X(N_TYPE_LIST, "list")                  /* type_args: one element type */                  \
	/* ---- expressions ---- */                                                              \
	X(N_INT_LIT, "Int")                     /* text lit */                                     \
	X(N_BOOL_LIT, "Bool")                   /* bool_value */                                   \
	X(N_STRING_LIT, "String")               /* text: with its quotes and escapes */            \
	X(N_PATH, "Path")                       /* name is_global */                               \
	X(N_THIS, "this")                                                                          \
	X(N_DONTCARE, "DontCare")               /* `_` as argument or keyset */                    \
	X(N_DEFAULT, "Default")                 /* `default` as keyset or switch label */          \
	X(N_DOTS, "Dots")                       /* `...` */                                        \
	X(N_INVALID_HEADER, "InvalidHeader")    /* `{#}` */                                        \
	X(N_MEMBER, "Member")                   /* expr (an expression or a type) name */          \
	X(N_INDEX, "Index")                     /* expr index */                                   \
	X(N_SLICE, "Slice")                     /* expr hi lo: e[hi:lo] */                         \
	X(N_PART_SELECT, "PartSelect")          /* expr index width: e[index +: width] */          \
	X(N_UNARY, "Unary")                     /* op expr */                                      \
	X(N_BINARY, "Binary")                   /* op lhs rhs */                                   \
	X(N_TERNARY, "Ternary")                 /* cond then els */                                \
	X(N_CAST, "Cast")                       /* type expr */                                    \
	X(N_CALL, "Call")                       /* expr type_args args */                          \
	X(N_CONSTRUCT, "Construct")             /* type args: `T(args)` in an expression */        \
	X(N_ARG, "Arg")                         /* name? expr (an expression or N_DONTCARE) */     \
	X(N_LIST_EXPR, "ListExpr")              /* items: elements */                              \
	X(N_STRUCT_EXPR, "StructExpr")          /* items: N_NAMED_EXPR, has_dots */                \
	X(N_NAMED_EXPR, "NamedExpr")            /* name expr: `name = expr` */                     \
	X(N_MASK, "Mask")                       /* lhs &&& rhs */                                  \
	X(N_RANGE, "Range")                     /* lhs .. rhs */                                   \
	X(N_TUPLE_KEYSET, "TupleKeyset")        /* items: simple keysets */                        \
	X(N_SELECT, "Select")                   /* items: N_SELECT_CASE, args: the expressions */  \
	X(N_SELECT_CASE, "SelectCase")          /* expr: keyset, name: next state */               \
	/* ---- statements ---- */                                                               \
	X(N_ASSIGN, "Assign")                   /* op ('=' or a compound operator) lhs rhs */      \
	X(N_CALL_STMT, "CallStmt")              /* expr: N_CALL */                                 \
	X(N_DIRECT_APPLY, "DirectApply")        /* type args */                                    \
	X(N_EMPTY, "Empty")                                                                        \
	X(N_BLOCK, "Block")                     /* items: statements and declarations */           \
	X(N_IF, "If")                           /* cond then els? */                               \
	X(N_RETURN, "Return")                   /* expr? */                                        \
	X(N_EXIT, "Exit")                                                                          \
	X(N_BREAK, "Break")                                                                        \
	X(N_CONTINUE, "Continue")                                                                  \
	X(N_SWITCH, "Switch")                   /* expr items: N_SWITCH_CASE */                    \
	X(N_SWITCH_CASE, "SwitchCase")          /* expr: label or N_DEFAULT, body? (none: falls through) */ \
	X(N_FOR, "For")                         /* locals: init, cond, items: updates, body */     \
	X(N_FOR_IN, "ForIn")                    /* init: N_VAR_DECL, expr: collection, body */     \
	X(N_TRANSITION, "Transition")           /* expr: N_PATH of the next state or N_SELECT */

typedef enum NodeKind {
#define NODE_KIND_ENUM(kind, name) kind,
	NODE_KINDS(NODE_KIND_ENUM)
#undef NODE_KIND_ENUM
	N_KIND_COUNT
} NodeKind;

/* Parameter directions. */
typedef enum Direction { DIR_NONE, DIR_IN, DIR_OUT, DIR_INOUT } Direction;

/* The three forms of annotation. */
typedef enum AnnotationKind {
	ANNOT_PLAIN,        /* @name */
	ANNOT_UNSTRUCTURED, /* @name(tokens): items are N_ANNOTATION_TOKEN */
	ANNOT_STRUCTURED,   /* @name[...]: items are expressions or N_NAMED_EXPR */
	ANNOT_PRAGMA,       /* @pragma name tokens, to the end of the line */
} AnnotationKind;

/* Operators, for N_UNARY, N_BINARY and N_ASSIGN. ORDER: op_spelling(). */
#define OPERATORS(X)                                                                               \
	X(OP_NONE, "")                                                                             \
	X(OP_NOT, "!") X(OP_COMPL, "~") X(OP_NEG, "-") X(OP_PLUS, "+")                             \
	X(OP_MUL, "*") X(OP_DIV, "/") X(OP_MOD, "%") X(OP_ADD, "+") X(OP_SUB, "-")                 \
	X(OP_ADD_SAT, "|+|") X(OP_SUB_SAT, "|-|") X(OP_SHL, "<<") X(OP_SHR, ">>")                  \
	X(OP_LE, "<=") X(OP_GE, ">=") X(OP_LT, "<") X(OP_GT, ">") X(OP_NE, "!=") X(OP_EQ, "==")    \
	X(OP_BAND, "&") X(OP_BXOR, "^") X(OP_BOR, "|") X(OP_CONCAT, "++")                          \
	X(OP_AND, "&&") X(OP_OR, "||")

typedef enum Operator {
#define OPERATOR_ENUM(op, spelling) op,
	OPERATORS(OPERATOR_ENUM)
#undef OPERATOR_ENUM
} Operator;

/* How strongly operators bind, weakest first, as parser.y declares it. */
typedef enum Precedence {
	PREC_NONE,
	PREC_TERNARY,
	PREC_OR,
	PREC_AND,
	PREC_EQ,
	PREC_REL,
	PREC_BOR,
	PREC_BXOR,
	PREC_BAND,
	PREC_SHIFT,
	PREC_ADD,
	PREC_MUL,
	PREC_PREFIX,  /* unary operators and casts */
	PREC_POSTFIX, /* also names, literals and everything bracketed */
} Precedence;

/* An integer literal as written, decoded but not yet evaluated:
 * `8w0x_ff` has width 8, is unsigned, base 16 and digits "ff". */
typedef struct IntLiteral {
	int width;          /* bits, or -1 when the literal has no width prefix */
	bool is_signed;     /* written with `s` */
	int base;           /* 2, 8, 10 or 16 */
	const char *digits; /* the digits in that base, without prefix or '_' */
} IntLiteral;

typedef struct Node Node;
struct Node {
	NodeKind kind;
	Loc loc;         /* the node's first token, or its operator */
	int depth;       /* expressions: the height of the tree below, bounded by the parser */
	bool unclosed;   /* parser.y's generic_call() moved a call into this unparenthesized
			    expression: operators that follow may belong inside */
	Loc name_loc;    /* where `name` is written, when that is not `loc` (members, select
			    cases, key elements); else `loc` */
	Loc start_loc;   /* where the construct starts, when that is not `loc`: a parameter's
			    annotations or direction, an entry's `priority`; else `loc` */
	Node *next;      /* the next node in the list this one belongs to */
	Node *annotations; /* N_ANNOTATION list, on declarations, parameters, statements... */

	const char *name; /* declared or referenced name, member, match kind, next state */
	bool is_global;   /* N_PATH, N_TYPE_NAME, N_ACTION_REF path: written `.name` */

	/* Types and signatures. */
	Node *type;        /* declared type, return type, cast target, element type */
	Node *type_params; /* N_TYPE_PARAM list */
	Node *type_args;   /* type list */
	Node *params;      /* N_PARAM list */
	Node *ctor_params; /* N_PARAM list of a parser or control declaration */
	bool has_ctor_params; /* `parser P(...)()` has an empty constructor list */
	Direction direction;  /* N_PARAM */
	bool is_abstract;     /* N_METHOD */
	bool is_const;        /* N_ENTRIES_PROPERTY, N_ENTRY, N_TABLE_PROPERTY */

	/* Expressions. */
	Operator op;
	Node *expr;        /* the operand, callee, base, keyset, label... */
	Node *lhs, *rhs;
	Node *index, *hi, *lo, *width; /* indexing, slices; width of bit<>, int<>, varbit<> */
	Node *cond, *then, *els;
	Node *args;        /* N_ARG list, or the expressions of a select or a structured annotation */
	bool has_args;     /* N_ACTION_REF written with parentheses */
	bool has_dots;     /* N_STRUCT_EXPR ending in `...` */
	bool bool_value;   /* N_BOOL_LIT */
	const char *text;  /* N_INT_LIT, N_STRING_LIT, N_ANNOTATION_TOKEN: the source text */
	IntLiteral lit;    /* N_INT_LIT */
	AnnotationKind annotation_kind;

	/* Declarations and statements. */
	Node *init;        /* initializer, default value, entry priority */
	Node *size;        /* header stack size, value set size */
	Node *body;        /* function, action, control and loop body; switch case block */
	Node *items;       /* the node's main list: see NODE_KINDS */
	Node *locals;      /* local declarations; instantiation initializer; for-loop init */
	Node *transition;  /* N_PARSER_STATE: N_TRANSITION, or none */
	Node *action;      /* N_ENTRY: its N_ACTION_REF */
	Node *priority;    /* N_ENTRY: `priority = e:` */

	/* Filled in by semantic analysis (sema.h states the contract). */
	struct Type *ty;           /* expressions: type after implicit casts; declarations, type syntax */
	Node *ref;                 /* the declaration a name, member, call or instance refers to */
	const struct Value *value; /* a compile-time known value (consteval.h) */
	struct Type **targs;       /* generic calls and instantiations: the type arguments */
	int ntargs;
	Node **bound;              /* calls and instantiations: the argument of each parameter */
	int nbound;
	int builtin;               /* N_MEMBER, N_CALL: a SemaBuiltin (isValid, apply, hit...) */
	bool is_implicit;          /* N_CAST: an implicit cast sema inserted */
};

const char *node_kind_name(NodeKind kind);
const char *op_spelling(Operator op);
Precedence op_precedence(Operator op); /* of a binary operator */
const char *direction_spelling(Direction dir);

/* A list under construction: appending is O(1). */
typedef struct NodeList {
	Node *head;
	Node *tail;
} NodeList;

/* ast.c: constructors and list helpers. */
Node *node_new(Arena *arena, NodeKind kind, Loc loc);
void nodelist_add(NodeList *list, Node *item);
int list_length(const Node *list);

#endif
