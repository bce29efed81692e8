/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e_wide.h: P4 arithmetic on bit<W> values wider than 64 bits, and the
 * two corners of narrower arithmetic that C leaves open: the saturation
 * of int<64>, which has no wider type to compute in, and division by 0.
 *
 * Such values are byte arrays of n = (W + 7) / 8 bytes, most significant
 * first (runtime/ABI.md, 2), with the 8n - W high bits of the first byte
 * zero, in headers, maps and the temporaries of generated code alike.
 * Every helper takes n (and W where the result is masked) as constants of
 * the generated code, so after inlining each loop has a fixed trip count
 * and unrolls to straight-line code on constant offsets. Results go to a
 * separate array `r` that may not overlap the operands unless a helper
 * says so. An int<W> is the same bytes in two's complement: +, -, *,
 * bitwise operators and left shifts are the unsigned ones; comparisons,
 * right shifts, widening and saturation have signed versions
 * (p4e_wide_s*).
 *
 * Arithmetic works on 64-bit limbs, packed from the bytes as it reads them
 * and unpacked as it writes (products and quotients on 32-bit digits);
 * bitwise operators, casts and shifts by constants work on the bytes
 * themselves. BPF loads the bytes of an array one at a time (the arrays
 * are not aligned), so limbs pay where they save more than the packing
 * costs: carries, products, quotients, comparisons and shifts by run-time
 * amounts.
 *
 * No helper branches on the data. The verifier walks every path, and a
 * branch doubles the states it walks after it (BPF has no conditional
 * move): conditions are computed as 0 or 1 and applied by multiplying
 * (p4e_sel64). Not as masks of 0 or -1: the verifier forks its state where
 * such a mask meets a constant in an AND or an OR (it follows LLVM's own
 * select-to-mask rewrites that way), and in the rounds of a division the
 * forks never merge. */
#ifndef P4E_WIDE_H
#define P4E_WIDE_H

#include <linux/types.h>
#include <bpf/bpf_helpers.h>

/* Keeps a wide value in memory: generated code declares every wide
 * variable and temporary with it. Clang would otherwise split the arrays
 * into one register per byte and spill them, 8 bytes of stack each, past
 * the 512-byte limit. The empty asm takes its address. */
#define p4e_wide_in_memory(x) asm volatile("" : : "r"(x))

/* Makes the compiler read memory again rather than keep what it read in
 * registers: between the passes of a division, which would otherwise keep
 * every digit in a register and spill them, 8 bytes of stack each. */
#define p4e_wide_reload() asm volatile("" : : : "memory")

/* Hides a value from the compiler, which would otherwise see through the
 * arithmetic below (x - y feeding a sign bit is x < y, a masked limb has
 * known high bits) and turn it back into compares and branches. */
#define p4e_opaque(x) asm("" : "+r"(x))

/* ---- limbs ----
 *
 * Limb j, least significant first, is bytes n-8-8j .. n-1-8j of the
 * array; the top one, L - 1 with L = P4E_WIDE_LIMBS(n), has fewer bytes
 * when n is not a multiple of 8. Helpers that hold every limb at once (*,
 * saturation, run-time shifts) keep them in arrays of P4E_WIDE_MAX_LIMBS,
 * which clang turns into registers: the generated code refuses those
 * operators on wider values (and / and % above P4E_WIDE_DIV_LIMBS). */
#define P4E_WIDE_LIMBS(n) (((n) + 7) / 8)
#define P4E_WIDE_MAX_LIMBS 16 /* 1024 bits */

static __always_inline __u64 p4e_wide_limb(const __u8 *a, __u32 n, __u32 j)
{
	__u64 v = 0;
	__u32 k;

#pragma unroll
	for (k = 8; k > 0; k--)
		if (8 * j + k <= n)
			v = (v << 8) | a[n - 8 * j - k];
	return v;
}

static __always_inline void p4e_wide_set_limb(__u8 *r, __u32 n, __u32 j, __u64 v)
{
	__u32 k;

#pragma unroll
	for (k = 0; k < 8; k++)
		if (8 * j + k < n)
			r[n - 1 - 8 * j - k] = (__u8)(v >> (8 * k));
}

