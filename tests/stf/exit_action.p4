/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* exit_action.p4: exit inside a table's action, under a condition on the
 * action's data: the rest of the action, the rest of the control and a
 * second table are skipped, but what was written before exit stays. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action stop(bit<8> tos, bool really) {
        hdr.ipv4.diffserv = tos;
        if (really) {
            exit;
        }
        hdr.ipv4.diffserv = hdr.ipv4.diffserv + 1;
    }
    action set_ttl(bit<8> ttl) {
        hdr.ipv4.ttl = ttl;
    }
    table first {
        key = { hdr.ports.dst_port : exact; }
        actions = { stop; NoAction; }
        default_action = NoAction();
    }
    table second {
        key = { hdr.ports.src_port : exact; }
        actions = { set_ttl; }
        default_action = set_ttl(2);
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid()) {
            first.apply();
            second.apply();
            hdr.ipv4.identification = 0xeeee;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
