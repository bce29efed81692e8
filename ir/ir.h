/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ir.h: the intermediate representation, and the table of contents of ir/.
 *
 *   ir.h            the IR: what the backend needs and nothing else
 *   ir_build.c      constructors
 *   lower*.c        typed AST -> IR (names resolved, generics specialised,
 *                   nested parsers and controls instantiated)
 *   layout.c        header, struct and metadata layouts in bits and bytes
 *   passes.c        the ordered table of named passes and the pass driver
 *   ir_dump.c       the IR as readable text (--dump-ir, --dump-ir-after=PASS)
 *   ir_verify.c     structural checks run after every pass in debug builds
 *
 * The IR has no scopes and no unresolved names: every variable, field, table,
 * action and extern instance is an object that expressions point at. Every
 * entity has a stable unique `name` derived from its P4 name (the P4 name
 * path joined with '_', made unique by a numeric suffix where needed) that
 * the backend uses for C identifiers and map names. Everything lives in the
 * compiler's arena. */
#ifndef P4EBPF_IR_H
#define P4EBPF_IR_H

#include <stdbool.h>
#include <stdint.h>

#include "../frontend/util.h"

typedef struct IrType IrType;
typedef struct IrField IrField;
typedef struct IrVar IrVar;
typedef struct IrExpr IrExpr;
typedef struct IrStmt IrStmt;
typedef struct IrAction IrAction;
typedef struct IrTable IrTable;
typedef struct IrExtern IrExtern;
typedef struct IrParser IrParser;
typedef struct IrState IrState;
typedef struct IrControl IrControl;
typedef struct IrProgram IrProgram;

/* A growable array of pointers (arena-backed where possible). */
#define IR_VEC(T)                                                                                  \
	struct {                                                                                   \
		T *items;                                                                          \
		int len, cap;                                                                      \
	}

/* ---------------------------------------------------------------- types */

#define IR_TYPE_KINDS(X)                                                                           \
	X(IT_VOID, "void")                                                                         \
	X(IT_BOOL, "bool")                                                                         \
	X(IT_BITS, "bits")        /* bit<W> or int<W>: width, is_signed */                         \
	X(IT_VARBIT, "varbit")    /* width: the maximum */                                         \
	X(IT_ERROR, "error")      /* encoded as a u8: ir->errors[] index */                       \
	X(IT_ENUM, "enum")        /* encoded as a u32 member index, or `underlying` when serializable */ \
	X(IT_HEADER, "header")    /* fields + a validity bit */                                    \
	X(IT_UNION, "union")      /* header members; at most one valid */                          \
	X(IT_STRUCT, "struct")                                                                     \
	X(IT_STACK, "stack")      /* elem (a header or union) x size, with nextIndex */            \
	X(IT_TUPLE, "tuple")      /* fields named f0, f1 ... */                                   \
	X(IT_STRING, "string")    /* only as extern arguments */

typedef enum IrTypeKind {
#define IR_TYPE_ENUM(k, n) k,
	IR_TYPE_KINDS(IR_TYPE_ENUM)
#undef IR_TYPE_ENUM
} IrTypeKind;

struct IrField {
	const char *name;   /* the P4 field name */
	IrType *type;
	int bit_offset;     /* headers: from the start of the header on the wire; else 0 */
	Loc loc;
};

struct IrType {
	IrTypeKind kind;
	const char *name;   /* P4 name of headers, structs, enums, unions; NULL otherwise */
	const char *c_name; /* stable unique name for the generated C type */
	int width;          /* IT_BITS, IT_VARBIT; IT_ENUM when serializable */
	bool is_signed;     /* IT_BITS */
	IR_VEC(IrField *) fields; /* IT_HEADER, IT_UNION, IT_STRUCT, IT_TUPLE */
	IrType *elem;       /* IT_STACK: element; IT_ENUM: underlying type or NULL */
	int size;           /* IT_STACK: number of elements */
	IR_VEC(const char *) members; /* IT_ENUM: member names, in order */
	IR_VEC(struct Value *) member_values; /* IT_ENUM when serializable */
	int wire_bits;      /* IT_HEADER: sum of field widths (varbit at its maximum) */
	bool has_varbit;    /* IT_HEADER */
	Loc loc;
};

