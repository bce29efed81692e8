/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tbl_default_args.p4: a default action with arguments that the control
 * plane replaces (setdefault with other arguments and another action),
 * and apply cases naming two actions at once. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action a(bit<8> v) { hdr.ipv4.diffserv = v; }
    action b(bit<16> v) { hdr.ipv4.identification = v; }
    action c() { hdr.ipv4.ttl = 1; }
    table t {
        key = { hdr.ipv4.protocol : exact; }
        actions = { a; b; c; }
        default_action = a(0x11);
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            switch (t.apply().action_run) {
                a:
                b: { hdr.ipv4.total_len = 0xabab; }
                default: { hdr.ipv4.total_len = 0xcdcd; }
            }
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
