/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* be.h: the eBPF backend, and the table of contents of backend-ebpf/.
 *
 *   be.h             the backend's interface and what its files share
 *   emit.c           the code builder: lines, blocks, comments, indentation,
 *                    all in memory; files written through a temp + rename
 *   be.c             be_generate(): hook choice, the shared core's state,
 *                    names, the order of the output's sections
 *   be_analyze.c     what the emitters decide from: header offsets along
 *                    parser paths, fields and validity the control may write
 *   emit_types.c     C types for P4 types: scalars, headers, structs, stacks
 *   emit_expr.c      expressions and lvalues
 *   emit_stmt.c      statements of controls, actions and functions; externs
 *   emit_parser.c    parser state machines: one bounds check per state
 *   emit_table.c     tables (keys, values, maps, apply) and action dispatch
 *   emit_deparser.c  deparsers: in-place rewrite of changed fields, or a
 *                    full re-serialisation after moving the packet's head
 *   emit_prog.c      the program entry of each hook: filter on TC or XDP,
 *                    xdp's switch on XDP
 *   emit_json.c      the control-plane description (runtime/ABI.md)
 *   clang.c          running clang on the generated C; runtime/bpf lookup;
 *                    dependency files
 *   p4c-ebpf.c       the driver
 *
 * The backend only prints decisions already made: the IR's layout (ir/
 * layout.c) fixes every offset and size, runtime/ABI.md every map and name
 * rule. Output is byte-for-byte deterministic: names come from the IR,
 * iteration follows the IR's vectors, nothing depends on addresses. */
#ifndef P4EBPF_BE_H
#define P4EBPF_BE_H

#include <stdbool.h>

#include "../frontend/util.h"
#include "../ir/ir.h"

/* ---- emit.c ---- */

/* A code builder over a StrBuf: `be_line` writes one indented line,
 * `be_open` a line ending in `{` and indents, `be_close` outdents and
 * writes `}`. Lines with the text "" are blank and carry no indentation. */
typedef struct Emit {
	StrBuf *out;
	int indent;
} Emit;

