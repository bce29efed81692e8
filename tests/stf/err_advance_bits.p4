/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* err_advance_bits.p4: the parser's cursor moves in whole bytes, so an
 * advance or a varbit extract by a constant number of bits that is not a
 * multiple of 8 cannot be compiled; nor can a state that advances past the
 * 65535 bytes the verifier knows packet offsets up to. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header opt_t {
    varbit<64> value;
}

struct headers_t {
    ethernet_t ethernet;
    opt_t opt;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: skip;
            0x88b6: value;
            0x88b7: far;
            default: accept;
        }
    }
    state skip {
        packet.advance(12);
        transition accept;
    }
    state value {
        packet.extract(hdr.opt, 20);
        transition accept;
    }
    state far {
        packet.advance(65536 * 8);
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
        packet.emit(hdr.opt);
    }
}

xdp(prs(), ctl(), dep()) main;
