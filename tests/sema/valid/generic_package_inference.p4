// valid: a packet-filter architecture declared in the program; main instantiates the generic package without type arguments, so H is inferred from the parser and control arguments
// spec: sec-target-instantiation "Example architecture program", sec-pkt-filter "A Packet Filter Model"
#include <core.p4>

parser Parser<H>(packet_in packet, out H headers);
control Filter<H>(inout H headers, out bool accept);
package Program<H>(Parser<H> p, Filter<H> f);

header Eth_h {
    bit<48> dst;
    bit<48> src;
    bit<16> type;
}

struct Headers {
    Eth_h eth;
}

parser prs(packet_in packet, out Headers hdr) {
    state start {
        packet.extract(hdr.eth);
        transition accept;
    }
}

control flt(inout Headers hdr, out bool accept) {
    apply {
        accept = hdr.eth.isValid() && hdr.eth.type == 0x0800;
    }
}

Program(prs(), flt()) main;
