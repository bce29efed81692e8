/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* logic.p4: && and || that must not evaluate their right side (a table
 * applied there runs only when P4 says so), nested ?:, else-if chains. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    CounterArray(32w2, false) lookups;
    action seen() {
        lookups.increment(0);
    }
    table probe {
        key = { hdr.ipv4.protocol : exact; }
        actions = { seen; }
        default_action = seen();
    }
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        if (!hdr.ipv4.isValid()) {
            return;
        }
        bit<8> t = hdr.ipv4.ttl;
        /* probe runs only for TTL >= 100. */
        if (t >= 100 && probe.apply().hit) {
            hdr.ipv4.identification = 1;
        } else if (t < 10 || probe.apply().hit) {
            hdr.ipv4.identification = 2;
        } else {
            hdr.ipv4.identification = 3;
        }
        hdr.ipv4.diffserv = t > 200 ? 8w3 : (t > 100 ? 8w2 : (t > 50 ? 8w1 : 8w0));
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