/* The bits of limb j that are below W. */
static __always_inline __u64 p4e_wide_keep(__u32 w, __u32 j)
{
	return w >= 64 * (j + 1) ? ~0ULL : (1ULL << (w - 64 * j)) - 1;
}

/* x - y - *b, with *b (0 or 1) the borrow in and then out (Hacker's
 * Delight 2-13). */
static __always_inline __u64 p4e_sbb64(__u64 x, __u64 y, __u64 *b)
{
	__u64 d = x - y - *b;

	p4e_opaque(d);
	*b = ((~x & y) | ((~x | y) & d)) >> 63;
	p4e_opaque(*b);
	return d;
}

/* x + y + *c, with *c (0 or 1) the carry in and then out. */
static __always_inline __u64 p4e_adc64(__u64 x, __u64 y, __u64 *c)
{
	__u64 s = x + y + *c;

	p4e_opaque(s);
	*c = ((x & y) | ((x | y) & ~s)) >> 63;
	p4e_opaque(*c);
	return s;
}

/* 1 when x < y, unsigned: the borrow of x - y. */
static __always_inline __u64 p4e_lt64(__u64 x, __u64 y)
{
	__u64 b = 0;

	p4e_sbb64(x, y, &b);
	return b;
}

/* 1 when x != y. */
static __always_inline __u64 p4e_ne64(__u64 x, __u64 y)
{
	__u64 d = x ^ y, e = 0 - d;

	p4e_opaque(e);
	d = (d | e) >> 63;
	p4e_opaque(d);
	return d;
}

/* c ? x : y for c 0 or 1. */
static __always_inline __u64 p4e_sel64(__u64 c, __u64 x, __u64 y)
{
	return y ^ ((x ^ y) * c);
}

/* Clears the bits above W in the first byte. */
static __always_inline void p4e_wide_mask(__u8 *r, __u32 n, __u32 w)
{
	r[0] &= (__u8)(0xff >> (8 * n - w));
}

/* ---- bitwise operators: bytes; r may be a or b ---- */

static __always_inline void p4e_wide_and(__u8 *r, const __u8 *a, const __u8 *b, __u32 n)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < n; i++)
		r[i] = a[i] & b[i];
}

static __always_inline void p4e_wide_or(__u8 *r, const __u8 *a, const __u8 *b, __u32 n)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < n; i++)
		r[i] = a[i] | b[i];
}

static __always_inline void p4e_wide_xor(__u8 *r, const __u8 *a, const __u8 *b, __u32 n)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < n; i++)
		r[i] = a[i] ^ b[i];
}

static __always_inline void p4e_wide_not(__u8 *r, const __u8 *a, __u32 n, __u32 w)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < n; i++)
		r[i] = (__u8)~a[i];
	p4e_wide_mask(r, n, w);
}

/* ---- additive operators and comparisons: limbs; r may be a or b ---- */

/* a + b modulo 2^W. */
static __always_inline void p4e_wide_add(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	__u64 c = 0;
	__u32 j;

#pragma unroll
	for (j = 0; j < P4E_WIDE_LIMBS(n); j++)
		p4e_wide_set_limb(r, n, j,
				  p4e_adc64(p4e_wide_limb(a, n, j), p4e_wide_limb(b, n, j), &c) & p4e_wide_keep(w, j));
}

/* a - b modulo 2^W. */
static __always_inline void p4e_wide_sub(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	__u64 c = 0;
	__u32 j;

#pragma unroll
	for (j = 0; j < P4E_WIDE_LIMBS(n); j++)
		p4e_wide_set_limb(r, n, j,
				  p4e_sbb64(p4e_wide_limb(a, n, j), p4e_wide_limb(b, n, j), &c) & p4e_wide_keep(w, j));
}

/* -1, 0 or 1 as a is below, equal to or above b: the borrow of a - b, and
 * whether a limb differs. `flip` is xored into both top limbs first (the
 * sign bit, for int<W>). */