/* ------------------------------------------------------------ storage */

/* A place that holds a value: a parameter of a block or action, a local,
 * a temporary made by lowering, or a constant with a value. */
typedef enum IrVarKind {
	IV_PARAM,     /* block or action parameter (direction says which way data flows) */
	IV_LOCAL,     /* local variable */
	IV_TEMP,      /* made by lowering */
	IV_CONST,     /* constant: `value` holds it */
	IV_ACTION_DATA, /* directionless action parameter: comes from the control plane */
} IrVarKind;

typedef enum IrDirection { IRD_NONE, IRD_IN, IRD_OUT, IRD_INOUT } IrDirection;

struct IrVar {
	IrVarKind kind;
	const char *name;    /* stable unique name */
	const char *p4_name; /* as written in P4 */
	IrType *type;
	IrDirection direction;
	struct Value *value; /* IV_CONST */
	IrExpr *init;        /* initializer of a local, if any */
	Loc loc;
};

/* ---------------------------------------------------------- expressions */

#define IR_EXPR_KINDS(X)                                                                           \
	X(IE_CONST, "const")         /* value: a compile-time value of `type` */                   \
	X(IE_VAR, "var")             /* var */                                                     \
	X(IE_FIELD, "field")         /* base.field */                                              \
	X(IE_INDEX, "index")         /* base[index]: a header stack element */                     \
	X(IE_STACK_NEXT, "next")     /* base.next (parsers only) */                                \
	X(IE_STACK_LAST, "last")     /* base.last */                                               \
	X(IE_STACK_LAST_INDEX, "lastIndex")                                                        \
	X(IE_UNARY, "unary")         /* op a */                                                    \
	X(IE_BINARY, "binary")       /* a op b (includes ++ concatenation) */                      \
	X(IE_MUX, "mux")             /* a ? b : c */                                               \
	X(IE_CAST, "cast")           /* (type) a */                                                \
	X(IE_SLICE, "slice")         /* a[hi:lo] */                                                \
	X(IE_IS_VALID, "isValid")    /* base.isValid() */                                          \
	X(IE_LOOKAHEAD, "lookahead") /* packet.lookahead<type>() */                                \
	X(IE_PACKET_LENGTH, "length") /* packet.length() */                                        \
	X(IE_EXTERN_CALL, "call")    /* an extern function or method that returns a value */       \
	X(IE_STRUCT, "struct")       /* {f0, f1...} of a struct, header or tuple type: args */     \
	X(IE_INVALID, "invalid")     /* {#}: an invalid header or union */                         \
	X(IE_TABLE_HIT, "hit")       /* table.apply().hit */                                       \
	X(IE_TABLE_MISS, "miss")     /* table.apply().miss */

typedef enum IrExprKind {
#define IR_EXPR_ENUM(k, n) k,
	IR_EXPR_KINDS(IR_EXPR_ENUM)
#undef IR_EXPR_ENUM
} IrExprKind;

struct IrExpr {
	IrExprKind kind;
	IrType *type;
	Loc loc;
	int op;              /* IE_UNARY, IE_BINARY: an Operator from ast.h */
	struct Value *value; /* IE_CONST */
	IrVar *var;          /* IE_VAR */
	IrExpr *a, *b, *c;   /* operands; a is the base of IE_FIELD/IE_INDEX */
	IrField *field;      /* IE_FIELD */
	int hi, lo;          /* IE_SLICE */
	IR_VEC(IrExpr *) args; /* IE_EXTERN_CALL, IE_STRUCT */
	IrExtern *instance;  /* IE_EXTERN_CALL on an extern object, IE_TABLE_* table's extern-free case: NULL */
	const char *method;  /* IE_EXTERN_CALL: method or function name */
	IrTable *table;      /* IE_TABLE_HIT, IE_TABLE_MISS */
};

/* ----------------------------------------------------------- statements */

