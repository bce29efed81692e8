/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lpm_routes.p4: an LPM table on the IPv4 destination with prefixes of
 * several lengths (the longest match wins) and a default action with an
 * argument; the chosen route's number goes into diffserv. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action route(bit<8> id) {
        hdr.ipv4.diffserv = id;
    }
    action unreachable(bit<8> code) {
        hdr.ipv4.diffserv = code;
        xout.output_action = xdp_action.XDP_DROP;
    }
    table routes {
        key = { hdr.ipv4.dst_addr : lpm; }
        actions = { route; unreachable; }
        default_action = unreachable(0xee);
        size = 64;
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            routes.apply();
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