static __always_inline int p4e_wide_cmp_flip(const __u8 *a, const __u8 *b, __u32 n, __u64 flip)
{
	__u64 lt = 0, diff = 0;
	__u32 j, l = P4E_WIDE_LIMBS(n);

#pragma unroll
	for (j = 0; j < l; j++) {
		__u64 x = p4e_wide_limb(a, n, j), y = p4e_wide_limb(b, n, j);

		if (j == l - 1) {
			x ^= flip;
			y ^= flip;
		}
		diff |= x ^ y;
		p4e_sbb64(x, y, &lt);
	}
	return (int)p4e_ne64(diff, 0) - 2 * (int)lt;
}

/* Unsigned. */
static __always_inline int p4e_wide_cmp(const __u8 *a, const __u8 *b, __u32 n)
{
	return p4e_wide_cmp_flip(a, b, n, 0);
}

/* On int<W>: with the sign bits flipped, the order is the unsigned one. */
static __always_inline int p4e_wide_scmp(const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	return p4e_wide_cmp_flip(a, b, n, 1ULL << ((w - 1) % 64));
}

/* ---- shifts by constants: bytes ---- */

/* r = a << s modulo 2^W. r may be a: each byte reads only bytes at or
 * after its own. */
static __always_inline void p4e_wide_shl_const(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u32 s)
{
	__u32 q = s / 8, b = s % 8, i;

#pragma unroll
	for (i = 0; i < n; i++) {
		__u32 hi = i + q < n ? a[i + q] : 0;
		__u32 lo = i + q + 1 < n ? a[i + q + 1] : 0;

		r[i] = (__u8)((hi << b) | (lo >> (8 - b)));
	}
	p4e_wide_mask(r, n, w);
}

/* r = (a ^ f) >> s ^ f within W bits, f 0 (a logical shift) or 0xff
 * (~(~a >> s): an arithmetic one of a negative a). f is no __u8: clang
 * would make 0xff * sign a mask, -sign & 0xff. r may be a: from the last
 * byte, each reads only bytes at or before its own. */
static __always_inline void p4e_wide_shr_fill(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u32 s, __u64 f)
{
	__u32 q = s / 8, b = s % 8, i;
	__u8 top = (__u8)(0xff >> (8 * n - w));

	if (q >= n)
		q = n;
#pragma unroll
	for (i = n - q; i > 0; i--) {
		/* r[i - 1 + q] from a[i - 1] and a[i - 2], a[0] within W. */
		__u32 lo = (a[i - 1] ^ f) & (i == 1 ? top : 0xff);
		__u32 hi = i > 1 ? (a[i > 1 ? i - 2 : 0] ^ f) & (i == 2 ? top : 0xff) : 0;

		r[i - 1 + q] = (__u8)(((lo >> b) | (hi << (8 - b))) ^ f);
	}
#pragma unroll
	for (i = 0; i < q; i++)
		r[i] = (__u8)f;
	p4e_wide_mask(r, n, w);
}

static __always_inline void p4e_wide_shr_const(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u32 s)
{
	p4e_wide_shr_fill(r, a, n, w, s, 0);
}

/* Bit W-1 of a: an int<W>'s sign. It is in the first byte. */
static __always_inline __u64 p4e_wide_negative(const __u8 *a, __u32 n, __u32 w)
{
	__u64 s = (a[0] >> (w - 1 - 8 * (n - 1))) & 1;

	p4e_opaque(s);
	return s;
}

/* a >> s on int<W>, the sign shifted in. r may be a. */
static __always_inline void p4e_wide_sar_const(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u32 s)
{
	p4e_wide_shr_fill(r, a, n, w, s, 0xff * p4e_wide_negative(a, n, w));
}

/* ---- shifts by run-time amounts: limbs ----
 *
 * Each limb shifts by s % 64 taking the bits that cross from its
 * neighbour, then the limbs move by s / 64 places, each place picked by
 * multiplying with 1 or 0 rather than by an index, so no index depends on
 * s. `f` (0 or all ones) works as in p4e_wide_shr_fill; shifts by W or
 * more leave f. r may be a. */
