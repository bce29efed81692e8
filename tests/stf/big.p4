/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* big.p4: headers too big for the 512-byte BPF stack (a 320-byte header of
 * twenty bit<128> fields): the generated program keeps the blocks'
 * parameters in a per-CPU scratch map instead. The control swaps the first
 * and last fields and counts the packet. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header blob_t {
    bit<128> f0;
    bit<128> f1;
    bit<128> f2;
    bit<128> f3;
    bit<128> f4;
    bit<128> f5;
    bit<128> f6;
    bit<128> f7;
    bit<128> f8;
    bit<128> f9;
    bit<128> f10;
    bit<128> f11;
    bit<128> f12;
    bit<128> f13;
    bit<128> f14;
    bit<128> f15;
    bit<128> f16;
    bit<128> f17;
    bit<128> f18;
    bit<128> f19;
}

struct headers_t {
    ethernet_t ethernet;
    blob_t blob;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: blob;
            default: accept;
        }
    }
    state blob {
        packet.extract(hdr.blob);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    CounterArray(32w1, false) blobs;
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.blob.isValid()) {
            bit<128> t = hdr.blob.f0;
            hdr.blob.f0 = hdr.blob.f19;
            hdr.blob.f19 = t;
            blobs.increment(0);
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.blob);
    }
}

xdp(prs(), ctl(), dep()) main;
