/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* err_wide_int.p4: arithmetic on int<W> wider than 64 bits is refused
 * (bit<W> of any width is supported). */
#include <xdp_model.p4>
#define COMMON_PARSER
#define COMMON_DEPARSER
#include "common.p4"

control ctl(inout headers_t hdr, in xdp_input xin, out xdp_output xout) {
    apply {
        int<128> x = (int<128>)(bit<128>)hdr.ethernet.dst_addr;
        x = x + 1;
        if (x > 0) {
            xout.output_port = 0;
        }
        xout.output_action = xdp_action.XDP_PASS;
    }
}

xdp(common_parser(), ctl(), common_deparser()) main;
