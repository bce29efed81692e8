/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* cond_emit.p4: a deparser that decides what to emit: the ports header is
 * emitted only for TCP; for UDP it is left out, so the packet shrinks by
 * four bytes. The deparser measures with the same conditions it emits by. */
#include <xdp_model.p4>
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr.ethernet);
        packet.emit(hdr.ipv4);
        if (hdr.ipv4.protocol == 6) {
            packet.emit(hdr.ports);
        }
    }
}

xdp(common_parser(), ctl(), dep()) main;
