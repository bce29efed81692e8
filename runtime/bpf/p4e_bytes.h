/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e_bytes.h: byte order and bit fields between packet bytes and the native
 * integers that generated code keeps header fields in (runtime/ABI.md, 2).
 *
 * Packet fields are big-endian; a header field of W <= 64 bits lives in the
 * smallest of __u8/__u16/__u32/__u64 as a native integer. Byte-aligned fields
 * of 8/16/32/64 bits take one load and one byte swap; other widths and bit
 * offsets go through p4e_load_bits()/p4e_store_bits(), which fold to a few
 * shifts when the offset and width are constants, as they are in generated
 * code. All helpers take the byte pointer after the parser's bounds check. */
#ifndef P4E_BYTES_H
#define P4E_BYTES_H

#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

/* Unaligned loads and stores: packet data is only 2-byte aligned after an
 * Ethernet header. BPF allows unaligned packet access where the CPU does
 * (x86, arm64), which is what every kernel that JITs XDP runs on. */
static __always_inline __u16 p4e_load_u16(const void *p)
{
	return bpf_ntohs(*(const __u16 *)p);
}

static __always_inline __u32 p4e_load_u32(const void *p)
{
	return bpf_ntohl(*(const __u32 *)p);
}

static __always_inline __u64 p4e_load_u64(const void *p)
{
	return bpf_be64_to_cpu(*(const __u64 *)p);
}

static __always_inline void p4e_store_u16(void *p, __u16 v)
{
	*(__u16 *)p = bpf_htons(v);
}

static __always_inline void p4e_store_u32(void *p, __u32 v)
{
	*(__u32 *)p = bpf_htonl(v);
}

static __always_inline void p4e_store_u64(void *p, __u64 v)
{
	*(__u64 *)p = bpf_cpu_to_be64(v);
}

/* 48-bit fields (MAC addresses): a 16-bit and a 32-bit load, not six. */
static __always_inline __u64 p4e_load_u48(const void *p)
{
	const __u8 *b = p;

	return ((__u64)p4e_load_u16(b) << 32) | p4e_load_u32(b + 2);
}

static __always_inline void p4e_store_u48(void *p, __u64 v)
{
	__u8 *b = p;

	p4e_store_u16(b, (__u16)(v >> 32));
	p4e_store_u32(b + 2, (__u32)v);
}

/* The low `width` bits set (width 1..64). */
#define P4E_MASK(width) ((width) >= 64 ? ~0ULL : ((1ULL << (width)) - 1))

/* The field of `width` (1..64) bits at bit `bit_off` from `base`, counted
 * from the most significant bit of the first byte as P4 lays headers out. */
static __always_inline __u64 p4e_load_bits(const void *base, __u32 bit_off, __u32 width)
{
	const __u8 *p = (const __u8 *)base + bit_off / 8;
	__u32 lead = bit_off % 8;
	__u32 nbytes = (lead + width + 7) / 8;
	__u32 tail = nbytes * 8 - lead - width;
	__u64 v = 0;
	__u32 i;

	if (nbytes <= 8) {
#pragma unroll
		for (i = 0; i < nbytes; i++)
			v = (v << 8) | p[i];
		return (v >> tail) & P4E_MASK(width);
	}
	/* Nine bytes: a 64-bit field that does not start on a byte. */
#pragma unroll
	for (i = 1; i < 9; i++)
		v = (v << 8) | p[i];
	return ((v >> tail) | ((__u64)p[0] << (64 - tail))) & P4E_MASK(width);
}

/* Writes the low `width` bits of `val` into the field p4e_load_bits() reads,
 * keeping the neighbouring bits of the first and last bytes. */
static __always_inline void p4e_store_bits(void *base, __u32 bit_off, __u32 width, __u64 val)
{
	__u8 *p = (__u8 *)base + bit_off / 8;
	__u32 lead = bit_off % 8;
	__u32 nbytes = (lead + width + 7) / 8;
	__u32 tail = nbytes * 8 - lead - width;
	__u64 v = 0, m;
	__u32 i;

	val &= P4E_MASK(width);
	if (nbytes <= 8) {
#pragma unroll
		for (i = 0; i < nbytes; i++)
			v = (v << 8) | p[i];
		m = P4E_MASK(width) << tail;
		v = (v & ~m) | (val << tail);
#pragma unroll
		for (i = nbytes; i > 0; i--) {
			p[i - 1] = (__u8)v;
			v >>= 8;
		}
		return;
	}
	/* Nine bytes: the first keeps its `lead` high bits, the last its `tail` low bits. */
	p[0] = (p[0] & (__u8)(0xff << (8 - lead))) | (__u8)(val >> (64 - tail));
	p[8] = (p[8] & (__u8)((1u << tail) - 1)) | (__u8)(val << tail);
	v = val >> (8 - tail);
#pragma unroll
	for (i = 7; i > 0; i--) {
		p[i] = (__u8)v;
		v >>= 8;
	}
}

/* Generated code: the layouts NAME.json gives the control plane, checked
 * against the generated structs at compile time. */
#define P4E_SIZE(type, n) _Static_assert(sizeof(type) == (n), #type ": size")
#define P4E_AT(type, member, n) \
	_Static_assert(__builtin_offsetof(type, member) == (n), #type ": " #member)

/* Generated code: a field nothing writes, read in the packet where the parser
 * found it, after checking the header's last byte `end` (clang folds it into
 * the parser's check). Without the header the value is 0: P4 leaves it
 * unspecified. Needs p4e_data and p4e_data_end in scope. */
#define P4E_PKT(end, load) (p4e_data + (end) <= p4e_data_end ? (load) : 0)

/* == on values wider than 64 bits. A loop, not unrolled: clang would merge
 * the bytes into one wide compare, which the BPF target cannot lower. */
static __always_inline int p4e_bytes_equal(const __u8 *a, const __u8 *b, int n)
{
	int i, d = 0;

#pragma clang loop unroll(disable) vectorize(disable)
	for (i = 0; i < n; i++)
		d |= a[i] ^ b[i];
	return d == 0;
}

#endif
