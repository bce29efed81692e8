/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* err_match_kind.p4: a match kind the eBPF backend has no map for. */
#include <ebpf_model.p4>
#include "common.p4"

match_kind { selector }

control ctl(inout headers_t hdr, out bool accept) {
    action allow() {
        accept = true;
    }
    table ports {
        key = { hdr.ports.dst_port : selector; }
        actions = { allow; }
        default_action = allow();
    }
    apply {
        accept = false;
        ports.apply();
    }
}

ebpfFilter(common_parser(), ctl()) main;
