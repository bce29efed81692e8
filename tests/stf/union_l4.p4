/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* union_l4.p4: a header_union of a 4-byte and an 8-byte layer-4 header.
 * The parser fills one by the protocol; the control turns the short form
 * into the long one (setValid on the other member invalidates the first,
 * so only the long one is emitted and the packet grows by four bytes). */
#include <xdp_model.p4>
#include "common.p4"

header short_t {
    bit<16> src_port;
    bit<16> dst_port;
}

header long_t {
    bit<16> src_port;
    bit<16> dst_port;
    bit<32> tag;
}

header_union l4_t {
    short_t s;
    long_t l;
}

struct union_headers_t {
    ethernet_t ethernet;
    ipv4_t ipv4;
    l4_t l4;
}

parser prs(packet_in packet, out union_headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition select(hdr.ipv4.protocol) {
            0xfd: parse_short;
            0xfe: parse_long;
            default: accept;
        }
    }
    state parse_short {
        packet.extract(hdr.l4.s);
        transition accept;
    }
    state parse_long {
        packet.extract(hdr.l4.l);
        transition accept;
    }
}

control ctl(inout union_headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.l4.s.isValid()) {
            bit<16> sp = hdr.l4.s.src_port;
            bit<16> dp = hdr.l4.s.dst_port;
            hdr.l4.l.setValid();
            hdr.l4.l.src_port = sp;
            hdr.l4.l.dst_port = dp;
            hdr.l4.l.tag = 0xc0ffee00;
            hdr.ipv4.protocol = 0xfe;
            hdr.ipv4.total_len = hdr.ipv4.total_len + 4;
        } else if (hdr.l4.l.isValid()) {
            hdr.l4.l.tag = hdr.l4.l.tag + 1;
            if (hdr.l4.s.isValid()) {
                hdr.ipv4.diffserv = 0xbb;  /* never: at most one member is valid */
            }
        }
    }
}

control dep(in union_headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv4);
        packet.emit(hdr.l4);
    }
}

xdp(prs(), ctl(), dep()) main;
