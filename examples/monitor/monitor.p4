/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* monitor.p4: a passive traffic monitor as an ebpfFilter. Every packet
 * passes; packets are counted by EtherType class and IPv4 packets by
 * protocol, in counters the control plane reads by name. */
#include <ebpf_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header vlan_t {
    bit<3> pcp;
    bit<1> dei;
    bit<12> vid;
    bit<16> ether_type;
}

header ipv4_t {
    bit<4> version;
    bit<4> ihl;
    bit<8> diffserv;
    bit<16> total_len;
    bit<16> identification;
    bit<3> flags;
    bit<13> frag_offset;
    bit<8> ttl;
    bit<8> protocol;
    bit<16> hdr_checksum;
    bit<32> src_addr;
    bit<32> dst_addr;
}

struct headers_t {
    ethernet_t ethernet;
    vlan_t[2] vlan;
    ipv4_t ipv4;
}

enum bit<32> traffic_class_t {
    OTHER = 0,
    IPV4 = 1,
    ARP = 2,
    IPV6 = 3
}

parser mon_parser(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x8100 .. 0x8100: parse_vlan;
            0x0800: parse_ipv4;
            default: accept;
        }
    }

    state parse_vlan {
        packet.extract(hdr.vlan.next);
        transition select(hdr.vlan.last.ether_type) {
            0x8100: parse_vlan;
            0x0800: parse_ipv4;
            default: accept;
        }
    }

    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition accept;
    }
}

control mon_filter(inout headers_t hdr, out bool accept) {
    CounterArray(32w4, false) by_class;
    CounterArray(32w256, true) by_protocol;

    apply {
        accept = true;
        /* The EtherType after the VLAN tags (`last` exists only in parsers). */
        bit<16> ether_type = hdr.ethernet.ether_type;
        if (hdr.vlan[1].isValid()) {
            ether_type = hdr.vlan[1].ether_type;
        } else if (hdr.vlan[0].isValid()) {
            ether_type = hdr.vlan[0].ether_type;
        }
        traffic_class_t class = traffic_class_t.OTHER;
        switch (ether_type) {
            0x0800: { class = traffic_class_t.IPV4; }
            0x0806: { class = traffic_class_t.ARP; }
            0x86DD: { class = traffic_class_t.IPV6; }
            default: { }
        }
        by_class.increment((bit<32>)class);
        if (hdr.ipv4.isValid()) {
            by_protocol.add((bit<32>)hdr.ipv4.protocol, 1);
        }
    }
}

ebpfFilter(mon_parser(), mon_filter()) main;
