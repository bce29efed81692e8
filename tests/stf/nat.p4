/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* nat.p4: source NAT for 10/8 on XDP with the incremental checksum
 * externs: csum_replace4 for the address, and the source port rewritten
 * from a table (the TCP checksum is not this test's business). */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    action snat(bit<32> addr, bit<16> port) {
        hdr.ipv4.hdr_checksum = csum_replace4(hdr.ipv4.hdr_checksum, hdr.ipv4.src_addr, addr);
        hdr.ipv4.src_addr = addr;
        hdr.ports.src_port = port;
    }
    table nat {
        key = { hdr.ipv4.src_addr : lpm; }
        actions = { snat; NoAction; }
        default_action = NoAction();
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ipv4.isValid() && hdr.ports.isValid()) {
            nat.apply();
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
