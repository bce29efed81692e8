/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* router.p4: an IPv4 router on XDP. A longest-prefix match on the
 * destination chooses the next hop: its MAC addresses and the interface to
 * redirect to. The TTL is decremented and the checksum recomputed. */
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
    bit<16> identification;
    bit<3> flags;
    bit<13> frag_offset;
    bit<8> ttl;
    bit<8> protocol;
    bit<16> hdr_checksum;
    bit<32> src_addr;
    bit<32> dst_addr;
}

struct headers_t {
    ethernet_t ethernet;
    ipv4_t ipv4;
}

parser rt_parser(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }

    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition accept;
    }
}

control rt_control(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action drop() {
        xout.output_action = xdp_action.XDP_DROP;
    }

    action forward(bit<48> src_mac, bit<48> dst_mac, bit<32> ifindex) {
        hdr.ethernet.src_addr = src_mac;
        hdr.ethernet.dst_addr = dst_mac;
        hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
        xout.output_port = ifindex;
        xout.output_action = xdp_action.XDP_REDIRECT;
    }

    table routes {
        key = { hdr.ipv4.dst_addr : lpm; }
        actions = { forward; drop; }
        default_action = drop();
        size = 4096;
    }

    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid() && hdr.ipv4.ttl > 1) {
            routes.apply();
            if (xout.output_action == xdp_action.XDP_REDIRECT) {
                hdr.ipv4.hdr_checksum = 0;
                hdr.ipv4.hdr_checksum = ebpf_ipv4_checksum(
                    hdr.ipv4.version, hdr.ipv4.ihl, hdr.ipv4.diffserv, hdr.ipv4.total_len,
                    hdr.ipv4.identification, hdr.ipv4.flags, hdr.ipv4.frag_offset,
                    hdr.ipv4.ttl, hdr.ipv4.protocol, hdr.ipv4.src_addr, hdr.ipv4.dst_addr);
            }
        }
    }
}

control rt_deparser(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv4);
    }
}

xdp(rt_parser(), rt_control(), rt_deparser()) main;
