/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* too_short.p4: packets that end before a header the parser extracts are
 * rejected (error.PacketTooShort) and dropped on XDP; a packet that ends
 * exactly after its last header passes, its diffserv marked. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid()) {
            hdr.ipv4.diffserv = 0x77;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
