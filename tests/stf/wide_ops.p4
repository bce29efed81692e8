/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* wide_ops.p4: multiplication, division and saturation above 64 bits.
 * An operands header (EtherType 0x88b5) brings a shift amount and two
 * bit<128> values a and b; a results header after it comes back with a * b,
 * a / b and a % b (also by zero), a |+| b, a |-| b, and a product in a
 * bit<100> local (masked to 100 bits). int<128> arithmetic is in
 * wide_signed.p4. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header ops_t {
    bit<8> sh;
    bit<128> a;
    bit<128> b;
}

header res_t {
    bit<128> mul;
    bit<128> div;
    bit<128> mod;
    bit<128> add_sat;
    bit<128> sub_sat;
    bit<128> mul100;
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
        bit<128> a = hdr.ops.a;
        bit<128> b = hdr.ops.b;
        hdr.res.mul = a * b;
        hdr.res.div = a / b;
        hdr.res.mod = a % b;
        hdr.res.add_sat = a |+| b;
        hdr.res.sub_sat = a |-| b;
        bit<100> p = (bit<100>)a * (bit<100>)b;
        hdr.res.mul100 = (bit<128>)p;
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
