/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lookahead_if.p4: lookaheads that only some packets evaluate. EtherType
 * 0x88b5: a byte looked at in the if's body, and when it is 0xaa a tag is
 * extracted there and two bytes after it looked at. 0x88b6: a byte looked
 * at on the right of &&; 0x88b7: on the right of ?:. A lookahead that is
 * not evaluated must not reject a packet too short for it. The parser
 * writes what it saw into the Ethernet addresses: src = its top 3 bytes,
 * k, m; dst's last byte = c. */
#include <xdp_model.p4>

header ethernet_t {
    bit<48> dst_addr;
    bit<48> src_addr;
    bit<16> ether_type;
}

header tag_t {
    bit<8> kind;
    bit<8> val;
}

struct headers_t {
    ethernet_t ethernet;
    tag_t t;
}

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        bit<8> k = 0;
        bit<16> m = 0;
        if (hdr.ethernet.ether_type == 0x88b5) {
            k = packet.lookahead<bit<8>>();
            if (k == 0xaa) {
                packet.extract(hdr.t);
                m = packet.lookahead<bit<16>>();
            }
        } else if (hdr.ethernet.ether_type == 0x88b6 && packet.lookahead<bit<8>>() == 1) {
            k = 1;
        }
        bit<8> c = hdr.ethernet.ether_type == 0x88b7 ? packet.lookahead<bit<8>>() : 8w0x77;
        hdr.ethernet.src_addr = hdr.ethernet.src_addr[47:24] ++ k ++ m;
        hdr.ethernet.dst_addr[7:0] = c;
        transition accept;
    }
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.t);
    }
}

xdp(prs(), ctl(), dep()) main;
