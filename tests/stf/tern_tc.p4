/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* tern_tc.p4: an ACL as an ebpfFilter on TC: a ternary table on source,
 * destination and protocol whose actions decide the verdict, with a
 * default action that takes the verdict as an argument. */
#include <ebpf_model.p4>
#include "common.p4"

control ctl(inout headers_t hdr, out bool accept) {
    action verdict(bool ok) {
        accept = ok;
    }
    table acl {
        key = {
            hdr.ipv4.src_addr : ternary;
            hdr.ipv4.dst_addr : ternary;
            hdr.ipv4.protocol : ternary;
        }
        actions = { verdict; }
        default_action = verdict(false);
        size = 32;
    }
    apply {
        accept = true;
        if (hdr.ipv4.isValid()) {
            acl.apply();
        }
    }
}

ebpfFilter(common_parser(), ctl()) main;
