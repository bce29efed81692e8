/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ipip.p4: IP-in-IP on XDP. Packets to 50.18.200.0/24 are encapsulated in
 * a new outer IPv4 header (20 bytes more, checksum from
 * ebpf_ipv4_checksum); IP-in-IP packets lose their outer header and the
 * inner one's TTL goes down by one, its checksum recomputed. */
#include <xdp_model.p4>
#include "common.p4"

struct tunnel_headers_t {
    ethernet_t ethernet;
    ipv4_t outer;
    ipv4_t inner;
}

parser prs(packet_in packet, out tunnel_headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_outer;
            default: accept;
        }
    }
    state parse_outer {
        packet.extract(hdr.outer);
        transition select(hdr.outer.protocol) {
            4: parse_inner;
            default: accept;
        }
    }
    state parse_inner {
        packet.extract(hdr.inner);
        transition accept;
    }
}

control ctl(inout tunnel_headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.inner.isValid()) {
            hdr.outer.setInvalid();
            hdr.inner.ttl = hdr.inner.ttl - 1;
            hdr.inner.hdr_checksum = ebpf_ipv4_checksum(
                hdr.inner.version, hdr.inner.ihl, hdr.inner.diffserv,
                hdr.inner.total_len, hdr.inner.identification, hdr.inner.flags,
                hdr.inner.frag_offset, hdr.inner.ttl, hdr.inner.protocol,
                hdr.inner.src_addr, hdr.inner.dst_addr);
        } else if (hdr.outer.isValid() && hdr.outer.dst_addr[31:8] == 0x3212c8) {
            hdr.inner = hdr.outer;
            hdr.outer.version = 4;
            hdr.outer.ihl = 5;
            hdr.outer.diffserv = 0;
            hdr.outer.total_len = hdr.inner.total_len + 20;
            hdr.outer.identification = 0x1234;
            hdr.outer.flags = 2;
            hdr.outer.frag_offset = 0;
            hdr.outer.ttl = 64;
            hdr.outer.protocol = 4;
            hdr.outer.src_addr = 0xc0000201;   /* 192.0.2.1 */
            hdr.outer.dst_addr = 0xc6336401;   /* 198.51.100.1 */
            hdr.outer.hdr_checksum = ebpf_ipv4_checksum(
                hdr.outer.version, hdr.outer.ihl, hdr.outer.diffserv,
                hdr.outer.total_len, hdr.outer.identification, hdr.outer.flags,
                hdr.outer.frag_offset, hdr.outer.ttl, hdr.outer.protocol,
                hdr.outer.src_addr, hdr.outer.dst_addr);
        }
    }
}

control dep(in tunnel_headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.outer);
        packet.emit(hdr.inner);
    }
}

xdp(prs(), ctl(), dep()) main;
