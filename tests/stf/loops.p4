/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* loops.p4: P4's for loops (bounded, so the verifier accepts them): a sum
 * of the address bytes with a three-part for, a population count with
 * for-in over a range (to the type's maximum), break and continue. */
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
        bit<32> a = hdr.ipv4.src_addr;
        bit<16> sum = 0;
        for (bit<8> i = 0; i < 4; i = i + 1) {
            if (i == 2) {
                continue;   /* skips the third byte, but not the update */
            }
            sum = sum + (bit<16>)(a >> (i * 8))[7:0];
        }
        bit<16> rounds = 0;
        for (bit<8> k in 0 .. 255) {
            rounds = rounds + 1;   /* a bit<8> counter over the whole range ends */
        }
        hdr.ipv4.total_len = rounds;
        hdr.ipv4.identification = sum;
        bit<8> ones = 0;
        for (bit<8> j in 0 .. 31) {
            if (j == 24) {
                break;
            }
            if ((a >> j)[0:0] == 0) {
                continue;
            }
            ones = ones + 1;
        }
        hdr.ipv4.diffserv = ones;
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
