/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* firewall.p4: a stateless IPv4 firewall as an ebpfFilter. Packets pass only
 * when an allow rule matches their source prefix, protocol and destination
 * port; everything that is not IPv4 passes untouched. Rejected packets are
 * counted per rule. */
#include <ebpf_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
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

/* The first four bytes of TCP and UDP headers alike. */
header ports_t {
    bit<16> src_port;
    bit<16> dst_port;
}

struct headers_t {
    ethernet_t ethernet;
    ipv4_t ipv4;
    ports_t ports;
}

const bit<8> PROTO_TCP = 6;
const bit<8> PROTO_UDP = 17;

parser fw_parser(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }

    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        verify(hdr.ipv4.ihl == 5, error.HeaderTooShort);
        transition select(hdr.ipv4.protocol) {
            PROTO_TCP &&& 0xFF: parse_ports;
            PROTO_UDP: parse_ports;
            default: accept;
        }
    }

    state parse_ports {
        packet.extract(hdr.ports);
        transition accept;
    }
}

control fw_filter(inout headers_t hdr, out bool accept) {
    CounterArray(32w64, false) rejected;

    action allow() {
        accept = true;
    }

    action deny(bit<32> rule) {
        accept = false;
        rejected.increment(rule);
    }

    table rules {
        key = {
            hdr.ipv4.src_addr : ternary;
            hdr.ipv4.protocol : ternary;
            hdr.ports.dst_port : ternary;
        }
        actions = { allow; deny; }
        default_action = deny(0);
        implementation = hash_table(1024);
        /* Const entries match in the order written: the first has the highest priority. */
        const entries = {
            (0x0A000000 &&& 0xFF000000, PROTO_TCP, 22) : allow();
            (_, PROTO_UDP, 53) : allow();
        }
    }

    apply {
        accept = true;
        if (hdr.ipv4.isValid()) {
            rules.apply();
        }
    }
}

ebpfFilter(fw_parser(), fw_filter()) main;
