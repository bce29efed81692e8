/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* reflect_tc.bpf.c: a TC program that redirects every packet to its input
 * port + 100 and drops what arrives on port 13; it checks that nfctl test
 * gives TC programs the STF port as __sk_buff.ingress_ifindex and follows
 * TC_ACT_REDIRECT through p4e_out (runtime/ABI.md 3.7, 4). It also keeps
 * the source MAC of the last packet from each port in a register,
 * nf.last_src (bit<48>[16], indexed by the port's low 4 bits). */
#include "p4e.h"

P4E_REGISTER(nf_last_src, __u64, 16);

SEC("tc")
int reflect_prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	__u32 idx = skb->ingress_ifindex & 15;
	__u64 *cell = bpf_map_lookup_elem(&nf_last_src, &idx);

	if (cell && data + 12 <= data_end)
		*cell = p4e_load_u48(data + 6);
	if (skb->ingress_ifindex == 13)
		return TC_ACT_SHOT;
	return (int)p4e_redirect(skb->ingress_ifindex + 100);
}

char _license[] SEC("license") = "GPL";
