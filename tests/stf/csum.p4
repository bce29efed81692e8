/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* csum.p4: the checksum externs on known-good packets. TCP: the TTL goes
 * down by one, the checksum updated incrementally with csum_replace2 over
 * the TTL/protocol word; UDP: diffserv set to 0xb8 and the checksum
 * recomputed whole with ebpf_ipv4_checksum; the identification is
 * rewritten with csum_replace4 over the identification/flags word. */
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
        if (hdr.ipv4.protocol == 6) {
            bit<16> old = hdr.ipv4.ttl ++ hdr.ipv4.protocol;
            hdr.ipv4.ttl = hdr.ipv4.ttl - 1;
            hdr.ipv4.hdr_checksum = csum_replace2(hdr.ipv4.hdr_checksum, old,
                                                  hdr.ipv4.ttl ++ hdr.ipv4.protocol);
        } else if (hdr.ipv4.protocol == 17) {
            hdr.ipv4.diffserv = 0xb8;
            hdr.ipv4.hdr_checksum = ebpf_ipv4_checksum(
                hdr.ipv4.version, hdr.ipv4.ihl, hdr.ipv4.diffserv,
                hdr.ipv4.total_len, hdr.ipv4.identification, hdr.ipv4.flags,
                hdr.ipv4.frag_offset, hdr.ipv4.ttl, hdr.ipv4.protocol,
                hdr.ipv4.src_addr, hdr.ipv4.dst_addr);
        } else {
            bit<32> old = hdr.ipv4.identification ++ hdr.ipv4.flags ++ hdr.ipv4.frag_offset;
            hdr.ipv4.identification = 0xbeef;
            hdr.ipv4.hdr_checksum = csum_replace4(hdr.ipv4.hdr_checksum, old,
                hdr.ipv4.identification ++ hdr.ipv4.flags ++ hdr.ipv4.frag_offset);
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
