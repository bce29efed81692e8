/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* router_xdp.bpf.c: hand-written as the eBPF backend will generate it, for
 * xdp_model's xdp package (router_xdp.json describes it):
 *
 *   control rt_control(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
 *       CounterArray(32w5, false) stats;        // by output_action
 *       action drop() { xout.output_action = XDP_DROP; }
 *       action forward(bit<48> src_mac, bit<48> dst_mac, bit<32> ifindex) {
 *           hdr.ethernet.src_addr = src_mac; hdr.ethernet.dst_addr = dst_mac;
 *           hdr.ipv4.hdr_checksum = csum_replace2(hdr.ipv4.hdr_checksum,
 *                                                  hdr.ipv4.ttl ++ hdr.ipv4.protocol,
 *                                                  (hdr.ipv4.ttl - 1) ++ hdr.ipv4.protocol);
 *           hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
 *           xout.output_port = ifindex; xout.output_action = XDP_REDIRECT;
 *       }
 *       action snat(bit<32> new_src, bit<32> ifindex) {
 *           hdr.ipv4.src_addr = new_src; hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
 *           hdr.ipv4.hdr_checksum = 0;
 *           hdr.ipv4.hdr_checksum = ebpf_ipv4_checksum(...all fields...);
 *           xout.output_port = ifindex; xout.output_action = XDP_REDIRECT;
 *       }
 *       action bounce() { swap the MAC addresses; xout.output_action = XDP_TX; }
 *       table routes {
 *           key = { hdr.ipv4.dst_addr : lpm; }
 *           actions = { forward; bounce; drop; }
 *           default_action = drop();
 *           size = 4096;
 *       }
 *       table port_routes {
 *           key = { hdr.ipv4.dst_addr : lpm; xin.input_port : exact; }
 *           actions = { snat; drop; NoAction; }
 *           default_action = NoAction();
 *           size = 256;
 *       }
 *       apply {
 *           xout.output_port = 0; xout.output_action = XDP_PASS;
 *           if (hdr.ipv4.isValid() && hdr.ipv4.ttl > 1) {
 *               if (!port_routes.apply().hit) routes.apply();
 *           }
 *           stats.increment((bit<32>)xout.output_action);
 *       }
 *   }
 *
 * The deparser emits Ethernet and IPv4 back, field by field. */
#include "p4e.h"

#define ACT_NoAction 1
#define ACT_rt_control_drop 2
#define ACT_rt_control_forward 3
#define ACT_rt_control_snat 4
#define ACT_rt_control_bounce 5

struct ethernet_t {
	__u64 dst_addr;
	__u64 src_addr;
	__u16 ether_type;
	__u8 ebpf_valid;
};

struct ipv4_t {
	__u8 version;
	__u8 ihl;
	__u8 diffserv;
	__u16 total_len;
	__u16 identification;
	__u8 flags;
	__u16 frag_offset;
	__u8 ttl;
	__u8 protocol;
	__u16 hdr_checksum;
	__u32 src_addr;
	__u32 dst_addr;
	__u8 ebpf_valid;
};

struct headers_t {
	struct ethernet_t ethernet;
	struct ipv4_t ipv4;
};

struct xdp_output {
	__u32 output_action;
	__u32 output_port;
};

/* lpm keys: prefixlen, then the exact fields, then the lpm field; big-endian. */
struct rt_control_routes_key {
	__u32 prefixlen;
	__be32 field0; /* hdr.ipv4.dst_addr: lpm */
};

struct rt_control_port_routes_key {
	__u32 prefixlen;
	__be32 field1; /* xin.input_port: exact */
	__be32 field0; /* hdr.ipv4.dst_addr: lpm */
};

struct rt_control_value {
	__u32 action;
	__u32 priority;
	union {
		struct {
			__u64 src_mac;
			__u64 dst_mac;
			__u32 ifindex;
		} rt_control_forward;
		struct {
			__u32 new_src;
			__u32 ifindex;
		} rt_control_snat;
	} u;
};

P4E_LPM_TABLE(rt_control_routes, struct rt_control_routes_key, struct rt_control_value, 4096);
P4E_DEFAULT_ACTION(rt_control_routes, struct rt_control_value);
P4E_LPM_TABLE(rt_control_port_routes, struct rt_control_port_routes_key, struct rt_control_value,
	      256);
P4E_DEFAULT_ACTION(rt_control_port_routes, struct rt_control_value);
P4E_COUNTER_ARRAY(rt_control_stats, 5);

static __always_inline void rt_control_run(const struct rt_control_value *v,
					   struct headers_t *hdr, struct xdp_output *xout)
{
	__u64 mac;

