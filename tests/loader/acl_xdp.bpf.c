/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* acl_xdp.bpf.c: hand-written as the eBPF backend will generate it, for an
 * ebpfFilter put on XDP (acl_xdp.json describes it):
 *
 *   control fw_filter(inout headers_t hdr, out bool accept) {
 *       CounterArray(32w1024, true) rejected;            // sparse
 *       action allow() { accept = true; }
 *       action deny(bit<32> rule) { accept = false; rejected.increment(rule); }
 *       table rules {                                     // ternary: tuple-space search
 *           key = {
 *               hdr.ipv4.src_addr  : lpm;
 *               hdr.ipv4.dst_addr  : ternary;
 *               hdr.ipv4.protocol  : ternary;
 *               hdr.ports.dst_port : ternary;
 *           }
 *           actions = { allow; deny; }
 *           default_action = deny(0);
 *           implementation = hash_table(1024);
 *           entries = { priority = 1: (_, _, 17, 53) : allow(); }
 *       }
 *       table port_ranges {                               // ternary: range fields
 *           key = {
 *               hdr.ports.dst_port : range;
 *               hdr.ports.src_port : range;
 *           }
 *           actions = { allow; deny; }
 *           default_action = allow();
 *       }                                                 // max_masks 6 (not 64), to fill it
 *       apply {
 *           accept = true;
 *           if (hdr.ipv4.isValid()) rules.apply();
 *           if (accept && hdr.ports.isValid()) port_ranges.apply();
 *       }
 *   }
 *
 * The parser reads Ethernet, IPv4 and, for TCP and UDP, the two ports. */
/* An ebpfFilter never redirects: no p4e_out map. */
#define P4E_NO_OUT_MAP
#include "p4e.h"

#define ACT_fw_filter_allow 1
#define ACT_fw_filter_deny 2

struct headers_t {
	struct {
		__u16 ether_type;
		__u8 ebpf_valid;
	} ethernet;
	struct {
		__u8 ihl;
		__u8 protocol;
		__u32 src_addr;
		__u32 dst_addr;
		__u8 ebpf_valid;
	} ipv4;
	struct {
		__u16 src_port;
		__u16 dst_port;
		__u8 ebpf_valid;
	} ports;
};

/* ternary keys: the mask id, then the fields in P4 order, host order. */
struct fw_filter_rules_key {
	__u32 mask_id;
	__u32 field0; /* hdr.ipv4.src_addr: lpm */
	__u32 field1; /* hdr.ipv4.dst_addr: ternary */
	__u8 field2;  /* hdr.ipv4.protocol: ternary */
	__u16 field3; /* hdr.ports.dst_port: ternary */
};

struct fw_filter_rules_value {
	__u32 action;
	__u32 priority;
	union {
		struct {
			__u32 rule;
		} fw_filter_deny;
	} u;
};

P4E_TERNARY_TABLE(fw_filter_rules, struct fw_filter_rules_key, struct fw_filter_rules_value, 1024,
		  32);
P4E_DEFAULT_ACTION(fw_filter_rules, struct fw_filter_rules_value);

struct fw_filter_port_ranges_key {
	__u32 mask_id;
	__u16 field0; /* hdr.ports.dst_port: range */
	__u16 field1; /* hdr.ports.src_port: range */
};

P4E_TERNARY_TABLE(fw_filter_port_ranges, struct fw_filter_port_ranges_key,
		  struct fw_filter_rules_value, 1024, 6);
P4E_DEFAULT_ACTION(fw_filter_port_ranges, struct fw_filter_rules_value);
P4E_COUNTER_HASH(fw_filter_rejected, 1024);

SEC("xdp")
int acl_prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct headers_t hdr;
	int accept = 1;

	__builtin_memset(&hdr, 0, sizeof(hdr));
	if (data + 14 > data_end)
		return XDP_DROP;
	hdr.ethernet.ether_type = p4e_load_u16(data + 12);
	hdr.ethernet.ebpf_valid = 1;
	if (hdr.ethernet.ether_type == 0x0800) {
		void *ip = data + 14;

		if (ip + 20 > data_end)
			return XDP_DROP;
		hdr.ipv4.ihl = (__u8)p4e_load_bits(ip, 4, 4);
		hdr.ipv4.protocol = *(__u8 *)(ip + 9);
		hdr.ipv4.src_addr = p4e_load_u32(ip + 12);
		hdr.ipv4.dst_addr = p4e_load_u32(ip + 16);
		hdr.ipv4.ebpf_valid = 1;
		if (hdr.ipv4.protocol == 6 || hdr.ipv4.protocol == 17) {
			void *l4 = ip + 20;

			if (l4 + 4 > data_end)
				return XDP_DROP;
			hdr.ports.src_port = p4e_load_u16(l4);
			hdr.ports.dst_port = p4e_load_u16(l4 + 2);
			hdr.ports.ebpf_valid = 1;
		}
	}

	if (hdr.ipv4.ebpf_valid) {
		struct fw_filter_rules_key k, scratch;
		struct fw_filter_rules_value *v;
		int hit;

		__builtin_memset(&k, 0, sizeof(k));
		k.field0 = hdr.ipv4.src_addr;
		k.field1 = hdr.ipv4.dst_addr;
		k.field2 = hdr.ipv4.protocol;
		k.field3 = hdr.ports.dst_port;
		v = p4e_ternary_lookup(fw_filter_rules, &k, &scratch, &hit);
		if (v) {
			switch (v->action) {
			case ACT_fw_filter_allow:
				accept = 1;
				break;
			case ACT_fw_filter_deny:
				accept = 0;
				p4e_counter_add_sparse(&fw_filter_rejected,
						       v->u.fw_filter_deny.rule, 1);
				break;
			}
		}
	}
	if (accept && hdr.ports.ebpf_valid) {
		struct fw_filter_port_ranges_key k, scratch;
		struct fw_filter_rules_value *v;
		int hit;

		__builtin_memset(&k, 0, sizeof(k));
		k.field0 = hdr.ports.dst_port;
		k.field1 = hdr.ports.src_port;
		v = p4e_ternary_lookup(fw_filter_port_ranges, &k, &scratch, &hit);
		if (v && v->action == ACT_fw_filter_deny)
			accept = 0;
	}
	return P4E_XDP_VERDICT(accept);
}

char _license[] SEC("license") = "GPL";
