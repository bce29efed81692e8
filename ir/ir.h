/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ir.h: the intermediate representation, and the table of contents of ir/.
 *
 *   ir.h            the IR: what the backend needs and nothing else
 *   ir_build.c      constructors, vectors, unique names, deep copies
 *   lower.h         what the lower*.c files share (private to them)
 *   lower.c         typed AST -> IR: `main`, the package and its arguments,
 *                   parser and control instances, functions, the `lower` pass
 *   lower_types.c   sema Types -> IrTypes (generics specialised)
 *   lower_parser.c  parser states, select expressions, keysets, value sets
 *   lower_control.c actions and statements
 *   lower_expr.c    expressions, calls, compile-time evaluation of arguments
 *   lower_table.c   tables and extern instances
 *   layout.c        layouts in bits and bytes: headers on the wire, storage,
 *                   table keys and values, action data (runtime/ABI.md)
 *   inline_parsers.c the inline-parsers pass: sub-parsers become states
 *                   of their caller
 *   passes.c        the ordered table of named passes and the pass driver;
 *                   const-fold, simplify, remove-unused, assign-ids
 *   ir_dump.c       the IR as readable text (--dump-ir, --dump-ir-after=PASS)
 *   ir_verify.c     structural checks, run after every pass in debug builds
 *
 * The IR has no scopes and no unresolved names: every variable, table,
 * action, extern instance, parser state and block is an object that the
 * places using it point at. Generics are specialised, compile-time constants
 * are values (IE_CONST; structure-valued ones IE_STRUCT of constants),
 * constructor parameters are replaced by the values of each instance.
 *
 * Instances. Every parser or control instance is its own IrParser or
 * IrControl, with its own copies of the tables, actions and externs it
 * declares; a nested control instance is applied with IS_APPLY_BLOCK (the
 * backend makes it a C function, which clang inlines); a parser applied
 * from a parser is inlined into its caller by the inline-parsers pass, and
 * the instance leaves IrProgram.parsers. A direct application
 * (`C.apply(...)`) is an instance of its own. IrProgram.bindings says which
 * instance fills which parameter of the package of `main`.
 *
 * Functions are not inlined: each P4 function is one IrFunction per list of
 * type arguments it is called with, called through IE_CALL. Evaluation order
 * is explicit: a call that writes an argument (out/inout) inside a larger
 * expression is moved into a temporary before the statement, and a table
 * applied inside an expression (`t.apply().hit`) becomes an IS_APPLY whose
 * `hit_var` the expression reads; on the right of && || ?: such statements
 * run only when P4 evaluates that operand.
 *
 * Names. Every entity has `p4_name`, its control-plane name (the P4 path of
 * instance names joined with '.', after @name annotations: `pipe.Check_src_ip`,
 * `NoAction`), and `name`, a C identifier derived from it (`.` becomes `_`:
 * `pipe_Check_src_ip`), made unique by a numeric suffix (`_1`, `_2`...) only
 * when two entities would get the same name. Types, blocks, tables, actions,
 * externs, value sets and functions share one program-wide name space;
 * variables are unique within their block (a parser; a control with all its
 * actions; a function), so that generated C can declare them all in one
 * function. Names depend only on the program, never on addresses: the dump
 * is byte-for-byte deterministic.
 *
 * Action ids: program-wide, 1..n in `IrProgram.actions` order: `NoAction`
 * (when some table or call uses it) first, then every other action in the
 * order the package's blocks are lowered (parameter order, each block's
 * actions in declaration order, nested instances after their parent's;
 * another top-level action where it is first used).
 * 0 is the ABI's "no entry" (runtime/ABI.md). Actions no table lists and
 * nothing calls are removed before ids are assigned.
 *
 * Memory: everything lives in the compiler's arena; nothing is freed. */
#ifndef P4EBPF_IR_H
#define P4EBPF_IR_H

#include <stdbool.h>
#include <stdint.h>

#include "../frontend/consteval.h"
#include "../frontend/util.h"

