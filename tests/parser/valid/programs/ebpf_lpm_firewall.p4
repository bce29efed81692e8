/* programs/ebpf_lpm_firewall.p4: an eBPF filter with a longest-prefix-match
 * table on the destination, a ternary table on the transport ports, a
 * per-flow map of counters, and constant entries. */
#include <core.p4>
#include "../include/ebpf_stub.p4"
#include "../include/common_headers.p4"

struct Headers_t {
    ethernet_h ethernet;
    vlan_h     vlan;
    ipv4_h     ipv4;
    tcp_h      tcp;
    udp_h      udp;
}

struct flow_key_t {
    ipv4_addr_t src;
    ipv4_addr_t dst;
    bit<8>      proto;
}

parser prs(packet_in p, out Headers_t hdr) {
    state start {
        p.extract(hdr.ethernet);
        transition select(hdr.ethernet.etherType) {
            ETHERTYPE_VLAN: parse_vlan;
            ETHERTYPE_IPV4: parse_ipv4;
            default: accept;
        }
    }
    state parse_vlan {
        p.extract(hdr.vlan);
        transition select(hdr.vlan.etherType) {
            ETHERTYPE_IPV4: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        p.extract(hdr.ipv4);
        transition select(hdr.ipv4.ihl, hdr.ipv4.fragOffset, hdr.ipv4.protocol) {
            (5, 0, IP_PROTO_TCP): parse_tcp;
            (5, 0, IP_PROTO_UDP): parse_udp;
            (5 .. 15, _, _): accept;
            default: reject;
        }
    }
    state parse_tcp {
        p.extract(hdr.tcp);
        transition accept;
    }
    state parse_udp {
        p.extract(hdr.udp);
        transition accept;
    }
}

control firewall(inout Headers_t hdr, out bool pass) {
    Map<flow_key_t, bit<64>>(4096) flows;
    bit<16> sport = 0;
    bit<16> dport = 0;

    action permit() { pass = true; }
    action deny() { pass = false; }

    table route {
        key = { hdr.ipv4.dstAddr : lpm; }
        actions = { permit; deny; }
        default_action = deny;
        size = 1024;
    }

    table ports {
        key = {
            hdr.ipv4.protocol : exact;
            sport             : ternary;
            dport             : ternary;
        }
        actions = { permit; deny; }
        const entries = {
            (IP_PROTO_TCP, _, 22)                : deny();
            (IP_PROTO_TCP, _, 0x0000 &&& 0xFC00) : permit();
            (IP_PROTO_UDP, 53, _)                : permit();
            (IP_PROTO_UDP, _, 53)                : permit();
        }
        default_action = permit;
    }

    apply {
        pass = false;
        if (!hdr.ipv4.isValid()) {
            return;
        }
        if (hdr.tcp.isValid()) {
            sport = hdr.tcp.srcPort;
            dport = hdr.tcp.dstPort;
        } else if (hdr.udp.isValid()) {
            sport = hdr.udp.srcPort;
            dport = hdr.udp.dstPort;
        }
        switch (route.apply().action_run) {
            permit: {
                ports.apply();
            }
            deny: {
                return;
            }
        }
        if (pass) {
            flow_key_t key = {
                src = hdr.ipv4.srcAddr,
                dst = hdr.ipv4.dstAddr,
                proto = hdr.ipv4.protocol
            };
            bit<64> seen;
            if (!flows.lookup(key, seen)) {
                seen = 0;
            }
            flows.update(key, seen + 1);
        }
    }
}

ebpfFilter(prs(), firewall()) main;
