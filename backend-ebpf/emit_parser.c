/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit_parser.c: parser state machines.
 *
 * A parser is one function; each state is a labelled block that the
 * transitions reach with goto. A state checks the packet's length once for
 * everything it extracts (and looks ahead at) before it reads a byte, so the
 * verifier sees one comparison with data_end per state, then loads every
 * field with the runtime's byte-order helpers into the header's struct.
 * What moves the cursor by an amount known only at run time (a varbit
 * extract, an advance by a run-time amount, an extract under a condition)
 * starts a new stretch of the state with one check of its own; a
 * lookahead that not every packet through its stretch evaluates (in a
 * branch, on the right of && or ?:) checks the length itself. The cursor
 * `p4e_off` counts bytes from the packet's start; clang folds it to a
 * constant along paths without loops and run-time moves. It moves by whole
 * bytes: an advance or a varbit extract by a number of bits that is not a
 * multiple of 8 is an error when it is a constant, and rejects the packet
 * (ParserInvalidArgument) at run time.
 *
 * The function returns 0 on accept and -1 on reject (every error rejects:
 * the architectures here have no parser_error to report it in). */
#include <string.h>

#include "be.h"

/* ---- loads and stores of header fields ---- */

const char *be_load_field(Be *be, const char *p, int bit, int width, const IrType *ft)
{
	const char *v;
	const char *at = bit / 8 ? be_fmt(be, "%s + %d", p, bit / 8) : p;
	if (bit % 8 == 0 && width == 8)
		v = be_fmt(be, "*(__u8 *)(%s)", at);
	else if (bit % 8 == 0 && (width == 16 || width == 32 || width == 48 || width == 64))
		v = be_fmt(be, "p4e_load_u%d(%s)", width, at);
	else
		v = be_fmt(be, "(%s)p4e_load_bits(%s, %d, %d)", be_uint_type(width), p, bit, width);
	if (ft->kind == IT_BITS && ft->is_signed) {
		int sw = width <= 8 ? 8 : width <= 16 ? 16 : width <= 32 ? 32 : 64;
		if (sw == width)
			return be_fmt(be, "(%s)%s", be_sint_type(width), v);
		return be_fmt(be, "((%s)((__u%d)%s << %d) >> %d)", be_sint_type(width), sw, v, sw - width,
			      sw - width);
	}
	return v;
}

/* dst = the scalar of type ft at bit `bit` past packet pointer p. False
 * when it is wider than 64 bits and not on whole bytes (not written). */
static bool load_scalar(Be *be, const IrType *ft, const char *dst, const char *p, int bit)
{
	int w = be_type_width(ft);
	if (w <= 64) {
		be_line(&be->e, "%s = %s;", dst, be_load_field(be, p, bit, w, ft));
		return true;
	}
	if (bit % 8 || w % 8)
		return false;
	const char *at = bit / 8 ? be_fmt(be, "%s + %d", p, bit / 8) : p;
	be_line(&be->e, "__builtin_memcpy(%s, %s, %d);", dst, at, w / 8);
	return true;
}

/* Loads fields [from, to) of header `t` at packet pointer p into lvalue `dst`. */
static void load_fields(Be *be, const IrType *t, int from, int to, const char *dst, const char *p)
{
	for (int i = from; i < to; i++) {
		const IrField *f = t->fields.items[i];
		if (be_type_width(f->type) < 0)
			be_error(be, f->loc, "field '%s': varbit fields are not supported yet", f->name);
		else if (!load_scalar(be, f->type, be_fmt(be, "%s.%s", dst, f->name), p, be_field_bit_offset(t, i)))
			be_error(be, f->loc, "field '%s': fields wider than 64 bits must start and end on a byte",
				 f->name);
	}
}

/* Loads every field of header `t` at packet pointer p into lvalue `dst`. */
void be_load_header(Be *be, const IrType *t, const char *dst, const char *p)
{
	load_fields(be, t, 0, t->fields.len, dst, p);
	be_line(&be->e, "%s.ebpf_valid = 1;", dst);
}

/* Stores field i of header `t` from lvalue `src` at packet pointer p. */
void be_store_field(Be *be, const IrType *t, int i, const char *src, const char *p)
{
	Emit *e = &be->e;
	const IrField *f = t->fields.items[i];
	int bit = be_field_bit_offset(t, i);
	int w = be_type_width(f->type);
	const char *v = be_fmt(be, "%s.%s", src, f->name);
	if (w > 64) {
		be_line(e, "__builtin_memcpy(%s + %d, %s, %d);", p, bit / 8, v, w / 8);
		return;
	}
	if (w < 0)
		return;
	const char *at = bit / 8 ? be_fmt(be, "%s + %d", p, bit / 8) : p;
	if (bit % 8 == 0 && w == 8)
		be_line(e, "*(__u8 *)(%s) = %s;", at, v);
	else if (bit % 8 == 0 && (w == 16 || w == 32 || w == 48 || w == 64))
		be_line(e, "p4e_store_u%d(%s, %s);", w, at, v);
	else
		be_line(e, "p4e_store_bits(%s, %d, %d, %s);", p, bit, w, v);
}

/* ---- states ---- */

typedef struct PState {
	const IrState *st;
	int cur;        /* bytes of the state consumed so far, past p4e_p */
	int checked;    /* bytes past p4e_p that a bounds check covers */
	int nested;     /* inside a conditional statement that moves the cursor */
	IR_VEC(const IrExpr *) cond; /* lookaheads only &&, || or ?: may evaluate */
} PState;

