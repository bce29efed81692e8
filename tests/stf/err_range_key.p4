/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* err_range_key.p4: a range match kind, which the table ABI has no map for. */
#include <ebpf_model.p4>
#include "common.p4"

match_kind { range }

control ctl(inout headers_t hdr, out bool accept) {
    action allow() {
        accept = true;
    }
    table ports {
        key = { hdr.ports.dst_port : range; }
        actions = { allow; }
        default_action = allow();
    }
    apply {
        accept = false;
        ports.apply();
    }
}

ebpfFilter(common_parser(), ctl()) main;
