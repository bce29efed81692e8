/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* csum_written.p4: ebpf_ipv4_checksum over a header the control changes.
 * Before the call: ihl (half of the first word's high byte), frag_offset
 * (most of a word), src_addr (two words) and, for UDP only, total_len;
 * after it: the TTL, which the checksum must count as it was. The other
 * fields are read where the parser found them. */
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
        hdr.ipv4.ihl = 6;
        hdr.ipv4.frag_offset = 0x1abc;
        hdr.ipv4.src_addr = 0xc0000201;
        if (hdr.ipv4.protocol == 17) {
            hdr.ipv4.total_len = hdr.ipv4.total_len + 8;
        }
        hdr.ipv4.hdr_checksum = ebpf_ipv4_checksum(
            hdr.ipv4.version, hdr.ipv4.ihl, hdr.ipv4.diffserv,
            hdr.ipv4.total_len, hdr.ipv4.identification, hdr.ipv4.flags,
            hdr.ipv4.frag_offset, hdr.ipv4.ttl, hdr.ipv4.protocol,
            hdr.ipv4.src_addr, hdr.ipv4.dst_addr);
        hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