static PState *ps; /* the state being written */
static bool off_varies; /* the parser moves the cursor by run-time amounts */

/* p4e_p at the cursor. Once p4e_off is a run-time value, each pointer that
 * clang derives from p4e_data + p4e_off anew is a new pointer to the
 * verifier, without the bounds check: the checked one is kept opaque. */
static void set_cursor(Be *be)
{
	be_line(&be->e, "p4e_p = p4e_data + p4e_off;");
	if (off_varies)
		be_line(&be->e, "barrier_var(p4e_p);");
}

/* Whether s moves the cursor by an amount known only at run time: a varbit
 * extract, an advance by a run-time amount, a conditional statement that
 * extracts or advances. */
static bool moves_at_run_time(const IrStmt *s)
{
	switch (s->kind) {
	case IS_EXTRACT:
		return s->expr != NULL;
	case IS_ADVANCE:
		return !s->expr || s->expr->kind != IE_CONST;
	case IS_BLOCK:
		for (int i = 0; i < s->body.len; i++)
			if (moves_at_run_time(s->body.items[i]))
				return true;
		return false;
	default:
		return be_moves_cursor(s);
	}
}

static const char *state_label(Be *be, const char *name)
{
	return be_fmt(be, "state_%s", name);
}

static const char *goto_next(Be *be, const IrState *next, const char *name)
{
	if (next)
		return be_fmt(be, "goto %s;", state_label(be, next->name));
	if (name && strcmp(name, "accept") == 0) {
		be->fn->used_accept = true;
		return "goto accept;";
	}
	be->fn->used_reject = true;
	return "goto reject;";
}

/* ---- lookahead ---- */

/* The bits a value of type t takes in the packet; -1 when it has no wire
 * form (sema allows lookahead only of types that have one, but a struct
 * may still hold a header union: which of its headers would be valid?). */
static int wire_bits(const IrType *t)
{
	switch (t->kind) {
	case IT_BOOL:
		return 1;
	case IT_BITS:
		return t->width;
	case IT_ENUM:
		return t->elem ? t->elem->width : -1;
	case IT_HEADER:
	case IT_STRUCT:
	case IT_TUPLE: {
		int bits = 0;
		for (int i = 0; i < t->fields.len; i++) {
			int w = wire_bits(t->fields.items[i]->type);
			if (w < 0)
				return -1;
			bits += w;
		}
		return bits;
	}
	case IT_STACK: {
		int w = wire_bits(t->elem);
		return w < 0 ? -1 : w * t->size;
	}
	default:
		return -1;
	}
}

static int lookahead_bytes_of(const IrExpr *e)
{
	int w = wire_bits(e->type);
	return w < 0 ? 0 : (w + 7) / 8;
}

/* Calls fn on every lookahead in e; `cond` says whether it is evaluated
 * only when an operand of &&, || or ?: before it says so. */
typedef void LookaheadFn(const IrExpr *la, bool cond, void *arg);

static void each_lookahead(const IrExpr *e, bool cond, LookaheadFn *fn, void *arg)
{
	if (!e)
		return;
	if (e->kind == IE_LOOKAHEAD)
		fn(e, cond, arg);
	bool short_circuit = (e->kind == IE_BINARY && (e->op == OP_AND || e->op == OP_OR)) || e->kind == IE_MUX;
	each_lookahead(e->a, cond, fn, arg);
	each_lookahead(e->b, cond || short_circuit, fn, arg);
	each_lookahead(e->c, cond || short_circuit, fn, arg);
	for (int i = 0; i < e->args.len; i++)
		each_lookahead(e->args.items[i], cond, fn, arg);
	if (e->kind == IE_CALL && e->call)
		for (int i = 0; i < e->call->args.len; i++)
			each_lookahead(e->call->args.items[i], cond, fn, arg);
}

static void widest(const IrExpr *la, bool cond, void *arg)
{
	int *max = arg;
	if (!cond && lookahead_bytes_of(la) > *max)
		*max = lookahead_bytes_of(la);
}

/* The bytes past the cursor that the lookaheads e always evaluates read
 * (the widest one). */
static int lookahead_bytes(const IrExpr *e)
{
	int max = 0;
	each_lookahead(e, false, widest, &max);
	return max;
}

static void note_cond(const IrExpr *la, bool cond, void *arg)
{
	if (cond)
		IR_PUSH(((Be *)arg)->arena, ps->cond, la);
}

/* Notes in ps->cond the lookaheads of s, and of the statements in it, that
 * run only when an operand of &&, || or ?: says so. */
static void note_cond_lookaheads(Be *be, const IrStmt *s)
{
	if (!s)
		return;
	each_lookahead(s->lhs, false, note_cond, be);
	each_lookahead(s->rhs, false, note_cond, be);
	each_lookahead(s->expr, false, note_cond, be);
	for (int i = 0; i < s->args.len; i++)
		each_lookahead(s->args.items[i], false, note_cond, be);
	note_cond_lookaheads(be, s->then);
	note_cond_lookaheads(be, s->els);
	note_cond_lookaheads(be, s->init);
	note_cond_lookaheads(be, s->update);
	for (int i = 0; i < s->body.len; i++)
		note_cond_lookaheads(be, s->body.items[i]);
	for (int i = 0; i < s->cases.len; i++)
		note_cond_lookaheads(be, s->cases.items[i]->body);
}

/* A stretch of a state: from its start, or from a move of the cursor by a
 * run-time amount (a varbit extract, an advance), to the next such move or
 * the state's end. Everything it reads sits at a fixed offset past the
 * cursor, so one bounds check covers the stretch. */
