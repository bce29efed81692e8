/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* consteval.c: compile-time evaluation of P4-16 values with GMP. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "consteval.h"

struct ConstPool {
	Arena arena;   /* Values, strings and item arrays */
	Value **nums;  /* every VAL_INT, whose mpz_t GMP allocated */
	size_t n_nums, cap_nums;
	ValueError err;
	char msg[256];
};

/* ---- the pool ---- */

ConstPool *const_pool_new(void)
{
	ConstPool *pool = xmalloc(sizeof(*pool));
	*pool = (ConstPool){0};
	return pool;
}

void const_pool_free(ConstPool *pool)
{
	if (!pool)
		return;
	for (size_t i = 0; i < pool->n_nums; i++)
		mpz_clear(pool->nums[i]->num);
	free(pool->nums);
	arena_free(&pool->arena);
	free(pool);
}

ValueError const_pool_error(const ConstPool *pool)
{
	return pool->err;
}

const char *const_pool_message(const ConstPool *pool)
{
	return pool->msg;
}

/* Every public entry point starts here so that errors describe the last call. */
static void reset(ConstPool *pool)
{
	pool->err = VALUE_OK;
	pool->msg[0] = '\0';
}

__attribute__((format(printf, 3, 4)))
static const Value *fail(ConstPool *pool, ValueError err, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(pool->msg, sizeof(pool->msg), fmt, ap);
	va_end(ap);
	pool->err = err;
	return NULL;
}

static Value *new_value(ConstPool *pool, ValueKind kind)
{
	Value *v = arena_alloc(&pool->arena, sizeof(*v));
	v->kind = kind;
	return v;
}

/* A VAL_INT holding 0; the pool clears its mpz_t at the end. */
static Value *new_int(ConstPool *pool, ValueIntType type)
{
	Value *v = new_value(pool, VAL_INT);
	v->type = type;
	mpz_init(v->num);
	if (pool->n_nums == pool->cap_nums) {
		pool->cap_nums = pool->cap_nums ? 2 * pool->cap_nums : 64;
		pool->nums = xrealloc(pool->nums, pool->cap_nums * sizeof(*pool->nums));
	}
	pool->nums[pool->n_nums++] = v;
	return v;
}

/* ---- describing types in messages ---- */

typedef struct TypeName {
	char s[64];
} TypeName;

static TypeName int_type_name(ValueIntType t)
{
	TypeName n;
	if (t.width < 0)
		snprintf(n.s, sizeof(n.s), "int");
	else
		snprintf(n.s, sizeof(n.s), "%s<%d>", t.is_signed ? "int" : "bit", t.width);
	return n;
}

static TypeName describe(const Value *v)
{
	TypeName n;
	switch (v->kind) {
	case VAL_INT:
		return int_type_name(v->type);
	case VAL_BOOL:
		snprintf(n.s, sizeof(n.s), "bool");
		break;
	case VAL_STRING:
		snprintf(n.s, sizeof(n.s), "string");
		break;
	case VAL_MEMBER:
		snprintf(n.s, sizeof(n.s), "%s", v->type_name ? v->type_name : "match_kind");
		break;
	case VAL_LIST:
		snprintf(n.s, sizeof(n.s), "tuple");
		break;
	case VAL_MASK:
	case VAL_RANGE:
	case VAL_DONTCARE:
		snprintf(n.s, sizeof(n.s), "set");
		break;
	}
	return n;
}

void value_format_type(StrBuf *out, ValueIntType type)
{
	strbuf_puts(out, int_type_name(type).s);
}

/* ---- numbers ---- */

static void pow2(mpz_t r, unsigned long n)
{
	mpz_set_ui(r, 0);
	mpz_setbit(r, n);
}

/* The smallest and largest value of a fixed-width type. */
static void type_min(mpz_t r, ValueIntType t)
{
	if (t.is_signed && t.width > 0) {
		pow2(r, (unsigned long)t.width - 1);
		mpz_neg(r, r);
	} else {
		mpz_set_ui(r, 0);
	}
}

static void type_max(mpz_t r, ValueIntType t)
{
	if (t.width == 0) {
		mpz_set_ui(r, 0);
		return;
	}
	pow2(r, (unsigned long)(t.is_signed ? t.width - 1 : t.width));
	mpz_sub_ui(r, r, 1);
}

static bool fits(mpz_srcptr x, ValueIntType t)
{
	if (t.width < 0)
		return true;
	mpz_t lim;
	mpz_init(lim);
	type_min(lim, t);
	bool ok = mpz_cmp(x, lim) >= 0;
	type_max(lim, t);
	ok = ok && mpz_cmp(x, lim) <= 0;
	mpz_clear(lim);
	return ok;
}

