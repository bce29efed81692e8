/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* csum_other.p4: ebpf_ipv4_checksum as a plain Internet checksum over
 * fields that are not an IPv4 header's. A one-byte tag puts the blob at an
 * odd offset (15); the tag's kind chooses the arguments:
 *   1  the blob's first 18 bytes in order: words found whole in the
 *      packet, the last four 16 bits earlier than in an IPv4 header
 *   2  fields of the Ethernet header and the blob, swapped, sliced
 *   3  fields that make whole words but not on a byte (t1, t2, t3)
 *   4  constants and a function's results
 * The result goes to the blob's csum. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header tag_t {
    bit<8> kind;
}

header blob_t {
    bit<4> n0;
    bit<4> n1;
    bit<8> b;
    bit<16> w1;
    bit<16> w2;
    bit<3> f3;
    bit<13> f13;
    bit<8> x;
    bit<8> y;
    bit<32> s;
    bit<32> d;
    bit<16> csum;
    bit<4> t0;
    bit<4> t1;
    bit<4> t2;
    bit<8> t3;
    bit<4> t4;
}

struct headers_t {
    ethernet_t ethernet;
    tag_t tag;
    blob_t blob;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x88b5: parse_blob;
            default: accept;
        }
    }
    state parse_blob {
        packet.extract(hdr.tag);
        packet.extract(hdr.blob);
        transition accept;
    }
}

bit<32> swap_halves(in bit<32> v) {
    return v[15:0] ++ v[31:16];
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.blob.isValid()) {
            return;
        }
        if (hdr.tag.kind == 1) {
            hdr.blob.csum = ebpf_ipv4_checksum(
                hdr.blob.n0, hdr.blob.n1, hdr.blob.b, hdr.blob.w1, hdr.blob.w2,
                hdr.blob.f3, hdr.blob.f13, hdr.blob.x, hdr.blob.y, hdr.blob.s, hdr.blob.d);
        } else if (hdr.tag.kind == 2) {
            hdr.blob.csum = ebpf_ipv4_checksum(
                hdr.blob.n1, hdr.blob.n0, hdr.blob.y, hdr.ethernet.ether_type, hdr.blob.w2,
                hdr.blob.f3, hdr.blob.f13, hdr.blob.b, hdr.blob.x, hdr.ethernet.dst_addr[31:0],
                hdr.blob.d);
        } else if (hdr.tag.kind == 3) {
            hdr.blob.csum = ebpf_ipv4_checksum(
                hdr.blob.t1, hdr.blob.t2, hdr.blob.t3, hdr.blob.w1, hdr.blob.w2,
                hdr.blob.f3, hdr.blob.f13, hdr.blob.x, hdr.blob.y, hdr.blob.s, hdr.blob.d);
        } else if (hdr.tag.kind == 4) {
            hdr.blob.csum = ebpf_ipv4_checksum(
                4, 5, 0, hdr.blob.w1, swap_halves(hdr.blob.s)[15:0], 0, 0, 64, 17,
                swap_halves(hdr.blob.d), 0x0a000001);
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.tag);
        packet.emit(hdr.blob);
    }
}

xdp(prs(), ctl(), dep()) main;
