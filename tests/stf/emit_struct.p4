/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* emit_struct.p4: a deparser that emits the whole headers struct at once
 * (its headers in field order), after the control replaced the ports
 * header by a copy built from a struct expression. */
#include <xdp_model.p4>
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (hdr.ports.isValid()) {
            hdr.ports = { hdr.ports.dst_port, hdr.ports.src_port };
        }
    }
}

control dep(in headers_t hdr, packet_out packet) {
    apply {
        packet.emit(hdr);
    }
}

xdp(common_parser(), ctl(), dep()) main;
