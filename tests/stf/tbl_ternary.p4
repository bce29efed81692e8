/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tbl_ternary.p4: a ternary table (tuple-space search over masks): the
 * matching entry with the largest priority wins; don't-care fields. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action mark(bit<8> v) {
        hdr.ipv4.diffserv = v;
    }
    table acl {
        key = {
            hdr.ipv4.src_addr : ternary;
            hdr.ipv4.protocol : ternary;
            hdr.ports.dst_port : ternary;
        }
        actions = { mark; }
        default_action = mark(0);
        size = 128;
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            acl.apply();
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
