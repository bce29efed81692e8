/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* counters.p4: a dense and a sparse CounterArray indexed by the IPv4
 * protocol; indexes past a dense counter's size are ignored, a sparse
 * counter takes any index until it is full. ebpfFilter on TC. */
#include <ebpf_model.p4>
#include "common.p4"

control ctl(inout headers_t hdr, out bool accept) {
    CounterArray(32w8, false) dense;
    CounterArray(32w4, true) sparse;
    apply {
        accept = true;
        if (hdr.ipv4.isValid()) {
            dense.increment((bit<32>)hdr.ipv4.protocol);
            sparse.add((bit<32>)hdr.ipv4.protocol, (bit<32>)hdr.ipv4.ttl);
        }
    }
}

ebpfFilter(common_parser(), ctl()) main;
