/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* switch_run.p4: switch on a table's action_run with a case per action,
 * a default case for the rest, and a fall-through label; every case
 * leaves its own mark in diffserv and TTL. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action a1() { hdr.ipv4.ttl = 1; }
    action a2(bit<8> t) { hdr.ipv4.ttl = t; }
    action a3() { hdr.ipv4.ttl = 3; }
    action a4() { hdr.ipv4.ttl = 4; }
    table pick {
        key = { hdr.ports.dst_port : exact; }
        actions = { a1; a2; a3; a4; }
        default_action = a4();
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid()) {
            switch (pick.apply().action_run) {
                a1: { hdr.ipv4.diffserv = 0x10; }
                a2:
                a3: { hdr.ipv4.diffserv = hdr.ipv4.ttl + 0x20; }
                default: { hdr.ipv4.diffserv = 0xff; }
            }
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