/* Reduces x into type t: keep the low W bits, then read them as unsigned or
 * as two's complement (spec: "Operations on fixed-width bit types" and
 * "Operations on fixed-width signed integers": results wrap around). */
static ValueWrap wrap_num(mpz_t x, ValueIntType t)
{
	if (t.width < 0 || fits(x, t))
		return VALUE_WRAP_NONE;
	/* The bits all survive when x is in [-2^(W-1), 2^W): only the sign
	 * reading changes. */
	ValueWrap wrap = VALUE_WRAP_TRUNCATED;
	if (t.width > 0) {
		mpz_t lim;
		mpz_init(lim);
		pow2(lim, (unsigned long)t.width - 1);
		mpz_neg(lim, lim);
		bool above = mpz_cmp(x, lim) >= 0;
		pow2(lim, (unsigned long)t.width);
		if (above && mpz_cmp(x, lim) < 0)
			wrap = VALUE_WRAP_SIGN;
		mpz_clear(lim);
	}
	mpz_fdiv_r_2exp(x, x, (unsigned long)t.width);
	if (t.is_signed && t.width > 0 && mpz_tstbit(x, (unsigned long)t.width - 1)) {
		mpz_t m;
		mpz_init(m);
		pow2(m, (unsigned long)t.width);
		mpz_sub(x, x, m);
		mpz_clear(m);
	}
	return wrap;
}

static bool check_type(ConstPool *pool, ValueIntType t)
{
	if (t.width < -1 || t.width > VALUE_MAX_WIDTH) {
		fail(pool, VALUE_ERR_RANGE, "width %d is not supported (at most %d)", t.width,
		     VALUE_MAX_WIDTH);
		return false;
	}
	return true;
}

/* A new value of type t from x, which it wraps. */
static const Value *make_int(ConstPool *pool, ValueIntType t, mpz_srcptr x, ValueWrap *wrap)
{
	Value *v = new_int(pool, t);
	mpz_set(v->num, x);
	ValueWrap w = wrap_num(v->num, t);
	if (wrap)
		*wrap = w;
	return v;
}

/* Serializable enum members stand for their value wherever a number is
 * needed (spec: "Implicit casts"). */
static const Value *numeric(const Value *v)
{
	return v->kind == VAL_MEMBER && v->repr ? v->repr : v;
}

static bool is_fixed(const Value *v)
{
	return v->kind == VAL_INT && v->type.width >= 0;
}

/* ---- making values ---- */

static bool is_digit_of(int c, int base)
{
	int d;
	if (c >= '0' && c <= '9')
		d = c - '0';
	else if (c >= 'a' && c <= 'f')
		d = c - 'a' + 10;
	else if (c >= 'A' && c <= 'F')
		d = c - 'A' + 10;
	else
		return false;
	return d < base;
}

const Value *value_from_literal(ConstPool *pool, const IntLiteral *lit, ValueWrap *wrap)
{
	reset(pool);
	if (wrap)
		*wrap = VALUE_WRAP_NONE;
	if (lit->base != 2 && lit->base != 8 && lit->base != 10 && lit->base != 16)
		BUG("integer literal with base %d", lit->base);
	/* mpz_set_str would also take spaces and a sign: check the digits ourselves. */
	const char *p = lit->digits;
	if (!*p)
		return fail(pool, VALUE_ERR_LITERAL, "integer literal without digits");
	for (; *p; p++)
		if (!is_digit_of((unsigned char)*p, lit->base))
			return fail(pool, VALUE_ERR_LITERAL, "'%c' is not a base-%d digit in '%s'", *p,
				    lit->base, lit->digits);
	ValueIntType t = lit->width < 0 ? value_type_infint()
					: (ValueIntType){.width = lit->width, .is_signed = lit->is_signed};
	if (!check_type(pool, t))
		return NULL;
	mpz_t x;
	mpz_init(x);
	if (mpz_set_str(x, lit->digits, lit->base) != 0)
		BUG("mpz_set_str rejected '%s'", lit->digits);
	const Value *v = make_int(pool, t, x, wrap);
	mpz_clear(x);
	return v;
}

const Value *value_from_mpz(ConstPool *pool, ValueIntType type, mpz_srcptr n, ValueWrap *wrap)
{
	reset(pool);
	if (wrap)
		*wrap = VALUE_WRAP_NONE;
	if (!check_type(pool, type))
		return NULL;
	return make_int(pool, type, n, wrap);
}

