/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* arith.p4: bit<W> and int<W> arithmetic as P4 defines it (wrapping,
 * saturating, shifts, slices, concatenation, casts, ?:), each result
 * written into a header field that the STF test reads back. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control arith(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ports.isValid()) {
            return;
        }
        bit<16> a = hdr.ports.src_port;
        bit<16> b = hdr.ports.dst_port;
        bit<8> t = hdr.ipv4.ttl;
        hdr.ipv4.src_addr = (a ++ b) + 32w1;
        hdr.ipv4.dst_addr = (bit<32>)a * (bit<32>)b;
        hdr.ipv4.identification = a - b;
        hdr.ipv4.total_len = (a << 4) | (b >> 12);
        hdr.ipv4.diffserv = t |+| 8w200;
        hdr.ipv4.ttl = t |-| 8w100;
        hdr.ethernet.dst_addr = ((bit<48>)~a << 32) | (bit<48>)(a ^ b);
        hdr.ethernet.src_addr = 32w0xdeadbeef ++ (a[7:0] ++ b[15:8]);
        hdr.ipv4.hdr_checksum = t > 8w64 ? 16w1 : 16w2;
        int<8> s = (int<8>)t;
        hdr.ipv4.protocol = (bit<8>)(s >> 2);
        hdr.ipv4.frag_offset = hdr.ipv4.frag_offset + 13w8191;
        hdr.ipv4.flags = (bit<3>)(a & 7);
        hdr.ports.src_port = (bit<16>)b[3:0];
        hdr.ports.dst_port[7:0] = 8w0x5a;
    }
}

xdp(common_parser(), arith(), common_deparser()) main;
