/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* nested.p4: a control applied from another, twice (two instances with a
 * table each, so two maps), exit inside the nested control, and a table
 * keyed by a bool with a bool action parameter. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control stage(inout headers_t hdr, in bit<8> tag) {
    action set(bool stop, bit<8> v) {
        hdr.ipv4.diffserv = hdr.ipv4.diffserv + v;
        if (stop) {
            exit;
        }
    }
    table t {
        key = { hdr.ports.isValid() : exact @name("has_ports"); }
        actions = { set; NoAction; }
        default_action = NoAction();
    }
    apply {
        hdr.ipv4.ttl = tag;
        t.apply();
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    stage() first;
    stage() second;
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            first.apply(hdr, 1);
            second.apply(hdr, 2);
            hdr.ipv4.identification = 0xffff;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
