/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit_expr.c: expressions as C text.
 *
 * Every scalar expression comes out in its storage type with its value in
 * range: bit<W> in [0, 2^W), int<W> sign-extended. Operators that can leave
 * the range (+, -, *, <<, ~, unary -) are wrapped in a cast to the storage
 * type, plus a mask when W is not 8, 16, 32 or 64; the others keep ranges
 * by themselves. Scalars wider than 64 bits are byte arrays: copied,
 * compared and used as keys as bytes; their arithmetic, shifts, casts,
 * slices and concatenations go through the helpers of runtime/bpf/
 * p4e_wide.h into temporaries (see "values wider than 64 bits"). */
#include <stdlib.h>
#include <string.h>

#include "be.h"

/* ---- constants ---- */

static int error_code(Be *be, const char *name)
{
	for (int i = 0; i < be->p->errors.len; i++)
		if (strcmp(be->p->errors.items[i], name) == 0)
			return i;
	return 0;
}

/* Small numbers in decimal, others in hex padded to the width's nibbles
 * (0x0800 for a bit<16>), as people write them in P4. */
static const char *uconst(Be *be, uint64_t v, int width)
{
	const char *suffix = width > 32 || v > 0xffffffffULL ? "ULL" : "";
	if (v < 10)
		return be_fmt(be, "%llu%s", (unsigned long long)v, v > 0xffffffffULL ? "ULL" : "");
	int digits = width > 0 && width <= 64 ? (width + 3) / 4 : 1;
	return be_fmt(be, "0x%0*llx%s", digits, (unsigned long long)v, suffix);
}

const char *be_strip_parens(Be *be, const char *t)
{
	size_t n = strlen(t);
	if (n < 2 || t[0] != '(' || t[n - 1] != ')')
		return t;
	/* Only when the first parenthesis closes at the end. */
	int depth = 0;
	for (size_t i = 0; i < n; i++) {
		if (t[i] == '(')
			depth++;
		else if (t[i] == ')' && --depth == 0 && i != n - 1)
			return t;
	}
	return arena_strndup(be->arena, t + 1, n - 2);
}

const char *be_cond(Be *be, const IrExpr *e)
{
	return be_strip_parens(be, be_expr(be, e));
}

const char *be_value(Be *be, const Value *v, int width)
{
	if (!v)
		return "0";
	switch (v->kind) {
	case VAL_BOOL:
		return v->boolean ? "1" : "0";
	case VAL_MEMBER:
		if (v->repr)
			return be_value(be, v->repr, width);
		if (v->type_name && strcmp(v->type_name, "error") == 0)
			return be_fmt(be, "%d /* error.%s */", error_code(be, v->str), v->str);
		/* A member of a plain enum: its index among the members. */
		for (int i = 0; i < be->p->types.len; i++) {
			const IrType *t = be->p->types.items[i];
			if (t->kind != IT_ENUM || !t->p4_name || !v->type_name ||
			    strcmp(t->p4_name, v->type_name) != 0)
				continue;
			for (int m = 0; m < t->members.len; m++)
				if (strcmp(t->members.items[m].name, v->str) == 0)
					return be_fmt(be, "%d /* %s.%s */", m, v->type_name, v->str);
		}
		return be_fmt(be, "0 /* %s */", v->str);
	case VAL_INT: {
		if (v->type.is_signed && mpz_sgn(v->num) < 0) {
			int64_t n = (int64_t)value_get_u64(v);
			if (n > -2147483647LL)
				return be_fmt(be, "%lld", (long long)n);
			return be_fmt(be, "(__s64)0x%llxULL", (unsigned long long)value_get_u64(v));
		}
		int w = width > 0 ? width : v->type.width;
		if (w > 64) /* the caller wanted bytes; this is only for comments */
			return "0";
		return uconst(be, value_get_u64(v), w > 0 ? w : 64);
	}
	default:
		return "0";
	}
}

/* The bytes of a wide value, most significant first: big-endian. */
static void value_bytes(const Value *v, int width, unsigned char *out)
{
	int n = (width + 7) / 8;
	mpz_t x;
	mpz_init_set(x, v->num);
	if (mpz_sgn(x) < 0) {
		mpz_t m;
		mpz_init(m);
		mpz_ui_pow_ui(m, 2, (unsigned long)width);
		mpz_add(x, x, m);
		mpz_clear(m);
	}
	for (int i = n - 1; i >= 0; i--) {
		out[i] = (unsigned char)mpz_get_ui(x) & 0xff;
		mpz_fdiv_q_2exp(x, x, 8);
	}
	mpz_clear(x);
}

