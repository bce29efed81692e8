/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* verify_err.p4: verify() with the program's own errors in an ebpfFilter:
 * IPv4 with options, fragments and a zero TTL are rejected by the parser;
 * the control then sees only what passed and rejects what it dislikes. */
#include <ebpf_model.p4>
#include "common.p4"

error { HasOptions, IsFragment, TtlZero }

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.ethernet);
        transition select(hdr.ethernet.ether_type) {
            0x0800: parse_ipv4;
            default: accept;
        }
    }
    state parse_ipv4 {
        packet.extract(hdr.ipv4);
        verify(hdr.ipv4.ihl == 5, error.HasOptions);
        verify(hdr.ipv4.frag_offset == 0 && hdr.ipv4.flags & 1 == 0, error.IsFragment);
        verify(hdr.ipv4.ttl != 0, error.TtlZero);
        transition accept;
    }
}

control ctl(inout headers_t hdr, out bool accept) {
    apply {
        accept = !hdr.ipv4.isValid() || hdr.ipv4.protocol != 47;
    }
}

ebpfFilter(prs(), ctl()) main;
