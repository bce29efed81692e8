/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* verdicts.p4: every xdp_action from the control: the destination MAC's
 * last byte picks it. TX bounces (swapping MACs), REDIRECT goes to the
 * ifindex in the source port, ABORTED and DROP leave nothing. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        bit<8> pick = hdr.ethernet.dst_addr[7:0];
        if (pick == 1) {
            xout.output_action = xdp_action.XDP_DROP;
        } else if (pick == 2) {
            xout.output_action = xdp_action.XDP_ABORTED;
        } else if (pick == 3) {
            bit<48> t = hdr.ethernet.dst_addr;
            hdr.ethernet.dst_addr = hdr.ethernet.src_addr;
            hdr.ethernet.src_addr = t;
            xout.output_action = xdp_action.XDP_TX;
        } else if (pick == 4 && hdr.ports.isValid()) {
            xout.output_port = (bit<32>)hdr.ports.src_port;
            xout.output_action = xdp_action.XDP_REDIRECT;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