const char *be_value_bytes(Be *be, const Value *v, int width)
{
	int n = (width + 7) / 8;
	unsigned char *b = arena_alloc(be->arena, (size_t)n + 1);
	if (v && v->kind == VAL_INT)
		value_bytes(v, width, b);
	StrBuf s = {0};
	strbuf_puts(&s, "{");
	for (int i = 0; i < n; i++)
		strbuf_printf(&s, "%s0x%02x", i ? ", " : "", b[i]);
	strbuf_puts(&s, "}");
	const char *r = arena_strndup(be->arena, s.data, s.len);
	strbuf_free(&s);
	return r;
}

/* ---- helpers ---- */

static bool is_wide(const IrType *t)
{
	return t->kind == IT_BITS && t->width > 64;
}

static const char *storage(Be *be, const IrType *t)
{
	return be_ctype(be, t, NULL);
}

/* Brings `text`, computed in a wider C type, back into t's range. */
static const char *wrap(Be *be, const IrType *t, const char *text)
{
	int w = be_type_width(t);
	if (t->kind == IT_BOOL)
		return be_fmt(be, "(%s != 0)", text);
	if (w <= 0 || w > 64)
		return text;
	bool native = w == 8 || w == 16 || w == 32 || w == 64;
	const char *ct = storage(be, t);
	if (t->kind == IT_BITS && t->is_signed) {
		if (native)
			return be_fmt(be, "(%s)(%s)", ct, text);
		int sw = w <= 8 ? 8 : w <= 16 ? 16 : w <= 32 ? 32 : 64;
		return be_fmt(be, "((%s)((__u%d)(%s) << %d) >> %d)", ct, sw, text, sw - w, sw - w);
	}
	if (native)
		return be_fmt(be, "(%s)(%s)", ct, text);
	return be_fmt(be, "(%s)((%s) & 0x%llxULL)", ct, text, (unsigned long long)((1ULL << w) - 1));
}

static bool is_ptr_var(Be *be, const IrExpr *e)
{
	if (e->kind != IE_VAR)
		return false;
	const BeVarSlot *s = be_find_slot(be, e->var);
	return s && s->is_ptr;
}

static const char *var_name(Be *be, const IrVar *v)
{
	const BeVarSlot *s = be_find_slot(be, v);
	return s && s->cname ? s->cname : v->name;
}

/* `base.` or `base->` for a member access on e. */
static const char *member_base(Be *be, const IrExpr *e)
{
	if (is_ptr_var(be, e))
		return be_fmt(be, "%s->", var_name(be, e->var));
	return be_fmt(be, "%s.", be_lvalue(be, e));
}

/* An index into a stack of `size` elements the verifier can bound. */
static const char *clamp_index(Be *be, const char *idx, int size)
{
	return be_fmt(be, "((%s) < %d ? (%s) : %d)", idx, size, idx, size - 1);
}

const char *be_lvalue(Be *be, const IrExpr *e)
{
	switch (e->kind) {
	case IE_VAR:
		if (is_ptr_var(be, e))
			return be_fmt(be, "(*%s)", var_name(be, e->var));
		return var_name(be, e->var);
	case IE_FIELD: {
		const IrType *bt = e->a->type;
		const char *fname = bt->kind == IT_TUPLE ? be_fmt(be, "f%d", e->field->index)
							 : e->field->name;
		return be_fmt(be, "%s%s", member_base(be, e->a), fname);
	}
	case IE_INDEX: {
		const IrType *st = e->a->type;
		const char *idx;
		if (e->b->kind == IE_CONST)
			idx = be_fmt(be, "%d", (int)value_get_u64(e->b->value));
		else
			idx = clamp_index(be, be_expr(be, e->b), st->size);
		return be_fmt(be, "%se[%s]", member_base(be, e->a), idx);
	}
	case IE_STACK_NEXT: {
		const char *b = member_base(be, e->a);
		return be_fmt(be, "%se[%s]", b, clamp_index(be, be_fmt(be, "%snext", b), e->a->type->size));
	}
	case IE_STACK_LAST: {
		const char *b = member_base(be, e->a);
		return be_fmt(be, "%se[%s]", b,
			      clamp_index(be, be_fmt(be, "%snext - 1", b), e->a->type->size));
	}
	default:
		return be_expr(be, e);
	}
}

