/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* keys.p4: key and parameter layouts with padding: an exact key of a bool,
 * a bit<48>, a bit<8>, a bit<64> and a bit<3>; action data of odd widths
 * (bit<1>, bit<13>, bit<48>, bit<64>). */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action set(bit<1> df, bit<13> frag, bit<48> mac, bit<64> both) {
        hdr.ipv4.flags = df ++ 2w0;
        hdr.ipv4.frag_offset = frag;
        hdr.ethernet.src_addr = mac;
        hdr.ipv4.src_addr = both[63:32];
        hdr.ipv4.dst_addr = both[31:0];
    }
    table t {
        key = {
            hdr.ports.isValid() : exact @name("ports");
            hdr.ethernet.dst_addr : exact @name("dst");
            hdr.ipv4.protocol : exact @name("proto");
            hdr.ipv4.src_addr ++ hdr.ipv4.dst_addr : exact @name("addrs");
            hdr.ipv4.flags : exact @name("flags");
        }
        actions = { set; NoAction; }
        default_action = NoAction();
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            t.apply();
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
