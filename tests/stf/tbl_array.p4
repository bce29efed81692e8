/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tbl_array.p4: a table in an array map (implementation = array_table),
 * indexed by the key; empty slots run the default action, which has an
 * argument; switch on action_run. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action mark(bit<8> v) {
        hdr.ipv4.diffserv = v;
    }
    action pass_up() {
        hdr.ipv4.ttl = hdr.ipv4.ttl + 1;
    }
    table by_tos {
        key = { hdr.ipv4.diffserv : exact; }
        actions = { mark; pass_up; }
        implementation = array_table(256);
        default_action = mark(0xee);
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            switch (by_tos.apply().action_run) {
                pass_up: { hdr.ipv4.identification = 0x1111; }
                default: { hdr.ipv4.identification = 0x2222; }
            }
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
