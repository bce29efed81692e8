/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lang2.p4: a function returning a struct, 64-bit arithmetic, int<8>
 * saturating arithmetic, bit<1> and bool conversions, a header assigned
 * from a struct-valued expression, and an invalid header written to. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

struct split_t {
    bit<16> hi;
    bit<16> lo;
}

split_t split(in bit<32> x) {
    return { x[31:16], x[15:0] };
}

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ipv4.isValid()) {
            return;
        }
        split_t s = split(hdr.ipv4.dst_addr);
        /* 64-bit: (dst << 32 | src) * 3 + 1, keep the top 32 bits. */
        bit<64> w = ((bit<64>)hdr.ipv4.dst_addr << 32) | (bit<64>)hdr.ipv4.src_addr;
        w = w * 3 + 1;
        hdr.ipv4.src_addr = w[63:32];
        int<8> t = (int<8>)hdr.ipv4.ttl;
        int<8> up = t |+| 8s100;
        int<8> down = t |-| 8s100;
        hdr.ipv4.ttl = (bit<8>)up;
        hdr.ipv4.protocol = (bit<8>)down;
        bit<1> odd = hdr.ipv4.identification[0:0];
        bool b = odd == 1;
        hdr.ipv4.diffserv = b ? 8w0x0d : 8w0x0e;
        hdr.ipv4.identification = s.lo;
        hdr.ipv4.total_len = s.hi;
        /* Writing an invalid header changes nothing on the wire. */
        if (!hdr.ports.isValid()) {
            hdr.ports.src_port = 0xdead;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
