/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* sat64.p4: saturating |+| and |-| on int<64>, where C has no wider type
 * to compute in. An operands header (EtherType 0x88b5) brings a and b; a
 * results header after it comes back with a |+| b, a |-| b, a |+| 1,
 * a |-| 1, (a |+| b) |-| b and b |-|= a. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header ops_t {
    bit<64> a;
    bit<64> b;
}

header res_t {
    int<64> add;
    int<64> sub;
    int<64> inc;
    int<64> dec;
    int<64> nested;
    int<64> compound;
}

struct headers_t {
    ethernet_t ethernet;
    ops_t ops;
    res_t res;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: ops;
            default: accept;
        }
    }
    state ops {
        packet.extract(hdr.ops);
        packet.extract(hdr.res);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.res.isValid()) {
            return;
        }
        int<64> a = (int<64>)hdr.ops.a;
        int<64> b = (int<64>)hdr.ops.b;
        hdr.res.add = a |+| b;
        hdr.res.sub = a |-| b;
        hdr.res.inc = a |+| 1;
        hdr.res.dec = a |-| 1;
        hdr.res.nested = (a |+| b) |-| b;
        int<64> c = b;
        c |-|= a;
        hdr.res.compound = c;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ops);
        packet.emit(hdr.res);
    }
}

xdp(prs(), ctl(), dep()) main;
