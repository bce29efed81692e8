/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* wide_swap.p4: bit<128> IPv6 addresses copied through a local, swapped,
 * compared with each other and with a constant, and a bit<128> slice: an
 * echo responder for ICMPv6 that bounces the packet (XDP_TX), drops
 * packets whose addresses are equal, and marks packets to fe80::/64. */
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
    const bit<128> ECHO_SERVER = 0x20010db8000000000000000000000001;
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ipv6.isValid()) {
            return;
        }
        if (hdr.ipv6.src_addr == hdr.ipv6.dst_addr) {
            xout.output_action = xdp_action.XDP_DROP;
        } else if (hdr.ipv6.dst_addr == ECHO_SERVER && hdr.ipv6.next_hdr == 58) {
            bit<128> tmp = hdr.ipv6.src_addr;
            hdr.ipv6.src_addr = hdr.ipv6.dst_addr;
            hdr.ipv6.dst_addr = tmp;
            bit<48> mac = hdr.ethernet.src_addr;
            hdr.ethernet.src_addr = hdr.ethernet.dst_addr;
            hdr.ethernet.dst_addr = mac;
            hdr.ipv6.hop_limit = 64;
            xout.output_action = xdp_action.XDP_TX;
        } else if (hdr.ipv6.dst_addr[127:64] == 0xfe80000000000000) {
            hdr.ipv6.traffic_class = 0xfe;
            hdr.ipv6.flow_label = hdr.ipv6.src_addr[19:0];
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
