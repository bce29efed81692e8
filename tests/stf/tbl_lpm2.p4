/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tbl_lpm2.p4: an LPM trie keyed by an exact field and a prefix (the lpm
 * field goes last in the key whatever its place in P4); ebpfFilter on TC. */
#include <ebpf_model.p4>
#include "common.p4"

control ctl(inout headers_t hdr, out bool accept) {
    action allow() {
        accept = true;
    }
    action deny() {
        accept = false;
    }
    table routes {
        key = {
            hdr.ipv4.dst_addr : lpm;
            hdr.ipv4.protocol : exact;
        }
        actions = { allow; deny; }
        default_action = deny();
        size = 1024;
    }
    apply {
        accept = true;
        if (hdr.ipv4.isValid()) {
            routes.apply();
        }
    }
}

ebpfFilter(common_parser(), ctl()) main;