typedef struct IrType IrType;
typedef struct IrField IrField;
typedef struct IrVar IrVar;
typedef struct IrExpr IrExpr;
typedef struct IrCall IrCall;
typedef struct IrStmt IrStmt;
typedef struct IrAction IrAction;
typedef struct IrTable IrTable;
typedef struct IrExtern IrExtern;
typedef struct IrValueSet IrValueSet;
typedef struct IrFunction IrFunction;
typedef struct IrParser IrParser;
typedef struct IrState IrState;
typedef struct IrControl IrControl;
typedef struct IrProgram IrProgram;

/* A growable array in the arena: IR_PUSH(arena, vec, item). */
#define IR_VEC(T)                                                                                  \
	struct {                                                                                   \
		T *items;                                                                          \
		int len, cap;                                                                      \
	}
#define IR_PUSH(arena, vec, item)                                                                  \
	do {                                                                                       \
		if ((vec).len == (vec).cap)                                                        \
			(vec).items = ir_vec_grow((arena), (vec).items, (vec).len, &(vec).cap,     \
						  sizeof(*(vec).items));                           \
		(vec).items[(vec).len++] = (item);                                                 \
	} while (0)

/* ---------------------------------------------------------------- types */

/* IR_TYPE_KINDS(X): X(kind, "name"). ORDER: ir_type_kind_name(). */
#define IR_TYPE_KINDS(X)                                                                           \
	X(IT_VOID, "void")                                                                         \
	X(IT_BOOL, "bool")                                                                         \
	X(IT_INT, "int")          /* arbitrary precision: compile-time values only */              \
	X(IT_BITS, "bits")        /* bit<W> or int<W>: width, is_signed */                         \
	X(IT_VARBIT, "varbit")    /* width: the maximum */                                         \
	X(IT_ERROR, "error")      /* code: index in IrProgram.errors; stored in 8 bits */          \
	X(IT_MATCH_KIND, "match_kind") /* only as extern arguments */                              \
	X(IT_ENUM, "enum")        /* members; elem: the underlying bit<W> when serializable */     \
	X(IT_HEADER, "header")    /* fields, and a validity bit */                                 \
	X(IT_UNION, "header_union") /* header fields; at most one valid */                         \
	X(IT_STRUCT, "struct")    /* fields */                                                     \
	X(IT_STACK, "stack")      /* elem x size; is_stack: headers or unions, with a next index */ \
	X(IT_TUPLE, "tuple")      /* fields named f0, f1 ... */                                    \
	X(IT_STRING, "string")    /* only as extern arguments */                                   \
	X(IT_EXTERN, "extern")    /* name: packet_in, packet_out or another extern: parameters */ \
	X(IT_LIST, "list")        /* list<elem>: compile-time values (extern arguments) only */

typedef enum IrTypeKind {
#define IR_TYPE_ENUM(k, n) k,
	IR_TYPE_KINDS(IR_TYPE_ENUM)
#undef IR_TYPE_ENUM
} IrTypeKind;

struct IrField {
	const char *name;   /* the P4 field name (a C identifier) */
	IrType *type;
	int index;          /* position in the type's fields */
	/* layout.c */
	int bit_offset;     /* on the wire, from the type's first bit; -1: not serializable */
	int byte_offset;    /* in the type's storage (the generated C struct) */
	Loc loc;
};

/* A serializable enum member. */
typedef struct IrEnumMember {
	const char *name;
	const Value *value; /* its value (VAL_INT) in the underlying type; NULL when not serializable */
} IrEnumMember;

