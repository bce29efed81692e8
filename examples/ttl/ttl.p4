/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ttl.p4: decrement the IPv4 TTL of every packet on XDP, fixing the header
 * checksum incrementally, and drop packets whose TTL would reach zero.
 * The classic first NF: p4c's xdp_dec_ttl sample does the same job. */
#include <xdp_model.p4>

typedef bit<48> mac_addr_t;
typedef bit<32> ipv4_addr_t;

header ethernet_t {
    mac_addr_t dst_addr;
    mac_addr_t src_addr;
    bit<16> ether_type;
}

header ipv4_t {
    bit<4> version;
    bit<4> ihl;
    bit<8> diffserv;
    bit<16> total_len;
    bit<16> identification;
    bit<3> flags;
    bit<13> frag_offset;
    bit<8> ttl;
    bit<8> protocol;
    bit<16> hdr_checksum;
    ipv4_addr_t src_addr;
    ipv4_addr_t dst_addr;
}

struct headers_t {
    ethernet_t ethernet;
    ipv4_t ipv4;
}

const bit<16> ETHERTYPE_IPV4 = 0x0800;

parser ttl_parser(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            ETHERTYPE_IPV4: parse_ipv4;
            default: accept;
        }
    }

    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition accept;
    }
}

control ttl_control(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            if (hdr.ipv4.ttl <= 1) {
                xout.output_action = xdp_action.XDP_DROP;
            } else {
                /* TTL and protocol share a 16-bit checksum word. */
                bit<16> old_word = hdr.ipv4.ttl ++ hdr.ipv4.protocol;
                hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
                bit<16> new_word = hdr.ipv4.ttl ++ hdr.ipv4.protocol;
                hdr.ipv4.hdr_checksum = csum_replace2(hdr.ipv4.hdr_checksum, old_word, new_word);
            }
        }
    }
}

control ttl_deparser(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv4);
    }
}

xdp(ttl_parser(), ttl_control(), ttl_deparser()) main;
