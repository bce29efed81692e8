/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lookahead.p4: the parser peeks at the IP version with lookahead<bit<4>>
 * before extracting anything, whatever the EtherType says; an ebpfFilter
 * that passes IPv4 and IPv6 and drops the rest. */
#include <ebpf_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header ip_start_t {
    bit<4> version;
    bit<4> rest;
}

struct headers_t {
    ethernet_t ethernet;
    ip_start_t ip;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(packet.lookahead<bit<4>>()) {
            4: ip;
            6: ip;
            default: reject;
        }
    }
    state ip {
        packet.extract(hdr.ip);
        transition accept;
    }
}

control ctl(inout headers_t hdr, out bool accept) {
    apply {
        accept = hdr.ip.isValid();
    }
}

ebpfFilter(prs(), ctl()) main;