typedef struct Stretch {
	const IrStmt *after; /* it starts after this statement (NULL: at the start) */
	int cur;             /* bytes consumed so far */
	int max;             /* bytes read so far */
	bool end;            /* a run-time move ended it */
} Stretch;

/* The stretch reads `n` bytes past its cursor. */
static void stretch_reads(Stretch *sp, int n)
{
	if (sp->cur + n > sp->max)
		sp->max = sp->cur + n;
}

static void stretch_stmt(Stretch *sp, const IrStmt *s)
{
	if (sp->end)
		return;
	if (s->kind == IS_BLOCK) {
		for (int i = 0; i < s->body.len; i++)
			stretch_stmt(sp, s->body.items[i]);
		return;
	}
	if (sp->after) {
		if (s == sp->after)
			sp->after = NULL;
		return;
	}
	/* Its lookaheads (in a varbit's size too) read before it moves the cursor. */
	stretch_reads(sp, lookahead_bytes(s->expr));
	stretch_reads(sp, lookahead_bytes(s->rhs));
	int n;
	switch (s->kind) {
	case IS_EXTRACT:
		n = be_header_bytes(s->lhs->type);
		if (s->expr || n < 0) {
			sp->end = true;
			return;
		}
		sp->cur += n;
		stretch_reads(sp, 0);
		return;
	case IS_ADVANCE:
		if (!s->expr || s->expr->kind != IE_CONST) {
			sp->end = true;
			return;
		}
		sp->cur += (int)(value_get_u64(s->expr->value) / 8);
		stretch_reads(sp, 0);
		return;
	default:
		/* Branches are not followed; extracts there end the stretch. */
		sp->end = be_moves_cursor(s);
		return;
	}
}

/* The bytes past the cursor that the stretch of `st` after statement
 * `after` reads, `cur` of them consumed already; its select's lookaheads
 * when it reaches the end of the state. */
static int stretch_bytes(const IrState *st, const IrStmt *after, int cur)
{
	Stretch sp = {.after = after, .cur = cur, .max = cur};
	if (st->body)
		stretch_stmt(&sp, st->body);
	if (sp.after) /* `after` is in a branch: what follows checks for itself */
		return cur;
	for (int i = 0; i < st->select.len && !sp.end; i++)
		stretch_reads(&sp, lookahead_bytes(st->select.items[i]));
	return sp.max;
}

/* `if (P + N > p4e_data_end) goto reject;` with P the packet pointer p. */
static void check_bytes_at(Be *be, const char *p, int n)
{
	be->fn->used_reject = true;
	if (n)
		be_line(&be->e, "if (%s + %d > p4e_data_end)", p, n);
	else
		be_line(&be->e, "if (%s > p4e_data_end)", p);
	be_line(&be->e, "\tgoto reject; /* error.PacketTooShort */");
}

static void check_bytes(Be *be, int n)
{
	check_bytes_at(be, "p4e_p", n);
}

/* Loads the value of type t at bit `bit` past packet pointer p into
 * lvalue dst, as lookahead<T>() returns it: its headers valid, its header
 * stacks full. */
static void load_value(Be *be, const IrExpr *la, const IrType *t, const char *dst, const char *p, int bit)
{
	switch (t->kind) {
	case IT_HEADER:
	case IT_STRUCT:
	case IT_TUPLE:
		for (int i = 0; i < t->fields.len; i++) {
			const IrField *f = t->fields.items[i];
			const char *fname = t->kind == IT_TUPLE ? be_fmt(be, "f%d", i) : f->name;
			load_value(be, la, f->type, be_fmt(be, "%s.%s", dst, fname), p, bit);
			bit += wire_bits(f->type);
		}
		if (t->kind == IT_HEADER)
			be_line(&be->e, "%s.ebpf_valid = 1;", dst);
		return;
	case IT_STACK:
		for (int i = 0; i < t->size; i++) {
			load_value(be, la, t->elem, be_fmt(be, "%s.e[%d]", dst, i), p, bit);
			bit += wire_bits(t->elem);
		}
		if (t->is_stack)
			be_line(&be->e, "%s.next = %d;", dst, t->size);
		return;
	default:
		if (!load_scalar(be, t, dst, p, bit))
			be_error(be, la->loc, "lookahead<%s>(): values wider than 64 bits must start and end on a byte",
				 be_p4type(be, la->type));
		return;
	}
}

static bool is_conditional(const IrExpr *la)
{
	if (!ps)
		return false;
	for (int i = 0; i < ps->cond.len; i++)
		if (ps->cond.items[i] == la)
			return true;
	return false;
}

/* lookahead<T>(): the bits past the cursor. Its stretch's check covers
 * the lookaheads every packet through the stretch evaluates; one in a
 * branch, after an extract in a branch, or on the right of &&, || or ?:
 * gets a check of its own: before its statement, or within the expression
 * when the expression may not evaluate it (a packet too short for a
 * lookahead that is not evaluated must not be rejected). Values of more
 * than 64 bits and aggregates are loaded into a temporary first. */
