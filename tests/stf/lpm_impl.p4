/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* lpm_impl.p4: an lpm table given implementation = array_table(64): it
 * stays an LPM trie (ebpf_model.p4 says so) with 64 entries; exit in a
 * filter keeps the accept decided before it. */
#include <ebpf_model.p4>
#include "common.p4"

control ctl(inout headers_t hdr, out bool accept) {
    action allow() {
        accept = true;
        exit;
    }
    table nets {
        key = { hdr.ipv4.src_addr : lpm; }
        actions = { allow; NoAction; }
        implementation = array_table(64);
        default_action = NoAction();
    }
    apply {
        accept = false;
        if (hdr.ipv4.isValid()) {
            nets.apply();
        }
        accept = false;
    }
}

ebpfFilter(common_parser(), ctl()) main;