const Value *value_from_u64(ConstPool *pool, ValueIntType type, uint64_t n, ValueWrap *wrap)
{
	mpz_t x;
	mpz_init(x);
	/* mpz_set_ui takes an unsigned long, which may be 32 bits. */
	mpz_import(x, 1, 1, sizeof(n), 0, 0, &n);
	const Value *v = value_from_mpz(pool, type, x, wrap);
	mpz_clear(x);
	return v;
}

const Value *value_from_i64(ConstPool *pool, ValueIntType type, int64_t n, ValueWrap *wrap)
{
	uint64_t mag = n < 0 ? -(uint64_t)n : (uint64_t)n;
	mpz_t x;
	mpz_init(x);
	mpz_import(x, 1, 1, sizeof(mag), 0, 0, &mag);
	if (n < 0)
		mpz_neg(x, x);
	const Value *v = value_from_mpz(pool, type, x, wrap);
	mpz_clear(x);
	return v;
}

const Value *value_bool(ConstPool *pool, bool b)
{
	reset(pool);
	Value *v = new_value(pool, VAL_BOOL);
	v->boolean = b;
	return v;
}

const Value *value_string(ConstPool *pool, const char *s, size_t len)
{
	reset(pool);
	Value *v = new_value(pool, VAL_STRING);
	v->str = arena_strndup(&pool->arena, s, len);
	v->len = len;
	return v;
}

const Value *value_member(ConstPool *pool, const char *type_name, const char *name,
			  const void *decl, const Value *repr)
{
	reset(pool);
	if (repr && repr->kind != VAL_INT)
		BUG("enum member %s with a %s value", name, describe(repr).s);
	Value *v = new_value(pool, VAL_MEMBER);
	v->type_name = type_name;
	v->str = name;
	v->decl = decl;
	v->repr = repr;
	return v;
}

static const Value *new_items(ConstPool *pool, ValueKind kind, const Value *const *items, int n)
{
	Value *v = new_value(pool, kind);
	const Value **copy = arena_alloc(&pool->arena, (size_t)n * sizeof(*copy));
	for (int i = 0; i < n; i++)
		copy[i] = items[i];
	v->items = copy;
	v->n_items = n;
	return v;
}

const Value *value_list(ConstPool *pool, const Value *const *items, int n_items)
{
	reset(pool);
	return new_items(pool, VAL_LIST, items, n_items);
}

static const Value *keyset(ConstPool *pool, ValueKind kind, const char *op, const Value *a,
			   const Value *b)
{
	reset(pool);
	const Value *na = numeric(a), *nb = numeric(b);
	if (na->kind != VAL_INT || nb->kind != VAL_INT || !value_type_equal(na->type, nb->type))
		return fail(pool, VALUE_ERR_TYPE, "'%s' needs two integers of one type, not %s and %s",
			    op, describe(a).s, describe(b).s);
	const Value *pair[2] = {a, b};
	return new_items(pool, kind, pair, 2);
}

const Value *value_mask(ConstPool *pool, const Value *v, const Value *mask)
{
	return keyset(pool, VAL_MASK, "&&&", v, mask);
}

const Value *value_range(ConstPool *pool, const Value *lo, const Value *hi)
{
	return keyset(pool, VAL_RANGE, "..", lo, hi);
}

const Value *value_dontcare(ConstPool *pool)
{
	reset(pool);
	return new_value(pool, VAL_DONTCARE);
}

/* ---- unary operators ---- */

const Value *value_unary(ConstPool *pool, Operator op, const Value *v)
{
	reset(pool);
	if (op == OP_NOT) {
		if (v->kind != VAL_BOOL)
			return fail(pool, VALUE_ERR_TYPE, "'!' needs a bool, not %s", describe(v).s);
		return value_bool(pool, !v->boolean);
	}
	if (op != OP_COMPL && op != OP_NEG && op != OP_PLUS)
		BUG("'%s' is not a unary operator", op_spelling(op));
	const Value *n = numeric(v);
	if (n->kind != VAL_INT)
		return fail(pool, VALUE_ERR_TYPE, "'%s' needs an integer, not %s", op_spelling(op),
			    describe(v).s);
	if (op == OP_PLUS)
		return n;
	/* Spec, "Operations on arbitrary-precision integers": no bitwise operations. */
	if (op == OP_COMPL && n->type.width < 0)
		return fail(pool, VALUE_ERR_TYPE, "'~' is not defined on int: give the value a width");
	Value *r = new_int(pool, n->type);
	if (op == OP_NEG)
		mpz_neg(r->num, n->num); /* bit<W>: 2^W - x after wrapping */
	else
		mpz_com(r->num, n->num); /* -x - 1: the complement of every bit */
	wrap_num(r->num, r->type);
	return r;
}

/* ---- binary operators ---- */

