/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* ktime.p4: BPF_KTIME_GET_NS() from xdp_model.p4: the time since boot is
 * never zero, so every IPv4 packet gets diffserv 1. */
#include <xdp_model.p4>
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        xout.output_port = 0;
        xout.output_action = xdp_action.XDP_PASS;
        bit<32> now = BPF_KTIME_GET_NS();
        if (hdr.ipv4.isValid() && now != 0) {
            hdr.ipv4.diffserv = 1;
        }
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