const char *be_parser_lookahead(Be *be, const IrExpr *e)
{
	const IrType *t = e->type;
	int bits = wire_bits(t);
	if (bits < 0) {
		be_error(be, e->loc, "lookahead<%s>(): a header union in it is not supported: its bits do not "
				     "say which header is valid", be_p4type(be, t));
		return "0";
	}
	/* Before the first state (a parser's local initialised) the cursor is
	 * at the packet's start. */
	const char *p = ps ? "p4e_p" : "p4e_data";
	int cur = ps ? ps->cur : 0, end = cur + (bits + 7) / 8;
	bool covered = ps && end <= ps->checked;
	bool cond = !covered && is_conditional(e);
	if (!covered && !cond)
		check_bytes_at(be, p, end);
	const char *v;
	if (be_type_width(t) >= 0 && bits <= 64) {
		v = bits ? be_load_field(be, p, 8 * cur, bits, t) : "0";
	} else {
		v = be_fmt(be, "p4e_la%d", be->tmp++);
		be_line(&be->e, "%s%s;", be_decl(be, t, v), be_is_aggregate(t) || cond ? " = {0}" : "");
		if (cond)
			be_open(&be->e, "if (%s + %d <= p4e_data_end)", p, end);
		load_value(be, e, t, v, p, 8 * cur);
		if (cond)
			be_close(&be->e, NULL);
	}
	if (!cond)
		return v;
	be->fn->used_reject = true;
	return be_fmt(be, "({ if (%s + %d > p4e_data_end) goto reject; /* error.PacketTooShort */ %s; })", p, end,
		      v);
}

/* Moves p4e_p past what the state consumed so far. */
static void flush_cursor(Be *be)
{
	if (!ps->cur)
		return;
	be_line(&be->e, "p4e_off += %d;", ps->cur);
	set_cursor(be);
	ps->checked = ps->checked > ps->cur ? ps->checked - ps->cur : 0;
	ps->cur = 0;
}

/* After statement s moved the cursor by a run-time amount: one check for
 * the rest of its stretch, of which `cur` bytes are consumed already. */
static void check_stretch(Be *be, const IrStmt *s, int cur, bool always)
{
	int n = stretch_bytes(ps->st, s, cur);
	if (n || always)
		check_bytes(be, n);
	ps->cur = cur;
	ps->checked = n;
}

/* The header an extract fills: for stack.next the next element, once a
 * check made sure there is one (StackOutOfBounds), and `*next` the text
 * of its index for extract_done. The index is read once, into a __u64:
 * stores to the header could make clang read `next` again, and a __u32
 * it could widen twice, each time a register the verifier has not seen
 * checked. */
static const char *extract_dst(Be *be, const IrExpr *lhs, const char **next)
{
	*next = NULL;
	if (lhs->kind != IE_STACK_NEXT)
		return be_lvalue(be, lhs);
	const IrExpr *st = lhs->a;
	const char *b = be_lvalue(be, st);
	*next = be_fmt(be, "p4e_next%d", be->tmp++);
	be->fn->used_reject = true;
	be_line(&be->e, "__u64 %s = %s.next;", *next, b);
	be_line(&be->e, "if (%s >= %d)", *next, st->type->size);
	be_line(&be->e, "\tgoto reject; /* error.StackOutOfBounds */");
	return be_fmt(be, "%s.e[%s]", b, *next);
}

/* After extracting into stack.next: the stack's `next` moves on. */
static void extract_done(Be *be, const IrExpr *lhs, const char *next)
{
	if (next)
		be_line(&be->e, "%s.next = %s + 1;", be_lvalue(be, lhs->a), next);
}

/* ---- varbit fields, run-time moves ---- */

const char *be_varbit_copy(Be *be)
{
	const char *name = "p4e_varbit_copy";
	if (be->varbit_copy_done)
		return name;
	be->varbit_copy_done = true;
	Emit f = {.out = &be->funcs}, *e = &f;
	be_comment(e, "Copies the n bytes of a varbit field (at most max) between the packet and a header;\n"
		      "pkt, the packet's side (to or from), is checked against end. 8 bytes at a time, the\n"
		      "last 8 overlapping the others (or 4, 2 and 1 when there are fewer than 8): the\n"
		      "verifier follows a way through per 8 bytes, not per byte. -1 when the packet ends\n"
		      "first.");
	be_line(e, "static __always_inline int %s(void *to, const void *from, const void *pkt, const void *end,",
		name);
	be_line(e, "\t\t\t\t\t   __u32 n, __u32 max)");
	be_block(e);
	be_line(e, "__u32 k, m;");
	be_blank(e);
	be_line(e, "#pragma clang loop unroll(disable)");
	be_open(e, "for (k = 0; k + 8 <= max && k + 8 <= n; k += 8)");
	be_line(e, "if (pkt + k + 8 > end)");
	be_line(e, "\treturn -1;");
	be_line(e, "__builtin_memcpy(to + k, from + k, 8);");
	be_close(e, NULL);
	be_line(e, "m = (n - k) & 7;");
	be_line(e, "if (!m)");
	be_line(e, "\treturn 0;");
	be_open(e, "if (k >= 8 && k + m <= max)");
	be_comment(e, "the last 8 bytes, over some copied already");
	be_line(e, "k += m - 8;");
	be_line(e, "if (pkt + k + 8 > end)");
	be_line(e, "\treturn -1;");
	be_line(e, "__builtin_memcpy(to + k, from + k, 8);");
	be_line(e, "return 0;");
	be_close(e, NULL);
	/* Offsets from k, each piece within max: the verifier sees every
	 * access inside the field, whatever it knows of n. */
	for (int size = 4; size; size /= 2) {
		be_open(e, "if ((m & %d) && k + %d <= max)", size, size);
		be_line(e, "if (pkt + k + %d > end)", size);
		be_line(e, "\treturn -1;");
		be_line(e, "__builtin_memcpy(to + k, from + k, %d);", size);
		if (size > 1)
			be_line(e, "k += %d;", size);
		be_close(e, NULL);
	}
	be_line(e, "return 0;");
	be_close(e, NULL);
	be_blank(e);
	return name;
}