struct IrType {
	IrTypeKind kind;
	const char *p4_name; /* headers, unions, structs, enums, externs: as P4 spells it (S<bit<8>>) */
	const char *name;    /* the same kinds: unique C name (S_bit8) */
	int width;           /* IT_BITS, IT_VARBIT */
	bool is_signed;      /* IT_BITS */
	IR_VEC(IrField *) fields;       /* IT_HEADER, IT_UNION, IT_STRUCT, IT_TUPLE */
	IrType *elem;        /* IT_STACK, IT_LIST: the element; IT_ENUM: the underlying type or NULL */
	int size;            /* IT_STACK: the number of elements */
	bool is_stack;       /* IT_STACK: a header stack (elements are headers or unions) */
	IR_VEC(IrEnumMember) members;   /* IT_ENUM, in declaration order (code = index) */
	/* layout.c: on the wire (headers, and structs, tuples and stacks of
	 * serializable types); -1 when the type has no wire form */
	int wire_bits;       /* varbit fields at their maximum */
	int wire_bytes;      /* (wire_bits + 7) / 8 */
	int min_wire_bits;   /* varbit fields empty */
	bool has_varbit;
	/* layout.c: storage, the C struct generated code keeps it in
	 * (runtime/ABI.md section 2): scalars in 1, 2, 4 or 8 bytes or a byte
	 * array; aggregates with natural alignment; a header's validity byte
	 * after its fields; a header stack's u32 next index after its elements */
	int store_size;
	int store_align;
	int valid_offset;    /* IT_HEADER: the validity byte */
	int next_offset;     /* IT_STACK with is_stack: the next index (u32) */
	bool laid_out;
	Loc loc;
};

/* ------------------------------------------------------------ storage */

/* A place that holds a value at run time. */
typedef enum IrVarKind {
	IV_PARAM,       /* a parameter of a block, action or function (`direction` says which way) */
	IV_LOCAL,       /* a local variable */
	IV_TEMP,        /* made by lowering */
	IV_ACTION_DATA, /* a directionless action parameter: from the control plane */
} IrVarKind;

typedef enum IrDirection { IRD_NONE, IRD_IN, IRD_OUT, IRD_INOUT } IrDirection;

struct IrVar {
	IrVarKind kind;
	const char *name;    /* unique within its block */
	const char *p4_name; /* as written in P4 */
	IrType *type;
	IrDirection direction;
	/* IV_ACTION_DATA, layout.c: where the value sits in a table's value
	 * (offset from the value's start: 8 + the offset in the action's struct) */
	int data_offset;
	int data_size;
	Loc loc;
};

/* ---------------------------------------------------------- expressions */

/* IR_EXPR_KINDS(X). ORDER: ir_expr_kind_name(). */
#define IR_EXPR_KINDS(X)                                                                           \
	X(IE_CONST, "const")         /* value, of `type` */                                        \
	X(IE_VAR, "var")             /* var */                                                     \
	X(IE_FIELD, "field")         /* a.field: struct, header, union or tuple */                 \
	X(IE_INDEX, "index")         /* a[b]: stack element, b any integer */                      \
	X(IE_STACK_NEXT, "next")     /* a.next (parsers) */                                        \
	X(IE_STACK_LAST, "last")     /* a.last */                                                  \
	X(IE_STACK_LAST_INDEX, "lastIndex") /* a.lastIndex: bit<32> */                             \
	X(IE_UNARY, "unary")         /* op a */                                                    \
	X(IE_BINARY, "binary")       /* a op b, `++` included */                                   \
	X(IE_MUX, "mux")             /* a ? b : c */                                               \
	X(IE_CAST, "cast")           /* (type) a */                                                \
	X(IE_SLICE, "slice")         /* a[hi:lo] */                                                \
	X(IE_PART_SELECT, "partSelect") /* a[b +: width]: b not compile-time known */              \
	X(IE_IS_VALID, "isValid")    /* a.isValid() of a header or union */                        \
	X(IE_LOOKAHEAD, "lookahead") /* packet.lookahead<type>() */                                \
	X(IE_PACKET_LENGTH, "length") /* packet.length(): bit<32> bytes */                         \
	X(IE_CALL, "call")           /* call: a function, extern function or extern method */      \
	X(IE_STRUCT, "struct")       /* args: a struct, header, tuple, stack or list value, in order */ \
	X(IE_INVALID, "invalid")     /* {#}: an invalid header or union */

typedef enum IrExprKind {
#define IR_EXPR_ENUM(k, n) k,
	IR_EXPR_KINDS(IR_EXPR_ENUM)
#undef IR_EXPR_ENUM
} IrExprKind;