/* Equality of two values of aggregate type t, given as lvalue texts. */
static const char *agg_equal(Be *be, const IrType *t, const char *a, const char *b)
{
	if (!be_is_aggregate(t)) {
		if (is_wide(t)) {
			/* A wide constant is an initializer: make it an array. */
			if (a[0] == '{')
				a = be_fmt(be, "((const __u8[])%s)", a);
			if (b[0] == '{')
				b = be_fmt(be, "((const __u8[])%s)", b);
			return be_fmt(be, "p4e_bytes_equal(%s, %s, %d)", a, b, (t->width + 7) / 8);
		}
		return be_fmt(be, "(%s == %s)", a, b);
	}
	StrBuf s = {0};
	if (t->kind == IT_STACK) {
		strbuf_puts(&s, "(1");
		for (int i = 0; i < t->size; i++)
			strbuf_printf(&s, " && %s",
				      agg_equal(be, t->elem, be_fmt(be, "%s.e[%d]", a, i),
						be_fmt(be, "%s.e[%d]", b, i)));
		strbuf_puts(&s, ")");
	} else {
		/* Headers: equal when both are invalid, or both valid with equal fields. */
		if (t->kind == IT_HEADER)
			strbuf_printf(&s, "(%s.ebpf_valid == %s.ebpf_valid && (!%s.ebpf_valid || (1", a, b, a);
		else
			strbuf_puts(&s, "(1");
		for (int i = 0; i < t->fields.len; i++) {
			const IrField *f = t->fields.items[i];
			const char *fn = t->kind == IT_TUPLE ? be_fmt(be, "f%d", i) : f->name;
			strbuf_printf(&s, " && %s",
				      agg_equal(be, f->type, be_fmt(be, "%s.%s", a, fn),
						be_fmt(be, "%s.%s", b, fn)));
		}
		strbuf_puts(&s, t->kind == IT_HEADER ? ")))" : ")");
	}
	const char *r = arena_strndup(be->arena, s.data, s.len);
	strbuf_free(&s);
	return r;
}

/* ---- values wider than 64 bits ----
 *
 * A wide result goes to a temporary byte array declared just before the
 * statement that uses it (p4e_wN), filled by a helper of runtime/bpf/
 * p4e_wide.h; the expression's text is then the array's name. Operands are
 * lvalues (arrays) or constants made arrays by a compound literal. */

static int wide_len(const IrType *t)
{
	return (t->width + 7) / 8;
}

/* Kept in memory (p4e_wide.h): clang would split the bytes of a few
 * temporaries in a row into registers and spill them past the stack's 512
 * bytes. */
static const char *wide_tmp(Be *be, int n)
{
	const char *name = be_fmt(be, "p4e_w%d", be->tmp++);
	be_line(&be->e, "__u8 %s[%d];", name, n);
	be_line(&be->e, "p4e_wide_in_memory(%s);", name);
	return name;
}

/* A wide operand as something that decays to `const __u8 *`. */
static const char *wide_ref(Be *be, const IrExpr *e)
{
	const char *t = be_lvalue(be, e);
	if (t[0] == '{')
		return be_fmt(be, "((const __u8[])%s)", t);
	return t;
}

/* The value of e (a scalar of at most 64 bits, or wide) widened or cut to
 * a new temporary of `width` bits. */
static const char *wide_convert(Be *be, const IrExpr *e, int width)
{
	const IrType *ft = e->type;
	int n = (width + 7) / 8;
	if (is_wide(ft)) {
		const char *a = wide_ref(be, e);
		const char *r = wide_tmp(be, n);
		be_line(&be->e, "p4e_wide_resize(%s, %d, %d, %s, %d);", r, n, width, a, wide_len(ft));
		return r;
	}
	int fw = be_type_width(ft);
	if (fw <= 0 || fw > 64)
		fw = 64;
	const char *a = be_expr(be, e);
	const char *r = wide_tmp(be, n);
	be_line(&be->e, "p4e_wide_from_u64(%s, %d, %d, (__u64)(%s));", r, n, fw, a);
	return r;
}

/* Whether the helper of `op` handles w bits: those that hold every limb
 * of their operands at once have a limit (p4e_wide.h). */
static bool wide_within(Be *be, const IrExpr *e, const char *op, int w, int max)
{
	if (w <= max)
		return true;
	be_error(be, e->loc, "'%s' on values wider than %d bits is not supported", op, max);
	return false;
}

