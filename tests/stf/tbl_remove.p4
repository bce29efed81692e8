/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tbl_remove.p4: an exact table on the destination address and port whose
 * entries come and go (remove by id, by key, all), and a default action
 * with arguments that the STF file replaces with setdefault. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action set_tos(bit<8> tos) {
        hdr.ipv4.diffserv = tos;
    }
    action set_ttl_tos(bit<8> ttl, bit<8> tos) {
        hdr.ipv4.ttl = ttl;
        hdr.ipv4.diffserv = tos;
    }
    table services {
        key = {
            hdr.ipv4.dst_addr : exact;
            hdr.ports.dst_port : exact;
        }
        actions = { set_tos; set_ttl_tos; }
        default_action = set_ttl_tos(1, 0xd0);
        size = 16;
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid()) {
            services.apply();
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
