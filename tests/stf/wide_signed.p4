/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* wide_signed.p4: int<128> arithmetic. An operands header (EtherType
 * 0x88b5) brings a shift amount and two 128-bit values read as int<128> (sa
 * and sb); a results header after it comes back with signed comparisons,
 * sa * sb, arithmetic right shifts by a constant and by the shift amount,
 * sign extension from 64 and from 8 bits, saturating |+| and |-|, and a
 * narrowing cast to int<32>. */
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
    bit<8> flags;
    bit<128> smul;
    bit<128> sar4;
    bit<128> sar_rt;
    bit<128> sext64;
    bit<128> sext8;
    bit<128> sadd_sat;
    bit<128> ssub_sat;
    bit<32> narrow;
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
        int<128> sa = (int<128>)hdr.ops.a;
        int<128> sb = (int<128>)hdr.ops.b;
        hdr.res.smul = (bit<128>)(sa * sb);
        hdr.res.sar4 = (bit<128>)(sa >> 4);
        hdr.res.sar_rt = (bit<128>)(sa >> hdr.ops.sh);
        hdr.res.sext64 = (bit<128>)(int<128>)(int<64>)hdr.ops.a[63:0];
        hdr.res.sext8 = (bit<128>)(int<128>)(int<8>)hdr.ops.sh;
        hdr.res.sadd_sat = (bit<128>)(sa |+| sb);
        hdr.res.ssub_sat = (bit<128>)(sa |-| sb);
        hdr.res.narrow = (bit<32>)(int<32>)(sa + 1);
        /* Last: each comparison doubles the paths the verifier follows. */
        bit<8> f = 0;
        if (sa < sb) { f = f | 1; }
        if (sa <= sb) { f = f | 2; }
        if (sa > sb) { f = f | 4; }
        if (sa >= sb) { f = f | 8; }
        if (sa < 0) { f = f | 16; }
        if (-sa > 0) { f = f | 32; }
        hdr.res.flags = f;
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