/* The cursor moves by bytes: a constant size in bits of an advance or a
 * varbit extract that is not a multiple of 8 is an error. */
static void check_whole_bytes(Be *be, const IrStmt *s, const char *what)
{
	if (s->expr->kind != IE_CONST)
		return;
	unsigned long long bits = value_get_u64(s->expr->value);
	if (bits % 8)
		be_error(be, s->loc, "%s %llu bits: the eBPF parser moves in whole bytes (multiples of 8 bits)", what,
			 bits);
}

/* `__u32 var = (size in bits);` for an advance or a varbit extract; at run
 * time a size that is not whole bytes rejects the packet, as P4-16 lets
 * targets do ("Skipping bits", "Variable-width extraction"). */
static void size_in_bits(Be *be, const IrStmt *s, const char *var, const char *what)
{
	check_whole_bytes(be, s, what);
	be_line(&be->e, "__u32 %s = (__u32)(%s);", var, be_expr(be, s->expr));
	be_blank(&be->e);
	if (s->expr->kind != IE_CONST) {
		be_line(&be->e, "if (%s %% 8)", var);
		be_line(&be->e, "\tgoto reject; /* error.ParserInvalidArgument */");
	}
}

/* extract(h, bits): the fixed fields before the varbit field, then `bits`
 * of it, then, at the varbit's end, the fields after it, with the rest of
 * the state's stretch (those fields included) under one check. */
static void extract_varbit(Be *be, const IrStmt *s)
{
	Emit *e = &be->e;
	const IrType *t = s->lhs->type;
	int before = 0, after = 0;
	const IrField *vf = be_header_varbit(t, &before, &after);
	if (!vf || !s->expr) {
		be_error(be, s->loc, "extracting this header is not supported yet: its varbit field must "
				     "start on a byte boundary");
		return;
	}
	int vi = vf->index;
	int maxb = (vf->type->width + 7) / 8;
	be->fn->used_reject = true;
	flush_cursor(be);
	be_block(e);
	const char *what = s->lhs->kind == IE_STACK_NEXT ? be_fmt(be, "%s.next", be_lvalue(be, s->lhs->a))
							 : be_lvalue(be, s->lhs);
	if (after)
		be_comment(e, "extract(%s, bits): fixed bytes %d, then up to %d bytes of %s, then fixed bytes %d",
			   what, before, maxb, vf->name, after);
	else
		be_comment(e, "extract(%s, bits): fixed bytes %d, then up to %d bytes of %s", what, before, maxb,
			   vf->name);
	size_in_bits(be, s, "p4e_vb", "extract of");
	be_line(e, "if (p4e_vb > %d)", 8 * maxb);
	be_line(e, "\tgoto reject; /* error.HeaderTooShort */");
	const char *next;
	const char *dst = extract_dst(be, s->lhs, &next);
	if (before > ps->checked)
		check_bytes(be, before);
	load_fields(be, t, 0, vi, dst, "p4e_p");
	be_line(e, "%s.%s.bits = p4e_vb;", dst, vf->name);
	/* The verifier learns the copy's count exactly on each way out of its
	 * loop: were the count a value that lives on (the header byte it came
	 * from, say), it would go through the rest of the parser once per
	 * length. barrier_var makes clang compute the count from p4e_vb, for
	 * the copy and again after it. */
	const char *from = before ? be_fmt(be, "p4e_p + %d", before) : "p4e_p";
	be_line(e, "barrier_var(p4e_vb);");
	be_line(e, "if (%s(%s.%s.data, %s, %s, p4e_data_end, p4e_vb / 8, %d))", be_varbit_copy(be), dst, vf->name,
		from, from, maxb);
	be_line(e, "\tgoto reject; /* error.PacketTooShort */");
	be_line(e, "barrier_var(p4e_vb);");
	be_line(e, "p4e_off += %d + p4e_vb / 8;", before);
	set_cursor(be);
	check_stretch(be, s, after, false);
	load_fields(be, t, vi + 1, t->fields.len, dst, "p4e_p");
	be_line(e, "%s.ebpf_valid = 1;", dst);
	extract_done(be, s->lhs, next);
	be_close(e, NULL);
}

/* advance(bits) known at run time: the cursor must stay in the packet. It
 * stays below 16 KiB too, as in the deparser, so that the verifier can
 * bound it. */
static void advance_run_time(Be *be, const IrStmt *s)
{
	Emit *e = &be->e;
	be->fn->used_reject = true;
	be_block(e);
	size_in_bits(be, s, "p4e_adv", "advance by");
	if (ps->cur)
		be_line(e, "p4e_off += %d + p4e_adv / 8;", ps->cur);
	else
		be_line(e, "p4e_off += p4e_adv / 8;");
	be_close(e, NULL);
	be_line(e, "if (p4e_off > 0x3fff)");
	be_line(e, "\tgoto reject; /* error.PacketTooShort */");
	set_cursor(be);
	check_stretch(be, s, 0, true);
}

