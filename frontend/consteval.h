/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* consteval.h: compile-time values of P4-16 and the operations on them.
 *
 * The integer semantics are those of the P4-16 specification (v1.2.5,
 * "P4 data types" and "Expressions"): bit<W> wraps modulo 2^W, int<W> is
 * two's complement and wraps the same way, `int` is arbitrary precision
 * (GMP). Every value lives in a ConstPool, is immutable and stays valid
 * until const_pool_free(), which releases all of them, GMP memory included.
 * Operations may return one of their operands instead of a copy.
 *
 * Operations are strict: both operands of a binary operator must already
 * have the same type (except shifts and `++`). The type checker inserts the
 * spec's implicit casts first, with value_convert(), which tells it whether
 * the value changed so that it can warn.
 *
 * A function that fails returns NULL; const_pool_error() and
 * const_pool_message() then say why. */
#ifndef P4EBPF_CONSTEVAL_H
#define P4EBPF_CONSTEVAL_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ast.h"
#include "util.h"

/* The widest bit<W>/int<W> we compute with (the lexer's limit too). */
#define VALUE_MAX_WIDTH (1 << 24)

/* The type of an integer value: bit<W>, int<W>, or `int` when width < 0. */
typedef struct ValueIntType {
	int width;      /* bits, or -1 for arbitrary precision */
	bool is_signed; /* int<W> (and `int`) */
} ValueIntType;

static inline ValueIntType value_type_bit(int width)
{
	return (ValueIntType){.width = width, .is_signed = false};
}
static inline ValueIntType value_type_int(int width)
{
	return (ValueIntType){.width = width, .is_signed = true};
}
static inline ValueIntType value_type_infint(void)
{
	return (ValueIntType){.width = -1, .is_signed = true};
}
static inline bool value_type_equal(ValueIntType a, ValueIntType b)
{
	return a.width == b.width && (a.width < 0 || a.is_signed == b.is_signed);
}

typedef enum ValueKind {
	VAL_INT,      /* bit<W>, int<W> or int: type, num */
	VAL_BOOL,     /* boolean */
	VAL_STRING,   /* str, len: the bytes between the quotes, escapes as written */
	VAL_MEMBER,   /* an error, enum or match_kind member: type_name, str, decl, repr */
	VAL_LIST,     /* a tuple or list expression `{a, b}`: items, n_items */
	VAL_MASK,     /* keyset `a &&& b`: items[0] and items[1] */
	VAL_RANGE,    /* keyset `a .. b`: items[0] and items[1] */
	VAL_DONTCARE, /* keyset `_` or `default`: every value */
} ValueKind;

typedef struct Value Value;
struct Value {
	ValueKind kind;
	ValueIntType type; /* VAL_INT */
	/* VAL_INT: the number itself, always in its type's range: [0, 2^W) for
	 * bit<W>, [-2^(W-1), 2^(W-1)) for int<W> (just 0 when W is 0). */
	mpz_t num;
	bool boolean;      /* VAL_BOOL */
	const char *str;   /* VAL_STRING: the bytes (NUL-terminated too); VAL_MEMBER: its name */
	size_t len;        /* VAL_STRING: how many bytes */
	/* VAL_MEMBER: members are equal when their decl, type_name and name are.
	 * type_name is "error", the enum's name, or NULL for a match_kind. The
	 * checker sets decl to its declaration or type; repr is the value of a
	 * member of a serializable enum (enum bit<8> E {...}), else NULL. */
	const char *type_name;
	const void *decl;
	const Value *repr;
	const Value *const *items; /* VAL_LIST, VAL_MASK, VAL_RANGE */
	int n_items;
};

/* What converting a number into a fixed-width type did to it. */
typedef enum ValueWrap {
	VALUE_WRAP_NONE,      /* the value is unchanged */
	VALUE_WRAP_SIGN,      /* all bits kept, sign changed: -1 as bit<8>, 8s255 */
	VALUE_WRAP_TRUNCATED, /* significant bits were lost: 300 as bit<8>, 1w10 */
} ValueWrap;

/* Why the last call failed. */
typedef enum ValueError {
	VALUE_OK,
	VALUE_ERR_TYPE,     /* the operation is not defined on these types */
	VALUE_ERR_DIV_ZERO, /* `/` or `%` by zero */
	VALUE_ERR_NEGATIVE, /* negative shift amount, slice bound, or `/` `%` operand of type int */
	VALUE_ERR_RANGE,    /* slice outside the value, value not 0 or 1 for bool, width too large */
	VALUE_ERR_LITERAL,  /* a digit that is not one of the literal's base */
} ValueError;