static const char *wide_binary(Be *be, const IrExpr *e)
{
	const IrType *t = e->type, *at = e->a->type;
	Operator op = (Operator)e->op;
	Emit *em = &be->e;
	bool sgn = at->kind == IT_BITS && at->is_signed;
	int n = wide_len(is_wide(t) ? t : at), w = is_wide(t) ? t->width : at->width;
	const char *name = NULL, *a, *b, *r;
	switch (op) {
	case OP_LT:
	case OP_LE:
	case OP_GT:
	case OP_GE:
		a = wide_ref(be, e->a);
		b = wide_ref(be, e->b);
		return be_fmt(be, "(%s %s 0)",
			      sgn ? be_fmt(be, "p4e_wide_scmp(%s, %s, %d, %d)", a, b, n, w)
				  : be_fmt(be, "p4e_wide_cmp(%s, %s, %d)", a, b, n),
			      op == OP_LT ? "<" : op == OP_LE ? "<=" : op == OP_GT ? ">" : ">=");
	case OP_ADD:
		name = "add";
		break;
	case OP_SUB:
		name = "sub";
		break;
	case OP_MUL:
		if (!wide_within(be, e, "*", w, 1024)) /* P4E_WIDE_MAX_LIMBS */
			return "0";
		name = "mul";
		break;
	case OP_ADD_SAT:
		if (!wide_within(be, e, "|+|", w, 1024))
			return "0";
		name = sgn ? "sadd_sat" : "add_sat";
		break;
	case OP_SUB_SAT:
		if (!wide_within(be, e, "|-|", w, 1024))
			return "0";
		name = sgn ? "ssub_sat" : "sub_sat";
		break;
	case OP_BAND:
		name = "and";
		break;
	case OP_BOR:
		name = "or";
		break;
	case OP_BXOR:
		name = "xor";
		break;
	case OP_DIV:
	case OP_MOD: {
		const char *q, *m;
		if (!wide_within(be, e, op == OP_DIV ? "/" : "%", w, 512)) /* P4E_WIDE_DIV_LIMBS */
			return "0";
		a = wide_ref(be, e->a);
		b = wide_ref(be, e->b);
		q = wide_tmp(be, n);
		m = wide_tmp(be, n);
		be_line(em, "p4e_wide_divmod(%s, %s, %s, %s, %d, %d);", q, m, a, b, n, w);
		return op == OP_DIV ? q : m;
	}
	case OP_SHL:
	case OP_SHR: {
		if (is_wide(e->b->type)) {
			be_error(be, e->loc, "shift amounts wider than 64 bits are not supported");
			return "0";
		}
		/* >> of an int<W> shifts its sign in. */
		const char *fn = op == OP_SHL ? "shl" : sgn ? "sar" : "shr";
		a = wide_ref(be, e->a);
		if (e->b->kind == IE_CONST) {
			uint64_t s = value_get_u64(e->b->value);
			r = wide_tmp(be, n);
			if (op == OP_SHR && sgn) /* past the width: every bit a copy of the sign */
				be_line(em, "p4e_wide_sar_const(%s, %s, %d, %d, %llu);", r, a, n, w,
					(unsigned long long)(s < (uint64_t)w ? s : (uint64_t)w - 1));
			else if (s >= (uint64_t)w)
				be_line(em, "__builtin_memset(%s, 0, %d);", r, n);
			else if (op == OP_SHL)
				be_line(em, "p4e_wide_shl_const(%s, %s, %d, %d, %llu);", r, a, n, w, (unsigned long long)s);
			else
				be_line(em, "p4e_wide_shr_const(%s, %s, %d, %d, %llu);", r, a, n, w, (unsigned long long)s);
			return r;
		}
		if (!wide_within(be, e, op == OP_SHL ? "<<" : ">>", w, 1024)) /* by a run-time amount */
			return "0";
		b = be_expr(be, e->b);
		r = wide_tmp(be, n);
		be_line(em, "p4e_wide_%s(%s, %s, %d, %d, (__u64)(%s));", fn, r, a, n, w, b);
		return r;
	}
	case OP_CONCAT: {
		/* (a widened << width(b)) | b widened. */
		int bw = be_type_width(e->b->type);
		const char *hi = wide_convert(be, e->a, w);
		const char *lo = wide_convert(be, e->b, w);
		r = wide_tmp(be, n);
		be_line(em, "p4e_wide_shl_const(%s, %s, %d, %d, %d);", r, hi, n, w, bw);
		be_line(em, "p4e_wide_or(%s, %s, %s, %d);", r, r, lo, n);
		return r;
	}
	default:
		be_error(be, e->loc, "this operator on values wider than 64 bits is not supported");
		return "0";
	}
	a = wide_ref(be, e->a);
	b = wide_ref(be, e->b);
	r = wide_tmp(be, n);
	if (op == OP_BAND || op == OP_BOR || op == OP_BXOR)
		be_line(em, "p4e_wide_%s(%s, %s, %s, %d);", name, r, a, b, n);
	else
		be_line(em, "p4e_wide_%s(%s, %s, %s, %d, %d);", name, r, a, b, n, w);
	return r;
}

static const char *wide_unary(Be *be, const IrExpr *e)
{
	const IrType *t = e->type;
	int n = wide_len(t);
	const char *a = wide_ref(be, e->a);
	const char *r = wide_tmp(be, n);
	if ((Operator)e->op == OP_COMPL) {
		be_line(&be->e, "p4e_wide_not(%s, %s, %d, %d);", r, a, n, t->width);
	} else {
		/* -a: 0 - a. */
		be_line(&be->e, "__builtin_memset(%s, 0, %d);", r, n);
		be_line(&be->e, "p4e_wide_sub(%s, %s, %s, %d, %d);", r, r, a, n, t->width);
	}
	return r;
}