	if (!v)
		return;
	switch (v->action) {
	case ACT_rt_control_drop:
		xout->output_action = XDP_DROP;
		break;
	case ACT_rt_control_forward:
		hdr->ethernet.src_addr = v->u.rt_control_forward.src_mac;
		hdr->ethernet.dst_addr = v->u.rt_control_forward.dst_mac;
		hdr->ipv4.hdr_checksum = p4e_csum_replace2(
			hdr->ipv4.hdr_checksum, (__u16)(hdr->ipv4.ttl << 8 | hdr->ipv4.protocol),
			(__u16)((__u8)(hdr->ipv4.ttl - 1) << 8 | hdr->ipv4.protocol));
		hdr->ipv4.ttl = hdr->ipv4.ttl - 1;
		xout->output_port = v->u.rt_control_forward.ifindex;
		xout->output_action = XDP_REDIRECT;
		break;
	case ACT_rt_control_snat:
		hdr->ipv4.src_addr = v->u.rt_control_snat.new_src;
		hdr->ipv4.ttl = hdr->ipv4.ttl - 1;
		hdr->ipv4.hdr_checksum = 0;
		hdr->ipv4.hdr_checksum = p4e_ipv4_checksum(
			hdr->ipv4.version, hdr->ipv4.ihl, hdr->ipv4.diffserv, hdr->ipv4.total_len,
			hdr->ipv4.identification, hdr->ipv4.flags, hdr->ipv4.frag_offset,
			hdr->ipv4.ttl, hdr->ipv4.protocol, hdr->ipv4.src_addr, hdr->ipv4.dst_addr);
		xout->output_port = v->u.rt_control_snat.ifindex;
		xout->output_action = XDP_REDIRECT;
		break;
	case ACT_rt_control_bounce:
		mac = hdr->ethernet.src_addr;
		hdr->ethernet.src_addr = hdr->ethernet.dst_addr;
		hdr->ethernet.dst_addr = mac;
		xout->output_action = XDP_TX;
		break;
	default:
		break;
	}
}

SEC("xdp")
int router_prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct headers_t hdr;
	struct xdp_output xout;
	__u32 input_port = ctx->ingress_ifindex;
	void *ip = data + 14;

	__builtin_memset(&hdr, 0, sizeof(hdr));

	/* parser rt_parser */
	if (data + 14 > data_end)
		return XDP_ABORTED;
	hdr.ethernet.dst_addr = p4e_load_u48(data);
	hdr.ethernet.src_addr = p4e_load_u48(data + 6);
	hdr.ethernet.ether_type = p4e_load_u16(data + 12);
	hdr.ethernet.ebpf_valid = 1;
	if (hdr.ethernet.ether_type == 0x0800) {
		if (ip + 20 > data_end)
			return XDP_ABORTED;
		hdr.ipv4.version = (__u8)p4e_load_bits(ip, 0, 4);
		hdr.ipv4.ihl = (__u8)p4e_load_bits(ip, 4, 4);
		hdr.ipv4.diffserv = *(__u8 *)(ip + 1);
		hdr.ipv4.total_len = p4e_load_u16(ip + 2);
		hdr.ipv4.identification = p4e_load_u16(ip + 4);
		hdr.ipv4.flags = (__u8)p4e_load_bits(ip, 48, 3);
		hdr.ipv4.frag_offset = (__u16)p4e_load_bits(ip, 51, 13);
		hdr.ipv4.ttl = *(__u8 *)(ip + 8);
		hdr.ipv4.protocol = *(__u8 *)(ip + 9);
		hdr.ipv4.hdr_checksum = p4e_load_u16(ip + 10);
		hdr.ipv4.src_addr = p4e_load_u32(ip + 12);
		hdr.ipv4.dst_addr = p4e_load_u32(ip + 16);
		hdr.ipv4.ebpf_valid = 1;
	}

	/* control rt_control */
	xout.output_port = 0;
	xout.output_action = XDP_PASS;
	if (hdr.ipv4.ebpf_valid && hdr.ipv4.ttl > 1) {
		struct rt_control_port_routes_key pk;
		int hit;

		__builtin_memset(&pk, 0, sizeof(pk));
		pk.prefixlen = P4E_LPM_FULL(struct rt_control_port_routes_key);
		pk.field0 = bpf_htonl(hdr.ipv4.dst_addr);
		pk.field1 = bpf_htonl(input_port);
		rt_control_run(p4e_table_lookup(&rt_control_port_routes, &pk,
						&rt_control_port_routes_defaultAction, &hit),
			       &hdr, &xout);
		if (!hit) {
			struct rt_control_routes_key rk;

			__builtin_memset(&rk, 0, sizeof(rk));
			rk.field0 = bpf_htonl(hdr.ipv4.dst_addr);
			rt_control_run(p4e_lpm_lookup(rt_control_routes, &rk, NULL), &hdr, &xout);
		}
	}
	p4e_counter_add(&rt_control_stats, xout.output_action, 1);

	/* deparser: the packet did not change size, so the parser's checks still hold */
	if (data + 14 > data_end)
		return XDP_ABORTED;
	p4e_store_u48(data, hdr.ethernet.dst_addr);
	p4e_store_u48(data + 6, hdr.ethernet.src_addr);
	p4e_store_u16(data + 12, hdr.ethernet.ether_type);
	if (hdr.ipv4.ebpf_valid) {
		if (ip + 20 > data_end)
			return XDP_ABORTED;
		p4e_store_bits(ip, 0, 4, hdr.ipv4.version);
		p4e_store_bits(ip, 4, 4, hdr.ipv4.ihl);
		*(__u8 *)(ip + 1) = hdr.ipv4.diffserv;
		p4e_store_u16(ip + 2, hdr.ipv4.total_len);
		p4e_store_u16(ip + 4, hdr.ipv4.identification);
		p4e_store_bits(ip, 48, 3, hdr.ipv4.flags);
		p4e_store_bits(ip, 51, 13, hdr.ipv4.frag_offset);
		*(__u8 *)(ip + 8) = hdr.ipv4.ttl;
		*(__u8 *)(ip + 9) = hdr.ipv4.protocol;
		p4e_store_u16(ip + 10, hdr.ipv4.hdr_checksum);
		p4e_store_u32(ip + 12, hdr.ipv4.src_addr);
		p4e_store_u32(ip + 16, hdr.ipv4.dst_addr);
	}

	if (xout.output_action == XDP_REDIRECT)
		return (int)p4e_redirect(xout.output_port);
	return (int)xout.output_action;
}

char _license[] SEC("license") = "GPL";
