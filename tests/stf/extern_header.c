/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* extern_header.c: fold_ipv4() for extern_header.p4, as `p4c-ebpf
 * --emit-externs` declares it: struct ipv4_t is the generated header type. */
static __always_inline __u16 fold_ipv4(const struct ipv4_t *ip)
{
	return (__u16)(ip->src_addr >> 16) ^ (__u16)ip->src_addr ^ (__u16)(ip->dst_addr >> 16) ^
	       (__u16)ip->dst_addr;
}