static const char *wide_cast(Be *be, const IrExpr *e)
{
	const IrType *to = e->type, *from = e->a->type;
	bool from_signed = from->kind == IT_BITS && from->is_signed;
	/* Same width, signed or not: the same bytes. */
	if (is_wide(to) && is_wide(from) && from->width == to->width)
		return be_expr(be, e->a);
	if (is_wide(to)) {
		/* int<W> to a wider int<W>: sign-extended. */
		const char *r = wide_convert(be, e->a, to->width);
		int fw = be_type_width(from);
		if (from_signed && fw > 0 && fw < to->width)
			be_line(&be->e, "p4e_wide_sext(%s, %d, %d, %d);", r, wide_len(to), to->width, fw);
		return r;
	}
	/* Wide to at most 64 bits: the low bits. */
	const char *a = wide_ref(be, e->a);
	if (to->kind == IT_BOOL)
		return be_fmt(be, "(p4e_wide_to_u64(%s, %d, 64) != 0)", a, wide_len(from));
	int tw = be_type_width(to);
	return wrap(be, to, be_fmt(be, "p4e_wide_to_u64(%s, %d, %d)", a, wide_len(from), tw));
}

/* a[hi:lo] wider than 64 bits: a >> lo cut to hi - lo + 1 bits. */
static const char *wide_slice(Be *be, const IrExpr *e)
{
	int an = wide_len(e->a->type), n = e->hi - e->lo + 1;
	const char *a = wide_ref(be, e->a);
	if (e->lo > 0) {
		const char *s = wide_tmp(be, an);
		be_line(&be->e, "p4e_wide_shr_const(%s, %s, %d, %d, %d);", s, a, an, e->a->type->width, e->lo);
		a = s;
	}
	const char *r = wide_tmp(be, (n + 7) / 8);
	be_line(&be->e, "p4e_wide_resize(%s, %d, %d, %s, %d);", r, (n + 7) / 8, n, a, an);
	return r;
}

bool be_expr_wide_tmps(const IrExpr *e)
{
	if (!e)
		return false;
	switch (e->kind) {
	case IE_BINARY:
	case IE_UNARY:
	case IE_CAST:
		if ((e->type && is_wide(e->type)) || (e->a && e->a->type && is_wide(e->a->type) &&
						      (e->kind != IE_BINARY || (e->op != OP_EQ && e->op != OP_NE))))
			return true;
		break;
	case IE_SLICE:
		if (is_wide(e->type))
			return true;
		break;
	default:
		break;
	}
	if (be_expr_wide_tmps(e->a) || be_expr_wide_tmps(e->b) || be_expr_wide_tmps(e->c))
		return true;
	for (int i = 0; i < e->args.len; i++)
		if (be_expr_wide_tmps(e->args.items[i]))
			return true;
	return false;
}