void be_line(Emit *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void be_open(Emit *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void be_block(Emit *e); /* a bare `{` */
/* `case X: {` (or `default: {`) with the body indented; be_close ends it. */
void be_case(Emit *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void be_close(Emit *e, const char *suffix); /* "}" + suffix (";", " else {"...) */
/* A comment; "\n" in the text continues it on the next line. */
void be_comment(Emit *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void be_blank(Emit *e);
/* Appends text (which may be empty) to out. */
void be_append(StrBuf *out, const StrBuf *text);
/* A label at column 0 (C labels are outdented by convention). */
void be_label(Emit *e, const char *label);
/* Writes `len` bytes to `path` through a temporary file and a rename, so a
 * failed run never leaves a half-written file. Returns 0 or -1 (reported). */
int be_write_file(const char *path, const char *text, size_t len, Diag *diag);

/* ---- be.c ---- */

typedef enum BeHook { BE_HOOK_TC, BE_HOOK_XDP } BeHook;

typedef struct BeOptions {
	const char *arch;        /* --arch: "filter", "xdp", "tc", or NULL: from the package */
	const char *name;        /* the NF's name (the output's stem) */
	const char *source;      /* the P4 file as given */
	const char *const *extern_files; /* --extern-file: C files #included into the output */
	int n_extern_files;
} BeOptions;

/* Generates the eBPF C of p into `c` and its description into `json`.
 * Returns the number of errors reported. */
int be_generate(IrProgram *p, const BeOptions *opts, StrBuf *c, StrBuf *json);
/* --emit-externs: C prototypes of the extern functions the program calls
 * and the backend does not implement, for an --extern-file to define. */
int be_emit_externs(IrProgram *p, const BeOptions *opts, StrBuf *out);

/* ---- clang.c ---- */

/* Where runtime/bpf is: $P4EBPF_RUNTIME, else next to the running compiler
 * (build tree or installed tree: ../share/p4ebpf/runtime/bpf), else the
 * configured PREFIX/share/p4ebpf/runtime/bpf. */
const char *be_runtime_dir(void);
/* Compiles the C file `c_path` to the BPF object `obj_path` with clang
 * (-O2 -g -target bpf). Returns 0; -1 when clang could not run, 1 when it
 * failed (both reported). */
int be_run_clang(const char *c_path, const char *obj_path, Diag *diag);
/* A make rule `target: deps...` from the line markers of cpp's output, with
 * an empty rule per dependency (like -MP) so deleted files do not break make. */
void be_deps_rule(StrBuf *out, const char *target, const char *cpp_output, size_t len);

/* ---------------------------------------------------------------- internal */

/* How the emitters reach a variable in the function being written. */
typedef struct BeVarSlot {
	const IrVar *var;
	bool is_ptr;       /* a pointer parameter: `v->f`, `*v` */
	const char *cname; /* NULL: the IR's name */
} BeVarSlot;

/* A header instance the parser extracts, identified by its path below the
 * headers parameter (".ipv4"; a stack by its own path, ".vlan"). */
typedef struct BeHdrUse {
	const char *path;
	IrType *type;      /* the header type (a stack's element) */
	int offset;        /* bytes from the packet's start; -1 when not constant */
	bool is_stack;
	bool written;      /* some field may be written after parsing */
	bool untracked;    /* written otherwise than by the control's assignments:
			    * the deparser stores it whatever happened */
	bool all_fields;   /* the whole header may be written */
	IR_VEC(int) fields; /* indexes of the fields that may be written, when !all_fields */
	int index;         /* position in Be.hdrs */
} BeHdrUse;

/* The headers along one path through the parser, in packet order. */
typedef struct BePath {
	const char **hdrs;
	int len;
} BePath;

/* The function being written. */
typedef struct BeFunc {
	struct BeFunc *outer;
	IR_VEC(BeVarSlot) slots;
	const char *ret_label;   /* where `return` in an inlined action goes */
	const char *cont_label;  /* where `continue` goes in a three-part for */
	bool is_function;        /* a P4 function: `return e` */
	bool is_control;         /* `exit` returns 1 */
	bool in_parser;
	bool in_deparser;
	bool in_place;           /* the deparser's emits are no-ops */
	bool record_offsets;     /* the parser notes where headers were */
	bool direct;             /* the package's control: reads fields from the packet */
	bool start_referenced;   /* a transition goes back to the start state */
	bool used_accept, used_reject;
	const IrParser *parser;
} BeFunc;

#define BE_MAX_PATHS 64

typedef struct Be {
	IrProgram *p;
	Arena *arena;
	Diag *diag;
	const BeOptions *opts;
	BeHook hook;
	const char *arch_name;  /* ABI: ebpf_filter, xdp, nf */
	const char *prog_name;  /* the entry function */
	/* the package's blocks */
	IrParser *parser;
	IrControl *control;
	IrControl *deparser;
	/* sections of the output, joined in this order */
	StrBuf head, types, maps, funcs, entry;
	Emit e;                 /* the emitter of the section being written */
	BeFunc *fn;             /* the function being written */
	int tmp;                /* numbering of temporaries and labels */
	/* be_analyze.c */
	IR_VEC(BeHdrUse *) hdrs;
	const IrVar *hdr_param_parser;
	const IrVar *ctl_hdr_param;  /* the control's headers parameter */
	BePath *paths[BE_MAX_PATHS];
	int n_paths;
	bool paths_known;       /* every parse path was followed */
	bool has_advance;       /* the parser skips bytes: they are not emitted back */
	bool has_varbit;        /* some parsed header has a varbit field */
	bool validity_changes;  /* the control or deparser may make a header (in)valid */
	bool in_place;          /* the deparser rewrites fields where they are */
	bool parse_offsets_known;
	IR_VEC(const char *) emit_order; /* the deparser's emits, straight-line */
	/* emission state */
	bool uses_redirect;
	bool uses_scratch;      /* block parameters live in the per-CPU scratch map */
	bool deparse_measure;   /* the deparser's first pass: count bytes */
	bool varbit_copy_done;  /* p4e_varbit_copy() is in funcs */
	IR_VEC(const IrType *) types_done;
} Be;

/* Reports an error at loc; the output is then not written. */
void be_error(Be *be, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* printf into the arena. */
const char *be_fmt(Be *be, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "file.p4:line" of a location, for comments; "?" when unknown. */
const char *be_where(Be *be, Loc loc);
/* The function context: how variables are reached. */
void be_fn_begin(Be *be, BeFunc *fn);
void be_fn_end(Be *be);
/* Writes `static __always_inline int NAME(PARAMS) { BODY }` at be->e and
 * frees PARAMS and BODY. */
void be_put_function(Be *be, const char *name, StrBuf *params, StrBuf *body);
void be_slot(Be *be, const IrVar *v, bool is_ptr);
const BeVarSlot *be_find_slot(Be *be, const IrVar *v);

/* ---- be_analyze.c ---- */
void be_analyze(Be *be);
/* The path of an lvalue below its root variable (".ipv4.ttl"; ".vlan[]" for
 * a stack's next or last), or NULL when it goes through a run-time index.
 * *root is the root variable. */
const char *be_lvalue_path(Be *be, const IrExpr *e, const IrVar **root);
BeHdrUse *be_hdr_find(Be *be, const char *path);
/* Whether never-written fields of parsed headers can be read in the packet
 * (where they are when the control runs) instead of the headers' struct:
 * the loads then happen where they are used, not across helper calls. */
bool be_direct_reads(const Be *be);
const BeHdrUse *be_direct_field(Be *be, const IrExpr *e, int *field);
/* A header's bytes on the wire (-1 with varbit fields), and a field's bit
 * offset from its first bit (from the varbit's end for a field after one). */
int be_header_bytes(const IrType *t);
int be_field_bit_offset(const IrType *t, int index);
/* Its varbit field (NULL: none, or not on a byte) and the bytes around it. */
const IrField *be_header_varbit(const IrType *t, int *before, int *after);
/* Whether s is or holds an extract or an advance. */
bool be_moves_cursor(const IrStmt *s);

/* ---- emit_types.c ---- */
/* The C type that holds a scalar of `width` bits: __u8 .. __u64, or NULL
 * when it is a byte array. */
const char *be_uint_type(int width);
const char *be_sint_type(int width);
/* The C type of t ("struct ipv4_t", "__u16", "__u8" for bool); for scalars
 * wider than 64 bits `*array_len` is set to the byte count (else 0). */
const char *be_ctype(Be *be, const IrType *t, int *array_len);
/* A declaration `TYPE name` or `__u8 name[N]`. */
const char *be_decl(Be *be, const IrType *t, const char *name);
/* The P4 spelling of a type, for comments. */
const char *be_p4type(Be *be, const IrType *t);
/* Emits the C definition of t and of the types it contains (once). */
void be_emit_type(Be *be, const IrType *t);
void be_emit_types(Be *be);
bool be_is_aggregate(const IrType *t);
int be_type_width(const IrType *t); /* scalars: bits; others -1 */
/* sizeof and _Alignof of the C type clang makes of t. */
int be_type_size(const IrType *t);
int be_type_align(const IrType *t);

/* ---- emit_expr.c ---- */
/* An rvalue as C text. Scalars come out in their storage type's range. */
const char *be_expr(Be *be, const IrExpr *e);
/* An lvalue as C text. */
const char *be_lvalue(Be *be, const IrExpr *e);
/* A condition for `if (...)`: the expression without its outer parentheses. */
const char *be_cond(Be *be, const IrExpr *e);
const char *be_strip_parens(Be *be, const char *text);
/* Whether e computes values wider than 64 bits into temporaries: the
 * statement using it then gets a block of its own, so that the stack slots
 * of the temporaries are reused by the next statement. */
bool be_expr_wide_tmps(const IrExpr *e);
/* A compile-time value of `width` bits as a C constant. */
const char *be_value(Be *be, const Value *v, int width);
/* A wide value's (width+7)/8 big-endian bytes, as `{0x.., ...}`. */
const char *be_value_bytes(Be *be, const Value *v, int width);
/* `lhs = rhs` as statements (byte arrays: memcpy or byte stores). */
void be_assign(Be *be, const IrExpr *lhs, const IrExpr *rhs);
void be_assign_text(Be *be, const IrType *t, const char *lhs, const char *rhs);

/* ---- emit_stmt.c ---- */
void be_stmt(Be *be, const IrStmt *s);
void be_mark_dirty(Be *be, const IrExpr *lhs);
/* Inlines action `a`: parameters from `args` (NULL slots: data parameters
 * from `data`, the value's action struct, e.g. `v->u.pipe_Reject`). */
void be_inline_action(Be *be, const IrAction *a, const IrExpr *const *args, int nargs,
		      const char *data, bool own_block);
/* The statements of a block, without braces of their own. */
void be_stmts(Be *be, const IrStmt *s);
/* Declares variables zeroed (headers invalid) and makes them reachable. */
void be_declare_vars(Be *be, IrVar *const *vars, int n);
void be_emit_functions(Be *be);
void be_emit_extern_maps(Be *be);
/* A call as C text in *result; false after an error. */
bool be_extern_call(Be *be, const IrCall *c, const char **result);

/* ---- emit_parser.c ---- */
/* A value set's key (runtime/ABI.md, 3.8): the fields of its type in
 * order, host-order integers of at most 64 bits, natural alignment; and
 * the slot {__u32 used; KEY value; KEY mask;} of its array map. */
#define BE_MAX_VS_FIELDS 16
#define BE_MAX_VS_SIZE 64
typedef struct BeVsLayout {
	int n;
	const char *name[BE_MAX_VS_FIELDS];
	int width[BE_MAX_VS_FIELDS], offset[BE_MAX_VS_FIELDS], size[BE_MAX_VS_FIELDS];
	int key_size, value_offset, mask_offset, slot_size;
} BeVsLayout;
/* False when the type cannot be a value set's key (not reported). */
bool be_value_set_layout(const IrValueSet *vs, BeVsLayout *l);
/* The maps and match functions of the parser's value sets. */
void be_emit_value_sets(Be *be);
void be_emit_parser(Be *be, const IrParser *prs);
void be_parser_stmt(Be *be, const IrStmt *s);
const char *be_parser_lookahead(Be *be, const IrExpr *e);
/* The name of the function that copies a varbit field's bytes between the
 * packet and a header; the first call writes it into funcs. */
const char *be_varbit_copy(Be *be);
/* A field of `width` bits at bit `bit` from packet pointer p, as a value. */
const char *be_load_field(Be *be, const char *p, int bit, int width, const IrType *ft);
/* Loads a whole header from packet pointer p into lvalue dst (valid = 1),
 * stores field i of the header in lvalue src at p. */
void be_load_header(Be *be, const IrType *t, const char *dst, const char *p);
void be_store_field(Be *be, const IrType *t, int i, const char *src, const char *p);

/* ---- emit_table.c ---- */
#define BE_MAX_KEYS 64
typedef struct BeKeyLayout {
	int n;
	int key_size;
	int offset[BE_MAX_KEYS], size[BE_MAX_KEYS];
	bool big[BE_MAX_KEYS];
} BeKeyLayout;
IrTableKind be_table_kind(const IrTable *t);
const char *be_table_kind_name(const IrTable *t);
int be_table_max_masks(const IrTable *t);
uint64_t be_table_size(const IrTable *t);
void be_key_layout(const IrTable *t, BeKeyLayout *kl);
/* Offsets in the value of a's data parameters; returns its struct's size. */
int be_action_data_layout(const IrAction *a, int *offsets, int max, int *align);
int be_value_size(const IrTable *t);
void be_emit_action_ids(Be *be);
void be_emit_tables(Be *be);
void be_apply_table(Be *be, const IrStmt *s);

/* ---- emit_deparser.c ---- */
void be_emit_deparser(Be *be, const IrControl *dep);
void be_deparser_emit_stmt(Be *be, const IrStmt *s);

/* ---- emit_prog.c ---- */
void be_emit_control(Be *be, const IrControl *c);
void be_emit_entry(Be *be);

/* ---- emit_json.c ---- */
int be_emit_json(Be *be, StrBuf *out);

#endif
