/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lookahead_cond.p4: a parser state that extracts under a condition, so its
 * cursor is known only at run time after the if: a tag is there when the
 * byte looked at is 0xaa; then comes u, and a lookahead after it decides
 * whether w follows. The control writes fields of all three. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header tag_t {
    bit<8> kind;
    bit<8> val;
}

header pair_t {
    bit<8> a;
    bit<8> b;
}

struct headers_t {
    ethernet_t ethernet;
    tag_t t;
    pair_t u;
    pair_t w;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        if (packet.lookahead<bit<8>>() == 0xaa) {
            packet.extract(hdr.t);
        }
        packet.extract(hdr.u);
        transition select(packet.lookahead<bit<8>>()) {
            0x77: parse_w;
            default: accept;
        }
    }
    state parse_w {
        packet.extract(hdr.w);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        hdr.t.val = hdr.t.val + 1;
        hdr.u.b = 0xff;
        hdr.w.b = hdr.u.a;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.t);
        packet.emit(hdr.u);
        packet.emit(hdr.w);
    }
}

xdp(prs(), ctl(), dep()) main;