static __always_inline void p4e_wide_shift(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s, int left,
					   __u64 f)
{
	__u64 x[P4E_WIDE_MAX_LIMBS], t[P4E_WIDE_MAX_LIMBS];
	__u64 in = p4e_lt64(s, w), b = s & 63, q = s >> 6, e[P4E_WIDE_MAX_LIMBS];
	__u32 l = P4E_WIDE_LIMBS(n), i, d;

#pragma unroll
	for (i = 0; i < l; i++) {
		x[i] = (p4e_wide_limb(a, n, i) ^ f) & p4e_wide_keep(w, i);
		e[i] = p4e_ne64(q, i) ^ 1; /* 1 when the move is i limbs */
	}
	/* (y >> 1) >> (63 - b) is y >> (64 - b), and 0 when b is 0. */
#pragma unroll
	for (i = 0; i < l; i++) {
		if (left)
			t[i] = (x[i] << b) | (i > 0 ? (x[i > 0 ? i - 1 : 0] >> 1) >> (63 - b) : 0);
		else
			t[i] = (x[i] >> b) | (i + 1 < l ? (x[i + 1 < l ? i + 1 : 0] << 1) << (63 - b) : 0);
	}
#pragma unroll
	for (i = 0; i < l; i++) {
		__u64 v = 0;

#pragma unroll
		for (d = 0; d < l; d++) {
			if (left && d <= i)
				v |= t[i - d] * e[d];
			else if (!left && i + d < l)
				v |= t[i + d] * e[d];
		}
		p4e_wide_set_limb(r, n, i, ((v * in) ^ f) & p4e_wide_keep(w, i));
	}
}

static __always_inline void p4e_wide_shl(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s)
{
	p4e_wide_shift(r, a, n, w, s, 1, 0);
}

static __always_inline void p4e_wide_shr(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s)
{
	p4e_wide_shift(r, a, n, w, s, 0, 0);
}

static __always_inline void p4e_wide_sar(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s)
{
	p4e_wide_shift(r, a, n, w, s, 0, ~0ULL * p4e_wide_negative(a, n, w));
}

/* ---- widths and slices: bytes ---- */

/* r (rn bytes, W = rw bits) = a (an bytes) truncated or zero-extended:
 * the last bytes line up. */
static __always_inline void p4e_wide_resize(__u8 *r, __u32 rn, __u32 rw, const __u8 *a, __u32 an)
{
	__u32 i;

	/* No index below zero is ever computed, even where it would not be
	 * used: the verifier refuses such pointer arithmetic. */
	if (rn > an) {
#pragma unroll
		for (i = 0; i < rn - an; i++)
			r[i] = 0;
#pragma unroll
		for (i = 0; i < an; i++)
			r[rn - an + i] = a[i];
	} else {
#pragma unroll
		for (i = 0; i < rn; i++)
			r[i] = a[an - rn + i];
	}
	p4e_wide_mask(r, rn, rw);
}

/* r holds an int<from> in its low bits, zero above: sign-extends it to
 * int<W>. */
static __always_inline void p4e_wide_sext(__u8 *r, __u32 n, __u32 w, __u32 from)
{
	__u64 bit = (r[n - 1 - (from - 1) / 8] >> ((from - 1) % 8)) & 1, sign;
	__u32 j;

	p4e_opaque(bit);
	sign = 0xff * bit; /* no __u8: see p4e_wide_shr_fill */
#pragma unroll
	for (j = 0; j < n; j++)
		if (8 * j + 8 > from)
			r[n - 1 - j] |= sign & (8 * j >= from ? 0xff : (__u8)(0xff << (from - 8 * j)));
	p4e_wide_mask(r, n, w);
}

/* x[lo + bits - 1 : lo] = the same bits of t, both n bytes: the bits of x
 * outside the slice stay. */
static __always_inline void p4e_wide_insert(__u8 *x, const __u8 *t, __u32 n, __u32 lo, __u32 bits)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < n; i++) {
		/* The slice's bits in this byte, whose lowest bit is b. */
		__u32 b = 8 * (n - 1 - i), end = lo + bits;
		__u32 from = lo > b ? lo - b : 0, to = end >= b + 8 ? 8 : end > b ? end - b : 0;
		__u8 m = to > from ? (__u8)(((1U << to) - 1) & ~((1U << from) - 1)) : 0;

		x[i] = (x[i] & (__u8)~m) | (t[i] & m);
	}
}

