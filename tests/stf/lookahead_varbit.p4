/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lookahead_varbit.p4: lookahead where the cursor is known only at run time.
 * EtherType 0x88b5 carries an option with a varbit<256> value whose length
 * is in bytes; 0x88b6 a one-byte shim that says how many bytes to skip with
 * advance(). Either way, a lookahead at the byte after decides whether an
 * A (0xaa) or a B (0xbb) record follows. The control marks which one it
 * saw; the deparser emits the option back, but the skipped bytes go. The
 * shim's lookahead reads two bytes: both must be there. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header opt_t {
    bit<8> len;
    varbit<256> value;
}

header shim_t {
    bit<8> skip;
}

header a_t {
    bit<8> kind;
    bit<4> flags;
    bit<12> id;
}

header b_t {
    bit<8> kind;
    bit<16> val;
}

struct headers_t {
    ethernet_t ethernet;
    opt_t opt;
    shim_t shim;
    a_t a;
    b_t b;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: parse_opt;
            0x88b6: parse_shim;
            default: accept;
        }
    }
    state parse_opt {
        packet.extract(hdr.opt, (bit<32>)packet.lookahead<bit<8>>() * 8);
        transition select(packet.lookahead<bit<8>>()) {
            0xaa: parse_a;
            0xbb: parse_b;
            default: reject;
        }
    }
    state parse_shim {
        packet.extract(hdr.shim);
        packet.advance((bit<32>)hdr.shim.skip * 8);
        bit<16> peek = packet.lookahead<bit<16>>();
        transition select(peek[15:8]) {
            0xaa: parse_a;
            0xbb: parse_b;
            default: accept;
        }
    }
    state parse_a {
        packet.extract(hdr.a);
        transition accept;
    }
    state parse_b {
        packet.extract(hdr.b);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.a.isValid()) {
            hdr.a.flags = hdr.a.flags | 1;
            hdr.a.id = hdr.a.id + 1;
        }
        if (hdr.b.isValid())
            hdr.b.val = ~hdr.b.val;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.opt);
        packet.emit(hdr.shim);
        packet.emit(hdr.a);
        packet.emit(hdr.b);
    }
}

xdp(prs(), ctl(), dep()) main;
