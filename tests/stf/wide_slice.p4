/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* wide_slice.p4: slices of values wider than 64 bits, read and assigned,
 * at bit offsets that do not fall on bytes. An operands header (EtherType
 * 0x88b5) brings x (a bit<100> in 104 bits: wide header fields fill
 * whole bytes), v (bit<75> in 80), z (bit<112>), w (bit<64>) and y
 * (bit<128>); a results header after it comes back with slices of x (80,
 * 64 and 13 bits), and copies of x and y with slices of 67 to 112 bits
 * replaced: by a variable, a constant, a 64-bit value, a slice, and from
 * bit 0; the last two in header fields. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header ops_t {
    bit<104> x;
    bit<80> v;
    bit<112> z;
    bit<64> w;
    bit<128> y;
}

header res_t {
    bit<80> r80;
    bit<64> r64;
    bit<16> r13;
    bit<104> x1;
    bit<128> y1;
    bit<104> x2;
    bit<104> x3;
    bit<104> x4;
    bit<104> x5;
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
        bit<100> x = hdr.ops.x[99:0];
        bit<75> v = hdr.ops.v[74:0];
        hdr.res.r80 = x[91:12];
        hdr.res.r64 = x[76:13];
        hdr.res.r13 = (bit<16>)x[99:87];
        bit<100> t = x;
        t[83:9] = v;
        hdr.res.x1 = (bit<104>)t;
        bit<128> u = hdr.ops.y;
        u[119:8] = hdr.ops.z;
        hdr.res.y1 = u;
        bit<100> c = x;
        c[70:4] = 67w0x5_0123_4567_89ab_cdef;
        hdr.res.x2 = (bit<104>)c;
        bit<100> d = x;
        d[68:5] = hdr.ops.w;
        hdr.res.x3 = (bit<104>)d;
        hdr.res.x4 = (bit<104>)x;
        hdr.res.x4[99:30] = v[69:0];
        hdr.res.x5 = (bit<104>)x;
        hdr.res.x5[98:0] = (~x)[98:0];
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
