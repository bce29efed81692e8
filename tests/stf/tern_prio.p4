/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tern_prio.p4: ternary entries that overlap: whichever was added first,
 * the larger priority wins; re-adding an entry with the same value and
 * mask replaces it (and its priority). */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action mark(bit<8> v) {
        hdr.ipv4.diffserv = v;
    }
    table classify {
        key = {
            hdr.ipv4.dst_addr : ternary;
            hdr.ports.dst_port : ternary;
        }
        actions = { mark; NoAction; }
        default_action = NoAction();
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid()) {
            classify.apply();
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
