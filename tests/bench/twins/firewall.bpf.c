/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* firewall.bpf.c: examples/firewall/firewall.p4 written by hand in eBPF C,
 * the twin of the generated firewall (tests/bench/backend_bench.sh). It
 * keeps the generated program's maps, so the same description (and its
 * const entries) loads both: a ternary table on (source, protocol,
 * destination port) searched by masks (runtime/ABI.md 3.4), allow or
 * deny(rule) with a per-rule counter, deny(0) by default; packets that are
 * not IPv4 pass; IPv4 with options or a short packet is dropped. */
#include "p4e.h"

#define P4E_NO_OUT_MAP
#define ACT_allow 1
#define ACT_deny 2

struct rules_key {
	__u32 mask_id;
	__u32 src;
	__u8 proto;
	__u16 dport;
};

struct rules_value {
	__u32 action;
	__u32 priority;
	__u32 rule;
};

P4E_TERNARY_TABLE(fw_filter_rules, struct rules_key, struct rules_value, 1024, 32);
P4E_DEFAULT_ACTION(fw_filter_rules, struct rules_value);
P4E_COUNTER_ARRAY(fw_filter_rejected, 64);

SEC("tc")
int firewall_prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	__u8 *ip = data + 14;
	struct rules_key key = {0}, scratch;
	struct rules_value *v;
	__u32 zero = 0;

	if (data + 14 > data_end)
		return TC_ACT_SHOT;
	if (*(__u16 *)(data + 12) != bpf_htons(0x0800))
		return TC_ACT_OK;
	if ((void *)(ip + 20) > data_end || (ip[0] & 0xf) != 5)
		return TC_ACT_SHOT;
	key.src = bpf_ntohl(*(__u32 *)(ip + 12));
	key.proto = ip[9];
	if (key.proto == 6 || key.proto == 17) {
		if ((void *)(ip + 24) > data_end)
			return TC_ACT_SHOT;
		key.dport = bpf_ntohs(*(__u16 *)(ip + 22));
	}
	v = p4e_ternary_match(&fw_filter_rules, &fw_filter_rules_masks, &key, &scratch, sizeof(key),
			      P4E_MAX_ENTRIES(fw_filter_rules_masks));
	if (!v)
		v = bpf_map_lookup_elem(&fw_filter_rules_defaultAction, &zero);
	if (v && v->action == ACT_deny) {
		p4e_counter_add(&fw_filter_rejected, v->rule, 1);
		return TC_ACT_SHOT;
	}
	return TC_ACT_OK;
}

char _license[] SEC("license") = "GPL";