struct IrExpr {
	IrExprKind kind;
	IrType *type;
	Loc loc;
	int op;               /* IE_UNARY, IE_BINARY: an Operator (ast.h) */
	const Value *value;   /* IE_CONST */
	IrVar *var;           /* IE_VAR */
	IrExpr *a, *b, *c;    /* operands; a: the base of IE_FIELD, IE_INDEX, IE_SLICE... */
	IrField *field;       /* IE_FIELD */
	int hi, lo;           /* IE_SLICE; IE_PART_SELECT: hi is the width */
	IR_VEC(IrExpr *) args; /* IE_STRUCT: one per field, stack element or list item */
	IrCall *call;         /* IE_CALL */
};

/* A call of a P4 function or an extern. */
typedef enum IrCallKind {
	IC_FUNCTION,        /* function: a P4 function, specialised */
	IC_EXTERN_FUNCTION, /* name: an extern function */
	IC_METHOD,          /* name on instance (an extern instance) or receiver (a parameter) */
} IrCallKind;

struct IrCall {
	IrCallKind kind;
	const char *name;       /* the function or method as P4 names it */
	IrFunction *function;   /* IC_FUNCTION */
	IrExtern *instance;     /* IC_METHOD on an instance */
	IrExpr *receiver;       /* IC_METHOD on an extern-typed parameter */
	const char *extern_type; /* IC_METHOD: the extern's name */
	IR_VEC(IrType *) type_args; /* of a generic extern function or method */
	IR_VEC(IrExpr *) args;  /* one per parameter; NULL: an omitted @optional argument */
	IR_VEC(IrDirection) dirs; /* each parameter's direction */
};

/* ----------------------------------------------------------- statements */

/* IR_STMT_KINDS(X). ORDER: ir_stmt_kind_name(). */
#define IR_STMT_KINDS(X)                                                                           \
	X(IS_BLOCK, "block")             /* body */                                                \
	X(IS_DECLARE, "declare")         /* var comes to life: rhs its initial value, or NULL      \
					    (headers invalid, everything else zero) */          \
	X(IS_ASSIGN, "assign")           /* lhs = rhs */                                           \
	X(IS_IF, "if")                   /* expr then els? */                                      \
	X(IS_SWITCH, "switch")           /* expr cases (values) */                                 \
	X(IS_APPLY, "apply")             /* table; hit_var (may be NULL) gets hit; cases (actions) */ \
	X(IS_CALL_ACTION, "call_action") /* action(args): every parameter, data ones included */   \
	X(IS_CALL, "call")               /* expr: an IE_CALL whose result is unused */             \
	X(IS_APPLY_BLOCK, "apply_block") /* parser or control instance applied with args */        \
	X(IS_EXTRACT, "extract")         /* extract(lhs) or extract(lhs, expr: varbit size) */     \
	X(IS_ADVANCE, "advance")         /* advance(expr bits) */                                  \
	X(IS_VERIFY, "verify")           /* verify(expr, rhs: the error) */                        \
	X(IS_EMIT, "emit")               /* emit(lhs): one header */                               \
	X(IS_SET_VALID, "setValid")      /* lhs.setValid() */                                      \
	X(IS_SET_INVALID, "setInvalid")  /* lhs.setInvalid() */                                    \
	X(IS_PUSH_FRONT, "push_front")   /* lhs.push_front(count) */                               \
	X(IS_POP_FRONT, "pop_front")     /* lhs.pop_front(count) */                                \
	X(IS_EXIT, "exit")                                                                         \
	X(IS_RETURN, "return")           /* expr? (functions) */                                   \
	X(IS_FOR, "for")                 /* init; expr; update: then */                            \
	X(IS_FOR_IN, "for_in")           /* var in lhs .. rhs, or var in expr (stack or list): then */ \
	X(IS_BREAK, "break")                                                                       \
	X(IS_CONTINUE, "continue")

typedef enum IrStmtKind {
#define IR_STMT_ENUM(k, n) k,
	IR_STMT_KINDS(IR_STMT_ENUM)
#undef IR_STMT_ENUM
} IrStmtKind;

