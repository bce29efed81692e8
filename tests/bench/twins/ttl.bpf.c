/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ttl.bpf.c: examples/ttl/ttl.p4 written by hand in eBPF C, the way one
 * would without a compiler: the twin the generated code is measured
 * against (tests/bench/backend_bench.sh). Same behaviour: IPv4 packets get
 * TTL - 1 and an RFC 1624 checksum update, TTL <= 1 drops, a packet too
 * short for its headers drops, everything else passes. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int ttl_prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = data + sizeof(*eth);
	__u32 sum;
	__u16 old;

	if ((void *)(eth + 1) > data_end)
		return XDP_DROP;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	if ((void *)(ip + 1) > data_end)
		return XDP_DROP;
	if (ip->ttl <= 1)
		return XDP_DROP;
	/* TTL and protocol share a checksum word: HC' = ~(~HC + ~m + m'). */
	old = *(__u16 *)&ip->ttl;
	ip->ttl--;
	sum = (__u16)~ip->check;
	sum += (__u16)~old;
	sum += *(__u16 *)&ip->ttl;
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	ip->check = (__u16)~sum;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
