/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e_wide.h: P4 arithmetic on bit<W> values wider than 64 bits.
 *
 * Such values are byte arrays of n = (W + 7) / 8 bytes, most significant
 * first (runtime/ABI.md, 2), with the 8n - W high bits of the first byte
 * zero. Every helper takes n (and W where the result is masked) as
 * constants of the generated code, so after inlining each loop has a fixed
 * trip count and unrolls to straight-line code on constant stack offsets:
 * the verifier sees no variable indexes (division alone keeps a loop of W
 * rounds, each on constant offsets). Results go to a separate array `r`
 * that may not overlap the operands unless a helper says so. An int<W> is
 * the same bytes in two's complement: +, -, *, bitwise operators and left
 * shifts are the unsigned ones; comparisons, right shifts, widening and
 * saturation have signed versions (p4e_wide_s*). */
#ifndef P4E_WIDE_H
#define P4E_WIDE_H

#include <linux/types.h>
#include <bpf/bpf_helpers.h>

/* Keeps a wide value in memory: for the operands and results of the
 * heavy helpers (*, /, %, saturation, signed operators), which clang would
 * otherwise split into one register per byte and spill, 8 bytes of stack
 * each, past the 512-byte limit. The empty asm takes its address. Not on
 * everything: values in memory make the verifier track every stack byte,
 * which costs it more on programs with many branches. */
#define p4e_wide_in_memory(x) asm volatile("" : : "r"(x))

/* ---- masking ---- */

/* Clears the bits above W in the first byte. */
static __always_inline void p4e_wide_mask(__u8 *r, __u32 n, __u32 w)
{
	r[0] &= (__u8)(0xff >> (8 * n - w));
}

/* ---- bitwise and additive operators ---- */

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

/* a + b modulo 2^W: bytes from the least significant, with the carry. */
static __always_inline void p4e_wide_add(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	__u32 i, c = 0;

#pragma unroll
	for (i = n; i > 0; i--) {
		c += (__u32)a[i - 1] + b[i - 1];
		r[i - 1] = (__u8)c;
		c >>= 8;
	}
	p4e_wide_mask(r, n, w);
}

/* a - b modulo 2^W: a + ~b + 1, the borrow as a missing carry. */
static __always_inline void p4e_wide_sub(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	__u32 i, c = 1;

#pragma unroll
	for (i = n; i > 0; i--) {
		c += (__u32)a[i - 1] + (__u8)~b[i - 1];
		r[i - 1] = (__u8)c;
		c >>= 8;
	}
	p4e_wide_mask(r, n, w);
}

/* -1, 0 or 1 as the unsigned a is below, equal to or above b. No early
 * exit: the first differing byte decides. */
static __always_inline int p4e_wide_cmp(const __u8 *a, const __u8 *b, __u32 n)
{
	__u32 i;
	int d = 0;

#pragma unroll
	for (i = 0; i < n; i++)
		if (d == 0 && a[i] != b[i])
			d = a[i] < b[i] ? -1 : 1;
	return d;
}

/* ---- shifts ---- */

/* r = a << s modulo 2^W, s a constant of the generated code. r may be a:
 * each byte reads only bytes at or after its own. */
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

/* r = a >> s, s a constant of the generated code. r may be a: from the
 * last byte, each reads only bytes at or before its own. */
static __always_inline void p4e_wide_shr_const(__u8 *r, const __u8 *a, __u32 n, __u32 s)
{
	__u32 q = s / 8, b = s % 8, i;

	if (q >= n)
		q = n;
#pragma unroll
	for (i = n - q; i > 0; i--) {
		/* r[i - 1 + q] from a[i - 1] and a[i - 2]. */
		__u32 lo = a[i - 1];
		__u32 hi = i > 1 ? a[i > 1 ? i - 2 : 0] : 0;

		r[i - 1 + q] = (__u8)((lo >> b) | (hi << (8 - b)));
	}
#pragma unroll
	for (i = 0; i < q; i++)
		r[i] = 0;
}

/* Shifts by a run-time amount: one constant shift in place per bit of s
 * (1, 2, 4, ... below 8n), each taken or not, so every index stays a
 * constant. r may be a. */
#define P4E_WIDE_SHIFT_STAGES 16 /* 2^16 bits: any header field */

static __always_inline void p4e_wide_copy(__u8 *r, const __u8 *a, __u32 n)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < n; i++)
		r[i] = a[i];
}

static __always_inline void p4e_wide_zero(__u8 *r, __u32 n)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < n; i++)
		r[i] = 0;
}

/* a << s (left) or a >> s by a run-time s. */
static __always_inline void p4e_wide_shift(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s, int left)
{
	__u32 k;

	if (s >= w) {
		p4e_wide_zero(r, n);
		return;
	}
	p4e_wide_copy(r, a, n);
#pragma unroll
	for (k = 0; k < P4E_WIDE_SHIFT_STAGES; k++) {
		if ((1U << k) >= 8 * n)
			break;
		if (!(s & (1U << k)))
			continue;
		if (left)
			p4e_wide_shl_const(r, r, n, w, 1U << k);
		else
			p4e_wide_shr_const(r, r, n, 1U << k);
	}
}