/* One case of a switch: labels (`values` of IS_SWITCH, `actions` of
 * IS_APPLY; several when P4 cases fell through) or default, and its body. */
typedef struct IrCase {
	IR_VEC(const Value *) values;
	IR_VEC(IrAction *) actions;
	bool is_default;
	IrStmt *body;
} IrCase;

struct IrStmt {
	IrStmtKind kind;
	Loc loc;
	IR_VEC(IrStmt *) body;   /* IS_BLOCK */
	IrVar *var;              /* IS_DECLARE, IS_FOR_IN */
	IrExpr *lhs, *rhs;       /* see the kinds */
	IrExpr *expr;            /* condition, switch value, call, size, count... */
	IrStmt *then, *els;      /* IS_IF; loops: then is the body */
	IrStmt *init, *update;   /* IS_FOR */
	IR_VEC(IrCase *) cases;  /* IS_SWITCH, IS_APPLY */
	IrTable *table;          /* IS_APPLY */
	IrVar *hit_var;          /* IS_APPLY */
	IrAction *action;        /* IS_CALL_ACTION */
	IrParser *parser;        /* IS_APPLY_BLOCK */
	IrControl *control;      /* IS_APPLY_BLOCK */
	IR_VEC(IrExpr *) args;   /* IS_CALL_ACTION, IS_APPLY_BLOCK */
	int count;               /* IS_PUSH_FRONT, IS_POP_FRONT */
};

/* ---------------------------------------------------------- actions, tables */

struct IrAction {
	const char *name;
	const char *p4_name;     /* control.action; top-level actions: their own name */
	int id;                  /* assign-ids: 1..n program-wide; 0 before */
	IR_VEC(IrVar *) params;  /* directional ones, then IV_ACTION_DATA ones */
	IR_VEC(IrVar *) locals;  /* for generated C; each is declared in the body too */
	IrStmt *body;
	bool is_top_level;       /* declared outside any control (NoAction) */
	/* layout.c: the struct of the action data parameters in a table value */
	int data_size;
	int data_align;
	Loc loc;
};

typedef enum IrMatchKind { IMK_EXACT, IMK_LPM, IMK_TERNARY, IMK_RANGE, IMK_OPTIONAL, IMK_OTHER } IrMatchKind;

typedef struct IrKey {
	IrExpr *expr;
	IrMatchKind match;
	const char *match_name;  /* the match_kind as written */
	const char *p4_name;     /* the control-plane name: the expression as written, or @name */
	int width;               /* bits (bool 1, error 8, an enum its underlying width or 32) */
	/* layout.c: the field in the entries map's key (runtime/ABI.md) */
	int offset;
	int size;
	bool big_endian;
	Loc loc;
} IrKey;

/* One element of a keyset (select case or table entry). */
typedef enum IrKeysetKind {
	IKS_VALUE,     /* value */
	IKS_MASK,      /* value &&& mask */
	IKS_RANGE,     /* value .. mask (the upper bound) */
	IKS_DONTCARE,  /* _ or default */
	IKS_VALUE_SET, /* value_set */
} IrKeysetKind;

typedef struct IrKeyset {
	IrKeysetKind kind;
	const Value *value, *mask;
	IrValueSet *value_set;
} IrKeyset;

/* An action in a table's actions list: `args` binds its directional
 * parameters (NULL in the slots of data parameters). */
typedef struct IrActionRef {
	IrAction *action;
	IR_VEC(IrExpr *) args;
	bool default_only;       /* @defaultonly */
	bool table_only;         /* @tableonly */
} IrActionRef;

typedef struct IrEntry {
	IR_VEC(IrKeyset *) keys;  /* one per table key */
	IrAction *action;
	IR_VEC(const Value *) args; /* the action's data arguments, in parameter order */
	long priority;            /* -1 when the table's entries have no priorities */
	bool is_const;
	Loc loc;
} IrEntry;

/* The `implementation` property: ebpf_model.p4's hash_table and array_table,
 * or another extern (ActionProfile...) that the backend will refuse. */
typedef enum IrTableImpl { ITI_DEFAULT, ITI_HASH, ITI_ARRAY, ITI_OTHER } IrTableImpl;

