/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* filter_tc.bpf.c: hand-written as the eBPF backend will generate it, for
 * an ebpfFilter on TC (filter_tc.json describes it):
 *
 *   control pipe(inout Headers_t headers, out bool pass) {
 *       CounterArray(32w256, false) by_proto;
 *       action Reject() { pass = false; }
 *       table Check_src_ip {           // exact, hash_table(1024)
 *           key = { headers.ipv4.srcAddr : exact; }
 *           actions = { Reject; NoAction; }
 *           const default_action = NoAction();
 *       }
 *       table Check_mac {              // exact on two fields, size 64
 *           key = { headers.ethernet.srcAddr : exact; headers.ethernet.etherType : exact; }
 *           actions = { Reject; NoAction; }
 *           default_action = NoAction();
 *       }
 *       table dscp {                   // array_table(256)
 *           key = { headers.ipv4.diffserv : exact; }
 *           actions = { Reject; NoAction; }
 *           default_action = NoAction();
 *       }
 *       apply {
 *           pass = true;
 *           Check_mac.apply();
 *           if (headers.ipv4.isValid()) {
 *               by_proto.increment((bit<32>)headers.ipv4.protocol);
 *               Check_src_ip.apply();
 *               dscp.apply();
 *           }
 *       }
 *   }
 *
 * The parser accepts Ethernet, then IPv4 with ihl == 5; a short packet is
 * rejected, which drops it. */
#include "p4e.h"

/* Action ids (ABI.md 1.2): the program's action numbers plus one. */
#define ACT_NoAction 1
#define ACT_pipe_Reject 2

struct Ethernet_h {
	__u64 dstAddr;   /* bit<48> */
	__u64 srcAddr;   /* bit<48> */
	__u16 etherType; /* bit<16> */
	__u8 ebpf_valid;
};

struct IPv4_h {
	__u8 version;        /* bit<4> */
	__u8 ihl;            /* bit<4> */
	__u8 diffserv;       /* bit<8> */
	__u16 totalLen;      /* bit<16> */
	__u16 identification;
	__u8 flags;          /* bit<3> */
	__u16 fragOffset;    /* bit<13> */
	__u8 ttl;
	__u8 protocol;
	__u16 hdrChecksum;
	__u32 srcAddr;
	__u32 dstAddr;
	__u8 ebpf_valid;
};

struct Headers_t {
	struct Ethernet_h ethernet;
	struct IPv4_h ipv4;
};

struct pipe_Check_src_ip_key {
	__u32 field0; /* headers.ipv4.srcAddr */
};

struct pipe_Check_mac_key {
	__u64 field0; /* headers.ethernet.srcAddr: bit<48> */
	__u16 field1; /* headers.ethernet.etherType */
};

/* All three tables share the actions, hence one value layout each. */
struct pipe_value {
	__u32 action;
	__u32 priority;
	union {
		struct {
		} pipe_Reject;
	} u;
};

P4E_EXACT_TABLE(pipe_Check_src_ip, struct pipe_Check_src_ip_key, struct pipe_value, 1024);
P4E_DEFAULT_ACTION(pipe_Check_src_ip, struct pipe_value);
P4E_EXACT_TABLE(pipe_Check_mac, struct pipe_Check_mac_key, struct pipe_value, 64);
P4E_DEFAULT_ACTION(pipe_Check_mac, struct pipe_value);
P4E_ARRAY_TABLE(pipe_dscp, struct pipe_value, 256);
P4E_DEFAULT_ACTION(pipe_dscp, struct pipe_value);
P4E_COUNTER_ARRAY(pipe_by_proto, 256);

/* Runs an action of this control; returns the new `pass`. */
static __always_inline int pipe_run(const struct pipe_value *v, int pass)
{
	if (!v)
		return pass;
	switch (v->action) {
	case ACT_pipe_Reject:
		return 0;
	case ACT_NoAction:
	default:
		return pass;
	}
}

SEC("tc")
int filter_prog(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct Headers_t headers;
	int pass = 1;

	__builtin_memset(&headers, 0, sizeof(headers));

	/* parser prs: state start */
	if (data + 14 > data_end)
		return TC_ACT_SHOT; /* error.PacketTooShort: reject */
	headers.ethernet.dstAddr = p4e_load_u48(data);
	headers.ethernet.srcAddr = p4e_load_u48(data + 6);
	headers.ethernet.etherType = p4e_load_u16(data + 12);
	headers.ethernet.ebpf_valid = 1;
	if (headers.ethernet.etherType == 0x0800) {
		/* state ip */
		void *ip = data + 14;

		if (ip + 20 > data_end)
			return TC_ACT_SHOT;
		headers.ipv4.version = (__u8)p4e_load_bits(ip, 0, 4);
		headers.ipv4.ihl = (__u8)p4e_load_bits(ip, 4, 4);
		headers.ipv4.diffserv = *(__u8 *)(ip + 1);
		headers.ipv4.totalLen = p4e_load_u16(ip + 2);
		headers.ipv4.identification = p4e_load_u16(ip + 4);
		headers.ipv4.flags = (__u8)p4e_load_bits(ip, 48, 3);
		headers.ipv4.fragOffset = (__u16)p4e_load_bits(ip, 51, 13);
		headers.ipv4.ttl = *(__u8 *)(ip + 8);
		headers.ipv4.protocol = *(__u8 *)(ip + 9);
		headers.ipv4.hdrChecksum = p4e_load_u16(ip + 10);
		headers.ipv4.srcAddr = p4e_load_u32(ip + 12);
		headers.ipv4.dstAddr = p4e_load_u32(ip + 16);
		headers.ipv4.ebpf_valid = 1;
		if (headers.ipv4.ihl != 5)
			return TC_ACT_SHOT; /* verify(ihl == 5, error.HeaderTooShort) */
	}

	/* control pipe */
	{
		struct pipe_Check_mac_key k;

		__builtin_memset(&k, 0, sizeof(k));
		k.field0 = headers.ethernet.srcAddr;
		k.field1 = headers.ethernet.etherType;
		pass = pipe_run(p4e_exact_lookup(pipe_Check_mac, &k, NULL), pass);
	}
	if (headers.ipv4.ebpf_valid) {
		struct pipe_Check_src_ip_key k;
		__u32 idx;

		p4e_counter_add(&pipe_by_proto, headers.ipv4.protocol, 1);
		__builtin_memset(&k, 0, sizeof(k));
		k.field0 = headers.ipv4.srcAddr;
		pass = pipe_run(p4e_table_lookup(&pipe_Check_src_ip, &k,
						 &pipe_Check_src_ip_defaultAction, NULL),
				pass);
		idx = headers.ipv4.diffserv;
		pass = pipe_run(p4e_table_lookup(&pipe_dscp, &idx, &pipe_dscp_defaultAction, NULL),
				pass);
	}
	return P4E_TC_VERDICT(pass);
}

char _license[] SEC("license") = "GPL";
