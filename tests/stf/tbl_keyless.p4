/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tbl_keyless.p4: a table without a key (only its default action, which
 * the control plane can change), actions called directly with directional
 * arguments, and a P4 function with an out parameter. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

bit<16> swap_bytes(in bit<16> x, out bool was_zero) {
    was_zero = x == 0;
    return x[7:0] ++ x[15:8];
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action mark(bit<8> v) {
        hdr.ipv4.diffserv = v;
    }
    action add_to(inout bit<16> x, in bit<16> n) {
        x = x + n;
        if (n == 0) {
            return;
        }
        x = x + 1;
    }
    table nokey {
        actions = { mark; }
        default_action = mark(0x42);
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ports.isValid()) {
            return;
        }
        nokey.apply();
        add_to(hdr.ports.src_port, 16w0x100);
        add_to(hdr.ports.dst_port, 16w0);
        bool z;
        hdr.ipv4.identification = swap_bytes(hdr.ipv4.identification, z);
        if (z) {
            hdr.ipv4.ttl = 0;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
