/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lookahead_type.p4: lookahead<T>() of types other than bit<W>: a header
 * (valid, with the next bits), a struct holding a header, a bool and a
 * bit<7>, a serializable enum, a bit<128>, a tuple and a header stack
 * (every element valid). After EtherType 0x88b5 the parser looks at the
 * bytes that follow and writes what it saw into a header res it makes
 * valid; the deparser inserts it after the Ethernet header, and the bytes
 * looked at stay in the payload. A select on a field of a lookahead
 * decides whether res gets a second part. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header tag_t {
    bit<4> ver;
    bit<12> id;
}

struct peek_t {
    bit<8> kind;
    tag_t tag;
    bool flag;
    bit<7> pad;
}

enum bit<8> kind_t {
    A = 1,
    B = 2
}

header res_t {
    bit<4> ver;
    bit<12> id;
    bit<8> valid;      /* 1: the tag, 2: peek's tag, 4: the stack's [1] */
    bit<8> kind;
    bit<1> flag;
    bit<7> pad;
    bit<8> is_b;       /* the enum is B */
    bit<16> tuple_sum;
    bit<12> id1;       /* the stack's [1].id */
    bit<4> zero;
    bit<128> wide;
}

header more_t {
    bit<16> low;       /* the wide value's low 16 bits */
}

struct headers_t {
    ethernet_t ethernet;
    res_t res;
    more_t more;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: peek;
            default: accept;
        }
    }
    state peek {
        tag_t t = packet.lookahead<tag_t>();
        peek_t p = packet.lookahead<peek_t>();
        kind_t k = packet.lookahead<kind_t>();
        tuple<bit<8>, bit<8>> tp = packet.lookahead<tuple<bit<8>, bit<8>>>();
        tag_t[2] st = packet.lookahead<tag_t[2]>();
        hdr.res.setValid();
        hdr.res.wide = packet.lookahead<bit<128>>();
        hdr.res.ver = t.ver;
        hdr.res.id = t.id;
        hdr.res.valid = (t.isValid() ? 8w1 : 0) | (p.tag.isValid() ? 8w2 : 0) | (st[1].isValid() ? 8w4 : 0);
        hdr.res.kind = p.kind;
        hdr.res.flag = (bit<1>)p.flag;
        hdr.res.pad = p.pad;
        hdr.res.is_b = k == kind_t.B ? 8w1 : 8w0;
        hdr.res.tuple_sum = (bit<16>)tp[0] + (bit<16>)tp[1];
        hdr.res.id1 = st[1].id;
        hdr.res.zero = 0;
        transition select(packet.lookahead<tag_t>().ver) {
            4: more;
            default: accept;
        }
    }
    state more {
        hdr.more.setValid();
        hdr.more.low = hdr.res.wide[15:0];
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.res);
        packet.emit(hdr.more);
    }
}

xdp(prs(), ctl(), dep()) main;