static const char *binary(Be *be, const IrExpr *e)
{
	const IrType *t = e->type;
	const IrType *at = e->a->type;
	Operator op = (Operator)e->op;

	if ((op == OP_EQ || op == OP_NE) && (be_is_aggregate(at) || is_wide(at))) {
		const char *eq = agg_equal(be, at, be_lvalue(be, e->a), be_lvalue(be, e->b));
		return op == OP_EQ ? eq : be_fmt(be, "!%s", eq);
	}
	if (is_wide(t) || is_wide(at))
		return wide_binary(be, e);
	const char *a = be_expr(be, e->a);
	const char *b = be_expr(be, e->b);
	int w = be_type_width(t);
	switch (op) {
	case OP_ADD:
		return wrap(be, t, be_fmt(be, "%s + %s", a, b));
	case OP_SUB:
		return wrap(be, t, be_fmt(be, "%s - %s", a, b));
	case OP_MUL:
		return wrap(be, t, be_fmt(be, "%s * %s", a, b));
	case OP_DIV:
	case OP_MOD:
		/* A divisor that may be 0 is undefined in C: p4e_wide.h. */
		if (e->b->kind != IE_CONST || value_get_u64(e->b->value) == 0)
			return be_fmt(be, "(%s)p4e_%s64(%s, %s)", storage(be, t), op == OP_DIV ? "div" : "mod", a, b);
		return be_fmt(be, op == OP_DIV ? "(%s / %s)" : "(%s %% %s)", a, b);
	case OP_BAND:
		return be_fmt(be, "(%s & %s)", a, b);
	case OP_BOR:
		return be_fmt(be, "(%s | %s)", a, b);
	case OP_BXOR:
		return be_fmt(be, "(%s ^ %s)", a, b);
	case OP_AND:
		return be_fmt(be, "(%s && %s)", a, b);
	case OP_OR:
		return be_fmt(be, "(%s || %s)", a, b);
	case OP_EQ:
		return be_fmt(be, "(%s == %s)", a, b);
	case OP_NE:
		return be_fmt(be, "(%s != %s)", a, b);
	case OP_LT:
		return be_fmt(be, "(%s < %s)", a, b);
	case OP_LE:
		return be_fmt(be, "(%s <= %s)", a, b);
	case OP_GT:
		return be_fmt(be, "(%s > %s)", a, b);
	case OP_GE:
		return be_fmt(be, "(%s >= %s)", a, b);
	case OP_SHL:
	case OP_SHR: {
		/* P4 shifts by the width or more give 0 (or the sign), C's are undefined. */
		const char *sop = op == OP_SHL ? "<<" : ">>";
		const char *wide = t->is_signed ? "(__s64)" : "(__u64)";
		if (e->b->kind == IE_CONST) {
			uint64_t n = value_get_u64(e->b->value);
			if (n >= (uint64_t)w)
				return op == OP_SHL || !t->is_signed
					       ? "0"
					       : wrap(be, t, be_fmt(be, "%s%s >> 63", wide, a));
			return op == OP_SHL ? wrap(be, t, be_fmt(be, "%s%s << %llu", wide, a,
								 (unsigned long long)n))
					    : be_fmt(be, "(%s >> %llu)", a, (unsigned long long)n);
		}
		return be_fmt(be, "(%s >= %d ? 0 : %s)", b, w,
			      wrap(be, t, be_fmt(be, "%s%s %s %s", wide, a, sop, b)));
	}
	case OP_CONCAT: {
		int bw = be_type_width(e->b->type);
		const char *bu = e->b->type->is_signed
					 ? be_fmt(be, "((%s)%s & 0x%llxULL)", be_uint_type(bw), b,
						  (unsigned long long)(bw >= 64 ? ~0ULL : (1ULL << bw) - 1))
					 : b;
		return wrap(be, t, be_fmt(be, "((%s)%s << %d) | %s", be_uint_type(w), a, bw, bu));
	}
	case OP_ADD_SAT:
	case OP_SUB_SAT: {
		if (t->is_signed && w >= 64) /* no wider C type to compute in */
			return be_fmt(be, "p4e_s%s_sat64(%s, %s)", op == OP_ADD_SAT ? "add" : "sub", a, b);
		if (t->is_signed) {
			long long max = (1LL << (w - 1)) - 1;
			long long min = -max - 1;
			const char *sum = be_fmt(be, "((__s64)%s %s (__s64)%s)", a, op == OP_ADD_SAT ? "+" : "-", b);
			return be_fmt(be, "(%s)(%s > %lldLL ? %lldLL : %s < %lldLL ? %lldLL : %s)", storage(be, t),
				      sum, max, max, sum, min, min, sum);
		}
		if (op == OP_SUB_SAT)
			return be_fmt(be, "(%s > %s ? (%s)(%s - %s) : 0)", a, b, storage(be, t), a, b);
		unsigned long long max = w >= 64 ? ~0ULL : (1ULL << w) - 1;
		if (w >= 64)
			return be_fmt(be, "(%s + %s < %s ? ~0ULL : %s + %s)", a, b, a, a, b);
		return be_fmt(be, "(%s)((__u64)%s + %s > 0x%llxULL ? 0x%llxULL : (__u64)%s + %s)",
			      storage(be, t), a, b, max, max, a, b);
	}
	default:
		be_error(be, e->loc, "operator %d is not supported", op);
		return "0";
	}
}

static const char *cast(Be *be, const IrExpr *e)
{
	const IrType *to = e->type, *from = e->a->type;
	if (is_wide(to) || is_wide(from))
		return wide_cast(be, e);
	const char *a = be_expr(be, e->a);
	if (to->kind == IT_BOOL)
		return from->kind == IT_BOOL ? a : be_fmt(be, "(%s != 0)", a);
	if (from->kind == IT_BOOL)
		return be_fmt(be, "(%s)%s", storage(be, to), a);
	if (be_is_aggregate(to))
		return a;
	int tw = be_type_width(to), fw = be_type_width(from);
	if (from->kind == IT_INT)
		return wrap(be, to, a);
	/* Narrowing or a change of sign: bring the value into to's range. */
	if (tw < fw || (to->kind == IT_BITS && from->kind == IT_BITS && to->is_signed != from->is_signed) ||
	    (to->kind == IT_BITS && to->is_signed && tw > fw))
		return wrap(be, to, a);
	return be_fmt(be, "(%s)%s", storage(be, to), a);
}

static const char *slice(Be *be, const IrExpr *e)
{
	int n = e->hi - e->lo + 1;
	if (is_wide(e->a->type)) {
		/* A slice of a byte array: bytes when aligned, else bits. */
		int total = e->a->type->width;
		int bytes = (total + 7) / 8;
		int first_bit = bytes * 8 - 1 - e->hi; /* from the first byte's MSB */
		if (n > 64)
			return wide_slice(be, e);
		return be_fmt(be, "(%s)p4e_load_bits(%s, %d, %d)", be_uint_type(n), wide_ref(be, e->a),
			      first_bit, n);
	}
	const char *a = be_expr(be, e->a);
	unsigned long long mask = n >= 64 ? ~0ULL : (1ULL << n) - 1;
	if (e->lo == 0)
		return be_fmt(be, "(%s)(%s & 0x%llxULL)", be_uint_type(n), a, mask);
	return be_fmt(be, "(%s)((%s >> %d) & 0x%llxULL)", be_uint_type(n), a, e->lo, mask);
}

