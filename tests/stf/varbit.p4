/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* varbit.p4: IPv4 options as a varbit<320> field, extracted with a size
 * computed from ihl and emitted back; the TTL goes down by one. Options
 * too long for the packet reject it; ihl < 5 fails verify(). */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header ipv4_t {
    bit<4> version;
    bit<4> ihl;
    bit<8> diffserv;
    bit<16> total_len;
    bit<32> id_frag;
    bit<8> ttl;
    bit<8> protocol;
    bit<16> hdr_checksum;
    bit<32> src_addr;
    bit<32> dst_addr;
    varbit<320> options;
}

header tail_t {
    bit<16> first;
}

struct headers_t {
    ethernet_t ethernet;
    ipv4_t ipv4;
    tail_t tail;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        bit<4> ihl = packet.lookahead<bit<8>>()[3:0];
        verify(ihl >= 5, error.HeaderTooShort);
        packet.extract(hdr.ipv4, (bit<32>)(ihl - 5) * 32);
        packet.extract(hdr.tail);
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
            hdr.tail.first = 0xabcd;
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv4);
        packet.emit(hdr.tail);
    }
}

xdp(prs(), ctl(), dep()) main;
