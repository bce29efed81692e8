/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* extern.p4: an extern function of the program's own, defined in C by
 * extern.c (p4c-ebpf --extern-file); --emit-externs prints its prototype. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

/* A 16-bit hash of two addresses, and how many bits of it are set. */
extern bit<16> fold_hash(in bit<32> a, in bit<32> b, out bit<8> ones);

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid()) {
            bit<8> n;
            hdr.ipv4.identification = fold_hash(hdr.ipv4.src_addr, hdr.ipv4.dst_addr, n);
            hdr.ipv4.diffserv = n;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