static const Value *type_mismatch(ConstPool *pool, Operator op, const Value *a, const Value *b)
{
	return fail(pool, VALUE_ERR_TYPE, "'%s' cannot combine %s and %s", op_spelling(op),
		    describe(a).s, describe(b).s);
}

/* P4's `==` on a and b: 0 and *eq, or -1 after fail(). */
static int equal(ConstPool *pool, const Value *a, const Value *b, bool *eq)
{
	if (a->kind == VAL_MEMBER && b->kind == VAL_MEMBER) {
		bool same_type = a->decl == b->decl &&
				 (a->type_name == b->type_name ||
				  (a->type_name && b->type_name && !strcmp(a->type_name, b->type_name)));
		if (!same_type) {
			type_mismatch(pool, OP_EQ, a, b);
			return -1;
		}
		/* Two names of a serializable enum may share one value. */
		if (a->repr && b->repr)
			*eq = mpz_cmp(a->repr->num, b->repr->num) == 0;
		else
			*eq = !strcmp(a->str, b->str);
		return 0;
	}
	a = numeric(a);
	b = numeric(b);
	if (a->kind != b->kind) {
		type_mismatch(pool, OP_EQ, a, b);
		return -1;
	}
	switch (a->kind) {
	case VAL_INT:
		if (!value_type_equal(a->type, b->type)) {
			type_mismatch(pool, OP_EQ, a, b);
			return -1;
		}
		*eq = mpz_cmp(a->num, b->num) == 0;
		return 0;
	case VAL_BOOL:
		*eq = a->boolean == b->boolean;
		return 0;
	case VAL_LIST:
		if (a->n_items != b->n_items) {
			fail(pool, VALUE_ERR_TYPE, "'==' cannot compare tuples of %d and %d elements",
			     a->n_items, b->n_items);
			return -1;
		}
		*eq = true;
		for (int i = 0; i < a->n_items; i++) {
			bool e;
			if (equal(pool, a->items[i], b->items[i], &e) < 0)
				return -1;
			*eq = *eq && e;
		}
		return 0;
	default:
		/* Spec, "Operations on strings": concatenation is the only one. */
		fail(pool, VALUE_ERR_TYPE, "'==' is not defined on %s", describe(a).s);
		return -1;
	}
}

static const Value *concat(ConstPool *pool, const Value *a, const Value *b)
{
	if (a->kind == VAL_STRING && b->kind == VAL_STRING) {
		/* The bytes between the quotes, escapes untouched ("String literals"). */
		Value *r = new_value(pool, VAL_STRING);
		char *s = arena_alloc(&pool->arena, a->len + b->len + 1);
		memcpy(s, a->str, a->len);
		memcpy(s + a->len, b->str, b->len);
		r->str = s;
		r->len = a->len + b->len;
		return r;
	}
	const Value *na = numeric(a), *nb = numeric(b);
	if (!is_fixed(na) || !is_fixed(nb))
		return fail(pool, VALUE_ERR_TYPE,
			    "'++' needs bit<W> or int<W> operands, not %s and %s%s", describe(a).s,
			    describe(b).s,
			    (na->kind == VAL_INT || nb->kind == VAL_INT) ? ": give int values a width" : "");
	long width = (long)na->type.width + nb->type.width;
	if (width > VALUE_MAX_WIDTH)
		return fail(pool, VALUE_ERR_RANGE, "'++' would make %ld bits (at most %d)", width,
			    VALUE_MAX_WIDTH);
	/* The left operand gives the high bits and the signedness ("Concatenation"). */
	Value *r = new_int(pool, (ValueIntType){.width = (int)width, .is_signed = na->type.is_signed});
	mpz_t low;
	mpz_init(low);
	mpz_fdiv_r_2exp(r->num, na->num, (unsigned long)na->type.width);
	mpz_mul_2exp(r->num, r->num, (unsigned long)nb->type.width);
	mpz_fdiv_r_2exp(low, nb->num, (unsigned long)nb->type.width);
	mpz_ior(r->num, r->num, low);
	mpz_clear(low);
	wrap_num(r->num, r->type);
	return r;
}

