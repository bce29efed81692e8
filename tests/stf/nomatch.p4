/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* nomatch.p4: a select without a default case: a value no case matches
 * rejects with NoMatch; an explicit transition to reject rejects too. */
#include <ebpf_model.p4>
#include "common.p4"

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            0x86dd: reject;
            0x0806: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        transition accept;
    }
}

control ctl(inout headers_t hdr, out bool accept) {
    apply {
        accept = true;
    }
}

ebpfFilter(prs(), ctl()) main;
