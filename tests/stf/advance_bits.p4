/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* advance_bits.p4: amounts in bits known only at run time, which the
 * parser's byte cursor can move by only when they are whole bytes: others
 * reject the packet with ParserInvalidArgument. EtherType 0x88b5: a shim
 * byte says how many bits to skip with advance(); 0x88b6: how many bits
 * of a varbit<64> value to extract. Then comes `inner`, whose x the
 * control adds 1 to. The skipped bits go; the value is emitted back. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header shim_t {
    bit<8> bits;
}

header opt_t {
    varbit<64> value;
}

header inner_t {
    bit<16> x;
}

struct headers_t {
    ethernet_t ethernet;
    shim_t shim;
    opt_t opt;
    inner_t inner;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: skip;
            0x88b6: value;
            default: accept;
        }
    }
    state skip {
        packet.extract(hdr.shim);
        packet.advance((bit<32>)hdr.shim.bits);
        transition parse_inner;
    }
    state value {
        packet.extract(hdr.shim);
        packet.extract(hdr.opt, (bit<32>)hdr.shim.bits);
        transition parse_inner;
    }
    state parse_inner {
        packet.extract(hdr.inner);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.inner.isValid())
            hdr.inner.x = hdr.inner.x + 1;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.shim);
        packet.emit(hdr.opt);
        packet.emit(hdr.inner);
    }
}

xdp(prs(), ctl(), dep()) main;
