/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* err_value_set_size.p4: the parser scans a value set's slots in a loop
 * bounded by its size, which the eBPF backend limits to 64. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

parser prs(packet_in packet, out headers_t hdr) {
    value_set<bit<16>>(65) ether_types;

    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            ether_types: reject;
            default: accept;
        }
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
    }
}

xdp(prs(), ctl(), common_deparser()) main;