static const Value *shift(ConstPool *pool, Operator op, const Value *a, const Value *b)
{
	const Value *na = numeric(a), *nb = numeric(b);
	if (na->kind != VAL_INT)
		return fail(pool, VALUE_ERR_TYPE, "'%s' cannot shift %s", op_spelling(op),
			    describe(a).s);
	/* "A note about shifts": the amount is bit<S> or a non-negative int. */
	if (nb->kind != VAL_INT || (nb->type.width >= 0 && nb->type.is_signed))
		return fail(pool, VALUE_ERR_TYPE,
			    "the amount of '%s' must be bit<S> or int, not %s", op_spelling(op),
			    describe(b).s);
	if (mpz_sgn(nb->num) < 0)
		return fail(pool, VALUE_ERR_NEGATIVE, "shift by a negative amount");
	Value *r = new_int(pool, na->type);
	unsigned long n;
	if (na->type.width >= 0) {
		/* Shifting W bits or more leaves no bits, or only sign bits. */
		if (mpz_cmp_ui(nb->num, (unsigned long)na->type.width) >= 0)
			n = (unsigned long)na->type.width;
		else
			n = mpz_get_ui(nb->num);
	} else if (mpz_cmp_ui(nb->num, VALUE_MAX_WIDTH) <= 0) {
		n = mpz_get_ui(nb->num);
	} else if (op == OP_SHR) {
		n = ULONG_MAX; /* floor(a / 2^b) is 0 or -1 */
	} else {
		return fail(pool, VALUE_ERR_RANGE, "shift amount too large for int (at most %d)",
			    VALUE_MAX_WIDTH);
	}
	if (op == OP_SHL) {
		mpz_mul_2exp(r->num, na->num, n);
	} else if (n == ULONG_MAX) {
		mpz_set_si(r->num, mpz_sgn(na->num) < 0 ? -1 : 0);
	} else {
		/* Rounds towards minus infinity: arithmetic for int<W> and int,
		 * logical for bit<W> whose values are never negative. */
		mpz_fdiv_q_2exp(r->num, na->num, n);
	}
	wrap_num(r->num, r->type);
	return r;
}

static const Value *arith(ConstPool *pool, Operator op, const Value *a, const Value *b)
{
	const Value *na = numeric(a), *nb = numeric(b);
	if (na->kind != VAL_INT || nb->kind != VAL_INT)
		return fail(pool, VALUE_ERR_TYPE, "'%s' needs integers, not %s and %s",
			    op_spelling(op), describe(a).s, describe(b).s);
	/* No implicit casts here: the checker inserts them before. */
	if (!value_type_equal(na->type, nb->type))
		return type_mismatch(pool, op, a, b);
	ValueIntType t = na->type;
	bool infint = t.width < 0;
	switch (op) {
	case OP_LT:
		return value_bool(pool, mpz_cmp(na->num, nb->num) < 0);
	case OP_LE:
		return value_bool(pool, mpz_cmp(na->num, nb->num) <= 0);
	case OP_GT:
		return value_bool(pool, mpz_cmp(na->num, nb->num) > 0);
	case OP_GE:
		return value_bool(pool, mpz_cmp(na->num, nb->num) >= 0);
	case OP_DIV:
	case OP_MOD:
		/* int: "between positive values" only; int<W>: not among its
		 * operations (p4c: "Cannot operate on signed values"). */
		if (t.is_signed && !infint)
			return fail(pool, VALUE_ERR_TYPE, "'%s' is not defined on signed %s",
				    op_spelling(op), describe(na).s);
		if (mpz_sgn(na->num) < 0 || mpz_sgn(nb->num) < 0)
			return fail(pool, VALUE_ERR_NEGATIVE, "'%s' is not defined on negative values",
				    op_spelling(op));
		if (mpz_sgn(nb->num) == 0)
			return fail(pool, VALUE_ERR_DIV_ZERO, "division by zero");
		break;
	case OP_ADD_SAT:
	case OP_SUB_SAT:
		if (infint)
			return fail(pool, VALUE_ERR_TYPE, "'%s' is not defined on int: give the values a width",
				    op_spelling(op));
		break;
	case OP_BAND:
	case OP_BOR:
	case OP_BXOR:
		if (infint)
			return fail(pool, VALUE_ERR_TYPE, "'%s' is not defined on int: give the values a width",
				    op_spelling(op));
		break;
	case OP_MUL:
	case OP_ADD:
	case OP_SUB:
		break;
	default:
		BUG("'%s' in arith()", op_spelling(op));
	}
	Value *r = new_int(pool, t);
	switch (op) {
	case OP_MUL:
		mpz_mul(r->num, na->num, nb->num);
		break;
	case OP_DIV:
		mpz_tdiv_q(r->num, na->num, nb->num);
		break;
	case OP_MOD:
		mpz_tdiv_r(r->num, na->num, nb->num);
		break;
	case OP_ADD:
	case OP_ADD_SAT:
		mpz_add(r->num, na->num, nb->num);
		break;
	case OP_SUB:
	case OP_SUB_SAT:
		mpz_sub(r->num, na->num, nb->num);
		break;
	case OP_BAND:
		mpz_and(r->num, na->num, nb->num);
		break;
	case OP_BOR:
		mpz_ior(r->num, na->num, nb->num);
		break;
	case OP_BXOR:
		mpz_xor(r->num, na->num, nb->num);
		break;
	default:
		break;
	}
	if (op == OP_ADD_SAT || op == OP_SUB_SAT) {
		/* Clamp to [min, max] instead of wrapping. */
		mpz_t lim;
		mpz_init(lim);
		type_min(lim, t);
		if (mpz_cmp(r->num, lim) < 0)
			mpz_set(r->num, lim);
		type_max(lim, t);
		if (mpz_cmp(r->num, lim) > 0)
			mpz_set(r->num, lim);
		mpz_clear(lim);
	}
	wrap_num(r->num, t);
	return r;
}