#define IR_STMT_KINDS(X)                                                                           \
	X(IS_BLOCK, "block")             /* body */                                                \
	X(IS_DECLARE, "declare")         /* var: a local comes into scope (init, if any) */        \
	X(IS_ASSIGN, "assign")           /* lhs = rhs */                                           \
	X(IS_IF, "if")                   /* cond then else */                                      \
	X(IS_SWITCH, "switch")           /* on a value: expr, cases */                             \
	X(IS_APPLY, "apply")             /* table.apply(), with cases per action run */            \
	X(IS_CALL_ACTION, "call_action") /* action(args) called directly */                        \
	X(IS_EXTERN_CALL, "extern_call") /* expr: an IE_EXTERN_CALL whose result is unused */      \
	X(IS_EXTRACT, "extract")         /* packet.extract(lhs [, size]) */                        \
	X(IS_ADVANCE, "advance")         /* packet.advance(expr) */                                \
	X(IS_VERIFY, "verify")           /* verify(cond, error) */                                 \
	X(IS_EMIT, "emit")               /* packet.emit(expr) */                                   \
	X(IS_SET_VALID, "setValid")      /* lhs.setValid() */                                      \
	X(IS_SET_INVALID, "setInvalid")  /* lhs.setInvalid() */                                    \
	X(IS_PUSH_FRONT, "push_front")   /* lhs.push_front(count) */                               \
	X(IS_POP_FRONT, "pop_front")     /* lhs.pop_front(count) */                                \
	X(IS_EXIT, "exit")                                                                         \
	X(IS_RETURN, "return")           /* from an action or a control's apply block */           \
	X(IS_FOR, "for")                 /* init; cond; update: body (bounded, unrolled later) */

typedef enum IrStmtKind {
#define IR_STMT_ENUM(k, n) k,
	IR_STMT_KINDS(IR_STMT_ENUM)
#undef IR_STMT_ENUM
} IrStmtKind;

/* One case of a switch: `values` (empty for default) run `body` (NULL: falls
 * through to the next case's body). For IS_APPLY, `action` names the case. */
typedef struct IrCase {
	IR_VEC(struct Value *) values;
	IrAction *action;    /* IS_APPLY: the action run; NULL for default */
	bool is_default;
	IrStmt *body;
} IrCase;

struct IrStmt {
	IrStmtKind kind;
	Loc loc;
	IR_VEC(IrStmt *) body;   /* IS_BLOCK; IS_FOR's init and update go in init/update */
	IrVar *var;              /* IS_DECLARE */
	IrExpr *lhs, *rhs;       /* IS_ASSIGN; lhs of header operations and extract */
	IrExpr *expr;            /* condition, switch value, call, emit/advance argument, extract size */
	IrExpr *error;           /* IS_VERIFY: the error to signal */
	IrStmt *then, *els;      /* IS_IF; IS_FOR: then = body */
	IR_VEC(IrCase *) cases;  /* IS_SWITCH, IS_APPLY */
	IrTable *table;          /* IS_APPLY */
	IrAction *action;        /* IS_CALL_ACTION */
	IR_VEC(IrExpr *) args;   /* IS_CALL_ACTION */
	int count;               /* IS_PUSH_FRONT, IS_POP_FRONT */
	IrStmt *init, *update;   /* IS_FOR */
};

/* ---------------------------------------------------------- actions, tables */

struct IrAction {
	const char *name;        /* stable unique name */
	const char *p4_name;     /* as written in P4 (the control-plane name: control.action) */
	int id;                  /* 0..n-1 within the program; the control plane's action id */
	IR_VEC(IrVar *) params;  /* directional ones first, then IV_ACTION_DATA ones */
	IrStmt *body;
	Loc loc;
};

typedef enum IrMatchKind { IMK_EXACT, IMK_LPM, IMK_TERNARY, IMK_RANGE, IMK_OPTIONAL, IMK_OTHER } IrMatchKind;

typedef struct IrKey {
	IrExpr *expr;
	IrMatchKind match;
	const char *match_name;  /* the match_kind as written */
	const char *p4_name;     /* the key expression as written (control-plane name) */
	int width;               /* bits */
} IrKey;