/* layout.c: which maps hold the table (runtime/ABI.md section 1.2). */
typedef enum IrTableKind { ITK_EXACT, ITK_ARRAY, ITK_LPM, ITK_TERNARY, ITK_KEYLESS } IrTableKind;

struct IrTable {
	const char *name;         /* also the entries map's name */
	const char *p4_name;      /* control.table */
	IR_VEC(IrKey *) keys;
	IR_VEC(IrActionRef *) actions;
	IrAction *default_action; /* NULL only when NoAction is not declared */
	IR_VEC(const Value *) default_args; /* data arguments */
	bool default_is_const;
	IR_VEC(IrEntry *) entries;
	bool entries_are_const;
	bool has_priorities;
	uint64_t size;            /* the size property, else hash_table's or array_table's, else 0 */
	bool has_size;
	IrTableImpl implementation;
	uint64_t impl_size;       /* the implementation's first constructor argument */
	const char *impl_name;    /* the implementation's extern type */
	/* layout.c */
	IrTableKind kind;
	int key_size;             /* bytes of the entries map's key */
	int value_size;           /* bytes of the value: action id, priority, action data */
	Loc loc;
};

/* -------------------------------------------------------------- externs */

/* An instance of an extern object (CounterArray, hash_table, Register...)
 * with its constructor arguments evaluated and its type arguments applied. */
struct IrExtern {
	const char *name;
	const char *p4_name;
	const char *extern_type;    /* CounterArray, Register... */
	IR_VEC(IrType *) type_args;
	IR_VEC(const Value *) ctor_args; /* one per constructor parameter; NULL: omitted */
	IR_VEC(const char *) ctor_param_names;
	bool has_initializer;       /* abstract method implementations: not lowered */
	Loc loc;
};

/* A parser value set: `value_set<type>(size) name;`. */
struct IrValueSet {
	const char *name;
	const char *p4_name;
	IrType *type;
	int size;
	Loc loc;
};

/* -------------------------------------------------------------- parsers */

typedef struct IrSelectCase {
	IR_VEC(IrKeyset *) keysets; /* one per select expression */
	IrState *next;              /* NULL: accept or reject, see next_name */
	const char *next_name;
	Loc loc;
} IrSelectCase;

struct IrState {
	const char *name;          /* the P4 state name; accept and reject are not states */
	IrStmt *body;              /* IS_BLOCK */
	bool has_select;           /* transition select (...) { cases }; else to `next` */
	IR_VEC(IrExpr *) select;   /* the select's expressions (none for `select()`) */
	IR_VEC(IrSelectCase *) cases; /* without a default case, no match rejects with NoMatch */
	IrState *next;             /* without select: the state, NULL for accept/reject */
	const char *next_name;     /* its name: a state's, "accept" or "reject" */
	Loc loc;
};

struct IrParser {
	const char *name;
	const char *p4_name;
	const char *type_name;     /* the P4 parser declaration */
	IR_VEC(IrVar *) params;
	IR_VEC(IrVar *) locals;
	IR_VEC(IrValueSet *) value_sets;
	IR_VEC(IrState *) states;  /* start first, then in declaration order */
	IrStmt *init;              /* IS_BLOCK: local initialisers, run before start */
	Loc loc;
};

struct IrControl {
	const char *name;
	const char *p4_name;
	const char *type_name;     /* the P4 control declaration */
	IR_VEC(IrVar *) params;
	IR_VEC(IrVar *) locals;    /* the apply block's; actions keep their own */
	IR_VEC(IrAction *) actions; /* declared in this control */
	IR_VEC(IrTable *) tables;
	IrStmt *body;              /* IS_BLOCK: local initialisers, then the apply block */
	Loc loc;
};

/* A P4 function, specialised for one list of type arguments. */
struct IrFunction {
	const char *name;
	const char *p4_name;
	IrType *ret;
	IR_VEC(IrVar *) params;
	IR_VEC(IrVar *) locals;
	IrStmt *body;
	Loc loc;
};

/* ------------------------------------------------------------- program */

