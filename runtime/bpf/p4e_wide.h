/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e_wide.h: P4 arithmetic on bit<W> values wider than 64 bits.
 *
 * Such values are byte arrays of n = (W + 7) / 8 bytes, most significant
 * first (runtime/ABI.md, 2), with the 8n - W high bits of the first byte
 * zero. Every helper takes n (and W where the result is masked) as
 * constants of the generated code, so after inlining each loop has a fixed
 * trip count and unrolls to straight-line code on constant stack offsets:
 * the verifier sees no variable indexes. Results go to a separate array
 * `r` that may not overlap the operands unless a helper says so. */
#ifndef P4E_WIDE_H
#define P4E_WIDE_H

#include <linux/types.h>
#include <bpf/bpf_helpers.h>

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

static __always_inline void p4e_wide_shl(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s)
{
	__u32 k;

	if (s >= w) {
#pragma unroll
		for (k = 0; k < n; k++)
			r[k] = 0;
		return;
	}
	p4e_wide_copy(r, a, n);
#pragma unroll
	for (k = 0; k < P4E_WIDE_SHIFT_STAGES; k++) {
		if ((1U << k) >= 8 * n)
			break;
		if (s & (1U << k))
			p4e_wide_shl_const(r, r, n, w, 1U << k);
	}
}

static __always_inline void p4e_wide_shr(__u8 *r, const __u8 *a, __u32 n, __u32 w, __u64 s)
{
	__u32 k;

	if (s >= w) {
#pragma unroll
		for (k = 0; k < n; k++)
			r[k] = 0;
		return;
	}
	p4e_wide_copy(r, a, n);
#pragma unroll
	for (k = 0; k < P4E_WIDE_SHIFT_STAGES; k++) {
		if ((1U << k) >= 8 * n)
			break;
		if (s & (1U << k))
			p4e_wide_shr_const(r, r, n, 1U << k);
	}
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

#endif