static const char *is_valid(Be *be, const IrExpr *e)
{
	const IrType *t = e->a->type;
	if (t->kind == IT_UNION) {
		StrBuf s = {0};
		const char *base = member_base(be, e->a);
		strbuf_puts(&s, "(");
		for (int i = 0; i < t->fields.len; i++)
			strbuf_printf(&s, "%s%s%s.ebpf_valid", i ? " | " : "", base, t->fields.items[i]->name);
		strbuf_puts(&s, t->fields.len ? ")" : "0)");
		const char *r = arena_strndup(be->arena, s.data, s.len);
		strbuf_free(&s);
		return r;
	}
	return be_fmt(be, "%sebpf_valid", member_base(be, e->a));
}

/* A struct, header or tuple value from its fields' expressions. */
static const char *struct_value(Be *be, const IrExpr *e)
{
	const IrType *t = e->type;
	StrBuf s = {0};
	strbuf_printf(&s, "((%s){", storage(be, t));
	if (t->kind == IT_STACK) {
		strbuf_puts(&s, " .e = {");
		for (int i = 0; i < e->args.len; i++)
			strbuf_printf(&s, "%s%s", i ? ", " : " ", be_expr(be, e->args.items[i]));
		strbuf_printf(&s, " }, .next = %d", e->args.len);
	}
	for (int i = 0; i < e->args.len && t->kind != IT_STACK && i < t->fields.len; i++) {
		const IrField *f = t->fields.items[i];
		const char *fn = t->kind == IT_TUPLE ? be_fmt(be, "f%d", i) : f->name;
		const IrExpr *a = e->args.items[i];
		if (is_wide(f->type) && a->kind == IE_CONST)
			strbuf_printf(&s, "%s.%s = %s", i ? ", " : " ", fn,
				      be_value_bytes(be, a->value, f->type->width));
		else
			strbuf_printf(&s, "%s.%s = %s", i ? ", " : " ", fn, be_expr(be, a));
	}
	if (t->kind == IT_HEADER)
		strbuf_printf(&s, "%s.ebpf_valid = 1", e->args.len ? ", " : " ");
	strbuf_puts(&s, " })");
	const char *r = arena_strndup(be->arena, s.data, s.len);
	strbuf_free(&s);
	return r;
}

const char *be_expr(Be *be, const IrExpr *e)
{
	switch (e->kind) {
	case IE_CONST:
		if (is_wide(e->type))
			return be_value_bytes(be, e->value, e->type->width);
		if (e->value && e->value->kind == VAL_LIST && be_is_aggregate(e->type)) {
			StrBuf s = {0};
			strbuf_printf(&s, "((%s){", storage(be, e->type));
			for (int i = 0; i < e->value->n_items && i < e->type->fields.len; i++) {
				const IrField *f = e->type->fields.items[i];
				strbuf_printf(&s, "%s.%s = %s", i ? ", " : " ",
					      e->type->kind == IT_TUPLE ? be_fmt(be, "f%d", i) : f->name,
					      be_value(be, e->value->items[i], be_type_width(f->type)));
			}
			strbuf_puts(&s, " })");
			const char *r = arena_strndup(be->arena, s.data, s.len);
			strbuf_free(&s);
			return r;
		}
		return be_value(be, e->value, be_type_width(e->type));
	case IE_FIELD: {
		int fi;
		const BeHdrUse *h = be_direct_field(be, e, &fi);
		if (h) {
			/* Straight from the packet; the check folds into the parser's. */
			int size = be_header_bytes(h->type);
			const IrType *ht = e->a->type;
			return be_fmt(be, "P4E_PKT(%d, %s)", h->offset + size,
				      be_load_field(be, "p4e_data", 8 * h->offset + be_field_bit_offset(ht, fi),
						    be_type_width(e->type), e->type));
		}
		return be_lvalue(be, e);
	}
	case IE_VAR:
	case IE_INDEX:
	case IE_STACK_NEXT:
	case IE_STACK_LAST:
		return be_lvalue(be, e);
	case IE_STACK_LAST_INDEX:
		return be_fmt(be, "(__u32)(%snext - 1)", member_base(be, e->a));
	case IE_UNARY:
		if (is_wide(e->type) && ((Operator)e->op == OP_COMPL || (Operator)e->op == OP_NEG))
			return wide_unary(be, e);
		switch ((Operator)e->op) {
		case OP_NOT:
			return be_fmt(be, "!%s", be_expr(be, e->a));
		case OP_COMPL:
			return wrap(be, e->type, be_fmt(be, "~%s", be_expr(be, e->a)));
		case OP_NEG:
			return wrap(be, e->type, be_fmt(be, "-%s", be_expr(be, e->a)));
		default:
			return be_expr(be, e->a);
		}
	case IE_BINARY:
		return binary(be, e);
	case IE_MUX:
		if (is_wide(e->type)) {
			const char *c = be_expr(be, e->a);
			const char *x = wide_ref(be, e->b);
			return be_fmt(be, "(%s ? %s : %s)", c, x, wide_ref(be, e->c));
		}
		return be_fmt(be, "(%s ? %s : %s)", be_expr(be, e->a), be_expr(be, e->b), be_expr(be, e->c));
	case IE_CAST:
		return cast(be, e);
	case IE_SLICE:
		return slice(be, e);
	case IE_PART_SELECT: {
		/* a[b +: w] with b known only at run time. */
		const char *a = be_expr(be, e->a), *b = be_expr(be, e->b);
		unsigned long long mask = e->hi >= 64 ? ~0ULL : (1ULL << e->hi) - 1;
		return be_fmt(be, "(%s)(((__u64)%s >> %s) & 0x%llxULL)", be_uint_type(e->hi), a, b, mask);
	}
	case IE_IS_VALID:
		return is_valid(be, e);
	case IE_CALL: {
		const char *r = NULL;
		if (be_extern_call(be, e->call, &r))
			return r ? r : "0";
		return "0";
	}
	case IE_STRUCT:
		return struct_value(be, e);
	case IE_INVALID:
		return be_fmt(be, "((%s){0})", storage(be, e->type));
	case IE_PACKET_LENGTH:
		return "(__u32)(p4e_data_end - p4e_data)";
	case IE_LOOKAHEAD:
		if (be->fn && be->fn->in_parser) {
			const char *r = NULL;
			extern const char *be_parser_lookahead(Be *be, const IrExpr *e);
			r = be_parser_lookahead(be, e);
			return r;
		}
		be_error(be, e->loc, "lookahead outside a parser");
		return "0";
	}
	return "0";
}