/* r (n bytes) = the low `fw` (1..64) bits of v, zero-extended. */
static __always_inline void p4e_wide_from_u64(__u8 *r, __u32 n, __u32 fw, __u64 v)
{
	__u32 i;

	if (fw < 64)
		v &= (1ULL << fw) - 1;
#pragma unroll
	for (i = n; i > 0; i--) {
		r[i - 1] = (__u8)v;
		v = n - i < 7 ? v >> 8 : 0;
	}
}

/* The low `tw` (1..64) bits of a (n bytes). */
static __always_inline __u64 p4e_wide_to_u64(const __u8 *a, __u32 n, __u32 tw)
{
	__u64 v = p4e_wide_limb(a, n, 0);

	return tw < 64 ? v & ((1ULL << tw) - 1) : v;
}

/* ---- multiplication and division: 32-bit digits ----
 *
 * A product of two digits fits a register, and so does a quotient digit's
 * estimate from two digits of the dividend by one of the divisor. Digit i,
 * least significant first, is bits 32i .. 32i + 31: bytes n-4-4i .. n-1-4i
 * of the array, those that exist. A value of n bytes has
 * P4E_WIDE_DIGITS(n) of them. */
#define P4E_WIDE_DIGITS(n) (((n) + 3) / 4)

/* The digit twins of p4e_wide_limb and p4e_wide_set_limb. One helper with
 * the chunk size as a parameter computes in 64 bits for digits too, and
 * costs the verifier 20-60% more on wide_ops and wide_signed. */

static __always_inline __u32 p4e_wide_digit(const __u8 *a, __u32 n, __u32 i)
{
	__u32 v = 0, k;

#pragma unroll
	for (k = 4; k > 0; k--)
		if (4 * i + k <= n)
			v = (v << 8) | a[n - 4 * i - k];
	return v;
}

static __always_inline void p4e_wide_set_digit(__u8 *r, __u32 n, __u32 i, __u32 v)
{
	__u32 k;

#pragma unroll
	for (k = 0; k < 4; k++)
		if (4 * i + k < n)
			r[n - 1 - 4 * i - k] = (__u8)(v >> (8 * k));
}

/* a * b modulo 2^W: schoolbook, column by column from the least
 * significant. A column adds the low and the high halves of its products
 * apart, so no sum overflows 64 bits. */
static __always_inline void p4e_wide_mul(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	__u64 x[2 * P4E_WIDE_MAX_LIMBS], y[2 * P4E_WIDE_MAX_LIMBS], carry = 0;
	__u32 k, i;

#pragma unroll
	for (k = 0; k < P4E_WIDE_DIGITS(n); k++) {
		x[k] = p4e_wide_digit(a, n, k);
		y[k] = p4e_wide_digit(b, n, k);
	}
#pragma unroll
	for (k = 0; k < P4E_WIDE_DIGITS(n); k++) {
		__u64 lo = carry, hi = 0;

#pragma unroll
		for (i = 0; i <= k; i++) {
			__u64 p = x[i] * y[k - i];

			lo += p & 0xffffffff;
			hi += p >> 32;
		}
		p4e_wide_set_digit(r, n, k, (__u32)lo);
		carry = (lo >> 32) + hi;
	}
	p4e_wide_mask(r, n, w);
}

#define P4E_WIDE_DIV_LIMBS 8 /* division: up to 512 bits */
#define P4E_WIDE_DIV_DIGITS (2 * P4E_WIDE_DIV_LIMBS)

/* r (nr digits, in memory) = x (nx digits) << s, or >> s when !left,
 * for s below 32 nx. Each digit shifts by s % 32 taking the bits that
 * cross from its neighbour, then the digits move by s / 32 places: by 1,
 * 2, 4 ... places in turn, each move made or not by multiplying with a bit
 * of s / 32, so no index depends on s. The moves work in place in memory,
 * a digit at a time, which keeps few registers busy. The loops count to
 * the largest sizes and break: clang unrolls a loop only when it knows the
 * trip count, and it meets these before nr and nx are constants. */