typedef enum IrArch {
	ARCH_NONE,        /* no `main`: every parser and control without constructor parameters */
	ARCH_UNKNOWN,     /* a package this compiler has no backend for (v1model, psa...) */
	ARCH_EBPF_FILTER, /* ebpf_model.p4: ebpfFilter(parse prs, filter filt) */
	ARCH_XDP,         /* xdp_model.p4: xdp(xdp_parse p, xdp_switch s, xdp_deparse d) */
	ARCH_NF,          /* p4lib/nf.p4 */
} IrArch;

/* A parameter of the package (dotted for packages inside packages) and the
 * block given for it. */
typedef struct IrBinding {
	const char *param;
	IrParser *parser;
	IrControl *control;
	const Value *value;   /* a compile-time value given for a value parameter */
	IrExtern *instance;   /* an extern instance given for an extern parameter */
} IrBinding;

struct IrProgram {
	IrArch arch;
	const char *package;         /* the package type of `main`, as P4 spells it */
	const char *source;          /* the P4 file */
	IR_VEC(IrBinding *) bindings; /* in package parameter order */
	IR_VEC(IrType *) types;      /* layout: aggregates and enums used, each after its fields' types */
	IR_VEC(const char *) errors; /* error members in declaration order: code = index */
	IR_VEC(IrExtern *) externs;
	IR_VEC(IrValueSet *) value_sets;
	IR_VEC(IrAction *) actions;  /* every action; after assign-ids, in id order */
	IR_VEC(IrTable *) tables;
	IR_VEC(IrFunction *) functions;
	IR_VEC(IrParser *) parsers;  /* the package's first, nested instances after their parent */
	IR_VEC(IrControl *) controls;
	bool laid_out;               /* the layout pass ran */

	/* What the passes work with. */
	Arena *arena;
	Diag *diag;
	ConstPool *pool;
	struct Node *ast;            /* the checked program: for `lower` only */
	IR_VEC(IrType *) all_types;  /* every IrType made, for the layout pass */
	struct IrNames *names;       /* the program-wide name space (ir_build.c) */
};

/* ---- ir_build.c ---- */
const char *ir_type_kind_name(IrTypeKind kind);
const char *ir_expr_kind_name(IrExprKind kind);
const char *ir_stmt_kind_name(IrStmtKind kind);
const char *ir_arch_name(IrArch arch);
const char *ir_match_kind_name(IrMatchKind mk);
const char *ir_table_kind_name(IrTableKind kind);

void *ir_vec_grow(Arena *arena, void *items, int len, int *cap, size_t elem_size);
IrProgram *ir_program_new(Arena *arena, Diag *diag, ConstPool *pool, struct Node *ast, const char *source);

IrType *ir_type_new(IrProgram *p, IrTypeKind kind);
IrType *ir_type_bits(IrProgram *p, int width, bool is_signed); /* shared per width */
IrType *ir_type_basic(IrProgram *p, IrTypeKind kind);          /* void, bool, int, error... shared */
bool ir_type_is_scalar(const IrType *t);   /* bool, bits, int, error, enum, match_kind */
bool ir_type_is_header_like(const IrType *t);
bool ir_type_equal(const IrType *a, const IrType *b);
/* The width of a scalar as a key field or action parameter: bool 1, error
 * 8, an enum its underlying width or 32; -1 for other types. */
int ir_scalar_width(const IrType *t);

IrExpr *ir_expr_new(IrProgram *p, IrExprKind kind, IrType *type, Loc loc);
IrExpr *ir_const(IrProgram *p, IrType *type, const Value *v, Loc loc);
IrExpr *ir_var_ref(IrProgram *p, IrVar *v, Loc loc);
IrExpr *ir_field_ref(IrProgram *p, IrExpr *base, IrField *f, Loc loc);
IrExpr *ir_expr_copy(IrProgram *p, const IrExpr *e); /* deep */
bool ir_expr_is_const(const IrExpr *e);
/* Whether evaluating e can change state (calls, lookahead). */
bool ir_expr_has_effects(const IrExpr *e);
IrStmt *ir_stmt_new(IrProgram *p, IrStmtKind kind, Loc loc);
IrStmt *ir_block_new(IrProgram *p, Loc loc);
void ir_block_add(IrProgram *p, IrStmt *block, IrStmt *s);
IrStmt *ir_assign(IrProgram *p, IrExpr *lhs, IrExpr *rhs, Loc loc);
IrStmt *ir_stmt_copy(IrProgram *p, const IrStmt *s); /* deep; variables and tables shared */
IrVar *ir_var_new(IrProgram *p, IrVarKind kind, const char *name, const char *p4_name, IrType *type,
		  Loc loc);

