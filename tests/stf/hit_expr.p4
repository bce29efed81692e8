/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* hit_expr.p4: table results used in expressions: .hit and .miss kept in
 * bool variables, negated, combined with && (the second table is applied
 * only when P4 evaluates it), and a hit counted by a local. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    bit<8> hits = 0;
    action count() {
        hits = hits + 1;
    }
    table by_src {
        key = { hdr.ipv4.src_addr : exact; }
        actions = { count; NoAction; }
        default_action = NoAction();
    }
    table by_port {
        key = { hdr.ports.dst_port : exact; }
        actions = { count; NoAction; }
        default_action = NoAction();
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ports.isValid()) {
            return;
        }
        bool src_known = by_src.apply().hit;
        bool port_missed = false;
        if (src_known && by_port.apply().miss) {
            port_missed = true;
        }
        /* diffserv: hits * 16 + src_known * 2 + port_missed */
        hdr.ipv4.diffserv = (hits << 4) | ((bit<8>)(bit<1>)src_known << 1) |
                            (bit<8>)(bit<1>)port_missed;
        if (!src_known) {
            hdr.ipv4.ttl = 0xff;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
