/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* csum_order.p4: ebpf_ipv4_checksum with arguments that are not the IPv4
 * header's fields in their own order. UDP: fields swapped inside their
 * 16-bit words (ihl and version, protocol and ttl) and between words
 * (identification and total_len, dst_addr and src_addr); TCP: the ports
 * header's fields in the places of total_len and identification; other
 * protocols: the fields in order. The backend sums the words it finds
 * whole in the packet as they are there, and the others from the values. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ipv4.isValid()) {
            return;
        }
        if (hdr.ipv4.protocol == 17) {
            hdr.ipv4.hdr_checksum = ebpf_ipv4_checksum(
                hdr.ipv4.ihl, hdr.ipv4.version, hdr.ipv4.diffserv,
                hdr.ipv4.identification, hdr.ipv4.total_len, hdr.ipv4.flags,
                hdr.ipv4.frag_offset, hdr.ipv4.protocol, hdr.ipv4.ttl,
                hdr.ipv4.dst_addr, hdr.ipv4.src_addr);
        } else if (hdr.ipv4.protocol == 6) {
            hdr.ipv4.hdr_checksum = ebpf_ipv4_checksum(
                hdr.ipv4.version, hdr.ipv4.ihl, hdr.ipv4.diffserv,
                hdr.ports.src_port, hdr.ports.dst_port, hdr.ipv4.flags,
                hdr.ipv4.frag_offset, hdr.ipv4.ttl, hdr.ipv4.protocol,
                hdr.ipv4.src_addr, hdr.ipv4.dst_addr);
        } else {
            hdr.ipv4.hdr_checksum = ebpf_ipv4_checksum(
                hdr.ipv4.version, hdr.ipv4.ihl, hdr.ipv4.diffserv,
                hdr.ipv4.total_len, hdr.ipv4.identification, hdr.ipv4.flags,
                hdr.ipv4.frag_offset, hdr.ipv4.ttl, hdr.ipv4.protocol,
                hdr.ipv4.src_addr, hdr.ipv4.dst_addr);
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