static __always_inline void p4e_digits_shift(__u32 *r, __u32 nr, const __u32 *x, __u32 nx, __u64 s, int left)
{
	__u64 b = s & 31, q = s >> 5;
	__u32 i, k;

#pragma unroll
	for (i = 0; i < 2 * P4E_WIDE_DIV_DIGITS + 1; i++) {
		__u64 lo, hi, up;

		if (i >= nr)
			break;
		lo = i > 0 && i <= nx ? x[i > 0 && i <= nx ? i - 1 : 0] : 0;
		hi = i < nx ? x[i < nx ? i : 0] : 0;
		up = i + 1 < nx ? x[i + 1 < nx ? i + 1 : 0] : 0;

		if (left)
			r[i] = (__u32)((hi << b) | (lo >> (32 - b)));
		else
			r[i] = (__u32)((hi >> b) | (up << (32 - b)));
	}
#pragma unroll
	for (k = 0; (1U << k) < 2 * P4E_WIDE_DIV_DIGITS; k++) {
		__u32 m = 1U << k;
		__u64 take = (q >> k) & 1;

		if (m >= nx)
			break;
		p4e_opaque(take);
		p4e_wide_reload();
#pragma unroll
		for (i = 0; i < 2 * P4E_WIDE_DIV_DIGITS + 1; i++) {
			/* Left: from the top down, each digit reads one below it. */
			__u32 j = left ? nr - 1 - i : i;
			__u64 from;

			if (i >= nr)
				break;
			from = left ? (j >= m ? r[j >= m ? j - m : 0] : 0) : (j + m < nr ? r[j + m < nr ? j + m : 0] : 0);
			r[j] = (__u32)p4e_sel64(take, from, r[j]);
		}
	}
}

/* The number of bits of x below 2^32, up to its top bit set. */
static __always_inline __u64 p4e_bitlen32(__u64 x)
{
	x |= x >> 1;
	x |= x >> 2;
	x |= x >> 4;
	x |= x >> 8;
	x |= x >> 16;
	p4e_opaque(x); /* else clang sees a count of leading zeros, and branches on 0 */
	x = x - ((x >> 1) & 0x55555555);
	x = (x & 0x33333333) + ((x >> 2) & 0x33333333);
	x = (x + (x >> 4)) & 0x0f0f0f0f;
	return ((x * 0x01010101) >> 24) & 0xff;
}

/* q = a / b and m = a % b, unsigned; b == 0 gives q = 0 and m = a, as
 * BPF's own div and mod do. Knuth's algorithm D (TAOCP 4.3.1) in a fixed
 * shape: b is shifted up until its top digit has its top bit set (dl
 * digits, the width of a), a along with it into 2 dl + 1 digits, and each
 * of the dl + 1 quotient digits is estimated from the top two digits of
 * what remains by BPF's 64-bit division. The estimate is never below the
 * digit and at most 2 above it (Theorem B): the remainder goes negative
 * when it is above, and b is added back as many times, always twice, each
 * time multiplied by whether it was negative. The remainder is then
 * shifted back down, into v. q and m may not overlap a, b or each other.
 *
 * The digits of the dividend (u) and the divisor (v) stay in memory, in
 * arrays of their own size that the macro declares (n is a constant of the
 * generated code): held in registers, they would spill 8 bytes of stack
 * each. */
#define p4e_wide_divmod(q, m, a, b, n, w)                                                          \
	do {                                                                                       \
		__u32 p4e_u[2 * P4E_WIDE_DIGITS(n) + 1], p4e_v[P4E_WIDE_DIGITS(n)];                \
                                                                                                   \
		p4e_wide_in_memory(p4e_u);                                                         \
		p4e_wide_in_memory(p4e_v);                                                         \
		p4e_wide_divmod_in(q, m, a, b, n, w, p4e_u, p4e_v);                                \
	} while (0)

