/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* hello.p4: the smallest whole P4-16 program p4c-ebpf reads: an Ethernet
 * header, a parser that extracts it, a control with one table that may drop
 * the packet, and `main`. There is no architecture file yet, so the parser,
 * control and package types are declared here. */
#include <core.p4>

header ethernet_t {
    bit<48> dst;
    bit<48> src;
    bit<16> ether_type;
}

struct headers_t {
    ethernet_t eth;
}

/* What the architecture would declare. */
parser HelloParser<H>(packet_in packet, out H hdr);
control HelloControl<H>(inout H hdr, out bool pass);
package Hello<H>(HelloParser<H> p, HelloControl<H> c);

parser prs(packet_in packet, out headers_t hdr) {
    state start {
        packet.extract(hdr.eth);
        transition accept;
    }
}

control filter(inout headers_t hdr, out bool pass) {
    action allow() { pass = true; }
    action deny() { pass = false; }

    table by_source {
        key = { hdr.eth.src : exact; }
        actions = { allow; deny; }
        default_action = allow();
        size = 1024;
    }

    apply {
        pass = false;
        if (hdr.eth.isValid())
            by_source.apply();
    }
}

Hello(prs(), filter()) main;
