/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tbl_exact.p4: an exact table on two fields (a hash map), actions with
 * parameters of several widths, apply().hit, and a default the control
 * plane changes. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action set_src(bit<32> addr, bit<16> id, bit<8> tos) {
        hdr.ipv4.src_addr = addr;
        hdr.ipv4.identification = id;
        hdr.ipv4.diffserv = tos;
    }
    action set_ttl(bit<8> ttl) {
        hdr.ipv4.ttl = ttl;
    }
    action drop() {
        xout.output_action = xdp_action.XDP_DROP;
    }
    table by_mac {
        key = {
            hdr.ethernet.dst_addr : exact;
            hdr.ethernet.ether_type : exact @name("type");
        }
        actions = { set_src; set_ttl; drop; NoAction; }
        default_action = NoAction();
        size = 64;
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (by_mac.apply().hit) {
            hdr.ports.src_port = 1;
        } else {
            hdr.ports.src_port = 2;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