const Value *value_binary(ConstPool *pool, Operator op, const Value *a, const Value *b)
{
	reset(pool);
	bool eq;
	switch (op) {
	case OP_AND:
	case OP_OR:
		if (a->kind != VAL_BOOL || b->kind != VAL_BOOL)
			return fail(pool, VALUE_ERR_TYPE, "'%s' needs bools, not %s and %s",
				    op_spelling(op), describe(a).s, describe(b).s);
		return value_bool(pool, op == OP_AND ? a->boolean && b->boolean
						     : a->boolean || b->boolean);
	case OP_EQ:
	case OP_NE:
		if (equal(pool, a, b, &eq) < 0)
			return NULL;
		return value_bool(pool, op == OP_EQ ? eq : !eq);
	case OP_CONCAT:
		return concat(pool, a, b);
	case OP_SHL:
	case OP_SHR:
		return shift(pool, op, a, b);
	case OP_MUL: case OP_DIV: case OP_MOD: case OP_ADD: case OP_SUB:
	case OP_ADD_SAT: case OP_SUB_SAT: case OP_BAND: case OP_BXOR: case OP_BOR:
	case OP_LT: case OP_LE: case OP_GT: case OP_GE:
		return arith(pool, op, a, b);
	default:
		BUG("'%s' is not a binary operator", op_spelling(op));
	}
}

/* ---- slices ---- */

/* A slice bound: a non-negative integer of any type, at most VALUE_MAX_WIDTH. */
static bool bound(ConstPool *pool, const Value *v, const char *what, long *out)
{
	const Value *n = numeric(v);
	if (n->kind != VAL_INT) {
		fail(pool, VALUE_ERR_TYPE, "the %s of a slice must be an integer, not %s", what,
		     describe(v).s);
		return false;
	}
	if (mpz_sgn(n->num) < 0) {
		fail(pool, VALUE_ERR_NEGATIVE, "the %s of a slice is negative", what);
		return false;
	}
	if (mpz_cmp_ui(n->num, VALUE_MAX_WIDTH) > 0) {
		fail(pool, VALUE_ERR_RANGE, "the %s of a slice is too large (at most %d)", what,
		     VALUE_MAX_WIDTH);
		return false;
	}
	*out = (long)mpz_get_ui(n->num);
	return true;
}

/* Bits lo .. lo+width-1 of v as bit<width>. int values have as many sign
 * bits as needed ("Operations on arbitrary-precision integers"). */
static const Value *extract(ConstPool *pool, const Value *v, long lo, long width)
{
	Value *r = new_int(pool, value_type_bit((int)width));
	mpz_fdiv_q_2exp(r->num, v->num, (unsigned long)lo);
	mpz_fdiv_r_2exp(r->num, r->num, (unsigned long)width);
	return r;
}

const Value *value_slice(ConstPool *pool, const Value *v, const Value *hi, const Value *lo)
{
	reset(pool);
	const Value *n = numeric(v);
	if (n->kind != VAL_INT)
		return fail(pool, VALUE_ERR_TYPE, "cannot slice %s", describe(v).s);
	long h, l;
	if (!bound(pool, hi, "high bound", &h) || !bound(pool, lo, "low bound", &l))
		return NULL;
	if (h < l)
		return fail(pool, VALUE_ERR_RANGE, "slice [%ld:%ld]: the high bound is below the low bound",
			    h, l);
	if (n->type.width >= 0 && h >= n->type.width)
		return fail(pool, VALUE_ERR_RANGE, "slice [%ld:%ld] of %s: bit %ld does not exist", h, l,
			    describe(n).s, h);
	if (h >= VALUE_MAX_WIDTH)
		return fail(pool, VALUE_ERR_RANGE, "slice [%ld:%ld] is too wide (at most %d bits)", h, l,
			    VALUE_MAX_WIDTH);
	return extract(pool, n, l, h - l + 1);
}