static __always_inline void p4e_wide_divmod_in(__u8 *q, __u8 *m, const __u8 *a, const __u8 *b, __u32 n,
					       __u32 w, __u32 *u, __u32 *v)
{
	__u64 top = 0, pos = 0, found = 0, s, v1;
	__u32 x[P4E_WIDE_DIV_DIGITS];
	__u32 dl = P4E_WIDE_DIGITS(n), i, j, k, c2;

	/* s: b's leading zeros in dl digits, from its top digit that is not 0. */
#pragma unroll
	for (i = dl; i > 0; i--) {
		__u64 nz, take;

		x[i - 1] = p4e_wide_digit(b, n, i - 1);
		nz = p4e_ne64(x[i - 1], 0);
		take = nz & (found ^ 1);
		top = p4e_sel64(take, x[i - 1], top);
		pos = p4e_sel64(take, i - 1, pos);
		found |= nz;
	}
	s = 32 * (dl - pos) - p4e_bitlen32(top);
	p4e_digits_shift(v, dl, x, dl, s, 1);
#pragma unroll
	for (i = 0; i < dl; i++)
		x[i] = p4e_wide_digit(a, n, i);
	p4e_digits_shift(u, 2 * dl + 1, x, dl, s, 1);
	v1 = v[dl - 1] | (found ^ 1); /* b == 0 divides by 1, and is undone below */
#pragma unroll
	for (j = dl + 1; j > 0; j--) {
		__u64 qhat, carry = 0, borrow = 0, t;

		k = j - 1;
		p4e_wide_reload();
		qhat = (((__u64)u[k + dl] << 32) | u[k + dl - 1]) / v1;
		qhat = p4e_sel64(p4e_ne64(qhat >> 32, 0), 0xffffffff, qhat);
		/* u[k ..] -= qhat * v: t goes below 0 on a borrow. */
#pragma unroll
		for (i = 0; i < dl; i++) {
			__u64 p = qhat * v[i] + carry;

			carry = p >> 32;
			t = u[k + i] - (p & 0xffffffff) - borrow;
			p4e_opaque(t);
			u[k + i] = (__u32)t;
			borrow = t >> 63;
		}
		t = u[k + dl] - carry - borrow;
#pragma unroll
		for (c2 = 0; c2 < 2; c2++) {
			__u64 neg = t >> 63, c = 0;

			p4e_opaque(neg);
			qhat -= neg;
			p4e_wide_reload();
#pragma unroll
			for (i = 0; i < dl; i++) {
				__u64 sum = u[k + i] + v[i] * neg + c;

				p4e_opaque(sum);
				u[k + i] = (__u32)sum;
				c = sum >> 32;
			}
			t += c;
		}
		p4e_wide_set_digit(q, n, k, (__u32)(qhat * found));
	}
	p4e_digits_shift(v, dl, u, dl, s, 0);
#pragma unroll
	for (i = 0; i < dl; i++)
		p4e_wide_set_digit(m, n, i, (__u32)p4e_sel64(found, v[i], p4e_wide_digit(a, n, i)));
}

/* ---- saturating operators ---- */

/* a |+| b and a |-| b on bit<W>: all ones on a carry, 0 on a borrow. */
static __always_inline void p4e_wide_add_sat(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	__u64 x[P4E_WIDE_MAX_LIMBS], c = 0, over;
	__u32 j, l = P4E_WIDE_LIMBS(n);

#pragma unroll
	for (j = 0; j < l; j++)
		x[j] = p4e_adc64(p4e_wide_limb(a, n, j), p4e_wide_limb(b, n, j), &c);
	over = w % 64 ? (x[l - 1] >> (w % 64)) & 1 : c;
	p4e_opaque(over);
#pragma unroll
	for (j = 0; j < l; j++)
		p4e_wide_set_limb(r, n, j, p4e_sel64(over, ~0ULL, x[j]) & p4e_wide_keep(w, j));
}

