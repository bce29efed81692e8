/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tbl_const.p4: const entries (installed from the description when the
 * program is loaded) and a const default action with an argument, which
 * the generated code runs inline on a miss; switch on action_run. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action set_ttl(bit<8> ttl) {
        hdr.ipv4.ttl = ttl;
    }
    action mark(bit<8> v) {
        hdr.ipv4.diffserv = v;
    }
    table fixed {
        key = { hdr.ipv4.protocol : exact; }
        actions = { set_ttl; mark; }
        const entries = {
            6 : set_ttl(6);
            17 : set_ttl(17);
            1 : mark(1);
        }
        const default_action = mark(0xdd);
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            switch (fixed.apply().action_run) {
                set_ttl: { hdr.ipv4.identification = 0x5454; }
                mark: { hdr.ipv4.identification = 0x4d4d; }
            }
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