void be_assign_text(Be *be, const IrType *t, const char *lhs, const char *rhs)
{
	Emit *e = &be->e;
	if (is_wide(t)) {
		if (rhs[0] == '{') {
			/* A constant: byte by byte, no .rodata needed. */
			int n = (t->width + 7) / 8, i = 0;
			const char *s = rhs + 1;
			while (i < n && *s) {
				while (*s == ' ' || *s == ',')
					s++;
				const char *end = strchr(s, ',');
				if (!end)
					end = strchr(s, '}');
				if (!end)
					break;
				be_line(e, "%s[%d] = %.*s;", lhs, i, (int)(end - s), s);
				s = end;
				i++;
			}
			return;
		}
		be_line(e, "__builtin_memcpy(%s, %s, %d);", lhs, rhs, (t->width + 7) / 8);
		return;
	}
	/* `*p = v` reads better than `(*p) = v`. */
	if (lhs[0] == '(' && lhs[1] == '*')
		lhs = be_strip_parens(be, lhs);
	be_line(e, "%s = %s;", lhs, rhs);
}

void be_assign(Be *be, const IrExpr *lhs, const IrExpr *rhs)
{
	if (lhs->kind == IE_SLICE) {
		/* x[hi:lo] = v: read, modify, write the bits of x. */
		const IrType *t = lhs->a->type;
		int n = lhs->hi - lhs->lo + 1;
		if (is_wide(t)) {
			int bytes = (t->width + 7) / 8;
			const char *x = be_lvalue(be, lhs->a);
			if (n <= 64) {
				be_line(&be->e, "p4e_store_bits(%s, %d, %d, %s);", x, bytes * 8 - 1 - lhs->hi, n,
					be_expr(be, rhs));
				return;
			}
			/* The value widened to x's width and shifted into place. */
			const char *v = wide_convert(be, rhs, t->width);
			if (lhs->lo > 0)
				be_line(&be->e, "p4e_wide_shl_const(%s, %s, %d, %d, %d);", v, v, bytes, t->width, lhs->lo);
			be_line(&be->e, "p4e_wide_insert(%s, %s, %d, %d, %d);", x, v, bytes, lhs->lo, n);
			return;
		}
		unsigned long long mask = n >= 64 ? ~0ULL : (1ULL << n) - 1;
		const char *x = be_lvalue(be, lhs->a);
		be_line(&be->e, "%s = (%s)((%s & ~(0x%llxULL << %d)) | (((__u64)%s & 0x%llxULL) << %d));", x,
			be_ctype(be, t, NULL), x, mask, lhs->lo, be_expr(be, rhs), mask, lhs->lo);
		return;
	}
	be_assign_text(be, lhs->type, be_lvalue(be, lhs), be_expr(be, rhs));
}
