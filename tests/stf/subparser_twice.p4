/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* subparser_twice.p4: one sub-parser instance applied from two states (each
 * call gets its own copy of the callee's states), with a value set of the
 * sub-parser's own that the control plane fills by its P4 name. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"
parser ports_parser(packet_in packet, inout headers_t hdr) {
    value_set<bit<16>>(4) special;
    state start {
        packet.extract(hdr.ports);
        transition select(hdr.ports.dst_port) { special: reject; default: accept; }
    }
}
parser prs(packet_in packet, out headers_t hdr) {
    ports_parser() ports;
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) { 0x0800: v4; 0x0801: v4b; default: accept; }
    }
    state v4 { packet.extract(hdr.ipv4); ports.apply(packet, hdr); transition accept; }
    state v4b { packet.extract(hdr.ipv4); ports.apply(packet, hdr); transition accept; }
}
control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply { xout.output_port = 0; xout.output_action = xdp_action.XDP_PASS; }
}
xdp(prs(), ctl(), common_deparser()) main;