static __always_inline void p4e_wide_shl(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s)
{
	p4e_wide_shift(r, a, n, w, s, 1);
}

static __always_inline void p4e_wide_shr(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s)
{
	p4e_wide_shift(r, a, n, w, s, 0);
}

/* ---- widths ---- */

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
	__u64 v = 0;
	__u32 i;

#pragma unroll
	for (i = n - 8; i < n; i++)
		v = (v << 8) | a[i];
	return tw < 64 ? v & ((1ULL << tw) - 1) : v;
}

/* ---- multiplication and division ---- */

/* a * b modulo 2^W: column by column from the least significant byte, the
 * carry in 64 bits (a column adds at most n products below 2^16). */
static __always_inline void p4e_wide_mul(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	__u64 c = 0;
	__u32 k, i;

#pragma unroll
	for (k = 0; k < n; k++) {
#pragma unroll
		for (i = 0; i <= k; i++)
			c += (__u64)a[n - 1 - i] * b[n - 1 - (k - i)];
		r[n - 1 - k] = (__u8)c;
		c >>= 8;
	}
	p4e_wide_mask(r, n, w);
}

/* Bit W-1 of a: an int<W>'s sign. It is in the first byte. */
static __always_inline int p4e_wide_negative(const __u8 *a, __u32 n, __u32 w)
{
	return (a[0] >> (w - 1 - 8 * (n - 1))) & 1;
}

/* Division works on 64-bit limbs, least significant first, so that a
 * round keeps a few registers live instead of 2n bytes, and each round is
 * free of branches on the data: the verifier then walks the W rounds of
 * the loop once each instead of splitting its states at every comparison
 * (BPF has no conditional move; comparisons below are arithmetic). */
#define P4E_WIDE_DIV_LIMBS 8 /* up to 512 bits */

static __always_inline void p4e_wide_to_limbs(__u64 *x, const __u8 *a, __u32 n)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < (n + 7) / 8; i++)
		x[i] = 0;
#pragma unroll
	for (i = 0; i < n; i++)
		x[i / 8] |= (__u64)a[n - 1 - i] << (8 * (i % 8));
}

static __always_inline void p4e_wide_from_limbs(__u8 *r, const __u64 *x, __u32 n)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < n; i++)
		r[n - 1 - i] = (__u8)(x[i / 8] >> (8 * (i % 8)));
}

/* 1 when x < y, unsigned, without a branch (Hacker's Delight 2-12). */
static __always_inline __u64 p4e_lt64(__u64 x, __u64 y)
{
	return ((~x & y) | ((~x | y) & (x - y))) >> 63;
}

/* 1 when x != y, without a branch. */
static __always_inline __u64 p4e_ne64(__u64 x, __u64 y)
{
	return ((x ^ y) | (0 - (x ^ y))) >> 63;
}

/* q = a / b and m = a % b, unsigned; b == 0 gives q = 0 and m = a, as
 * BPF's own div and mod do. Shift and subtract, one bit of a per round: q
 * starts as a and shifts a bit of a into m as it takes a bit of the
 * quotient in. q and m may not overlap a, b or each other. */
static __always_inline void p4e_wide_divmod(__u8 *q, __u8 *m, const __u8 *a, const __u8 *b, __u32 n,
					    __u32 w)
{
	__u64 xq[P4E_WIDE_DIV_LIMBS], xm[P4E_WIDE_DIV_LIMBS], xb[P4E_WIDE_DIV_LIMBS], nonzero = 0;
	__u32 l = (n + 7) / 8, top = (w - 1) % 64, i, j;
	__u64 keep = top < 63 ? (2ULL << top) - 1 : ~0ULL; /* the bits of the top limb */

	p4e_wide_to_limbs(xq, a, n);
	p4e_wide_to_limbs(xb, b, n);
#pragma unroll
	for (j = 0; j < l; j++) {
		nonzero |= xb[j];
		xm[j] = 0;
	}
	if (!nonzero) {
		p4e_wide_copy(m, a, n);
		p4e_wide_zero(q, n);
		return;
	}
#pragma clang loop unroll(disable)
	for (i = 0; i < w; i++) {
		/* (m:q) <<= 1 within W bits each; m's top bit out still counts. */
		__u64 in = (xq[l - 1] >> top) & 1, carry = (xm[l - 1] >> top) & 1;
		__u64 lt = 0, take, borrow = 0;

#pragma unroll
		for (j = l - 1; j > 0; j--) {
			xq[j] = (xq[j] << 1) | (xq[j - 1] >> 63);
			xm[j] = (xm[j] << 1) | (xm[j - 1] >> 63);
		}
		xq[0] <<= 1;
		xm[0] = (xm[0] << 1) | in;
		xq[l - 1] &= keep;
		xm[l - 1] &= keep;
		/* m < b, from the least significant limb up: a differing limb
		 * decides over everything below it. */
#pragma unroll
		for (j = 0; j < l; j++) {
			__u64 ne = p4e_ne64(xm[j], xb[j]);

			lt = (ne & p4e_lt64(xm[j], xb[j])) | ((ne ^ 1) & lt);
		}
		take = carry | (lt ^ 1);
		/* m -= b when taking, with the borrow carried limb to limb. */
#pragma unroll
		for (j = 0; j < l; j++) {
			__u64 y = xb[j] & (0 - take);
			__u64 d = xm[j] - y - borrow;

			borrow = ((~xm[j] & y) | ((~xm[j] | y) & d)) >> 63;
			xm[j] = d;
		}
		xm[l - 1] &= keep;
		xq[0] |= take;
	}
	p4e_wide_from_limbs(q, xq, n);
	p4e_wide_from_limbs(m, xm, n);
}