static void parser_stmt(Be *be, const IrStmt *s)
{
	Emit *e = &be->e;
	switch (s->kind) {
	case IS_EXTRACT: {
		const IrType *t = s->lhs->type;
		int n = be_header_bytes(t);
		if (s->expr || n < 0) {
			extract_varbit(be, s);
			return;
		}
		if (ps->cur + n > ps->checked) {
			/* In a branch: a check of its own. */
			check_bytes(be, ps->cur + n);
			ps->checked = ps->cur + n;
		}
		const char *next;
		const char *dst = extract_dst(be, s->lhs, &next);
		if (be->fn->record_offsets && s->lhs->kind != IE_STACK_NEXT) {
			const IrVar *root = NULL;
			const char *path = be_lvalue_path(be, s->lhs, &root);
			BeHdrUse *h = path ? be_hdr_find(be, path) : NULL;
			if (h && h->offset < 0 && h->written)
				be_line(e, "p4e_o->h%d = p4e_off + %d;", h->index, ps->cur);
		}
		be_load_header(be, t, dst, ps->cur ? be_fmt(be, "(p4e_p + %d)", ps->cur) : "p4e_p");
		extract_done(be, s->lhs, next);
		ps->cur += n;
		return;
	}
	case IS_ADVANCE:
		if (s->expr->kind == IE_CONST) {
			check_whole_bytes(be, s, "advance by");
			unsigned long long bytes = value_get_u64(s->expr->value) / 8;
			/* The verifier knows no packet offset past 0xffff. */
			if (bytes > 0xffff || ps->cur + bytes > 0xffff) {
				be_error(be, s->loc, "advance by %llu bytes: a parser state cannot look past %d bytes",
					 bytes, 0xffff);
				return;
			}
			int n = (int)bytes;
			if (ps->cur + n > ps->checked) {
				check_bytes(be, ps->cur + n);
				ps->checked = ps->cur + n;
			}
			ps->cur += n;
			return;
		}
		advance_run_time(be, s);
		return;
	case IS_VERIFY:
		be->fn->used_reject = true;
		be_line(e, "if (!(%s))", be_cond(be, s->expr));
		if (s->rhs && s->rhs->kind == IE_CONST && s->rhs->value && s->rhs->value->kind == VAL_MEMBER)
			be_line(e, "\tgoto reject; /* error.%s */", s->rhs->value->str);
		else
			be_line(e, "\tgoto reject; /* verify */");
		return;
	default:
		be_stmt(be, s);
		return;
	}
}

void be_parser_stmt(Be *be, const IrStmt *s)
{
	if (ps->nested) {
		/* Under a condition: the cursor moves at once, for the code after
		 * the branches cannot know which of them ran. */
		parser_stmt(be, s);
		if (s->kind == IS_EXTRACT || s->kind == IS_ADVANCE)
			flush_cursor(be);
		return;
	}
	if (s->kind == IS_BLOCK) {
		/* Its statements, one by one, in the state's stretch. */
		be_block(&be->e);
		for (int i = 0; i < s->body.len; i++)
			be_parser_stmt(be, s->body.items[i]);
		be_close(&be->e, NULL);
		return;
	}
	if (s->kind != IS_EXTRACT && s->kind != IS_ADVANCE && be_moves_cursor(s)) {
		/* A conditional statement that extracts or advances: a run-time move. */
		flush_cursor(be);
		ps->nested++;
		be_stmt(be, s);
		ps->nested--;
		check_stretch(be, s, 0, false);
		return;
	}
	parser_stmt(be, s);
}

/* ---- value sets (runtime/ABI.md, 3.8) ---- */

static int vs_field_width(const IrType *t)
{
	int w = be_type_width(t);
	return w >= 1 && w <= 64 ? w : -1;
}

bool be_value_set_layout(const IrValueSet *vs, BeVsLayout *l)
{
	const IrType *t = vs->type;
	memset(l, 0, sizeof(*l));
	if (t->kind == IT_STRUCT || t->kind == IT_TUPLE) {
		if (t->fields.len < 1 || t->fields.len > BE_MAX_VS_FIELDS)
			return false;
		for (int i = 0; i < t->fields.len; i++) {
			l->name[i] = t->fields.items[i]->name;
			l->width[i] = vs_field_width(t->fields.items[i]->type);
			if (l->width[i] < 0)
				return false;
		}
		l->n = t->fields.len;
	} else {
		l->n = 1;
		l->name[0] = "value";
		l->width[0] = vs_field_width(t);
		if (l->width[0] < 0)
			return false;
	}
	int off = 0, align = 1;
	for (int i = 0; i < l->n; i++) {
		int w = l->width[i];
		int sz = w <= 8 ? 1 : w <= 16 ? 2 : w <= 32 ? 4 : 8;
		off = (off + sz - 1) / sz * sz;
		l->offset[i] = off;
		l->size[i] = sz;
		off += sz;
		if (sz > align)
			align = sz;
	}
	l->key_size = (off + align - 1) / align * align;
	int slot_align = align > 4 ? align : 4;
	l->value_offset = slot_align;
	l->mask_offset = l->value_offset + l->key_size;
	l->slot_size = (l->mask_offset + l->key_size + slot_align - 1) / slot_align * slot_align;
	return true;
}

/* struct NAME_key, struct NAME_slot, the array map, and
 * NAME_match(fields...): 1 when a used slot has (fields & mask) == value.
 * The control plane keeps value & ~mask zero. */
