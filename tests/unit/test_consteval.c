/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* test_consteval.c: compile-time values against the P4-16 spec's examples,
 * hand-computed edge cases, and a randomized check against __int128. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "consteval.h"

static ConstPool *P;

static int setup(void **state)
{
	(void)state;
	P = const_pool_new();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	const_pool_free(P);
	P = NULL;
	return 0;
}

/* ---- helpers ---- */

/* A value from P4 text: a literal as the lexer decodes it
 * ([W(w|s)][0x|0o|0b|0d]digits, '_' ignored), with an optional leading
 * '-' that applies unary minus, or true/false, or "string". */
static const Value *lit(const char *text, ValueWrap *wrap)
{
	if (!strcmp(text, "true") || !strcmp(text, "false"))
		return value_bool(P, text[0] == 't');
	if (text[0] == '"')
		return value_string(P, text + 1, strlen(text) - 2);
	bool neg = text[0] == '-';
	if (neg)
		text++;
	IntLiteral l = {.width = -1, .base = 10};
	const char *p = text;
	const char *sep = strpbrk(text, "ws");
	if (sep) {
		l.width = atoi(text);
		l.is_signed = *sep == 's';
		p = sep + 1;
	}
	if (p[0] == '0' && p[1] && strchr("xXbBoOdD", p[1])) {
		switch (p[1]) {
		case 'x': case 'X': l.base = 16; break;
		case 'b': case 'B': l.base = 2; break;
		case 'o': case 'O': l.base = 8; break;
		default: l.base = 10; break;
		}
		p += 2;
	}
	char digits[512];
	size_t n = 0;
	for (; *p && n < sizeof(digits) - 1; p++)
		if (*p != '_')
			digits[n++] = *p;
	digits[n] = '\0';
	l.digits = digits;
	const Value *v = value_from_literal(P, &l, wrap);
	assert_non_null(v);
	if (neg)
		v = value_unary(P, OP_NEG, v);
	assert_non_null(v);
	return v;
}

static const Value *V(const char *text)
{
	return lit(text, NULL);
}

static const Value *num(long n)
{
	return value_from_i64(P, value_type_infint(), n, NULL);
}

/* Formats v into one of a few rotating buffers; NULL shows the error. */
static const char *fmt(const Value *v)
{
	static char bufs[4][8192];
	static int next;
	char *buf = bufs[next++ % 4];
	StrBuf sb = {0};
	if (v)
		value_format(&sb, v);
	else
		strbuf_printf(&sb, "(error %d: %s)", const_pool_error(P), const_pool_message(P));
	snprintf(buf, sizeof(bufs[0]), "%s", sb.data ? sb.data : "");
	strbuf_free(&sb);
	return buf;
}

static const Value *bin(Operator op, const char *a, const char *b)
{
	return value_binary(P, op, V(a), V(b));
}

static const Value *un(Operator op, const char *a)
{
	return value_unary(P, op, V(a));
}

static const Value *cast(const char *a, ValueIntType t, ValueWrap *wrap)
{
	return value_cast(P, V(a), t, wrap);
}

static void check_same(const Value *a, const Value *b, const char *file, int line)
{
	if (!a || !b || !value_equal(a, b))
		fail_msg("%s:%d: %s is not %s", file, line, fmt(a), fmt(b));
}
#define SAME(a, b) check_same((a), (b), __FILE__, __LINE__)

#define EXPECT(v, text) assert_string_equal(fmt(v), (text))

/* The call failed with this error, and said something about it. */
#define ERR(expr, code)                                                                            \
	do {                                                                                       \
		const Value *err_v_ = (expr);                                                      \
		if (err_v_)                                                                        \
			fail_msg("%s:%d: expected error %d, got %s", __FILE__, __LINE__, (code),   \
				 fmt(err_v_));                                                     \
		assert_int_equal(const_pool_error(P), (code));                                     \
		assert_true(const_pool_message(P)[0] != '\0');                                    \
	} while (0)

static const ValueIntType bit8 = {8, false}, int8 = {8, true};

/* ---- literals ---- */

static void check_lit(const char *text, const char *expect, ValueWrap expect_wrap)
{
	ValueWrap wrap = (ValueWrap)-1;
	const Value *v = lit(text, &wrap);
	assert_string_equal(fmt(v), expect);
	assert_int_equal(wrap, expect_wrap);
}