/* Walking the IR. ir_visit_program() visits every statement (before its
 * children) and every expression slot (after its children, so `expr` may
 * replace *slot), telling where it is through the `in_*` fields. Functions,
 * then top-level actions, then parsers, then controls with their actions
 * and tables. */
typedef struct IrVisitor IrVisitor;
struct IrVisitor {
	void *ctx;
	void (*stmt)(IrVisitor *v, IrStmt *s);
	void (*expr)(IrVisitor *v, IrExpr **slot);
	IrFunction *in_function;
	IrParser *in_parser;
	IrControl *in_control;
	IrAction *in_action;
	IrTable *in_table;
};
void ir_visit_program(IrProgram *p, IrVisitor *v);

/* Whether `pred` finds s or a statement inside it; IR_FIND_SKIP: not this
 * one, and nothing inside it either. */
typedef enum IrFind { IR_FIND_NO, IR_FIND_YES, IR_FIND_SKIP } IrFind;
typedef IrFind (*IrStmtPred)(const IrStmt *s, const void *ctx);
bool ir_stmt_any(const IrStmt *s, IrStmtPred pred, const void *ctx);
void ir_visit_stmt(IrVisitor *v, IrStmt *s);
void ir_visit_expr(IrVisitor *v, IrExpr **slot);

/* Name spaces: a unique C identifier from a P4 name (`.` and other
 * non-identifier characters become `_`), with `_N` on collision. */
typedef struct IrNames IrNames;
IrNames *ir_names_new(Arena *arena);
const char *ir_names_unique(IrNames *names, const char *p4_name);
/* Marks a name as taken (C keywords, runtime names). */
void ir_names_reserve(IrNames *names, const char *name);

/* ---- inline_parsers.c ---- */
/* The `inline-parsers` pass. Returns errors. */
int ir_inline_parsers(IrProgram *p);

/* ---- lower.c ---- */
/* The `lower` pass: p->ast (checked without errors) into p. Returns errors. */
int lower_program(IrProgram *p);

/* ---- layout.c ---- */
int ir_layout(IrProgram *p);
/* ABI.md section 2: the bytes a scalar of `width` bits is stored in. */
int ir_scalar_store_size(int width);

/* ---- passes.c ---- */
typedef struct IrPass {
	const char *name;
	const char *help;
	int (*run)(IrProgram *p); /* returns the number of errors it reported */
} IrPass;
const IrPass *ir_passes(int *n);
const IrPass *ir_pass_find(const char *name);
/* Lists the pass names, comma-separated, for messages. */
void ir_pass_names(StrBuf *out);
/* Runs every pass in order, stopping after `stop_after` (NULL: all) or at
 * the first pass that reports errors. Debug builds (P4EBPF_DEBUG) verify
 * the IR after each pass. Returns the number of errors. */
int ir_run_passes(IrProgram *p, const char *stop_after);

/* ---- ir_dump.c ---- */
void ir_dump(StrBuf *out, const IrProgram *p);
/* An expression as P4 text: with P4 names (`hdr.ipv4.ttl`, for key names)
 * or with the unique names. */
void ir_expr_text(StrBuf *out, const IrExpr *e, bool p4_names);
void ir_type_text(StrBuf *out, const IrType *t);

/* ---- ir_verify.c ---- */
/* Structural checks; reports each violation through BUG() (it is a compiler
 * bug, not a user error) unless `report` is false, then returns how many. */
int ir_verify(const IrProgram *p, bool report);

#endif
