/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* range_key.p4: `range` key fields. The data path has no ranges: nfctl
 * stores each entry as the prefixes its ranges decompose into (ABI.md,
 * 3.4), and const entries with `lo .. hi` keysets are installed that way. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

match_kind { range }

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action mark(bit<8> v) {
        hdr.ipv4.diffserv = v;
    }
    action set_ttl(bit<8> t) {
        hdr.ipv4.ttl = t;
    }
    table ports {
        key = {
            hdr.ipv4.protocol : exact;
            hdr.ports.dst_port : range;
            hdr.ports.src_port : range;
        }
        actions = { mark; NoAction; }
        default_action = NoAction();
    }
    /* Earlier const entries win: 0x50..0x5f before 0..0xffff. */
    table ttl_by_port {
        key = { hdr.ports.src_port : range; }
        actions = { set_ttl; NoAction; }
        const entries = {
            0x50 .. 0x5f : set_ttl(1);
            0x1000 .. 0x1000 : set_ttl(2);
            0xfff0 .. 0xffff : set_ttl(3);
            0 .. 0xffff : set_ttl(4);
        }
        default_action = NoAction();
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid()) {
            ports.apply();
            ttl_by_port.apply();
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