const Value *value_part_select(ConstPool *pool, const Value *v, const Value *lo,
			       const Value *width)
{
	reset(pool);
	const Value *n = numeric(v);
	if (n->kind != VAL_INT)
		return fail(pool, VALUE_ERR_TYPE, "cannot slice %s", describe(v).s);
	long l, w;
	if (!bound(pool, lo, "low bit", &l) || !bound(pool, width, "width", &w))
		return NULL;
	/* The low bit must be in range for the type, and the slice too. */
	long limit = n->type.width >= 0 ? n->type.width : VALUE_MAX_WIDTH;
	if ((l >= limit && !(l == 0 && w == 0)) || l + w > limit)
		return fail(pool, VALUE_ERR_RANGE, "slice [%ld +: %ld] of %s is out of range", l, w,
			    describe(n).s);
	return extract(pool, n, l, w);
}

/* ---- casts ---- */

const Value *value_cast(ConstPool *pool, const Value *v, ValueIntType to, ValueWrap *wrap)
{
	reset(pool);
	if (wrap)
		*wrap = VALUE_WRAP_NONE;
	if (!check_type(pool, to))
		return NULL;
	TypeName tn = int_type_name(to);
	if (v->kind == VAL_BOOL) {
		/* "Explicit casts": bit<1> <-> bool, and nothing else from bool. */
		if (to.width != 1 || to.is_signed)
			return fail(pool, VALUE_ERR_TYPE, "cannot cast bool to %s, only to bit<1>", tn.s);
		Value *r = new_int(pool, to);
		mpz_set_ui(r->num, v->boolean);
		return r;
	}
	const Value *n = numeric(v);
	if (n->kind != VAL_INT)
		return fail(pool, VALUE_ERR_TYPE, "cannot cast %s to %s", describe(v).s, tn.s);
	ValueIntType from = n->type;
	if (value_type_equal(from, to))
		return n;
	if (from.width < 0) {
		/* int -> bit<W>/int<W>: two's complement, then truncate; the
		 * compiler should warn on overflow and negative to unsigned. */
		return make_int(pool, to, n->num, wrap);
	}
	if (to.width >= 0 && from.is_signed != to.is_signed && from.width != to.width)
		return fail(pool, VALUE_ERR_TYPE,
			    "cannot cast %s to %s: change the sign and the width in two casts",
			    describe(n).s, tn.s);
	/* The remaining casts keep the value (to int), truncate or extend
	 * (same signedness) or reinterpret the bits (same width): wrapping
	 * the number into the new type does each of them. */
	return make_int(pool, to, n->num, NULL);
}

const Value *value_cast_bool(ConstPool *pool, const Value *v)
{
	reset(pool);
	if (v->kind == VAL_BOOL)
		return v;
	const Value *n = numeric(v);
	if (n->kind != VAL_INT || (n->type.width >= 0 && (n->type.width != 1 || n->type.is_signed)))
		return fail(pool, VALUE_ERR_TYPE, "cannot cast %s to bool, only bit<1> and int",
			    describe(v).s);
	if (mpz_cmp_ui(n->num, 1) > 0 || mpz_sgn(n->num) < 0)
		return fail(pool, VALUE_ERR_RANGE, "only 0 and 1 can be cast to bool");
	return value_bool(pool, mpz_sgn(n->num) != 0);
}

const Value *value_convert(ConstPool *pool, const Value *v, ValueIntType to, ValueWrap *wrap)
{
	reset(pool);
	if (wrap)
		*wrap = VALUE_WRAP_NONE;
	if (!check_type(pool, to))
		return NULL;
	const Value *n = numeric(v);
	if (n->kind == VAL_INT && value_type_equal(n->type, to))
		return n;
	/* "Implicit casts": only from int to a fixed-width type. */
	if (n->kind == VAL_INT && n->type.width < 0 && to.width >= 0)
		return make_int(pool, to, n->num, wrap);
	return fail(pool, VALUE_ERR_TYPE, "cannot convert %s to %s implicitly: a cast is needed",
		    describe(v).s, int_type_name(to).s);
}

/* ---- reading values ---- */

bool value_equal(const Value *a, const Value *b)
{
	if (a == b)
		return true;
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case VAL_INT:
		return value_type_equal(a->type, b->type) && mpz_cmp(a->num, b->num) == 0;
	case VAL_BOOL:
		return a->boolean == b->boolean;
	case VAL_STRING:
		return a->len == b->len && !memcmp(a->str, b->str, a->len);
	case VAL_MEMBER:
		return a->decl == b->decl && !strcmp(a->str, b->str) &&
		       (a->type_name == b->type_name ||
			(a->type_name && b->type_name && !strcmp(a->type_name, b->type_name)));
	case VAL_LIST:
	case VAL_MASK:
	case VAL_RANGE:
		if (a->n_items != b->n_items)
			return false;
		for (int i = 0; i < a->n_items; i++)
			if (!value_equal(a->items[i], b->items[i]))
				return false;
		return true;
	case VAL_DONTCARE:
		return true;
	}
	return false;
}

