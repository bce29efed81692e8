/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* shared_actions.p4: one action in two tables, bound to different
 * directional arguments in each table's actions list; both tables share
 * the control's value layout. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action add(inout bit<16> x, bit<16> n) {
        x = x + n;
    }
    action big(bit<64> v) {
        hdr.ipv4.src_addr = v[31:0];
    }
    table on_src {
        key = { hdr.ipv4.protocol : exact; }
        actions = { add(hdr.ports.src_port); big; }
        default_action = add(hdr.ports.src_port, 1);
    }
    table on_dst {
        key = { hdr.ipv4.protocol : exact; }
        actions = { add(hdr.ports.dst_port); }
        default_action = add(hdr.ports.dst_port, 2);
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid()) {
            on_src.apply();
            on_dst.apply();
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
