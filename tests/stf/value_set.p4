/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* value_set.p4: parser value sets filled by the control plane. EtherTypes
 * in `ether_types` are dropped by the parser; IPv4 packets whose
 * (protocol, ttl) is in `proto_ttl` (a struct, so value and mask per field)
 * get diffserv 1, the others diffserv 2, which the in-place deparser
 * stores back. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

struct proto_ttl_t {
    bit<8> protocol;
    bit<8> ttl;
}

parser prs(packet_in packet, out headers_t hdr) {
    value_set<bit<16>>(4) ether_types;
    value_set<proto_ttl_t>(8) proto_ttl;

    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            ether_types: reject;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition select(hdr.ipv4.protocol, hdr.ipv4.ttl) {
            proto_ttl: in_set;
            default: not_in_set;
        }
    }
    state in_set { hdr.ipv4.diffserv = 1; transition accept; }
    state not_in_set { hdr.ipv4.diffserv = 2; transition accept; }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
    }
}

xdp(prs(), ctl(), common_deparser()) main;
