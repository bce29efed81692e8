/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* nested3.p4: controls three deep on TC: the filter applies `check` for
 * the source and for the destination address (two instances, two maps);
 * each `check` applies a `lookup` with an in and an out parameter. An
 * address is allowed when its instance's table says so. */
#include <ebpf_model.p4>
#include "common.p4"

control lookup(in bit<32> addr, out bit<8> level) {
    action set_level(bit<8> l) {
        level = l;
    }
    table levels {
        key = { addr : exact; }
        actions = { set_level; }
        default_action = set_level(0);
    }
    apply {
        levels.apply();
    }
}

control check(in bit<32> addr, inout bit<8> worst) {
    lookup() inner;
    apply {
        bit<8> l;
        inner.apply(addr, l);
        if (l < worst) {
            worst = l;
        }
    }
}

control ctl(inout headers_t hdr, out bool accept) {
    check() src_check;
    check() dst_check;
    apply {
        accept = true;
        if (hdr.ipv4.isValid()) {
            bit<8> worst = 0xff;
            src_check.apply(hdr.ipv4.src_addr, worst);
            dst_check.apply(hdr.ipv4.dst_addr, worst);
            accept = worst >= 2;
        }
    }
}

ebpfFilter(common_parser(), ctl()) main;