/* ---- the pool ---- */
typedef struct ConstPool ConstPool;
ConstPool *const_pool_new(void);
void const_pool_free(ConstPool *pool); /* accepts NULL */
/* The outcome of the last call that took this pool, and a message for the
 * user without location ("division by zero"); "" after a success. */
ValueError const_pool_error(const ConstPool *pool);
const char *const_pool_message(const ConstPool *pool);

/* ---- making values ---- */
/* An integer literal: `10` has type int, `8w10` bit<8>, `8s10` int<8>. A
 * literal that does not fit its width wraps, and *wrap (may be NULL) says
 * so: the spec's table of literal types gives `1w10` the value 0 and
 * `2s3` the value -1, each with an overflow warning. */
const Value *value_from_literal(ConstPool *pool, const IntLiteral *lit, ValueWrap *wrap);
/* Numbers of a given type, wrapped into it; *wrap (may be NULL) says how. */
const Value *value_from_mpz(ConstPool *pool, ValueIntType type, mpz_srcptr n, ValueWrap *wrap);
const Value *value_from_u64(ConstPool *pool, ValueIntType type, uint64_t n, ValueWrap *wrap);
const Value *value_from_i64(ConstPool *pool, ValueIntType type, int64_t n, ValueWrap *wrap);
const Value *value_bool(ConstPool *pool, bool b);
/* A string from the bytes between its quotes (copied). */
const Value *value_string(ConstPool *pool, const char *s, size_t len);
/* A member; the strings must outlive the pool (the arena's do). */
const Value *value_member(ConstPool *pool, const char *type_name, const char *name,
			  const void *decl, const Value *repr);
const Value *value_list(ConstPool *pool, const Value *const *items, int n_items);
/* Keysets: both sides integers of one type (after implicit casts). */
const Value *value_mask(ConstPool *pool, const Value *v, const Value *mask);
const Value *value_range(ConstPool *pool, const Value *lo, const Value *hi);
const Value *value_dontcare(ConstPool *pool);

/* ---- operations ---- */
/* OP_NOT, OP_COMPL, OP_NEG, OP_PLUS. */
const Value *value_unary(ConstPool *pool, Operator op, const Value *v);
/* Every binary operator of ast.h. `&&` and `||` do not short-circuit: the
 * caller evaluates the right side only when it must. Comparisons give bool. */
const Value *value_binary(ConstPool *pool, Operator op, const Value *a, const Value *b);
/* v[hi:lo] and v[lo +: width] of bit<W>, int<W> or int; the bounds are
 * integers of any type. The result is bit<hi-lo+1> (bit<width>). */
const Value *value_slice(ConstPool *pool, const Value *v, const Value *hi, const Value *lo);
const Value *value_part_select(ConstPool *pool, const Value *v, const Value *lo,
			       const Value *width);
/* An explicit cast `(T) v` to bit<W>, int<W> or int. *wrap (may be NULL)
 * reports what a cast from int did, for the spec's warning; casts between
 * fixed widths truncate and extend on purpose and report nothing. */
const Value *value_cast(ConstPool *pool, const Value *v, ValueIntType to, ValueWrap *wrap);
/* `(bool) v` of bit<1>, or of int when v is 0 or 1. */
const Value *value_cast_bool(ConstPool *pool, const Value *v);
/* The implicit conversions the spec allows: int to bit<W>/int<W> (wrapping,
 * reported in *wrap) and a serializable enum member to its underlying type.
 * A value that already has type `to` comes back as it is. */
const Value *value_convert(ConstPool *pool, const Value *v, ValueIntType to, ValueWrap *wrap);

/* ---- reading values ---- */
/* Same kind, same type and same contents (not the `==` of P4: no errors). */
bool value_equal(const Value *a, const Value *b);
/* Integers, bools (0 and 1) and serializable enum members (their repr). */
bool value_fits_u64(const Value *v);
bool value_fits_i64(const Value *v);
uint64_t value_get_u64(const Value *v); /* the low 64 bits of two's complement */
int64_t value_get_i64(const Value *v);
/* Writes the low `width` bits of v's two's complement (bool: 0 or 1) into
 * out[(width + 7) / 8] in network order, right-aligned: 12 bits 0xabc come
 * out as 0a bc. Returns 0, or -1 when v is not an integer or bool. */
int value_to_bytes(const Value *v, int width, uint8_t *out);
/* P4 source that evaluates to v, in decimal: 8w255, -8s3 (int<8> -3), -5
 * (int), true, "text", error.NoError, exact, {8w1, true}, 8w1 &&& 8w3,
 * 8w1 .. 8w9, _. The minimum of int<W> prints as -Ws2^(W-1), which is the
 * right value but warns when read back (the literal itself overflows). */
void value_format(StrBuf *out, const Value *v);
void value_format_type(StrBuf *out, ValueIntType type); /* bit<8>, int<8>, int */

#endif