static void emit_value_set(Be *be, const IrValueSet *vs)
{
	Emit e = {.out = &be->maps};
	BeVsLayout l;
	if (!be_value_set_layout(vs, &l)) {
		be_error(be, vs->loc,
			 "value_set '%s': the eBPF backend needs bit<W> (W <= 64), bool, an enum, or a "
			 "struct of at most %d such fields",
			 vs->p4_name, BE_MAX_VS_FIELDS);
		return;
	}
	if (vs->size < 1 || vs->size > BE_MAX_VS_SIZE) {
		be_error(be, vs->loc, "value_set '%s' has %d slots; the eBPF backend allows 1 to %d", vs->p4_name,
			 vs->size, BE_MAX_VS_SIZE);
		return;
	}
	be_comment(&e, "value_set %s (%s): %d slots", vs->p4_name, be_where(be, vs->loc), vs->size);
	be_open(&e, "struct %s_key", vs->name);
	for (int i = 0; i < l.n; i++)
		be_line(&e, "%s f%d; /* %s, bit<%d> */", be_uint_type(l.width[i]), i, l.name[i], l.width[i]);
	be_close(&e, ";");
	be_open(&e, "struct %s_slot", vs->name);
	be_line(&e, "__u32 used;");
	be_line(&e, "struct %s_key value;", vs->name);
	be_line(&e, "struct %s_key mask;", vs->name);
	be_close(&e, ";");
	be_line(&e, "P4E_MAP(%s, BPF_MAP_TYPE_ARRAY, __u32, struct %s_slot, %d, 0);", vs->name, vs->name,
		vs->size);
	be_blank(&e);

	Emit f = {.out = &be->funcs};
	StrBuf ps = {0}, cond = {0};
	for (int i = 0; i < l.n; i++) {
		strbuf_printf(&ps, "%s%s x%d", i ? ", " : "", be_uint_type(l.width[i]), i);
		strbuf_printf(&cond, "%s(x%d & s->mask.f%d) == s->value.f%d", i ? " && " : "", i, i, i);
	}
	be_comment(&f, "value_set %s: a bounded scan of its %d slots", vs->p4_name, vs->size);
	be_line(&f, "static __always_inline int %s_match(%s)", vs->name, ps.data);
	be_line(&f, "{");
	f.indent++;
	be_open(&f, "for (__u32 i = 0; i < %d; i++)", vs->size);
	be_line(&f, "__u32 k = i;");
	be_line(&f, "struct %s_slot *s = bpf_map_lookup_elem(&%s, &k);", vs->name, vs->name);
	be_line(&f, "if (s && s->used && %s)", cond.data);
	be_line(&f, "\treturn 1;");
	be_close(&f, NULL);
	be_line(&f, "return 0;");
	f.indent--;
	be_line(&f, "}");
	be_blank(&f);
	strbuf_free(&ps);
	strbuf_free(&cond);
}

void be_emit_value_sets(Be *be)
{
	for (int i = 0; i < be->p->value_sets.len; i++)
		emit_value_set(be, be->p->value_sets.items[i]);
}

/* A value-set case: its match function on the select values it covers, from
 * *i on (one, or all of them for a struct matching the whole select). */
static const char *value_set_cond(Be *be, const IrSelectCase *sc, int *i, const char *const *vals, int n)
{
	const IrValueSet *vs = sc->keysets.items[*i]->value_set;
	BeVsLayout l;
	if (!vs || !be_value_set_layout(vs, &l))
		return "0"; /* reported with the value set */
	if (l.n == 1)
		return be_fmt(be, "%s_match(%s)", vs->name, vals[*i]);
	if (*i != 0 || l.n != n || sc->keysets.len != n) {
		be_error(be, sc->loc, "value_set '%s': this use is not supported by the eBPF backend", vs->p4_name);
		return "0";
	}
	StrBuf args = {0};
	for (int j = 0; j < n; j++)
		strbuf_printf(&args, "%s%s", j ? ", " : "", vals[j]);
	const char *r = be_fmt(be, "%s_match(%s)", vs->name, args.data);
	strbuf_free(&args);
	*i = n - 1;
	return r;
}

/* One keyset element against a select value. */
static const char *keyset_cond(Be *be, const IrKeyset *k, const char *x, int width)
{
	switch (k->kind) {
	case IKS_VALUE:
		return be_fmt(be, "%s == %s", x, be_value(be, k->value, width));
	case IKS_MASK: {
		/* value & mask folded here: the C says what is compared. */
		uint64_t m = value_get_u64(k->mask), v = value_get_u64(k->value) & m;
		const Value *mv = value_from_u64(be->p->pool, value_type_bit(width), v, NULL);
		return be_fmt(be, "(%s & %s) == %s", x, be_value(be, k->mask, width), be_value(be, mv, width));
	}
	case IKS_RANGE:
		return be_fmt(be, "%s >= %s && %s <= %s", x, be_value(be, k->value, width), x,
			      be_value(be, k->mask, width));
	case IKS_DONTCARE:
		return NULL;
	case IKS_VALUE_SET:
		break; /* value_set_cond */
	}
	return NULL;
}

