/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* union.p4: a header_union of an IPv4 and an IPv6 header, filled by the
 * parser according to the EtherType; the control reads whichever is valid
 * and writes its hop count; the deparser emits the union. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header ipv4_t {
    bit<64> pre;
    bit<8> ttl;
    bit<8> protocol;
    bit<16> csum;
    bit<64> addrs;
}

header ipv6_t {
    bit<32> pre;
    bit<16> payload_len;
    bit<8> next_hdr;
    bit<8> hop_limit;
    bit<128> src;
    bit<128> dst;
}

header_union ip_t {
    ipv4_t v4;
    ipv6_t v6;
}

struct headers_t {
    ethernet_t ethernet;
    ip_t ip;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: v4;
            0x86dd: v6;
            default: accept;
        }
    }
    state v4 {
        packet.extract(hdr.ip.v4);
        transition accept;
    }
    state v6 {
        packet.extract(hdr.ip.v6);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ip.v4.isValid()) {
            hdr.ip.v4.ttl = 4;
        } else if (hdr.ip.v6.isValid()) {
            hdr.ip.v6.hop_limit = 6;
        }
        if (!hdr.ip.isValid()) {
            xout.output_action = xdp_action.XDP_DROP;
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ip);
    }
}

xdp(prs(), ctl(), dep()) main;