static void test_literals(void **state)
{
	(void)state;
	/* The spec's "Integer literal types" table. */
	check_lit("10", "10", VALUE_WRAP_NONE);
	check_lit("8w10", "8w10", VALUE_WRAP_NONE);
	check_lit("8s10", "8s10", VALUE_WRAP_NONE);
	check_lit("2s3", "-2s1", VALUE_WRAP_SIGN);
	check_lit("1w10", "1w0", VALUE_WRAP_TRUNCATED);
	check_lit("1s1", "-1s1", VALUE_WRAP_SIGN);
	/* The spec's "Integer literals" examples. */
	check_lit("32w255", "32w255", VALUE_WRAP_NONE);
	check_lit("32w0d255", "32w255", VALUE_WRAP_NONE);
	check_lit("32w0xFF", "32w255", VALUE_WRAP_NONE);
	check_lit("32s0xFF", "32s255", VALUE_WRAP_NONE);
	check_lit("8w0b10101010", "8w170", VALUE_WRAP_NONE);
	check_lit("8w0b_1010_1010", "8w170", VALUE_WRAP_NONE);
	check_lit("8w170", "8w170", VALUE_WRAP_NONE);
	check_lit("8s0b1010_1010", "-8s86", VALUE_WRAP_SIGN);
	check_lit("16w0377", "16w377", VALUE_WRAP_NONE);
	check_lit("16w0o377", "16w255", VALUE_WRAP_NONE);
	/* Every base prefix in both cases. */
	check_lit("0x1f", "31", VALUE_WRAP_NONE);
	check_lit("0X1F", "31", VALUE_WRAP_NONE);
	check_lit("0o17", "15", VALUE_WRAP_NONE);
	check_lit("0O17", "15", VALUE_WRAP_NONE);
	check_lit("0b101", "5", VALUE_WRAP_NONE);
	check_lit("0B11", "3", VALUE_WRAP_NONE);
	check_lit("0d99", "99", VALUE_WRAP_NONE);
	check_lit("0D0099", "99", VALUE_WRAP_NONE);
	check_lit("007", "7", VALUE_WRAP_NONE);
	check_lit("1_000_000", "1000000", VALUE_WRAP_NONE);
	check_lit("0", "0", VALUE_WRAP_NONE);
	check_lit("0x0", "0", VALUE_WRAP_NONE);
	/* Edges of bit<8> and int<8>. */
	check_lit("8w255", "8w255", VALUE_WRAP_NONE);
	check_lit("8w256", "8w0", VALUE_WRAP_TRUNCATED);
	check_lit("8w0x1FF", "8w255", VALUE_WRAP_TRUNCATED);
	check_lit("8s127", "8s127", VALUE_WRAP_NONE);
	check_lit("8s128", "-8s128", VALUE_WRAP_SIGN);
	check_lit("8s255", "-8s1", VALUE_WRAP_SIGN);
	check_lit("8s256", "8s0", VALUE_WRAP_TRUNCATED);
	check_lit("0w0", "0w0", VALUE_WRAP_NONE);
	check_lit("0w1", "0w0", VALUE_WRAP_TRUNCATED);
	check_lit("0s0", "0s0", VALUE_WRAP_NONE);
	/* Wide literals. */
	check_lit("0xFFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF",
		  "340282366920938463463374607431768211455", VALUE_WRAP_NONE);
	check_lit("128w0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
		  "128w340282366920938463463374607431768211455", VALUE_WRAP_NONE);
	check_lit("128s0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "-128s1", VALUE_WRAP_SIGN);
	check_lit("128w0x1_0000_0000_0000_0000_0000_0000_0000_0001", "128w1",
		  VALUE_WRAP_TRUNCATED);
	check_lit("16777216w1", "16777216w1", VALUE_WRAP_NONE);
}

static void test_literal_errors(void **state)
{
	(void)state;
	IntLiteral bad[] = {
		{.width = -1, .base = 2, .digits = "102"},
		{.width = -1, .base = 8, .digits = "8"},
		{.width = 8, .base = 10, .digits = "1a"},
		{.width = -1, .base = 16, .digits = "fg"},
		{.width = -1, .base = 10, .digits = "-1"},
		{.width = -1, .base = 10, .digits = " 1"},
		{.width = -1, .base = 10, .digits = ""},
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ERR(value_from_literal(P, &bad[i], NULL), VALUE_ERR_LITERAL);
	IntLiteral wide = {.width = VALUE_MAX_WIDTH + 1, .base = 10, .digits = "1"};
	ERR(value_from_literal(P, &wide, NULL), VALUE_ERR_RANGE);
	/* A success clears the error. */
	assert_non_null(V("1"));
	assert_int_equal(const_pool_error(P), VALUE_OK);
	assert_string_equal(const_pool_message(P), "");
}

/* ---- formatting ---- */

static void test_format(void **state)
{
	(void)state;
	static int error_decl, mk_decl;
	EXPECT(V("8w255"), "8w255");
	EXPECT(V("-8s3"), "-8s3");
	EXPECT(V("-8s128"), "-8s128");
	EXPECT(V("-5"), "-5");
	EXPECT(V("0w0"), "0w0");
	EXPECT(V("true"), "true");
	EXPECT(V("false"), "false");
	EXPECT(value_string(P, "a\\\"b", 4), "\"a\\\"b\"");
	EXPECT(value_string(P, "", 0), "\"\"");
	EXPECT(value_member(P, "error", "NoError", &error_decl, NULL), "error.NoError");
	EXPECT(value_member(P, NULL, "exact", &mk_decl, NULL), "exact");
	const Value *items[] = {V("8w1"), V("true"), V("-3")};
	EXPECT(value_list(P, items, 3), "{8w1, true, -3}");
	EXPECT(value_list(P, NULL, 0), "{}");
	EXPECT(value_mask(P, V("8w10"), V("8w15")), "8w10 &&& 8w15");
	EXPECT(value_range(P, V("-4s3"), V("4s5")), "-4s3 .. 4s5");
	EXPECT(value_dontcare(P), "_");
	const Value *nested[] = {value_list(P, items, 2), value_dontcare(P)};
	EXPECT(value_list(P, nested, 2), "{{8w1, true}, _}");

	const char *names[] = {"bit<8>", "int<8>", "int"};
	ValueIntType types[] = {bit8, int8, value_type_infint()};
	for (int i = 0; i < 3; i++) {
		StrBuf sb = {0};
		value_format_type(&sb, types[i]);
		assert_string_equal(sb.data, names[i]);
		strbuf_free(&sb);
	}
}

/* ---- unary operators ---- */

static void test_unary(void **state)
{
	(void)state;
	/* bit<W>: -x is 2^W - x. */
	EXPECT(un(OP_NEG, "8w1"), "8w255");
	EXPECT(un(OP_NEG, "8w0"), "8w0");
	EXPECT(un(OP_NEG, "8w128"), "8w128");
	EXPECT(un(OP_NEG, "1w1"), "1w1");
	EXPECT(un(OP_NEG, "8s5"), "-8s5");
	EXPECT(un(OP_NEG, "-8s5"), "8s5");
	EXPECT(un(OP_NEG, "-8s128"), "-8s128"); /* wraps */
	EXPECT(un(OP_NEG, "5"), "-5");
	EXPECT(un(OP_NEG, "-5"), "5");
	EXPECT(un(OP_COMPL, "8w0"), "8w255");
	EXPECT(un(OP_COMPL, "8w0x0F"), "8w240");
	EXPECT(un(OP_COMPL, "1w0"), "1w1");
	EXPECT(un(OP_COMPL, "8s0"), "-8s1");
	EXPECT(un(OP_COMPL, "-8s128"), "8s127");
	EXPECT(un(OP_COMPL, "128w0"), "128w340282366920938463463374607431768211455");
	EXPECT(un(OP_PLUS, "8w7"), "8w7");
	EXPECT(un(OP_PLUS, "-8s7"), "-8s7");
	EXPECT(un(OP_PLUS, "-5"), "-5");
	EXPECT(un(OP_NOT, "true"), "false");
	EXPECT(un(OP_NOT, "false"), "true");
	/* Spec table "Illegal arithmetic expressions": ~1 needs a width. */
	ERR(un(OP_COMPL, "1"), VALUE_ERR_TYPE);
	ERR(un(OP_NEG, "true"), VALUE_ERR_TYPE);
	ERR(un(OP_PLUS, "true"), VALUE_ERR_TYPE);
	ERR(un(OP_COMPL, "true"), VALUE_ERR_TYPE);
	ERR(un(OP_NOT, "8w1"), VALUE_ERR_TYPE);
	ERR(un(OP_NEG, "\"s\""), VALUE_ERR_TYPE);
}

/* ---- binary arithmetic ---- */

static void test_arith(void **state)
{
	(void)state;
	EXPECT(bin(OP_ADD, "8w200", "8w100"), "8w44");
	EXPECT(bin(OP_SUB, "8w5", "8w10"), "8w251");
	EXPECT(bin(OP_MUL, "8w16", "8w16"), "8w0");
	EXPECT(bin(OP_MUL, "8w15", "8w17"), "8w255");
	EXPECT(bin(OP_MUL, "8w255", "8w255"), "8w1");
	EXPECT(bin(OP_ADD, "8s127", "8s1"), "-8s128");
	EXPECT(bin(OP_SUB, "-8s128", "8s1"), "8s127");
	EXPECT(bin(OP_MUL, "-8s1", "-8s1"), "8s1");
	EXPECT(bin(OP_MUL, "-8s128", "-8s1"), "-8s128");
	EXPECT(bin(OP_MUL, "8s100", "8s3"), "8s44");
	EXPECT(bin(OP_MUL, "8s64", "8s2"), "-8s128");
	EXPECT(bin(OP_MUL, "-8s100", "8s3"), "-8s44");
	EXPECT(bin(OP_ADD, "2", "3"), "5");
	EXPECT(bin(OP_SUB, "5", "10"), "-5");
	EXPECT(bin(OP_MUL, "-4", "6"), "-24");
	EXPECT(bin(OP_MUL, "0xFFFFFFFFFFFFFFFF", "0xFFFFFFFFFFFFFFFF"),
	       "340282366920938463426481119284349108225");
	/* The spec's const int examples: b = 2 * a, c = b - a + 3. */
	const Value *a = V("5");
	const Value *b = value_binary(P, OP_MUL, V("2"), a);
	const Value *c = value_binary(P, OP_ADD, value_binary(P, OP_SUB, b, a), V("3"));
	EXPECT(c, "8");
}

static void test_div_mod(void **state)
{
	(void)state;
	EXPECT(bin(OP_DIV, "8w200", "8w7"), "8w28");
	EXPECT(bin(OP_MOD, "8w200", "8w7"), "8w4");
	EXPECT(bin(OP_MOD, "4w1", "4w8"), "4w1");
	EXPECT(bin(OP_MOD, "4w15", "4w2"), "4w1");
	EXPECT(bin(OP_DIV, "4w15", "4w2"), "4w7");
	EXPECT(bin(OP_DIV, "7", "2"), "3");
	EXPECT(bin(OP_MOD, "7", "2"), "1");
	EXPECT(bin(OP_DIV, "0", "5"), "0");
	EXPECT(bin(OP_DIV, "1000000000000000000000000000000", "1000000000000000"),
	       "1000000000000000");
	ERR(bin(OP_DIV, "8w5", "8w0"), VALUE_ERR_DIV_ZERO);
	ERR(bin(OP_MOD, "8w5", "8w0"), VALUE_ERR_DIV_ZERO);
	ERR(bin(OP_DIV, "7", "0"), VALUE_ERR_DIV_ZERO);
	ERR(bin(OP_MOD, "7", "0"), VALUE_ERR_DIV_ZERO);
	/* int: "between positive values" only. */
	ERR(bin(OP_DIV, "-7", "2"), VALUE_ERR_NEGATIVE);
	ERR(bin(OP_DIV, "7", "-2"), VALUE_ERR_NEGATIVE);
	ERR(bin(OP_MOD, "-7", "2"), VALUE_ERR_NEGATIVE);
	ERR(bin(OP_MOD, "7", "-2"), VALUE_ERR_NEGATIVE);
	/* int<W> has no division at all, not even -128 / -1. */
	ERR(bin(OP_DIV, "8s4", "8s2"), VALUE_ERR_TYPE);
	ERR(bin(OP_DIV, "-8s128", "-8s1"), VALUE_ERR_TYPE);
	ERR(bin(OP_MOD, "8s4", "8s3"), VALUE_ERR_TYPE);
	ERR(bin(OP_DIV, "true", "true"), VALUE_ERR_TYPE);
}

static void test_saturating(void **state)
{
	(void)state;
	/* The spec's examples (and p4c's gauntlet_various_ops). */
	EXPECT(bin(OP_ADD_SAT, "8w255", "8w2"), "8w255");
	EXPECT(bin(OP_ADD_SAT, "8w3", "8w0"), "8w3");
	EXPECT(bin(OP_SUB_SAT, "8w1", "8w2"), "8w0");
	EXPECT(bin(OP_SUB_SAT, "8w3", "8w0"), "8w3");
	EXPECT(bin(OP_ADD_SAT, "8w250", "8w10"), "8w255");
	EXPECT(bin(OP_SUB_SAT, "8w10", "8w3"), "8w7");
	EXPECT(bin(OP_ADD_SAT, "8s127", "8s1"), "8s127");
	EXPECT(bin(OP_ADD_SAT, "8s100", "8s30"), "8s127");
	EXPECT(bin(OP_ADD_SAT, "8s100", "8s27"), "8s127");
	EXPECT(bin(OP_ADD_SAT, "8s100", "8s26"), "8s126");
	EXPECT(bin(OP_SUB_SAT, "-8s128", "8s1"), "-8s128");
	EXPECT(bin(OP_ADD_SAT, "-8s100", "-8s100"), "-8s128");
	EXPECT(bin(OP_SUB_SAT, "8s5", "-8s3"), "8s8");
	EXPECT(bin(OP_SUB_SAT, "-8s128", "-8s1"), "-8s127");
	EXPECT(bin(OP_SUB_SAT, "8s0", "-8s128"), "8s127");
	/* int<1> holds -1 and 0 only. */
	EXPECT(bin(OP_SUB_SAT, "1s0", "1s1"), "1s0");
	EXPECT(bin(OP_ADD_SAT, "1s1", "1s1"), "-1s1");
	ERR(bin(OP_ADD_SAT, "5", "3"), VALUE_ERR_TYPE);
	ERR(bin(OP_SUB_SAT, "5", "3"), VALUE_ERR_TYPE);
	ERR(bin(OP_ADD_SAT, "true", "true"), VALUE_ERR_TYPE);
	ERR(bin(OP_ADD_SAT, "8w1", "8s1"), VALUE_ERR_TYPE);
}

static void test_bitwise(void **state)
{
	(void)state;
	EXPECT(bin(OP_BAND, "8w0xF0", "8w0x3C"), "8w48");
	EXPECT(bin(OP_BOR, "8w0xF0", "8w0x3C"), "8w252");
	EXPECT(bin(OP_BXOR, "8w0xF0", "8w0x3C"), "8w204");
	EXPECT(bin(OP_BAND, "-8s1", "8s15"), "8s15");
	EXPECT(bin(OP_BOR, "-8s128", "8s1"), "-8s127");
	EXPECT(bin(OP_BXOR, "-8s1", "8s1"), "-8s2");
	EXPECT(bin(OP_BXOR, "-8s1", "-8s128"), "8s127");
	/* Spec table "Illegal arithmetic expressions". */
	ERR(bin(OP_BAND, "5", "-3"), VALUE_ERR_TYPE);
	ERR(bin(OP_BOR, "5", "3"), VALUE_ERR_TYPE);
	ERR(bin(OP_BXOR, "5", "3"), VALUE_ERR_TYPE);
	ERR(bin(OP_BAND, "8w1", "16w1"), VALUE_ERR_TYPE);
	ERR(bin(OP_BAND, "8w1", "8s1"), VALUE_ERR_TYPE);
	ERR(bin(OP_BAND, "true", "false"), VALUE_ERR_TYPE);
}

static void test_shifts(void **state)
{
	(void)state;
	EXPECT(bin(OP_SHL, "8w1", "7"), "8w128");
	EXPECT(bin(OP_SHL, "8w1", "8"), "8w0");
	EXPECT(bin(OP_SHL, "8w0xFF", "4"), "8w240");
	EXPECT(bin(OP_SHL, "8w1", "8w255"), "8w0");
	EXPECT(bin(OP_SHL, "8w1", "64w0xFFFFFFFFFFFFFFFF"), "8w0");
	EXPECT(bin(OP_SHL, "8w1", "0x10000000000000000000000"), "8w0");
	EXPECT(bin(OP_SHL, "16w1", "1024"), "16w0"); /* the spec's `y << 1024` */
	EXPECT(bin(OP_SHR, "8w0x80", "7"), "8w1");
	EXPECT(bin(OP_SHR, "8w0x80", "8"), "8w0");
	EXPECT(bin(OP_SHR, "8w255", "1024"), "8w0");
	EXPECT(bin(OP_SHR, "8w255", "1w1"), "8w127");
	EXPECT(bin(OP_SHL, "8w1", "0"), "8w1");
	/* int<W>: left shifts may flip the sign, right shifts are arithmetic. */
	EXPECT(bin(OP_SHR, "-8s128", "7"), "-8s1");
	EXPECT(bin(OP_SHR, "-8s128", "100"), "-8s1");
	EXPECT(bin(OP_SHR, "-8s128", "8w8"), "-8s1");
	EXPECT(bin(OP_SHR, "8s64", "100"), "8s0");
	EXPECT(bin(OP_SHR, "8s127", "6"), "8s1");
	EXPECT(bin(OP_SHL, "-8s1", "7"), "-8s128");
	EXPECT(bin(OP_SHL, "8s1", "7"), "-8s128");
	EXPECT(bin(OP_SHL, "8s1", "8"), "8s0");
	EXPECT(bin(OP_SHL, "-8s1", "100"), "8s0");
	EXPECT(bin(OP_SHR, "-8s7", "1"), "-8s4");
	const Value *r = value_binary(P, OP_SHR, bin(OP_SHR, "4s7", "1"), V("1"));
	EXPECT(r, "4s1");
	r = value_binary(P, OP_SHR, bin(OP_SHR, "-4s7", "1"), V("1"));
	EXPECT(r, "-4s2");
	/* int: a << b is a * 2^b, a >> b is floor(a / 2^b). */
	EXPECT(bin(OP_SHL, "1", "100"), "1267650600228229401496703205376");
	EXPECT(bin(OP_SHL, "-3", "2"), "-12");
	EXPECT(bin(OP_SHR, "5", "1"), "2");
	EXPECT(bin(OP_SHR, "-5", "1"), "-3");
	EXPECT(bin(OP_SHR, "-1", "1000"), "-1");
	EXPECT(bin(OP_SHR, "5", "1000"), "0");
	EXPECT(bin(OP_SHR, "5", "0x40000000"), "0");
	EXPECT(bin(OP_SHR, "-5", "0x40000000"), "-1");
	EXPECT(bin(OP_SHL, "0", "100"), "0");
	EXPECT(bin(OP_SHL, "1", "8w3"), "8"); /* int << bit<S> stays int */
	ERR(bin(OP_SHL, "1", "0x40000000"), VALUE_ERR_RANGE);
	/* Negative and signed amounts ("A note about shifts"). */
	ERR(bin(OP_SHL, "1", "-1"), VALUE_ERR_NEGATIVE);
	ERR(bin(OP_SHL, "8w1", "-1"), VALUE_ERR_NEGATIVE);
	ERR(bin(OP_SHR, "8s1", "-1"), VALUE_ERR_NEGATIVE);
	ERR(bin(OP_SHL, "8w1", "4s1"), VALUE_ERR_TYPE);
	ERR(bin(OP_SHL, "true", "1"), VALUE_ERR_TYPE);
	ERR(bin(OP_SHL, "8w1", "true"), VALUE_ERR_TYPE);
	ERR(bin(OP_SHR, "\"s\"", "1"), VALUE_ERR_TYPE);
}

static void test_concat(void **state)
{
	(void)state;
	EXPECT(bin(OP_CONCAT, "4w0xA", "4w0x5"), "8w165");
	EXPECT(bin(OP_CONCAT, "-4s1", "4w0"), "-8s16"); /* signedness from the left */
	EXPECT(bin(OP_CONCAT, "4w0xF", "-4s1"), "8w255");
	EXPECT(bin(OP_CONCAT, "4s1", "-4s1"), "8s31");
	EXPECT(bin(OP_CONCAT, "1w1", "7w0"), "8w128");
	EXPECT(bin(OP_CONCAT, "1s1", "7w0"), "-8s128");
	EXPECT(bin(OP_CONCAT, "0w0", "8w5"), "8w5");
	EXPECT(bin(OP_CONCAT, "8w5", "0w0"), "8w5");
	SAME(bin(OP_CONCAT, "64w0xFFFFFFFFFFFFFFFF", "64w0"),
	     V("128w0xFFFFFFFFFFFFFFFF0000000000000000"));
	SAME(bin(OP_CONCAT, "100w1", "100w1"), value_binary(P, OP_ADD, cast("1", value_type_bit(200), NULL),
							     bin(OP_SHL, "200w1", "100")));
	/* Strings: the bytes as written, no escape processing. */
	EXPECT(bin(OP_CONCAT, "\"ab\"", "\"cd\""), "\"abcd\"");
	EXPECT(bin(OP_CONCAT, "\"a\\n\"", "\"\""), "\"a\\n\"");
	ERR(bin(OP_CONCAT, "1", "4w1"), VALUE_ERR_TYPE);
	ERR(bin(OP_CONCAT, "4w1", "1"), VALUE_ERR_TYPE);
	ERR(bin(OP_CONCAT, "true", "1w1"), VALUE_ERR_TYPE);
	ERR(bin(OP_CONCAT, "\"a\"", "8w1"), VALUE_ERR_TYPE);
	ERR(bin(OP_CONCAT, "16777216w0", "1w0"), VALUE_ERR_RANGE);
}

static void test_compare(void **state)
{
	(void)state;
	EXPECT(bin(OP_LT, "8w1", "8w2"), "true");
	EXPECT(bin(OP_LT, "8w2", "8w2"), "false");
	EXPECT(bin(OP_LE, "8w2", "8w2"), "true");
	EXPECT(bin(OP_GT, "8w255", "8w0"), "true");
	EXPECT(bin(OP_GE, "8w0", "8w255"), "false");
	EXPECT(bin(OP_LT, "-8s1", "8s0"), "true"); /* signed comparison */
	EXPECT(bin(OP_LE, "-8s128", "8s127"), "true");
	EXPECT(bin(OP_GE, "8s5", "8s5"), "true");
	EXPECT(bin(OP_GT, "-8s1", "-8s2"), "true");
	EXPECT(bin(OP_LT, "-5", "3"), "true");
	EXPECT(bin(OP_GT, "0x10000000000000000000", "0xFFFFFFFFFFFFFFFFFFF"), "true");
	EXPECT(bin(OP_EQ, "8w1", "8w1"), "true");
	EXPECT(bin(OP_NE, "8w1", "8w2"), "true");
	EXPECT(bin(OP_EQ, "-8s1", "8s255"), "true");
	EXPECT(bin(OP_EQ, "5", "5"), "true");
	EXPECT(bin(OP_NE, "5", "-5"), "true");
	EXPECT(bin(OP_EQ, "true", "true"), "true");
	EXPECT(bin(OP_NE, "true", "false"), "true");
	EXPECT(bin(OP_EQ, "false", "true"), "false");
	/* No implicit casts in here: the checker makes them first. */
	ERR(bin(OP_EQ, "8w1", "16w1"), VALUE_ERR_TYPE);
	ERR(bin(OP_EQ, "8w1", "8s1"), VALUE_ERR_TYPE);
	ERR(bin(OP_EQ, "1", "8w1"), VALUE_ERR_TYPE);
	ERR(bin(OP_LT, "8w1", "8s1"), VALUE_ERR_TYPE); /* spec: x < z */
	ERR(bin(OP_EQ, "true", "1"), VALUE_ERR_TYPE);
	ERR(bin(OP_LT, "true", "false"), VALUE_ERR_TYPE);
	ERR(bin(OP_EQ, "\"a\"", "\"a\""), VALUE_ERR_TYPE);
}

static void test_bool_ops(void **state)
{
	(void)state;
	EXPECT(bin(OP_AND, "true", "false"), "false");
	EXPECT(bin(OP_AND, "true", "true"), "true");
	EXPECT(bin(OP_OR, "true", "false"), "true");
	EXPECT(bin(OP_OR, "false", "false"), "false");
	ERR(bin(OP_AND, "8w1", "true"), VALUE_ERR_TYPE);
	ERR(bin(OP_OR, "1", "0"), VALUE_ERR_TYPE);
}

static void test_type_errors(void **state)
{
	(void)state;
	/* The spec's "Illegal arithmetic expressions". */
	ERR(bin(OP_ADD, "8w1", "16w1"), VALUE_ERR_TYPE);
	ERR(bin(OP_ADD, "8w1", "8s1"), VALUE_ERR_TYPE);
	ERR(bin(OP_ADD, "16w1", "8s1"), VALUE_ERR_TYPE);
	ERR(bin(OP_ADD, "1", "8w1"), VALUE_ERR_TYPE);
	ERR(bin(OP_SUB, "8w1", "1"), VALUE_ERR_TYPE);
	ERR(bin(OP_ADD, "true", "true"), VALUE_ERR_TYPE);
	ERR(bin(OP_ADD, "\"a\"", "\"b\""), VALUE_ERR_TYPE);
	const Value *items[] = {V("1")};
	const Value *l = value_list(P, items, 1);
	ERR(value_binary(P, OP_ADD, l, l), VALUE_ERR_TYPE);
	ERR(value_binary(P, OP_LT, l, l), VALUE_ERR_TYPE);
}

/* ---- slices ---- */

static const Value *slice(const char *v, const char *hi, const char *lo)
{
	return value_slice(P, V(v), V(hi), V(lo));
}

static const Value *part(const char *v, const char *lo, const char *w)
{
	return value_part_select(P, V(v), V(lo), V(w));
}

static void test_slices(void **state)
{
	(void)state;
	EXPECT(slice("8w0xA5", "7", "4"), "4w10");
	EXPECT(slice("8w0xA5", "3", "0"), "4w5");
	EXPECT(slice("8w0xA5", "0", "0"), "1w1");
	EXPECT(slice("8w0xA5", "7", "7"), "1w1");
	EXPECT(slice("8w0xA5", "6", "6"), "1w0");
	EXPECT(slice("8w0xA5", "7", "0"), "8w165");
	EXPECT(slice("8w0xA5", "32w3", "8w0"), "4w5"); /* bounds of any numeric type */
	EXPECT(slice("8w0xA5", "3", "4s0"), "4w5");
	/* Slices of int<W> are unsigned. */
	EXPECT(slice("-8s1", "7", "0"), "8w255");
	EXPECT(slice("-8s128", "7", "7"), "1w1");
	EXPECT(slice("8s5", "3", "0"), "4w5");
	/* int is sign-extended as far as the slice needs. */
	EXPECT(slice("-1", "7", "0"), "8w255");
	EXPECT(slice("0x1234", "15", "8"), "8w18");
	EXPECT(slice("5", "100", "99"), "2w0");
	EXPECT(slice("-2", "0", "0"), "1w0");
	EXPECT(slice("-2", "200", "200"), "1w1");
	SAME(slice("-1", "100", "0"), cast("-1", value_type_bit(101), NULL));
	SAME(slice("128w0x0102030405060708090A0B0C0D0E0F10", "127", "64"),
	     V("64w0x0102030405060708"));
	ERR(slice("8w1", "8", "0"), VALUE_ERR_RANGE);
	ERR(slice("8s1", "8", "8"), VALUE_ERR_RANGE);
	ERR(slice("8w1", "2", "3"), VALUE_ERR_RANGE);
	ERR(slice("8w1", "-1", "0"), VALUE_ERR_NEGATIVE);
	ERR(slice("8w1", "0", "-1"), VALUE_ERR_NEGATIVE);
	ERR(slice("8w1", "true", "0"), VALUE_ERR_TYPE);
	ERR(slice("true", "0", "0"), VALUE_ERR_TYPE);
	ERR(slice("5", "16777216", "0"), VALUE_ERR_RANGE);
	ERR(slice("5", "0x10000000000", "0"), VALUE_ERR_RANGE);
	ERR(slice("0w0", "0", "0"), VALUE_ERR_RANGE);
}

static void test_part_select(void **state)
{
	(void)state;
	EXPECT(part("8w0xA5", "4", "4"), "4w10");
	EXPECT(part("8w0xA5", "0", "8"), "8w165");
	EXPECT(part("8w0xA5", "7", "1"), "1w1");
	EXPECT(part("8w0xA5", "0", "0"), "0w0");
	EXPECT(part("8w0xA5", "8w2", "32w3"), "3w1");
	EXPECT(part("-8s1", "4", "4"), "4w15");
	EXPECT(part("-1", "100", "4"), "4w15");
	EXPECT(part("0w0", "0", "0"), "0w0");
	ERR(part("8w0xA5", "8", "0"), VALUE_ERR_RANGE);
	ERR(part("8w0xA5", "5", "4"), VALUE_ERR_RANGE);
	ERR(part("8w0xA5", "0", "9"), VALUE_ERR_RANGE);
	ERR(part("8w0xA5", "-1", "1"), VALUE_ERR_NEGATIVE);
	ERR(part("8w0xA5", "0", "-1"), VALUE_ERR_NEGATIVE);
	ERR(part("false", "0", "1"), VALUE_ERR_TYPE);
}

/* ---- casts and conversions ---- */

static void check_cast(const char *v, ValueIntType t, const char *expect, ValueWrap expect_wrap)
{
	ValueWrap wrap = (ValueWrap)-1;
	EXPECT(cast(v, t, &wrap), expect);
	assert_int_equal(wrap, expect_wrap);
}

static void test_casts(void **state)
{
	(void)state;
	ValueIntType bit16 = value_type_bit(16), int16 = value_type_int(16), inf = value_type_infint();
	/* Fixed to fixed: on purpose, so nothing to report. */
	check_cast("16w0x1234", bit8, "8w52", VALUE_WRAP_NONE);
	check_cast("8w255", bit16, "16w255", VALUE_WRAP_NONE);
	check_cast("8w255", int8, "-8s1", VALUE_WRAP_NONE);
	check_cast("-8s1", bit8, "8w255", VALUE_WRAP_NONE);
	check_cast("-8s1", int16, "-16s1", VALUE_WRAP_NONE);
	check_cast("8s0x17", value_type_int(4), "4s7", VALUE_WRAP_NONE);
	check_cast("8s0x18", value_type_int(4), "-4s8", VALUE_WRAP_NONE);
	check_cast("8w3", bit8, "8w3", VALUE_WRAP_NONE);
	check_cast("-8s5", inf, "-5", VALUE_WRAP_NONE);
	check_cast("8w255", inf, "255", VALUE_WRAP_NONE);
	check_cast("5", inf, "5", VALUE_WRAP_NONE);
	/* int to fixed: wraps and reports it, for the warning. */
	check_cast("300", bit8, "8w44", VALUE_WRAP_TRUNCATED);
	check_cast("-1", bit8, "8w255", VALUE_WRAP_SIGN);
	check_cast("-128", bit8, "8w128", VALUE_WRAP_SIGN);
	check_cast("-129", bit8, "8w127", VALUE_WRAP_TRUNCATED);
	check_cast("255", bit8, "8w255", VALUE_WRAP_NONE);
	check_cast("200", int8, "-8s56", VALUE_WRAP_SIGN);
	check_cast("-129", int8, "8s127", VALUE_WRAP_TRUNCATED);
	check_cast("-128", int8, "-8s128", VALUE_WRAP_NONE);
	check_cast("127", int8, "8s127", VALUE_WRAP_NONE);
	check_cast("5", value_type_bit(0), "0w0", VALUE_WRAP_TRUNCATED);
	check_cast("-1", value_type_int(0), "0s0", VALUE_WRAP_TRUNCATED);
	/* bool <-> bit<1>. */
	check_cast("true", value_type_bit(1), "1w1", VALUE_WRAP_NONE);
	check_cast("false", value_type_bit(1), "1w0", VALUE_WRAP_NONE);
	/* The illegal ones: sign and width at once, bool to other types. */
	ERR(cast("16w1", int8, NULL), VALUE_ERR_TYPE);
	ERR(cast("8s1", bit16, NULL), VALUE_ERR_TYPE);
	ERR(cast("true", bit8, NULL), VALUE_ERR_TYPE);
	ERR(cast("true", value_type_int(1), NULL), VALUE_ERR_TYPE);
	ERR(cast("true", inf, NULL), VALUE_ERR_TYPE);
	ERR(cast("\"s\"", bit8, NULL), VALUE_ERR_TYPE);
	ERR(cast("1", value_type_bit(VALUE_MAX_WIDTH + 1), NULL), VALUE_ERR_RANGE);

	EXPECT(value_cast_bool(P, V("1w1")), "true");
	EXPECT(value_cast_bool(P, V("1w0")), "false");
	EXPECT(value_cast_bool(P, V("1")), "true");
	EXPECT(value_cast_bool(P, V("0")), "false");
	EXPECT(value_cast_bool(P, V("true")), "true");
	ERR(value_cast_bool(P, V("2")), VALUE_ERR_RANGE);
	ERR(value_cast_bool(P, V("-1")), VALUE_ERR_RANGE);
	ERR(value_cast_bool(P, V("8w1")), VALUE_ERR_TYPE);
	ERR(value_cast_bool(P, V("1s1")), VALUE_ERR_TYPE);
	ERR(value_cast_bool(P, V("\"s\"")), VALUE_ERR_TYPE);
}

static void test_convert(void **state)
{
	(void)state;
	static int enum_decl;
	ValueWrap wrap = (ValueWrap)-1;
	/* The spec's "Implicit casts" examples. */
	EXPECT(value_convert(P, V("1"), bit8, &wrap), "8w1");
	assert_int_equal(wrap, VALUE_WRAP_NONE);
	EXPECT(value_convert(P, V("0"), int8, &wrap), "8s0");
	assert_int_equal(wrap, VALUE_WRAP_NONE);
	EXPECT(value_convert(P, V("0xFFF"), bit8, &wrap), "8w255");
	assert_int_equal(wrap, VALUE_WRAP_TRUNCATED);
	EXPECT(value_convert(P, V("-1"), bit8, &wrap), "8w255");
	assert_int_equal(wrap, VALUE_WRAP_SIGN);
	const Value *x = V("8w1");
	assert_ptr_equal(value_convert(P, x, bit8, &wrap), x);
	assert_int_equal(wrap, VALUE_WRAP_NONE);
	const Value *a = value_member(P, "E", "a", &enum_decl, V("8w5"));
	EXPECT(value_convert(P, a, bit8, NULL), "8w5");
	ERR(value_convert(P, a, value_type_bit(16), NULL), VALUE_ERR_TYPE);
	ERR(value_convert(P, x, value_type_bit(16), NULL), VALUE_ERR_TYPE);
	ERR(value_convert(P, x, int8, NULL), VALUE_ERR_TYPE);
	ERR(value_convert(P, x, value_type_infint(), NULL), VALUE_ERR_TYPE);
	ERR(value_convert(P, V("true"), value_type_bit(1), NULL), VALUE_ERR_TYPE);
	/* Casts of serializable enum members go through the underlying type. */
	EXPECT(value_cast(P, a, bit8, NULL), "8w5");
	EXPECT(value_cast(P, a, value_type_bit(16), NULL), "16w5");
}

/* ---- wrap-around at many widths ---- */

static void test_widths(void **state)
{
	(void)state;
	static const int widths[] = {1, 8, 32, 64, 65, 128, 200};
	for (size_t i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		int w = widths[i];
		ValueIntType u = value_type_bit(w), s = value_type_int(w);
		ValueWrap wrap;
		const Value *zero = value_convert(P, V("0"), u, NULL);
		const Value *one = value_convert(P, V("1"), u, NULL);
		const Value *ones = value_cast(P, V("-1"), u, &wrap);
		assert_int_equal(wrap, VALUE_WRAP_SIGN);
		uint8_t bytes[32], want[32];
		size_t nb = ((size_t)w + 7) / 8;
		memset(want, 0xff, nb);
		if (w % 8)
			want[0] = (uint8_t)((1u << (w % 8)) - 1);
		assert_int_equal(value_to_bytes(ones, w, bytes), 0);
		assert_memory_equal(bytes, want, nb);

		/* bit<W>: arithmetic modulo 2^W. */
		SAME(value_binary(P, OP_ADD, ones, one), zero);
		SAME(value_binary(P, OP_SUB, zero, one), ones);
		SAME(value_unary(P, OP_NEG, one), ones);
		SAME(value_unary(P, OP_COMPL, zero), ones);
		SAME(value_binary(P, OP_MUL, ones, ones), one);
		SAME(value_binary(P, OP_ADD_SAT, ones, one), ones);
		SAME(value_binary(P, OP_SUB_SAT, zero, one), zero);
		const Value *top = value_binary(P, OP_SHL, one, num(w - 1));
		SAME(value_binary(P, OP_SHL, top, num(1)), zero);
		SAME(value_binary(P, OP_SHR, ones, num(w - 1)), one);
		SAME(value_binary(P, OP_SHR, ones, num(w)), zero);
		SAME(value_binary(P, OP_DIV, ones, ones), one);
		SAME(value_binary(P, OP_MOD, ones, top), value_binary(P, OP_SUB, top, one));
		/* (int) ones is 2^W - 1 */
		SAME(value_binary(P, OP_ADD, value_cast(P, ones, value_type_infint(), NULL), num(1)),
		     value_binary(P, OP_SHL, num(1), num(w)));

		/* int<W>: two's complement. */
		const Value *p = value_binary(P, OP_SHL, num(1), num(w - 1)); /* 2^(W-1) */
		const Value *smax = value_cast(P, value_binary(P, OP_SUB, p, num(1)), s, &wrap);
		assert_int_equal(wrap, VALUE_WRAP_NONE);
		const Value *smin = value_cast(P, value_unary(P, OP_NEG, p), s, &wrap);
		assert_int_equal(wrap, VALUE_WRAP_NONE);
		const Value *sneg1 = value_cast(P, num(-1), s, NULL);
		const Value *sone = value_cast(P, num(1), s, &wrap); /* -1 when W is 1 */
		assert_int_equal(wrap, w == 1 ? VALUE_WRAP_SIGN : VALUE_WRAP_NONE);
		SAME(value_cast(P, p, s, NULL), smin);
		SAME(value_unary(P, OP_NEG, smin), smin);
		SAME(value_binary(P, OP_MUL, smin, sneg1), smin);
		SAME(value_binary(P, OP_ADD_SAT, smax, smax), smax);
		SAME(value_binary(P, OP_ADD_SAT, smin, smin), smin);
		SAME(value_binary(P, OP_SUB_SAT, smin, smax), smin);
		SAME(value_unary(P, OP_COMPL, smax), smin);
		SAME(value_binary(P, OP_SHR, smin, num(w - 1)), sneg1);
		SAME(value_binary(P, OP_SHR, smin, num(1000)), sneg1);
		SAME(value_binary(P, OP_SHL, sneg1, num(w - 1)), smin);
		SAME(value_binary(P, OP_SHL, sneg1, num(w)), value_cast(P, num(0), s, NULL));
		SAME(value_cast(P, smin, u, NULL), top);
		SAME(value_cast(P, top, s, NULL), smin);
		SAME(value_cast(P, ones, s, NULL), sneg1);
		SAME(value_cast(P, smin, value_type_infint(), NULL), value_unary(P, OP_NEG, p));
		EXPECT(value_binary(P, OP_LT, smin, smax), "true");
		EXPECT(value_binary(P, OP_LT, top, ones), w == 1 ? "false" : "true");
		if (w > 1) {
			SAME(value_binary(P, OP_ADD, smax, sone), smin);
			SAME(value_binary(P, OP_SUB, smin, sone), smax);
			SAME(value_binary(P, OP_ADD_SAT, smax, sone), smax);
			SAME(value_binary(P, OP_SUB_SAT, smin, sone), smin);
			SAME(value_binary(P, OP_SHL, sone, num(w - 1)), smin);
		}
		ERR(value_binary(P, OP_DIV, smin, sneg1), VALUE_ERR_TYPE);

		assert_int_equal(value_fits_u64(ones), w <= 64);
		assert_int_equal(value_fits_i64(smin), w <= 64);
		assert_int_equal(value_fits_i64(ones), w < 64);
		if (w <= 64) {
			assert_true(value_get_u64(ones) == (w == 64 ? UINT64_MAX : (UINT64_C(1) << w) - 1));
			assert_true(value_get_i64(smin) == (w == 64 ? INT64_MIN : -(INT64_C(1) << (w - 1))));
		}
	}
}

/* ---- randomized check against __int128 ---- */

typedef unsigned __int128 u128;
typedef __int128 s128;

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint64_t rnd(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static u128 mask_of(int w)
{
	return w == 128 ? ~(u128)0 : (((u128)1 << w) - 1);
}

static s128 sext(u128 x, int w)
{
	x &= mask_of(w);
	if (w < 128 && ((x >> (w - 1)) & 1))
		x |= ~mask_of(w);
	return (s128)x;
}

/* Edge values half of the time, random bits the other half. */
static u128 pick(int w)
{
	u128 sign = (u128)1 << (w - 1);
	u128 edges[] = {0, 1, 2, mask_of(w), mask_of(w) - 1, sign, sign - 1, sign + 1};
	if (rnd() & 1)
		return edges[rnd() % 8] & mask_of(w);
	return (((u128)rnd() << 64) | rnd()) & mask_of(w);
}

static const Value *from_u128(ValueIntType t, u128 x)
{
	uint64_t words[2] = {(uint64_t)(x >> 64), (uint64_t)x};
	mpz_t m;
	mpz_init(m);
	mpz_import(m, 2, 1, sizeof(words[0]), 0, 0, words);
	const Value *v = value_from_mpz(P, t, m, NULL);
	mpz_clear(m);
	return v;
}

static void check_op(Operator op, ValueIntType t, u128 x, u128 y, const Value *got, u128 want)
{
	const Value *w = from_u128(t, want);
	if (!got || !value_equal(got, w))
		fail_msg("%s %s %s: got %s, want %s", fmt(from_u128(t, x)), op_spelling(op),
			 fmt(from_u128(t, y)), fmt(got), fmt(w));
}

static void check_cmp(Operator op, ValueIntType t, const Value *a, const Value *b, bool want)
{
	const Value *got = value_binary(P, op, a, b);
	if (!got || got->kind != VAL_BOOL || got->boolean != want)
		fail_msg("%s %s %s: got %s, want %d", fmt(a), op_spelling(op), fmt(b), fmt(got), want);
	(void)t;
}

static void random_round(int w)
{
	u128 m = mask_of(w);
	u128 x = pick(w), y = pick(w);
	unsigned n = (unsigned)(rnd() % (unsigned)(w + 4));
	const Value *amount = rnd() & 1 ? value_from_u64(P, bit8, n, NULL) : num(n);

	/* bit<W> */
	ValueIntType t = value_type_bit(w);
	const Value *a = from_u128(t, x), *b = from_u128(t, y);
	check_op(OP_ADD, t, x, y, value_binary(P, OP_ADD, a, b), (x + y) & m);
	check_op(OP_SUB, t, x, y, value_binary(P, OP_SUB, a, b), (x - y) & m);
	check_op(OP_MUL, t, x, y, value_binary(P, OP_MUL, a, b), (x * y) & m);
	check_op(OP_BAND, t, x, y, value_binary(P, OP_BAND, a, b), x & y);
	check_op(OP_BOR, t, x, y, value_binary(P, OP_BOR, a, b), x | y);
	check_op(OP_BXOR, t, x, y, value_binary(P, OP_BXOR, a, b), x ^ y);
	check_op(OP_NEG, t, x, 0, value_unary(P, OP_NEG, a), (0 - x) & m);
	check_op(OP_COMPL, t, x, 0, value_unary(P, OP_COMPL, a), ~x & m);
	if (y) {
		check_op(OP_DIV, t, x, y, value_binary(P, OP_DIV, a, b), x / y);
		check_op(OP_MOD, t, x, y, value_binary(P, OP_MOD, a, b), x % y);
	} else {
		ERR(value_binary(P, OP_DIV, a, b), VALUE_ERR_DIV_ZERO);
	}
	u128 sum;
	bool over = __builtin_add_overflow(x, y, &sum);
	check_op(OP_ADD_SAT, t, x, y, value_binary(P, OP_ADD_SAT, a, b),
		 over || sum > m ? m : sum);
	check_op(OP_SUB_SAT, t, x, y, value_binary(P, OP_SUB_SAT, a, b), x < y ? 0 : x - y);
	check_op(OP_SHL, t, x, n, value_binary(P, OP_SHL, a, amount), n >= 128 ? 0 : (x << n) & m);
	check_op(OP_SHR, t, x, n, value_binary(P, OP_SHR, a, amount), n >= 128 ? 0 : x >> n);
	check_cmp(OP_LT, t, a, b, x < y);
	check_cmp(OP_LE, t, a, b, x <= y);
	check_cmp(OP_GT, t, a, b, x > y);
	check_cmp(OP_GE, t, a, b, x >= y);
	check_cmp(OP_EQ, t, a, b, x == y);
	check_cmp(OP_NE, t, a, b, x != y);
	if (w <= 64)
		check_op(OP_CONCAT, value_type_bit(2 * w), x, y, value_binary(P, OP_CONCAT, a, b),
			 (x << w) | y);
	/* slice [hi:lo] */
	int lo = (int)(rnd() % (unsigned)w), hi = lo + (int)(rnd() % (unsigned)(w - lo));
	check_op(OP_NONE, value_type_bit(hi - lo + 1), x, 0,
		 value_slice(P, a, num(hi), num(lo)), (x >> lo) & mask_of(hi - lo + 1));

	/* int<W> */
	t = value_type_int(w);
	a = from_u128(t, x);
	b = from_u128(t, y);
	s128 sx = sext(x, w), sy = sext(y, w);
	s128 smax = (s128)(m >> 1), smin = sext((u128)1 << (w - 1), w);
	check_op(OP_ADD, t, x, y, value_binary(P, OP_ADD, a, b), (x + y) & m);
	check_op(OP_SUB, t, x, y, value_binary(P, OP_SUB, a, b), (x - y) & m);
	check_op(OP_MUL, t, x, y, value_binary(P, OP_MUL, a, b), (x * y) & m);
	check_op(OP_BAND, t, x, y, value_binary(P, OP_BAND, a, b), x & y);
	check_op(OP_BOR, t, x, y, value_binary(P, OP_BOR, a, b), x | y);
	check_op(OP_BXOR, t, x, y, value_binary(P, OP_BXOR, a, b), x ^ y);
	check_op(OP_NEG, t, x, 0, value_unary(P, OP_NEG, a), (0 - x) & m);
	check_op(OP_COMPL, t, x, 0, value_unary(P, OP_COMPL, a), ~x & m);
	s128 r;
	if (__builtin_add_overflow(sx, sy, &r))
		r = sx < 0 ? smin : smax;
	r = r > smax ? smax : r < smin ? smin : r;
	check_op(OP_ADD_SAT, t, x, y, value_binary(P, OP_ADD_SAT, a, b), (u128)r & m);
	if (__builtin_sub_overflow(sx, sy, &r))
		r = sx < 0 ? smin : smax;
	r = r > smax ? smax : r < smin ? smin : r;
	check_op(OP_SUB_SAT, t, x, y, value_binary(P, OP_SUB_SAT, a, b), (u128)r & m);
	check_op(OP_SHL, t, x, n, value_binary(P, OP_SHL, a, amount), n >= 128 ? 0 : (x << n) & m);
	if ((int)n >= w)
		r = sx < 0 ? -1 : 0;
	else
		r = sx < 0 ? ~(~sx >> n) : sx >> n;
	check_op(OP_SHR, t, x, n, value_binary(P, OP_SHR, a, amount), (u128)r & m);
	check_cmp(OP_LT, t, a, b, sx < sy);
	check_cmp(OP_LE, t, a, b, sx <= sy);
	check_cmp(OP_GT, t, a, b, sx > sy);
	check_cmp(OP_GE, t, a, b, sx >= sy);
	check_cmp(OP_EQ, t, a, b, sx == sy);
	/* Casts: sign reinterpretation, and extension to 128 bits. */
	check_op(OP_NONE, value_type_bit(w), x, 0, value_cast(P, a, value_type_bit(w), NULL), x);
	check_op(OP_NONE, value_type_int(128), x, 0, value_cast(P, a, value_type_int(128), NULL),
		 (u128)sx);
	/* Bytes in network order. */
	uint8_t bytes[16];
	assert_int_equal(value_to_bytes(a, 128, bytes), 0);
	u128 back = 0;
	for (int i = 0; i < 16; i++)
		back = back << 8 | bytes[i];
	assert_true(back == (u128)sx);
}

static void test_random(void **state)
{
	(void)state;
	static const int widths[] = {1, 2, 7, 8, 13, 32, 63, 64, 65, 100, 127, 128};
	for (size_t i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		for (int round = 0; round < 400; round++)
			random_round(widths[i]);
		/* A fresh pool per width keeps memory small. */
		const_pool_free(P);
		P = const_pool_new();
	}
}

/* ---- reading values out ---- */

static void check_bytes(const Value *v, int width, const uint8_t *want, size_t n)
{
	uint8_t got[64];
	memset(got, 0xAA, sizeof(got));
	assert_int_equal(value_to_bytes(v, width, got), 0);
	assert_memory_equal(got, want, n);
	assert_int_equal(got[n], 0xAA); /* nothing written past the end */
}

static void test_bytes_and_u64(void **state)
{
	(void)state;
	static int enum_decl;
	check_bytes(V("16w0x1234"), 16, (const uint8_t[]){0x12, 0x34}, 2);
	check_bytes(V("12w0xABC"), 12, (const uint8_t[]){0x0A, 0xBC}, 2);
	check_bytes(V("16w0x1234"), 8, (const uint8_t[]){0x34}, 1);
	check_bytes(V("-8s1"), 8, (const uint8_t[]){0xFF}, 1);
	check_bytes(V("-8s1"), 16, (const uint8_t[]){0xFF, 0xFF}, 2);
	check_bytes(V("-8s2"), 12, (const uint8_t[]){0x0F, 0xFE}, 2);
	check_bytes(V("8w1"), 16, (const uint8_t[]){0x00, 0x01}, 2);
	check_bytes(V("0"), 24, (const uint8_t[]){0, 0, 0}, 3);
	check_bytes(V("true"), 1, (const uint8_t[]){0x01}, 1);
	check_bytes(V("false"), 8, (const uint8_t[]){0x00}, 1);
	check_bytes(V("128w0x0102030405060708090A0B0C0D0E0F10"), 128,
		    (const uint8_t[]){1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, 16);
	check_bytes(value_member(P, "E", "a", &enum_decl, V("16w0xBEEF")), 16,
		    (const uint8_t[]){0xBE, 0xEF}, 2);
	uint8_t none[1] = {0xAA};
	assert_int_equal(value_to_bytes(V("0w0"), 0, none), 0);
	assert_int_equal(none[0], 0xAA);
	assert_int_equal(value_to_bytes(V("\"s\""), 8, none), -1);
	assert_int_equal(value_to_bytes(V("8w1"), -1, none), -1);

	assert_true(value_fits_u64(V("64w0xFFFFFFFFFFFFFFFF")));
	assert_true(value_get_u64(V("64w0xFFFFFFFFFFFFFFFF")) == UINT64_MAX);
	assert_false(value_fits_u64(V("65w0x10000000000000000")));
	assert_true(value_get_u64(V("65w0x10000000000000001")) == 1);
	assert_false(value_fits_u64(V("-8s1")));
	assert_true(value_get_u64(V("-8s1")) == UINT64_MAX);
	assert_true(value_fits_i64(V("-8s1")));
	assert_true(value_get_i64(V("-8s1")) == -1);
	assert_false(value_fits_i64(V("64w0xFFFFFFFFFFFFFFFF")));
	assert_true(value_fits_i64(V("-0x8000000000000000")));
	assert_true(value_get_i64(V("-0x8000000000000000")) == INT64_MIN);
	assert_false(value_fits_i64(V("-0x8000000000000001")));
	assert_true(value_fits_i64(V("0x7FFFFFFFFFFFFFFF")));
	assert_false(value_fits_i64(V("0x8000000000000000")));
	assert_true(value_get_u64(V("true")) == 1);
	assert_true(value_fits_u64(V("false")));
	assert_false(value_fits_u64(V("\"s\"")));
	assert_true(value_get_u64(V("12345678901234")) == UINT64_C(12345678901234));
	assert_true(value_get_i64(value_from_i64(P, int8, -5, NULL)) == -5);
	assert_true(value_get_u64(value_from_u64(P, value_type_infint(), UINT64_MAX, NULL)) ==
		    UINT64_MAX);
	ValueWrap wrap;
	EXPECT(value_from_u64(P, bit8, 511, &wrap), "8w255");
	assert_int_equal(wrap, VALUE_WRAP_TRUNCATED);
	EXPECT(value_from_i64(P, int8, INT64_MIN, &wrap), "8s0");
	assert_int_equal(wrap, VALUE_WRAP_TRUNCATED);
	EXPECT(value_from_i64(P, value_type_infint(), INT64_MIN, NULL), "-9223372036854775808");
}

/* ---- members, lists and keysets ---- */

static void test_members_lists_keysets(void **state)
{
	(void)state;
	static int error_decl, enum_decl, ser_decl, other_decl;
	const Value *ea = value_member(P, "error", "A", &error_decl, NULL);
	const Value *ea2 = value_member(P, "error", "A", &error_decl, NULL);
	const Value *eb = value_member(P, "error", "B", &error_decl, NULL);
	const Value *x = value_member(P, "X", "v1", &enum_decl, NULL);
	EXPECT(value_binary(P, OP_EQ, ea, ea2), "true");
	EXPECT(value_binary(P, OP_NE, ea, eb), "true");
	EXPECT(value_binary(P, OP_EQ, ea, eb), "false");
	ERR(value_binary(P, OP_EQ, ea, x), VALUE_ERR_TYPE);
	ERR(value_binary(P, OP_LT, ea, eb), VALUE_ERR_TYPE);
	ERR(value_binary(P, OP_ADD, x, V("8w1")), VALUE_ERR_TYPE);
	ERR(value_cast(P, x, bit8, NULL), VALUE_ERR_TYPE);
	assert_true(value_equal(ea, ea2));
	assert_false(value_equal(ea, eb));
	assert_false(value_equal(x, value_member(P, "X", "v1", &other_decl, NULL)));

	/* The spec's enum bit<8> NonUnique { b1 = 0, b2 = 1, b3 = 1, b4 = 2 }. */
	const Value *b1 = value_member(P, "NonUnique", "b1", &ser_decl, V("8w0"));
	const Value *b2 = value_member(P, "NonUnique", "b2", &ser_decl, V("8w1"));
	const Value *b3 = value_member(P, "NonUnique", "b3", &ser_decl, V("8w1"));
	EXPECT(b2, "NonUnique.b2");
	EXPECT(value_binary(P, OP_EQ, b2, b3), "true");
	EXPECT(value_binary(P, OP_NE, b1, b2), "true");
	EXPECT(value_binary(P, OP_EQ, b2, V("8w1")), "true");
	EXPECT(value_binary(P, OP_ADD, b2, V("8w1")), "8w2");
	EXPECT(value_binary(P, OP_SHL, b2, V("3")), "8w8"); /* the spec's `a << 3` */
	EXPECT(value_binary(P, OP_CONCAT, b2, V("8w0")), "16w256");
	EXPECT(value_slice(P, V("8w0xA5"), b2, b1), "2w1");
	EXPECT(value_unary(P, OP_NEG, b2), "8w255");
	ERR(value_binary(P, OP_EQ, b2, V("16w1")), VALUE_ERR_TYPE);
	ERR(value_binary(P, OP_EQ, b2, ea), VALUE_ERR_TYPE);

	/* Tuples compare element by element. */
	const Value *l1[] = {V("8w1"), V("true")}, *l2[] = {V("8w1"), V("true")},
		    *l3[] = {V("8w2"), V("true")}, *l4[] = {V("16w1")};
	const Value *t1 = value_list(P, l1, 2), *t2 = value_list(P, l2, 2),
		    *t3 = value_list(P, l3, 2), *t4 = value_list(P, l4, 1), *t5 = value_list(P, l1, 1);
	EXPECT(value_binary(P, OP_EQ, t1, t2), "true");
	EXPECT(value_binary(P, OP_NE, t1, t3), "true");
	EXPECT(value_binary(P, OP_EQ, value_list(P, NULL, 0), value_list(P, NULL, 0)), "true");
	ERR(value_binary(P, OP_EQ, t1, t4), VALUE_ERR_TYPE);
	ERR(value_binary(P, OP_EQ, t4, t5), VALUE_ERR_TYPE);
	ERR(value_binary(P, OP_EQ, t1, V("8w1")), VALUE_ERR_TYPE);
	assert_true(value_equal(t1, t2));
	assert_false(value_equal(t1, t3));

	/* Keysets. */
	const Value *mask = value_mask(P, V("8w0x0A"), V("8w0x0F"));
	EXPECT(mask, "8w10 &&& 8w15");
	EXPECT(value_mask(P, V("10"), V("15")), "10 &&& 15");
	EXPECT(value_range(P, V("-4s3"), V("4s5")), "-4s3 .. 4s5");
	EXPECT(value_mask(P, b2, V("8w0xFF")), "NonUnique.b2 &&& 8w255");
	ERR(value_mask(P, V("8w10"), V("16w15")), VALUE_ERR_TYPE);
	ERR(value_range(P, V("true"), V("false")), VALUE_ERR_TYPE);
	ERR(value_mask(P, V("10"), V("8w15")), VALUE_ERR_TYPE);
	ERR(value_binary(P, OP_EQ, mask, mask), VALUE_ERR_TYPE);
	assert_true(value_equal(mask, value_mask(P, V("8w10"), V("8w15"))));
	assert_false(value_equal(mask, value_range(P, V("8w10"), V("8w15"))));
	assert_true(value_equal(value_dontcare(P), value_dontcare(P)));

	/* Strings. */
	assert_true(value_equal(V("\"ab\""), V("\"ab\"")));
	assert_false(value_equal(V("\"ab\""), V("\"ac\"")));
	assert_false(value_equal(V("\"ab\""), V("\"a\"")));
	const Value *embedded = value_string(P, "a\0b", 3);
	assert_int_equal(embedded->len, 3);
	assert_false(value_equal(embedded, value_string(P, "a\0c", 3)));
}

static void test_zero_width(void **state)
{
	(void)state;
	EXPECT(bin(OP_ADD, "0w0", "0w0"), "0w0");
	EXPECT(bin(OP_SUB, "0s0", "0s0"), "0s0");
	EXPECT(un(OP_COMPL, "0w0"), "0w0");
	EXPECT(un(OP_NEG, "0s0"), "0s0");
	EXPECT(un(OP_COMPL, "0s0"), "0s0");
	EXPECT(bin(OP_SHL, "0w0", "5"), "0w0");
	EXPECT(bin(OP_SHR, "0s0", "5"), "0s0");
	EXPECT(bin(OP_ADD_SAT, "0w0", "0w0"), "0w0");
	EXPECT(bin(OP_SUB_SAT, "0s0", "0s0"), "0s0");
	EXPECT(bin(OP_EQ, "0w0", "0w0"), "true");
	ERR(bin(OP_DIV, "0w0", "0w0"), VALUE_ERR_DIV_ZERO);
	EXPECT(value_cast(P, V("0w0"), value_type_bit(8), NULL), "8w0");
	EXPECT(value_cast(P, V("8w7"), value_type_bit(0), NULL), "0w0");
}

/* Many values, all freed by one const_pool_free (LeakSanitizer checks). */
static void test_pool(void **state)
{
	(void)state;
	ConstPool *pool = const_pool_new();
	const Value *acc = value_from_u64(pool, value_type_infint(), 1, NULL);
	for (int i = 0; i < 2000; i++)
		acc = value_binary(pool, OP_MUL, acc, value_from_u64(pool, value_type_infint(), 3, NULL));
	assert_int_equal(mpz_sizeinbase(acc->num, 3), 2001);
	const Value *k = value_from_u64(pool, value_type_infint(), 1000, NULL);
	assert_true(value_fits_u64(value_binary(pool, OP_MOD, acc, k)));
	assert_null(value_binary(pool, OP_DIV, acc, value_from_u64(pool, value_type_infint(), 0, NULL)));
	assert_int_equal(const_pool_error(pool), VALUE_ERR_DIV_ZERO);
	assert_string_equal(const_pool_message(pool), "division by zero");
	const_pool_free(pool);
	const_pool_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
		T(test_literals),
		T(test_literal_errors),
		T(test_format),
		T(test_unary),
		T(test_arith),
		T(test_div_mod),
		T(test_saturating),
		T(test_bitwise),
		T(test_shifts),
		T(test_concat),
		T(test_compare),
		T(test_bool_ops),
		T(test_type_errors),
		T(test_slices),
		T(test_part_select),
		T(test_casts),
		T(test_convert),
		T(test_widths),
		T(test_random),
		T(test_bytes_and_u64),
		T(test_members_lists_keysets),
		T(test_zero_width),
		T(test_pool),
#undef T
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