static void emit_select(Be *be, const IrState *st)
{
	Emit *e = &be->e;
	if (!st->has_select) {
		be_line(e, "%s", goto_next(be, st->next, st->next_name));
		return;
	}
	const char *vals[16];
	int widths[16];
	int n = st->select.len < 16 ? st->select.len : 16;
	for (int i = 0; i < n; i++) {
		const IrExpr *x = st->select.items[i];
		widths[i] = be_type_width(x->type);
		if (widths[i] < 0 || widths[i] > 64) {
			be_error(be, x->loc, "select on this type is not supported yet");
			return;
		}
		if (x->kind == IE_VAR || x->kind == IE_FIELD || x->kind == IE_CONST) {
			vals[i] = be_expr(be, x);
		} else {
			vals[i] = be_fmt(be, "p4e_sel%d", i);
			be_line(e, "%s %s = %s;", be_ctype(be, x->type, NULL), vals[i], be_expr(be, x));
		}
	}
	bool has_default = false;
	for (int c = 0; c < st->cases.len && !has_default; c++) {
		const IrSelectCase *sc = st->cases.items[c];
		StrBuf cond = {0};
		int nconds = 0;
		for (int i = 0; i < sc->keysets.len && i < n; i++) {
			const char *k = sc->keysets.items[i]->kind == IKS_VALUE_SET
						? value_set_cond(be, sc, &i, vals, n)
						: keyset_cond(be, sc->keysets.items[i], vals[i], widths[i]);
			if (k) {
				strbuf_printf(&cond, "%s(%s)", cond.len ? " && " : "", k);
				nconds++;
			}
		}
		const char *go = goto_next(be, sc->next, sc->next_name);
		if (cond.len == 0) {
			has_default = true;
			be_line(e, "%s", go);
		} else {
			be_line(e, "if (%s)", nconds == 1 ? be_strip_parens(be, cond.data) : cond.data);
			be_line(e, "\t%s", go);
		}
		strbuf_free(&cond);
	}
	if (!has_default) {
		be->fn->used_reject = true;
		be_line(e, "goto reject; /* error.NoMatch */");
	}
}

static void emit_state(Be *be, const IrState *st, bool first)
{
	Emit *e = &be->e;
	PState state = {.st = st};
	ps = &state;
	note_cond_lookaheads(be, st->body);
	for (int i = 0; i < st->select.len; i++)
		each_lookahead(st->select.items[i], false, note_cond, be);
	be_blank(e);
	be_comment(e, "state %s (%s)", st->name, be_where(be, st->loc));
	if (!first || be->fn->start_referenced)
		be_label(e, state_label(be, st->name));
	be_block(e);
	int bytes = stretch_bytes(st, NULL, 0);
	set_cursor(be);
	if (bytes > 0)
		check_bytes(be, bytes);
	state.checked = bytes;
	if (st->body) {
		for (int i = 0; i < st->body->body.len; i++)
			be_parser_stmt(be, st->body->body.items[i]);
	}
	if (state.cur)
		be_line(e, "p4e_off += %d;", state.cur);
	emit_select(be, st);
	be_close(e, NULL);
	ps = NULL;
}

static bool state_referenced(const IrParser *prs, const IrState *target)
{
	for (int i = 0; i < prs->states.len; i++) {
		const IrState *st = prs->states.items[i];
		if (st->next == target)
			return true;
		for (int j = 0; j < st->cases.len; j++)
			if (st->cases.items[j]->next == target)
				return true;
	}
	return false;
}

void be_emit_parser(Be *be, const IrParser *prs)
{
	BeFunc fn = {.in_parser = true, .parser = prs, .record_offsets = true};
	Emit saved = be->e;
	StrBuf body = {0};
	be_fn_begin(be, &fn);
	be->e = (Emit){.out = &body, .indent = 1};

	StrBuf ps_text = {0};
	strbuf_puts(&ps_text, "void *p4e_data, void *p4e_data_end, struct p4e_offsets *p4e_o");
	for (int i = 0; i < prs->params.len; i++) {
		const IrVar *v = prs->params.items[i];
		if (v->type->kind == IT_EXTERN)
			continue; /* packet_in: the data pointers */
		bool ptr = be_is_aggregate(v->type) || v->direction == IRD_OUT || v->direction == IRD_INOUT;
		be_slot(be, v, ptr);
		if (ptr)
			strbuf_printf(&ps_text, ", %s%s *%s", v->direction == IRD_IN ? "const " : "",
				      be_ctype(be, v->type, NULL), v->name);
		else
			strbuf_printf(&ps_text, ", %s", be_decl(be, v->type, v->name));
	}
	be->fn->start_referenced = prs->states.len && state_referenced(prs, prs->states.items[0]);
	off_varies = false;
	for (int i = 0; i < prs->states.len; i++)
		off_varies |= prs->states.items[i]->body && moves_at_run_time(prs->states.items[i]->body);

	be_line(&be->e, "__u32 p4e_off = 0; /* bytes parsed */");
	be_line(&be->e, "void *p4e_p;");
	be_declare_vars(be, (IrVar *const *)prs->locals.items, prs->locals.len);
	if (prs->init && prs->init->body.len) {
		for (int i = 0; i < prs->init->body.len; i++)
			be_stmt(be, prs->init->body.items[i]);
	}
	for (int i = 0; i < prs->states.len; i++)
		emit_state(be, prs->states.items[i], i == 0);
	if (prs->states.len == 0)
		be_line(&be->e, "goto accept;"), be->fn->used_accept = true;
	if (be->fn->used_accept) {
		be_blank(&be->e);
		be_label(&be->e, "accept");
		be_line(&be->e, "p4e_o->parsed = p4e_off;");
		be_line(&be->e, "return 0;");
	}
	if (be->fn->used_reject) {
		be_blank(&be->e);
		be_label(&be->e, "reject");
		be_line(&be->e, "return -1;");
	}

	be->e = (Emit){.out = &be->funcs};
	be_comment(&be->e, "parser %s (%s): 0 accepts, -1 rejects", prs->p4_name, be_where(be, prs->loc));
	be_put_function(be, prs->name, &ps_text, &body);
	be_fn_end(be);
	be->e = saved;
}
