/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* router.bpf.c: examples/router/router.p4 written by hand in eBPF C, the
 * twin of the generated router (tests/bench/backend_bench.sh). It keeps the
 * generated program's maps (names, key and value layouts) so that the same
 * description loads both and the same routes go into both: an LPM trie on
 * the destination, forward(src_mac, dst_mac, ifindex) or drop, drop on a
 * miss, a full header checksum after forwarding, and a redirect. */
#include "p4e.h"

#define ACT_drop 1
#define ACT_forward 2

struct route_key {
	__u32 prefixlen;
	__be32 dst;
};

struct route {
	__u32 action;
	__u32 priority;
	__u64 src_mac;
	__u64 dst_mac;
	__u32 ifindex;
};

P4E_LPM_TABLE(rt_control_routes, struct route_key, struct route, 4096);
P4E_DEFAULT_ACTION(rt_control_routes, struct route);

static __always_inline void store_mac(__u8 *p, __u64 mac)
{
	*(__u16 *)p = bpf_htons((__u16)(mac >> 32));
	*(__u32 *)(p + 2) = bpf_htonl((__u32)mac);
}

SEC("xdp")
int router_prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 *eth = data;
	__u8 *ip = data + 14;
	struct route_key key;
	struct route *r;
	__u32 zero = 0, sum = 0;
	int i;

	if ((void *)(eth + 14) > data_end)
		return XDP_DROP;
	if (*(__u16 *)(eth + 12) != bpf_htons(0x0800))
		return XDP_PASS;
	if ((void *)(ip + 20) > data_end)
		return XDP_DROP;
	if (ip[8] <= 1)
		return XDP_PASS;
	key.prefixlen = 32;
	key.dst = *(__be32 *)(ip + 16);
	r = bpf_map_lookup_elem(&rt_control_routes, &key);
	if (!r || !r->action)
		r = bpf_map_lookup_elem(&rt_control_routes_defaultAction, &zero);
	if (!r || r->action != ACT_forward)
		return r && r->action == ACT_drop ? XDP_DROP : XDP_PASS;
	store_mac(eth, r->dst_mac);
	store_mac(eth + 6, r->src_mac);
	ip[8]--;
	/* The header checksum from scratch, as ebpf_ipv4_checksum() does. */
	*(__u16 *)(ip + 10) = 0;
#pragma unroll
	for (i = 0; i < 10; i++)
		sum += ((__u16 *)ip)[i];
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	*(__u16 *)(ip + 10) = (__u16)~sum;
	return (int)p4e_redirect(r->ifindex);
}

char _license[] SEC("license") = "GPL";
