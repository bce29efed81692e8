/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* exit_switch.p4: exit from an action and from the control, switch on
 * values with shared labels and a default, CounterArray.add(). */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    CounterArray(32w8, false) bytes;

    action stop() {
        hdr.ipv4.diffserv = 0xee;
        exit;
    }
    action noop() {
    }
    table by_proto {
        key = { hdr.ipv4.protocol : exact; }
        actions = { stop; noop; }
        default_action = noop();
        const entries = { 1 : stop(); }
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ipv4.isValid()) {
            exit;
        }
        by_proto.apply();
        switch (hdr.ipv4.ttl) {
            1:
            2: { hdr.ipv4.identification = 0x0102; }
            64: {
                hdr.ipv4.identification = 0x4040;
                exit;
            }
            default: { hdr.ipv4.identification = 0xdddd; }
        }
        bytes.add((bit<32>)hdr.ipv4.protocol & 7, (bit<32>)hdr.ipv4.total_len);
        hdr.ipv4.ttl = 0xaa;
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
