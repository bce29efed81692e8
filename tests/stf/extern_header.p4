/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* extern_header.p4: an extern function of the program's own that takes a
 * header, defined in C by extern_header.c (p4c-ebpf --extern-file). The C
 * sees the P4 types, and gets the header by pointer as --emit-externs
 * declares it. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

/* The XOR of the 16-bit halves of the header's two addresses. */
extern bit<16> fold_ipv4(in ipv4_t ip);

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid())
            hdr.ipv4.identification = fold_ipv4(hdr.ipv4);
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