/* The low 64 bits of x's two's complement. */
static uint64_t low64(mpz_srcptr x)
{
	mpz_t t;
	mpz_init(t);
	mpz_fdiv_r_2exp(t, x, 64);
	uint64_t r = 0;
	mpz_export(&r, NULL, 1, sizeof(r), 0, 0, t);
	mpz_clear(t);
	return r;
}

bool value_fits_u64(const Value *v)
{
	v = numeric(v);
	if (v->kind == VAL_BOOL)
		return true;
	return v->kind == VAL_INT && mpz_sgn(v->num) >= 0 && mpz_sizeinbase(v->num, 2) <= 64;
}

bool value_fits_i64(const Value *v)
{
	v = numeric(v);
	if (v->kind == VAL_BOOL)
		return true;
	return v->kind == VAL_INT && fits(v->num, value_type_int(64));
}

uint64_t value_get_u64(const Value *v)
{
	v = numeric(v);
	if (v->kind == VAL_BOOL)
		return v->boolean;
	if (v->kind != VAL_INT)
		BUG("value_get_u64 of a %s", describe(v).s);
	return low64(v->num);
}

int64_t value_get_i64(const Value *v)
{
	uint64_t u = value_get_u64(v);
	/* Two's complement without implementation-defined conversions. */
	return u <= INT64_MAX ? (int64_t)u : -(int64_t)(~u) - 1;
}

int value_to_bytes(const Value *v, int width, uint8_t *out)
{
	v = numeric(v);
	if ((v->kind != VAL_INT && v->kind != VAL_BOOL) || width < 0)
		return -1;
	size_t nbytes = ((size_t)width + 7) / 8;
	memset(out, 0, nbytes);
	mpz_t t;
	mpz_init(t);
	if (v->kind == VAL_BOOL)
		mpz_set_ui(t, v->boolean);
	else
		mpz_set(t, v->num);
	mpz_fdiv_r_2exp(t, t, (unsigned long)width);
	size_t count = (mpz_sizeinbase(t, 2) + 7) / 8;
	if (mpz_sgn(t) != 0)
		mpz_export(out + nbytes - count, NULL, 1, 1, 0, 0, t);
	mpz_clear(t);
	return 0;
}

static void format_mpz(StrBuf *out, mpz_srcptr x)
{
	char *s = xmalloc(mpz_sizeinbase(x, 10) + 2);
	mpz_get_str(s, 10, x);
	strbuf_puts(out, s);
	free(s);
}

void value_format(StrBuf *out, const Value *v)
{
	switch (v->kind) {
	case VAL_INT:
		if (v->type.width < 0) {
			format_mpz(out, v->num);
			break;
		}
		/* P4 has no negative literals: -8s3 is the negation of 8s3. */
		if (mpz_sgn(v->num) < 0)
			strbuf_puts(out, "-");
		strbuf_printf(out, "%d%c", v->type.width, v->type.is_signed ? 's' : 'w');
		if (mpz_sgn(v->num) < 0) {
			mpz_t m;
			mpz_init(m);
			mpz_neg(m, v->num);
			format_mpz(out, m);
			mpz_clear(m);
		} else {
			format_mpz(out, v->num);
		}
		break;
	case VAL_BOOL:
		strbuf_puts(out, v->boolean ? "true" : "false");
		break;
	case VAL_STRING:
		strbuf_puts(out, "\"");
		strbuf_add(out, v->str, v->len);
		strbuf_puts(out, "\"");
		break;
	case VAL_MEMBER:
		if (v->type_name)
			strbuf_printf(out, "%s.", v->type_name);
		strbuf_puts(out, v->str);
		break;
	case VAL_LIST:
		strbuf_puts(out, "{");
		for (int i = 0; i < v->n_items; i++) {
			if (i)
				strbuf_puts(out, ", ");
			value_format(out, v->items[i]);
		}
		strbuf_puts(out, "}");
		break;
	case VAL_MASK:
	case VAL_RANGE:
		value_format(out, v->items[0]);
		strbuf_puts(out, v->kind == VAL_MASK ? " &&& " : " .. ");
		value_format(out, v->items[1]);
		break;
	case VAL_DONTCARE:
		strbuf_puts(out, "_");
		break;
	}
}