/* ---- saturating operators ---- */

static __always_inline void p4e_wide_ones(__u8 *r, __u32 n, __u32 w)
{
	__u32 i;

#pragma unroll
	for (i = 0; i < n; i++)
		r[i] = 0xff;
	p4e_wide_mask(r, n, w);
}

/* a |+| b and a |-| b on bit<W>. */
static __always_inline void p4e_wide_add_sat(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	p4e_wide_add(r, a, b, n, w);
	if (p4e_wide_cmp(r, a, n) < 0) /* wrapped around */
		p4e_wide_ones(r, n, w);
}

static __always_inline void p4e_wide_sub_sat(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	if (p4e_wide_cmp(a, b, n) < 0)
		p4e_wide_zero(r, n);
	else
		p4e_wide_sub(r, a, b, n, w);
}

/* The int<W> bound on the side of `negative`: -2^(W-1) or 2^(W-1) - 1. */
static __always_inline void p4e_wide_sbound(__u8 *r, __u32 n, __u32 w, int negative)
{
	__u8 sign = (__u8)(1 << (w - 1 - 8 * (n - 1)));

	if (negative) {
		p4e_wide_zero(r, n);
		r[0] = sign;
	} else {
		p4e_wide_ones(r, n, w);
		r[0] &= (__u8)~sign;
	}
}

/* a |+| b and a |-| b on int<W>: an overflow saturates toward a's side. */
static __always_inline void p4e_wide_sadd_sat(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	int na = p4e_wide_negative(a, n, w), nb = p4e_wide_negative(b, n, w);

	p4e_wide_add(r, a, b, n, w);
	if (na == nb && p4e_wide_negative(r, n, w) != na)
		p4e_wide_sbound(r, n, w, na);
}

static __always_inline void p4e_wide_ssub_sat(__u8 *r, const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	int na = p4e_wide_negative(a, n, w), nb = p4e_wide_negative(b, n, w);

	p4e_wide_sub(r, a, b, n, w);
	if (na != nb && p4e_wide_negative(r, n, w) != na)
		p4e_wide_sbound(r, n, w, na);
}

/* ---- signed comparison, shifts and widening ---- */

/* -1, 0 or 1 as the int<W> a is below, equal to or above b. */
static __always_inline int p4e_wide_scmp(const __u8 *a, const __u8 *b, __u32 n, __u32 w)
{
	int na = p4e_wide_negative(a, n, w), nb = p4e_wide_negative(b, n, w);

	if (na != nb)
		return na ? -1 : 1;
	return p4e_wide_cmp(a, b, n);
}

/* a >> s on int<W>, the sign shifted in: ~(~a >> s) for a negative a. r
 * may be a. */
static __always_inline void p4e_wide_sar_const(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u32 s)
{
	if (!p4e_wide_negative(a, n, w)) {
		p4e_wide_shr_const(r, a, n, s);
		return;
	}
	p4e_wide_not(r, a, n, w);
	p4e_wide_shr_const(r, r, n, s);
	p4e_wide_not(r, r, n, w);
}

static __always_inline void p4e_wide_sar(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s)
{
	if (!p4e_wide_negative(a, n, w)) {
		p4e_wide_shr(r, a, n, w, s);
		return;
	}
	p4e_wide_not(r, a, n, w);
	p4e_wide_shr(r, r, n, w, s);
	p4e_wide_not(r, r, n, w);
}

/* r holds an int<from> in its low bits, zero above: sign-extends it to
 * int<W>. */
static __always_inline void p4e_wide_sext(__u8 *r, __u32 n, __u32 w, __u32 from)
{
	__u32 j;

	if (!((r[n - 1 - (from - 1) / 8] >> ((from - 1) % 8)) & 1))
		return;
#pragma unroll
	for (j = 0; j < n; j++)
		if (8 * j + 8 > from)
			r[n - 1 - j] |= 8 * j >= from ? 0xff : (__u8)(0xff << (from - 8 * j));
	p4e_wide_mask(r, n, w);
}

#endif
