/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* p4e_csum.h: Internet checksums for generated code.
 *
 * Values are native 16-bit integers, like every header field generated code
 * holds (runtime/ABI.md, 2): one's-complement sums do not care about byte
 * order as long as every operand has the same one, so a checksum read with
 * p4e_load_u16() is updated with fields read the same way and stored back
 * with p4e_store_u16(). These work in XDP, where bpf_l3_csum_replace() is not
 * available. */
#ifndef P4E_CSUM_H
#define P4E_CSUM_H

#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

/* Folds a 32-bit one's-complement sum into 16 bits. Two folds suffice for
 * any sum of fewer than 65536 16-bit words. */
static __always_inline __u16 p4e_csum_fold(__u32 sum)
{
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return (__u16)sum;
}

/* RFC 1624, eqn. 3: HC' = ~(~HC + ~m + m'), when a 16-bit word of the
 * covered data changes from `old` to `new`. Unlike eqn. 2 of RFC 1141 it
 * never produces 0xffff (-0) from a correct checksum. */
static __always_inline __u16 p4e_csum_replace2(__u16 csum, __u16 old, __u16 new)
{
	__u32 sum = (__u16)~csum;

	sum += (__u16)~old;
	sum += new;
	return (__u16)~p4e_csum_fold(sum);
}

/* The same for a 32-bit field (an IPv4 address): two 16-bit words. */
static __always_inline __u16 p4e_csum_replace4(__u16 csum, __u32 old, __u32 new)
{
	__u32 sum = (__u16)~csum;

	sum += (__u16)~(old >> 16);
	sum += (__u16)~old;
	sum += new >> 16;
	sum += new & 0xffff;
	return (__u16)~p4e_csum_fold(sum);
}

/* xdp_model.p4's ebpf_ipv4_checksum(): the header checksum of an option-less
 * IPv4 header given field by field (the checksum field counts as 0). */
static __always_inline __u16 p4e_ipv4_checksum(__u8 version, __u8 ihl, __u8 diffserv,
					       __u16 total_len, __u16 identification, __u8 flags,
					       __u16 frag_offset, __u8 ttl, __u8 protocol,
					       __u32 src, __u32 dst)
{
	__u32 sum = ((__u32)(version & 0xf) << 12) | ((__u32)(ihl & 0xf) << 8) | diffserv;

	sum += total_len;
	sum += identification;
	sum += ((__u32)(flags & 0x7) << 13) | (frag_offset & 0x1fff);
	sum += ((__u32)ttl << 8) | protocol;
	sum += src >> 16;
	sum += src & 0xffff;
	sum += dst >> 16;
	sum += dst & 0xffff;
	return (__u16)~p4e_csum_fold(sum);
}

/* The sum of the `n` 16-bit words at `p` as they are in the packet: in
 * network order, to be finished by p4e_csum_net(). The caller has checked
 * that they are inside the packet; `n` is a constant, the loop unrolls. */
static __always_inline __u32 p4e_csum_words(const void *p, int n)
{
	const __u16 *w = p;
	__u32 sum = 0;
	int i;

#pragma unroll
	for (i = 0; i < n; i++)
		sum += w[i];
	return sum;
}

/* The checksum of a sum of 16-bit words in network order (fewer than
 * 65536), as a native integer like the header field it goes to. */
static __always_inline __u16 p4e_csum_net(__u32 sum)
{
	/* The sum is made here, not sunk into the deparser's block that
	 * stores the result: its packet loads must come before the
	 * deparser's stores, and every loaded word would stay live (spilled)
	 * across them. */
	barrier_var(sum);
	return bpf_ntohs((__u16)~p4e_csum_fold(sum));
}

/* The header checksum of the IPv4 header at `iph` with `ihl` 32-bit words
 * (5..15), skipping its checksum field. The caller has checked that `ihl`
 * words are inside the packet; `data_end` keeps the verifier convinced for the
 * variable part. Returns the checksum in network order, ready to store. */
static __always_inline __u16 p4e_ipv4_csum_hdr(const void *iph, __u32 ihl, const void *data_end)
{
	const __u16 *w = iph;
	__u32 sum = 0;
	__u32 i;

	/* Unrolled without a break: 30 guarded adds, one bounds check each. */
#pragma unroll
	for (i = 0; i < 30; i++) {
		if (i < ihl * 2 && i != 5 && (const void *)(w + i + 1) <= data_end)
			sum += w[i];
	}
	return (__u16)~p4e_csum_fold(sum);
}

#endif