/* A key element of an entry: a value with mask/prefix/range, or don't care. */
typedef struct IrKeyset {
	enum { IKS_VALUE, IKS_MASK, IKS_RANGE, IKS_DONTCARE, IKS_DEFAULT } kind;
	struct Value *value, *mask; /* IKS_RANGE: value .. mask */
} IrKeyset;

typedef struct IrEntry {
	IR_VEC(IrKeyset *) keys;  /* one per table key */
	IrAction *action;
	IR_VEC(struct Value *) args; /* the action's control-plane arguments */
	int priority;             /* larger wins; -1 when not given */
	bool is_const;
	Loc loc;
} IrEntry;

typedef enum IrTableImpl { ITI_DEFAULT, ITI_HASH, ITI_ARRAY } IrTableImpl;

struct IrTable {
	const char *name;         /* stable unique name, also the map name's stem */
	const char *p4_name;      /* control.table */
	IR_VEC(IrKey *) keys;
	IR_VEC(IrAction *) actions;
	IrAction *default_action;
	IR_VEC(struct Value *) default_args;
	bool default_is_const;
	IR_VEC(IrEntry *) entries;
	bool entries_are_const;
	uint64_t size;
	IrTableImpl implementation;
	Loc loc;
};

/* -------------------------------------------------------------- externs */

/* An instance of an extern object (CounterArray, Register, ...) with its
 * constructor arguments evaluated and its type arguments applied. */
struct IrExtern {
	const char *name;         /* stable unique name */
	const char *p4_name;
	const char *extern_type;  /* CounterArray, array_table... */
	IR_VEC(IrType *) type_args;
	IR_VEC(struct Value *) ctor_args;
	Loc loc;
};

/* -------------------------------------------------------------- parsers */

typedef struct IrSelectCase {
	IR_VEC(IrKeyset *) keysets; /* one per select expression; value-set cases use value_set */
	IrVar *value_set;           /* a value_set instance, or NULL */
	IrState *next;              /* NULL: accept or reject, see next_name */
	const char *next_name;
} IrSelectCase;

struct IrState {
	const char *name;          /* P4 state name; "accept" and "reject" exist implicitly */
	IrStmt *body;
	IR_VEC(IrExpr *) select;   /* empty: unconditional transition to `next` */
	IR_VEC(IrSelectCase *) cases;
	IrState *next;             /* unconditional transition target */
	const char *next_name;     /* "accept", "reject" or a state name */
	Loc loc;
};

struct IrParser {
	const char *name;
	IR_VEC(IrVar *) params;
	IR_VEC(IrVar *) locals;
	IR_VEC(IrVar *) value_sets; /* IV_LOCAL with kind-specific meaning: see value_set_size */
	IR_VEC(IrState *) states;  /* start first */
	Loc loc;
};

struct IrControl {
	const char *name;
	IR_VEC(IrVar *) params;
	IR_VEC(IrVar *) locals;
	IR_VEC(IrAction *) actions;
	IR_VEC(IrTable *) tables;
	IrStmt *body;
	Loc loc;
};

/* ------------------------------------------------------------- program */

typedef enum IrArch {
	ARCH_UNKNOWN,
	ARCH_EBPF_FILTER, /* ebpf_model.p4: ebpfFilter(parser, filter) */
	ARCH_XDP,         /* xdp_model.p4: xdp(parser, switch, deparser) */
	ARCH_NF,          /* p4lib/nf.p4 */
} IrArch;

struct IrProgram {
	IrArch arch;
	const char *package;       /* the package type of `main` */
	const char *source;        /* the P4 file */
	IR_VEC(IrType *) types;    /* every header, struct, union, enum and stack type used */
	IR_VEC(const char *) errors; /* error members, in declaration order (index = code) */
	IR_VEC(IrVar *) constants;
	IR_VEC(IrExtern *) externs;
	IR_VEC(IrAction *) actions;  /* every action of every control, ids in order */
	IR_VEC(IrTable *) tables;
	IR_VEC(IrParser *) parsers;  /* the package's parser first */
	IR_VEC(IrControl *) controls; /* the package's controls in parameter order */
};

#endif
