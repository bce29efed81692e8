/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* wide.p4: fields wider than 64 bits (IPv6 addresses, bit<128>) kept as
 * byte arrays: extracted, compared, copied, used as an exact key, and set
 * from a constant and from action data. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header ipv6_t {
    bit<4> version;
    bit<8> traffic_class;
    bit<20> flow_label;
    bit<16> payload_len;
    bit<8> next_hdr;
    bit<8> hop_limit;
    bit<128> src_addr;
    bit<128> dst_addr;
}

struct headers_t {
    ethernet_t ethernet;
    ipv6_t ipv6;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x86dd: parse_ipv6;
            default: accept;
        }
    }
    state parse_ipv6 {
        packet.extract(hdr.ipv6);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action rewrite(bit<128> dst, bit<8> hops) {
        hdr.ipv6.dst_addr = dst;
        hdr.ipv6.hop_limit = hops;
    }
    table by_dst {
        key = { hdr.ipv6.dst_addr : exact; }
        actions = { rewrite; NoAction; }
        default_action = NoAction();
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ipv6.isValid()) {
            return;
        }
        if (hdr.ipv6.src_addr == hdr.ipv6.dst_addr) {
            /* To itself: answer from the loopback address. */
            hdr.ipv6.src_addr = 128w1;
            hdr.ipv6.flow_label = 0xfffff;
        } else if (!by_dst.apply().hit) {
            bit<128> t = hdr.ipv6.src_addr;
            hdr.ipv6.src_addr = hdr.ipv6.dst_addr;
            hdr.ipv6.dst_addr = t;
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv6);
    }
}

xdp(prs(), ctl(), dep()) main;