static __always_inline void p4e_wide_sub_sat(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	__u64 x[P4E_WIDE_MAX_LIMBS], c = 0;
	__u32 j, l = P4E_WIDE_LIMBS(n);

#pragma unroll
	for (j = 0; j < l; j++)
		x[j] = p4e_sbb64(p4e_wide_limb(a, n, j), p4e_wide_limb(b, n, j), &c);
#pragma unroll
	for (j = 0; j < l; j++)
		p4e_wide_set_limb(r, n, j, x[j] * (c ^ 1) & p4e_wide_keep(w, j));
}

/* a |+| b (sub 0) and a |-| b (sub 1) on int<W>: an overflow saturates
 * toward a's side, at -2^(W-1) or 2^(W-1) - 1. */
static __always_inline void p4e_wide_ssat(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w, int sub)
{
	__u64 x[P4E_WIDE_MAX_LIMBS], c = 0, sa = 0, sb = 0, sr, over;
	__u32 j, l = P4E_WIDE_LIMBS(n), top = (w - 1) % 64;

#pragma unroll
	for (j = 0; j < l; j++) {
		__u64 u = p4e_wide_limb(a, n, j), v = p4e_wide_limb(b, n, j);

		x[j] = sub ? p4e_sbb64(u, v, &c) : p4e_adc64(u, v, &c);
		if (j == l - 1) {
			sa = (u >> top) & 1;
			sb = (v >> top) & 1;
		}
	}
	sr = (x[l - 1] >> top) & 1;
	/* + overflows when a and b have one sign and r the other; - when
	 * a and b have different signs and r not a's. */
	over = (sub ? sa ^ sb : sa ^ sb ^ 1) & (sr ^ sa);
	p4e_opaque(over);
	p4e_opaque(sa);
#pragma unroll
	for (j = 0; j < l; j++) {
		/* The bound: a's sign, then its opposite in every bit below. */
		__u64 min = j == l - 1 ? 1ULL << top : 0;
		__u64 bound = p4e_sel64(sa, min, ~min);

		p4e_wide_set_limb(r, n, j, p4e_sel64(over, bound, x[j]) & p4e_wide_keep(w, j));
	}
}

static __always_inline void p4e_wide_sadd_sat(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	p4e_wide_ssat(r, a, b, n, w, 0);
}

static __always_inline void p4e_wide_ssub_sat(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	p4e_wide_ssat(r, a, b, n, w, 1);
}

/* ---- 64 bits and narrower ---- */

/* a / b and a % b, b == 0 giving 0 and a, as BPF's own div and mod do. In
 * C it is undefined: clang drops the paths where the divisor can be 0,
 * paths the verifier still walks (a field read in the packet is 0 where
 * its bounds check failed), finding registers never written. The
 * generated code uses these when b is not a constant. */
static __always_inline __u64 p4e_div64(__u64 a, __u64 b)
{
#ifdef __bpf__
	asm("%0 /= %1" : "+r"(a) : "r"(b));
	return a;
#else
	return b ? a / b : 0;
#endif
}

static __always_inline __u64 p4e_mod64(__u64 a, __u64 b)
{
	return a - p4e_div64(a, b) * b;
}

/* a |+| b and a |-| b on int<64>. The narrower int<W> saturate in __s64,
 * inline in generated code; at 64 bits the overflow is detected instead
 * (bit 63 of `over`): the wrapped result r then has the wrong sign, and
 * the bound is on the other side of it. */
static __always_inline __s64 p4e_sat64(__u64 r, __u64 over)
{
	__u64 bound = 0x8000000000000000ULL ^ (__u64)((__s64)r >> 63);

	over >>= 63;
	p4e_opaque(over);
	return (__s64)p4e_sel64(over, bound, r);
}

static __always_inline __s64 p4e_sadd_sat64(__s64 a, __s64 b)
{
	__u64 r = (__u64)a + (__u64)b;

	return p4e_sat64(r, ((__u64)a ^ r) & ((__u64)b ^ r));
}

static __always_inline __s64 p4e_ssub_sat64(__s64 a, __s64 b)
{
	__u64 r = (__u64)a - (__u64)b;

	return p4e_sat64(r, ((__u64)a ^ (__u64)b) & ((__u64)a ^ r));
}

#endif
