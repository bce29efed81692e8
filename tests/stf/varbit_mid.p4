/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* varbit_mid.p4: a TLV option (EtherType 0x88b5) whose varbit<64> value sits
 * between fixed fields: kind and length before it, a 4-bit priority, a
 * 12-bit tag and a 16-bit cookie after it, then a fixed trailer in the same
 * parser state. The control reads the fields after the varbit and writes
 * them, so the deparser must put them back after the value's bytes. A
 * length above 8 fails with ParserInvalidArgument; priority 15 drops. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header opt_t {
    bit<8> kind;
    bit<8> len;         /* bytes of value */
    varbit<64> value;
    bit<4> prio;
    bit<12> tag;
    bit<16> cookie;
}

header trailer_t {
    bit<8> count;
}

struct headers_t {
    ethernet_t ethernet;
    opt_t opt;
    trailer_t trailer;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: parse_opt;
            default: accept;
        }
    }
    state parse_opt {
        bit<8> len = packet.lookahead<bit<16>>()[7:0];
        packet.extract(hdr.opt, (bit<32>)len * 8);
        packet.extract(hdr.trailer);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.opt.isValid()) {
            if (hdr.opt.prio == 15)
                xout.output_action = xdp_action.XDP_DROP;
            hdr.opt.prio = hdr.opt.prio + 1;
            hdr.opt.tag = hdr.opt.tag ^ 0xfff;
            hdr.opt.cookie = hdr.opt.cookie + (bit<16>)hdr.opt.len;
            hdr.trailer.count = hdr.trailer.count + 1;
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.opt);
        packet.emit(hdr.trailer);
    }
}

xdp(prs(), ctl(), dep()) main;
